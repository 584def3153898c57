"""The city map as a page: the words it shows, and the offline HTML file that travels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.mapping import AssetCategory
from ..domain.progress import NeighborhoodStage
from ..domain.text import Phrasebook, Text

if TYPE_CHECKING:
    from ..domain.measures import Measure
    from ..maps.city_map import ColorBy, MapLabels, MeasureColoring
    from ..maps.leaflet_page import MapContent, TileSource
    from .workspace import Workspace

_WORDS = {
    "neighborhoods": Text("שכונות", "Neighborhoods"),
    "stage": Text("שלב", "Stage"),
    "stage_two_progress": Text("התקדמות בשלב 2", "Stage 2 progress"),
    "population": Text("אוכלוסייה", "Population"),
    "coordinator": Text("רכז/ת קהילה", "Community coordinator"),
    "address": Text("כתובת", "Address"),
    "no_value": Text("אין נתון", "No data"),
    "assets": Text("נכסים", "Assets"),
    "city_boundary": Text("גבול העיר", "City boundary"),
    "title": Text("מפת הקהילות של {0}", "Community map of {0}"),
}


def map_labels(language: str, city_name: str) -> MapLabels:
    """Every word on the map in ``language`` ("he" or "en")."""
    from ..maps.city_map import MapLabels

    def word(key: str) -> str:
        return _WORDS[key].get(language)

    return MapLabels(
        title=word("title").format(city_name),
        neighborhoods=word("neighborhoods"),
        stage=word("stage"),
        stage_names={stage: stage.label.get(language) for stage in NeighborhoodStage},
        stage_two_progress=word("stage_two_progress"),
        population=word("population"),
        coordinator=word("coordinator"),
        address=word("address"),
        category_names={category: category.label.get(language) for category in AssetCategory},
        no_value=word("no_value"),
        assets=word("assets"),
        city_boundary=word("city_boundary"),
    )


def city_map(
    workspace: Workspace,
    language: str,
    color_by: ColorBy | None = None,
    tiles: TileSource | None = None,
    hidden_layers: frozenset[str] = frozenset(),
    measure: Measure | None = None,
) -> MapContent:
    """The whole city: neighborhoods colored by ``color_by`` (stage by default) or, when given, by how ``measure``
    stands against its target in each (the dashboard's colors); assets by category."""
    from ..maps.city_map import ColorBy, city_map_content
    from .division import neighborhoods_on_map

    return city_map_content(
        neighborhoods_on_map(workspace),
        workspace.assets.list(),
        map_labels(language, workspace.city.get().name),
        color_by=color_by or ColorBy.STAGE,
        right_to_left=language == "he",
        tiles=tiles,
        city_boundary=workspace.division.city_boundary(),
        hidden_layers=hidden_layers,
        measure=_measure_coloring(workspace, measure, language) if measure is not None else None,
    )


RATING_NAMES = Phrasebook(
    {
        "met": ("הושג היעד", "Target met"),
        "near": ("קרוב ליעד", "Near the target"),
        "behind": ("רחוק מהיעד", "Behind the target"),
        "none": ("אין מה למדוד", "Nothing to measure"),
    }
)


def _measure_coloring(workspace: Workspace, measure: Measure, language: str) -> MeasureColoring:
    from ..domain.measures import Rating, measure_text
    from ..maps.city_map import MeasureColoring

    rows = [row for row in workspace.dashboard.dashboard().neighborhoods if row.neighborhood_id is not None]
    return MeasureColoring(
        title=measure.label.get(language),
        ratings={row.neighborhood_id: row.rating(measure) for row in rows if row.neighborhood_id is not None},
        values={row.neighborhood_id: measure_text(measure, row.values[measure]) for row in rows if row.neighborhood_id is not None},
        rating_names={rating: RATING_NAMES(rating.value, language) for rating in Rating},
    )


def write_city_map_html(
    workspace: Workspace, path: Path, language: str, color_by: ColorBy | None = None, measure: Measure | None = None
) -> None:
    """One self-contained HTML file of the city map that opens in any browser with no network."""
    from ..maps.map_html import write_map_html

    write_map_html(city_map(workspace, language, color_by, measure=measure), path)


_AREA_WORDS = {
    "title": Text("אזורים סטטיסטיים", "Statistical areas"),
    "unassigned": Text("לא שויך לשכונה", "Not in a neighborhood"),
    "assigned": Text("שויך לשכונה", "In a neighborhood"),
    "code": Text("אזור", "Area"),
    "neighborhood": Text("שכונה", "Neighborhood"),
    "population": Text("אוכלוסייה", "Population"),
}
UNASSIGNED_COLOR = "#cfd5db"
NEIGHBORHOOD_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")


def statistical_area_key(area_id: int) -> str:
    return f"s{area_id}"


def statistical_areas_map(workspace: Workspace, language: str, tiles: TileSource | None = None) -> MapContent:
    """The census areas, each colored by the neighborhood it was grouped into (grey when none)."""
    from ..maps.leaflet_page import LegendEntry, MapArea, MapContent

    def word(key: str) -> str:
        return _AREA_WORDS[key].get(language)

    names = {n.id: n.name for n in workspace.neighborhoods.list()}
    areas = []
    for area in workspace.division.statistical_areas():
        neighborhood = names.get(area.neighborhood_id) if area.neighborhood_id is not None else None
        color = (
            NEIGHBORHOOD_PALETTE[area.neighborhood_id % len(NEIGHBORHOOD_PALETTE)]
            if neighborhood and area.neighborhood_id is not None
            else UNASSIGNED_COLOR
        )
        label = f"{word('code')} {area.code}" + (f" · {area.name}" if area.name else "")
        rows = [(word("population"), f"{area.population:,}" if area.population is not None else "—")]
        if neighborhood:
            rows.append((word("neighborhood"), neighborhood))
        areas.append(MapArea(statistical_area_key(area.id), label, area.geometry, color, label, tuple(rows)))
    return MapContent(
        title=word("title"),
        right_to_left=language == "he",
        areas=tuple(areas),
        legend_title=word("title"),
        legend=(LegendEntry(UNASSIGNED_COLOR, word("unassigned")), LegendEntry(NEIGHBORHOOD_PALETTE[0], word("assigned"))),
        tiles=tiles,
        area_layer_title=word("title"),
    )
