"""The dashboard's table: a row per neighborhood, a column per success metric, each cell colored against its target."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...domain.measures import Measure, Rating, measure_text
from ...services.dashboard import MeasureRow
from ..labels import stage_label
from .record_table import Column, RecordTableModel

RATING_COLORS: dict[Rating, QColor | None] = {
    Rating.MET: QColor("#c8e6c9"),
    Rating.NEAR: QColor("#ffe3a3"),
    Rating.BEHIND: QColor("#f6c1c1"),
    Rating.NONE: None,
}
"""Green: the target is met; amber: near it; red: behind; no color where there is nothing to judge."""


class MeasureTableModel(RecordTableModel):
    NAME, STAGE = 0, 1
    FIRST_MEASURE = 2

    def __init__(self, language: str) -> None:
        super().__init__(key=lambda row: row.neighborhood_id)
        self.columns = [
            Column(self.tr("Neighborhood"), lambda row: row.name),
            Column(
                self.tr("Stage"), lambda row: stage_label(row.stage) if row.stage else "",
                sort=lambda row: row.stage.value if row.stage else -1,
            ),
            *(self._column(measure, language) for measure in Measure),
        ]

    @staticmethod
    def _column(measure: Measure, language: str) -> Column:
        return Column(
            measure.label.get(language),
            lambda row: measure_text(measure, row.values[measure]),
            sort=lambda row: -1 if row.values[measure] is None else row.values[measure],
            key=measure.value,
            amount=True,
            background=lambda row: RATING_COLORS[row.rating(measure)],
        )

    def measure_of(self, column: int) -> Measure | None:
        return list(Measure)[column - self.FIRST_MEASURE] if column >= self.FIRST_MEASURE else None

    def row_at(self, row: int) -> MeasureRow:
        return self.record(row)
