"""Neighborhoods against the nine stage-2 tasks, each cell colored by status."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt

from ...domain import catalog
from ...services.journey import NeighborhoodStanding
from ..labels import STATUS_COLORS, STATUS_SYMBOLS, stage_label, status_label
from .record_table import AnyIndex, Column, RecordTableModel

STATUS_ROLE = Qt.ItemDataRole.UserRole + 10


class MatrixModel(RecordTableModel):
    """Columns: one per stage-2 task, then the neighborhood's stage; a row's header is its neighborhood."""

    def __init__(self, language: str) -> None:
        super().__init__(key=lambda standing: standing.neighborhood.id)
        self._language = language
        self._tasks = catalog.stage_two_tasks()
        self.columns = [
            *(self._task_column(number, task) for number, task in enumerate(self._tasks)),
            Column(self.tr("Stage"), lambda standing: stage_label(standing.stage)),
        ]

    def _task_column(self, number: int, task: catalog.Task) -> Column:
        name = task.name.get(self._language)
        return Column(
            _header_lines(f"{number + 1}. {name}"),
            lambda standing: STATUS_SYMBOLS[standing.status(task.key)],
            tooltip=lambda standing: f"{standing.neighborhood.name} — {name}: {status_label(standing.status(task.key))}",
            background=lambda standing: STATUS_COLORS[standing.status(task.key)],
        )

    @property
    def stage_column(self) -> int:
        return len(self._tasks)

    def set_rows(self, rows: list[NeighborhoodStanding]) -> None:
        self.set_records(rows)

    def standing(self, row: int) -> NeighborhoodStanding:
        return self.record(row)

    def task_key(self, column: int) -> str | None:
        return self._tasks[column].key if column < len(self._tasks) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < self.rowCount():
                return self.record(section).neighborhood.name
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._tasks):
            return self._tasks[section].name.get(self._language)
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        task_key = self.task_key(index.column()) if index.isValid() else None
        if task_key is not None and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if task_key is not None and role == STATUS_ROLE:
            return self.record(index.row()).status(task_key).value
        return super().data(index, role)


HEADER_LINES = 6
"""Lines of a task's title in the header: the longest ("6. כנס שכונה וחלוקה לוועדות ויצירת קבוצות…") take six."""


def _header_lines(name: str, width: int = 12, most: int = HEADER_LINES) -> str:
    """A task's name in a narrow column's header: whole words on up to ``most`` lines, '…' when there is more."""
    lines = textwrap.wrap(name, width, break_long_words=False)
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1] + "…"]
    return "\n".join(lines)
