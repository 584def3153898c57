"""The city's map as content for a Leaflet page: neighborhoods colored by a measure, assets by category.

Labels arrive already in the user's language (the caller translates), so this module stays pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from ..domain.mapping import Asset, AssetCategory
from ..domain.measures import Rating
from ..domain.progress import NeighborhoodStage
from .leaflet_page import (
    LegendEntry,
    MapArea,
    MapContent,
    MapPoint,
    PointLayer,
    TileSource,
)

STAGE_COLORS: dict[NeighborhoodStage, str] = {
    NeighborhoodStage.NOT_STARTED: "#b0b7bf",
    NeighborhoodStage.STAGE_2: "#f0a830",
    NeighborhoodStage.STAGE_3: "#2e9d5b",
}
NO_VALUE_COLOR = "#dde1e5"
# Light to dark, for measures (share of tasks done, population).
SCALE_COLORS = ("#e3f0fb", "#b4d5f0", "#74aee0", "#3a82c4", "#135a9a")
CATEGORY_COLORS: dict[AssetCategory, str] = {
    AssetCategory.COMMUNITY_CENTER: "#7b3fa0",
    AssetCategory.SCHOOL: "#1f6fb2",
    AssetCategory.KINDERGARTEN: "#3aa5c9",
    AssetCategory.PLACE_OF_WORSHIP: "#8c6d1f",
    AssetCategory.PARK: "#2e8b3d",
    AssetCategory.SHELTER: "#c0392b",
    AssetCategory.CLUB: "#d35d9a",
    AssetCategory.GATHERING_SPACE: "#e67e22",
    AssetCategory.PARTNER_SITE: "#16a085",
    AssetCategory.OTHER: "#5d6d7e",
}


RATING_COLORS: dict[Rating, str] = {
    Rating.MET: "#4caf50",
    Rating.NEAR: "#f0ad4e",
    Rating.BEHIND: "#d9534f",
    Rating.NONE: NO_VALUE_COLOR,
}
"""A success metric against its target: green met, amber near, red behind, grey nothing to judge."""


@dataclass(frozen=True, slots=True)
class MeasureColoring:
    """Neighborhoods colored by how a success metric stands against its target (the dashboard's colors)."""

    title: str
    ratings: Mapping[int, Rating]
    values: Mapping[int, str]
    """Each neighborhood's value as shown, for its popup."""
    rating_names: Mapping[Rating, str]


class ColorBy(Enum):
    STAGE = "stage"
    STAGE_TWO_PROGRESS = "stage_two_progress"
    POPULATION = "population"


@dataclass(frozen=True, slots=True)
class NeighborhoodOnMap:
    id: int
    name: str
    geometry: dict | None
    stage: NeighborhoodStage
    stage_two_done: float
    """Share of the nine stage-2 tasks done or not relevant, 0 to 1."""
    population: int | None = None
    coordinator_name: str | None = None


@dataclass(frozen=True, slots=True)
class MapLabels:
    """Every word the page shows, in the user's language."""

    title: str
    neighborhoods: str
    stage: str
    stage_names: Mapping[NeighborhoodStage, str]
    stage_two_progress: str
    population: str
    coordinator: str
    address: str
    category_names: Mapping[AssetCategory, str]
    no_value: str
    assets: str
    city_boundary: str


def area_key(neighborhood_id: int) -> str:
    return f"n{neighborhood_id}"


def point_key(asset_id: int | None) -> str:
    return f"a{asset_id}"


def id_of_key(key: str) -> int | None:
    """The record id in an area or point key ("n12" -> 12)."""
    return int(key[1:]) if len(key) > 1 and key[1:].isdigit() else None


def _scale_color(value: float | None, highest: float) -> str:
    if value is None or highest <= 0:
        return NO_VALUE_COLOR
    step = min(int(value / highest * len(SCALE_COLORS)), len(SCALE_COLORS) - 1)
    return SCALE_COLORS[step]


def _scale_legend(highest: float, as_percent: bool) -> tuple[LegendEntry, ...]:
    steps = len(SCALE_COLORS)
    entries = []
    for index, color in enumerate(SCALE_COLORS):
        low, high = highest * index / steps, highest * (index + 1) / steps
        label = f"{low:.0%}–{high:.0%}" if as_percent else f"{low:,.0f}–{high:,.0f}"
        entries.append(LegendEntry(color, label))
    return tuple(entries)


def _colors(
    neighborhoods: Sequence[NeighborhoodOnMap], color_by: ColorBy, labels: MapLabels
) -> tuple[dict[int, str], str, tuple[LegendEntry, ...]]:
    if color_by is ColorBy.STAGE:
        colors = {n.id: STAGE_COLORS[n.stage] for n in neighborhoods}
        legend = tuple(LegendEntry(STAGE_COLORS[stage], labels.stage_names[stage]) for stage in NeighborhoodStage)
        return colors, labels.stage, legend
    if color_by is ColorBy.STAGE_TWO_PROGRESS:
        colors = {n.id: _scale_color(n.stage_two_done, 1.0) for n in neighborhoods}
        return colors, labels.stage_two_progress, _scale_legend(1.0, as_percent=True)
    highest = float(max((n.population or 0 for n in neighborhoods), default=0))
    colors = {n.id: _scale_color(n.population, highest) for n in neighborhoods}
    legend = (*_scale_legend(highest, as_percent=False), LegendEntry(NO_VALUE_COLOR, labels.no_value))
    return colors, labels.population, legend


def _measure_colors(
    neighborhoods: Sequence[NeighborhoodOnMap], measure: MeasureColoring
) -> tuple[dict[int, str], str, tuple[LegendEntry, ...]]:
    colors = {n.id: RATING_COLORS[measure.ratings.get(n.id, Rating.NONE)] for n in neighborhoods}
    legend = tuple(LegendEntry(RATING_COLORS[rating], measure.rating_names[rating]) for rating in Rating)
    return colors, measure.title, legend


def _area(
    neighborhood: NeighborhoodOnMap, color: str, labels: MapLabels, measure: MeasureColoring | None = None
) -> MapArea:
    assert neighborhood.geometry is not None
    rows = [
        (labels.stage, labels.stage_names[neighborhood.stage]),
        (labels.stage_two_progress, f"{neighborhood.stage_two_done:.0%}"),
    ]
    if neighborhood.population is not None:
        rows.append((labels.population, f"{neighborhood.population:,}"))
    if neighborhood.coordinator_name:
        rows.append((labels.coordinator, neighborhood.coordinator_name))
    if measure is not None and neighborhood.id in measure.values:
        rows.insert(0, (measure.title, measure.values[neighborhood.id]))
    return MapArea(
        area_key(neighborhood.id),
        neighborhood.name,
        neighborhood.geometry,
        color,
        neighborhood.name,
        tuple(rows),
    )


def _point_layers(assets: Sequence[Asset], labels: MapLabels) -> tuple[PointLayer, ...]:
    layers = []
    for category in AssetCategory:
        points = tuple(
            MapPoint(
                point_key(asset.id),
                asset.name,
                asset.longitude,
                asset.latitude,
                ((labels.category_names[category], asset.name),) + (((labels.address, asset.address),) if asset.address else ()),
            )
            for asset in assets
            if asset.category is category
        )
        if points:
            layers.append(PointLayer(category.value, labels.category_names[category], CATEGORY_COLORS[category], points))
    return tuple(layers)


def city_map_content(
    neighborhoods: Sequence[NeighborhoodOnMap],
    assets: Sequence[Asset],
    labels: MapLabels,
    *,
    color_by: ColorBy = ColorBy.STAGE,
    right_to_left: bool = True,
    tiles: TileSource | None = None,
    city_boundary: dict | None = None,
    hidden_layers: frozenset[str] = frozenset(),
    measure: MeasureColoring | None = None,
) -> MapContent:
    """The page content: only neighborhoods that have a boundary are drawn; colored by ``measure`` when given."""
    colors, legend_title, legend = (
        _measure_colors(neighborhoods, measure) if measure is not None else _colors(neighborhoods, color_by, labels)
    )
    areas = tuple(_area(n, colors[n.id], labels, measure) for n in neighborhoods if n.geometry is not None)
    layers = tuple(
        PointLayer(layer.key, layer.title, layer.color, layer.points, layer.key not in hidden_layers)
        for layer in _point_layers(assets, labels)
    )
    return MapContent(
        title=labels.title,
        right_to_left=right_to_left,
        areas=areas,
        legend_title=legend_title,
        legend=legend,
        point_layers=layers,
        tiles=tiles,
        city_boundary=city_boundary,
        area_layer_title=labels.neighborhoods,
        point_layers_title=labels.assets,
        boundary_title=labels.city_boundary if city_boundary else "",
    )
