"""The tasks of one place (the city or a neighborhood) and their states."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.catalog import Task
from ...domain.records import TaskState
from ..labels import STATUS_COLORS, status_label

AnyIndex = QModelIndex | QPersistentModelIndex


class TaskTableModel(QAbstractTableModel):
    NUMBER, TASK, STATUS, OWNER, DUE, DONE = range(6)

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self._rows: list[tuple[Task, TaskState]] = []

    def set_rows(self, rows: list[tuple[Task, TaskState]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, task_key: str) -> int | None:
        return next((i for i, (task, _) in enumerate(self._rows) if task.key == task_key), None)

    def entry(self, row: int) -> tuple[Task, TaskState]:
        return self._rows[row]

    def update_state(self, state: TaskState) -> None:
        row = self.row_of(state.task_key)
        if row is None:
            return
        self._rows[row] = (self._rows[row][0], state)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("#"),
            self.tr("Task"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Done on"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        task, state = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            values = [
                f"{task.stage_number}.{task.number}",
                task.name.get(self._language),
                status_label(state.status),
                state.owner,
                locale.toString(state.due_date, QLocale.FormatType.ShortFormat) if state.due_date else "",
                locale.toString(state.done_date, QLocale.FormatType.ShortFormat) if state.done_date else "",
            ]
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TASK:
            return task.name.get(self._language)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return STATUS_COLORS[state.status]
        return None
