"""The tasks of one place (the city or a neighborhood) and their states."""

from __future__ import annotations

from ...domain.catalog import Task
from ...domain.records import TaskState
from ..labels import STATUS_COLORS, status_label
from .cells import date_sort_key, date_text
from .record_table import Column, RecordTableModel


class TaskTableModel(RecordTableModel):
    NUMBER, TASK, STATUS, OWNER, DUE, DONE = range(6)

    def __init__(self, language: str) -> None:
        super().__init__(key=lambda row: row[0].key)
        self.columns = [
            Column(self.tr("#"), lambda row: f"{row[0].stage_number}.{row[0].number}"),
            Column(self.tr("Task"), lambda row: row[0].name.get(language)),
            Column(
                self.tr("Status"), lambda row: status_label(row[1].status),
                background=lambda row: STATUS_COLORS[row[1].status],
            ),
            Column(self.tr("Owner"), lambda row: row[1].owner),
            Column(self.tr("Due"), lambda row: date_text(row[1].due_date), lambda row: date_sort_key(row[1].due_date)),
            Column(self.tr("Done on"), lambda row: date_text(row[1].done_date), lambda row: date_sort_key(row[1].done_date)),
        ]

    def set_rows(self, rows: list[tuple[Task, TaskState]]) -> None:
        self.set_records(rows)

    def entry(self, row: int) -> tuple[Task, TaskState]:
        return self.record(row)

    def update_state(self, state: TaskState) -> None:
        row = self.row_of(state.task_key)
        if row is not None:
            self.replace_row(row, (self.record(row)[0], state))
