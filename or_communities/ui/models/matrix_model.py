"""Neighborhoods against the nine stage-2 tasks, each cell colored by status."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain import catalog
from ...services.journey import NeighborhoodStanding
from ..labels import STATUS_COLORS, STATUS_SYMBOLS, stage_label, status_label

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class MatrixModel(QAbstractTableModel):
    """Columns: one per stage-2 task, then the neighborhood's stage."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self._tasks = catalog.stage_two_tasks()
        self._rows: list[NeighborhoodStanding] = []

    @property
    def stage_column(self) -> int:
        return len(self._tasks)

    def set_rows(self, rows: list[NeighborhoodStanding]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def standing(self, row: int) -> NeighborhoodStanding:
        return self._rows[row]

    def row_of(self, neighborhood_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.neighborhood.id == neighborhood_id), None)

    def task_key(self, column: int) -> str | None:
        return self._tasks[column].key if column < len(self._tasks) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._tasks) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._rows):
                return self._rows[section].neighborhood.name
            return None
        if section == self.stage_column:
            return self.tr("Stage") if role == Qt.ItemDataRole.DisplayRole else None
        name = self._tasks[section].name.get(self._language)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section + 1}. " + "\n".join(textwrap.wrap(name, 11)[:4])
        if role == Qt.ItemDataRole.ToolTipRole:
            return name
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        standing = self._rows[index.row()]
        if index.column() == self.stage_column:
            return stage_label(standing.stage) if role == Qt.ItemDataRole.DisplayRole else None
        status = standing.status(self._tasks[index.column()].key)
        if role == Qt.ItemDataRole.DisplayRole:
            return STATUS_SYMBOLS[status]
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_COLORS[status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{standing.neighborhood.name} — {self._tasks[index.column()].name.get(self._language)}: {status_label(status)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == STATUS_ROLE:
            return status.value
        return None



