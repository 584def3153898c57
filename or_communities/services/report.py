"""The report for the senior municipal level: a cover, the city's success metrics with their charts, and a page
per neighborhood with its map and its measures — the dashboard's figures, from the same service, as a document
the document module writes to PDF (or Word)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.custom_metrics import MetricStanding
from ..domain.documents import Block, Document, Fields, Heading, PageBreak, Paragraph, Picture, Table
from ..domain.measures import Measure, Rating, measure_text
from ..domain.progress import NeighborhoodStage
from ..domain.text import Phrasebook
from ..files.svg_charts import bar_chart_svg
from .dashboard import Dashboard, MeasureRow

if TYPE_CHECKING:
    from .workspace import Workspace

words = Phrasebook(
    {
        "title": ("דוח מדדי הצלחה — {city}", "Success metrics report — {city}"),
        "subtitle": ("שנת תכנית {year} · נכון ל-{date}", "Plan year {year} · as of {date}"),
        "summary": (
            "בעיר {count} שכונות: {three} בשלב 3, {two} בשלב 2, {none} טרם החלו.",
            "The city has {count} neighborhoods: {three} in stage 3, {two} in stage 2, {none} not started.",
        ),
        "city": ("העיר", "The city"),
        "measure": ("מדד", "Measure"),
        "value": ("ערך", "Value"),
        "target": ("יעד", "Target"),
        "standing": ("מצב", "Standing"),
        "stages": ("שכונות לפי שלב", "Neighborhoods by stage"),
        "budget": ("תקציב מתוכנן ומנוצל, לפי שכונה", "Budget planned and spent, by neighborhood"),
        "planned": ("מתוכנן", "Planned"),
        "spent": ("נוצל", "Spent"),
        "neighborhoods": ("השכונות", "The neighborhoods"),
        "stage": ("שלב", "Stage"),
        "population": ("תושבים", "Population"),
        "no_map": ("לשכונה אין עדיין גבול על המפה.", "The neighborhood has no boundary on the map yet."),
        "footer": ("הופק באמצעות קהילות אור", "Made with Or Communities"),
        "own": ("מדדים שהוגדרו", "Metrics of our own"),
        "unit": ("יחידה", "Unit"),
    }
)
RATING_WORDS = {
    Rating.MET: ("הושג", "Met"),
    Rating.NEAR: ("קרוב ליעד", "Near"),
    Rating.BEHIND: ("מאחור", "Behind"),
    Rating.NONE: ("—", "—"),
}
PLANNED_COLOR, SPENT_COLOR, STAGE_COLOR = "#90caf9", "#1565c0", "#ffb74d"


def build_report(
    workspace: Workspace, language: str, year: int | None = None, neighborhood_id: int | None = None
) -> Document:
    """The report of the whole city, or of one neighborhood (its page after the city's summary)."""
    board = workspace.dashboard.dashboard(year)
    own = workspace.dashboard.custom_metrics()
    rows = [row for row in board.neighborhoods if neighborhood_id is None or row.neighborhood_id == neighborhood_id]
    blocks: list[Block] = [*_city_part(board, language), *_own_metrics(own, None, language)]
    for row in rows:
        blocks += [PageBreak(), *_neighborhood_page(workspace, row, language), *_own_metrics(own, row.neighborhood_id, language)]
    rtl = language == "he"
    return Document(
        title=words("title", language).format(city=board.city.name),
        language=language,
        blocks=tuple(blocks),
        subtitle=words("subtitle", language).format(year=board.year, date=board.today.strftime("%d/%m/%Y")),
        footer=words("footer", language),
        keywords=("report", "rtl" if rtl else "ltr"),
    )


def _city_part(board: Dashboard, language: str) -> list[Block]:
    counts = board.stage_counts()
    summary = words("summary", language).format(
        count=len(board.neighborhoods), three=counts[NeighborhoodStage.STAGE_3], two=counts[NeighborhoodStage.STAGE_2],
        none=counts[NeighborhoodStage.NOT_STARTED],
    )
    rtl = language == "he"
    stages = list(NeighborhoodStage)
    budget = [board.budget.get(row.neighborhood_id, (0.0, 0.0)) for row in board.neighborhoods]
    return [
        Paragraph(summary),
        Heading(words("city", language)),
        _measures_table(board.city, language),
        Heading(words("stages", language), 3),
        Picture(bar_chart_svg(
            [stage.label.get(language) for stage in stages],
            [(words("stage", language), STAGE_COLOR, [counts[stage] for stage in stages])],
            rtl,
        )),
        Heading(words("budget", language), 3),
        Picture(bar_chart_svg(
            [row.name for row in board.neighborhoods],
            [
                (words("planned", language), PLANNED_COLOR, [planned for planned, _spent in budget]),
                (words("spent", language), SPENT_COLOR, [spent for _planned, spent in budget]),
            ],
            rtl,
            value_text=lambda value: f"₪{value:,.0f}",
        )),
    ]


def _neighborhood_page(workspace: Workspace, row: MeasureRow, language: str) -> list[Block]:
    from ..maps.neighborhood_drawing import neighborhood_svg

    assert row.neighborhood_id is not None
    neighborhood = workspace.neighborhoods.get(row.neighborhood_id)
    population = neighborhood.profile.population
    fields = [(words("stage", language), row.stage.label.get(language) if row.stage else "")]
    if population is not None:
        fields.append((words("population", language), f"{population:,}"))
    drawing = neighborhood_svg(workspace.division.boundary(row.neighborhood_id), workspace.assets.list(row.neighborhood_id))
    picture: Block = Picture(drawing, row.name, width_mm=120) if drawing else Paragraph(words("no_map", language))
    return [Heading(row.name), Fields(tuple(fields)), picture, _measures_table(row, language)]


def _own_metrics(own: list[MetricStanding], neighborhood_id: int | None, language: str) -> list[Block]:
    """The manager's own metrics of the city (or of one neighborhood): the latest value against the target."""
    chosen = [standing for standing in own if standing.metric.neighborhood_id == neighborhood_id]
    if not chosen:
        return []
    rows = tuple(
        (
            standing.metric.name,
            standing.metric.unit,
            _figure(standing.latest.value) if standing.latest else "—",
            _figure(standing.metric.target) if standing.metric.target is not None else "—",
            RATING_WORDS[standing.rating][0 if language == "he" else 1],
        )
        for standing in chosen
    )
    headers = (words("measure", language), words("unit", language), words("value", language), words("target", language),
               words("standing", language))
    return [Heading(words("own", language), 3), Table(headers, rows, numeric=frozenset({2, 3}))]


def _figure(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _measures_table(row: MeasureRow, language: str) -> Table:
    return Table(
        (words("measure", language), words("value", language), words("target", language), words("standing", language)),
        tuple(
            (
                measure.label.get(language),
                measure_text(measure, row.values[measure]),
                measure_text(measure, row.targets[measure]),
                RATING_WORDS[row.rating(measure)][0 if language == "he" else 1],
            )
            for measure in Measure
        ),
        numeric=frozenset({1, 2}),
    )
