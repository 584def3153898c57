"""The small lists of the partner, people and coordinator forms: contact log, status history,
coordinators, mentoring sessions."""

from __future__ import annotations

import datetime as dt

from ...domain.records import Person
from ...domain.relations import ContactEntry, MentoringSession, StatusChange
from ..labels import ATTENTION_COLOR
from .cells import date_text
from .record_table import Column, RecordTableModel


class ContactLogModel(RecordTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.columns = [
            Column(self.tr("Date"), lambda entry: date_text(entry.date)),
            Column(self.tr("Kind"), lambda entry: entry.kind.label.get(language)),
            Column(self.tr("Summary"), lambda entry: entry.summary),
        ]

    def set_items(self, items: list[ContactEntry]) -> None:
        self.set_records(items)


class StatusHistoryModel(RecordTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.columns = [
            Column(self.tr("From"), lambda change: date_text(change.date)),
            Column(self.tr("Status"), lambda change: change.status.label.get(language)),
            Column(self.tr("Note"), lambda change: change.note),
        ]

    def set_items(self, items: list[StatusChange]) -> None:
        self.set_records(items)


class CoordinatorListModel(RecordTableModel):
    def __init__(self) -> None:
        super().__init__(key=lambda person: person.id)
        self.neighborhood_names: dict[int, str] = {}
        self.columns = [
            Column(self.tr("Community coordinator"), lambda person: person.full_name),
            Column(self.tr("Neighborhood"), self._neighborhood),
        ]

    def set_items(self, items: list[Person]) -> None:
        self.set_records(items)

    def item(self, row: int) -> Person:
        return self.record(row)

    def _neighborhood(self, person: Person) -> str:
        return self.neighborhood_names.get(person.neighborhood_id, "") if person.neighborhood_id else ""


class MentoringSessionModel(RecordTableModel):
    """A session whose follow-up date has passed is marked."""

    def __init__(self) -> None:
        super().__init__(row_background=lambda session: ATTENTION_COLOR if self.is_overdue(session) else None)
        self.today = dt.date.today()
        passed = self.tr("The follow-up date has passed.")
        self.columns = [
            Column(self.tr("Date"), lambda session: date_text(session.date)),
            Column(self.tr("Topics"), lambda session: session.topics),
            Column(self.tr("What was agreed"), lambda session: session.agreed),
            Column(
                self.tr("Follow up by"), self._follow_up_text,
                tooltip=lambda session: passed if self.is_overdue(session) else None,
            ),
        ]

    def set_items(self, items: list[MentoringSession]) -> None:
        self.set_records(items)

    def is_overdue(self, session: MentoringSession) -> bool:
        return session.follow_up_by is not None and session.follow_up_by < self.today

    def _follow_up_text(self, session: MentoringSession) -> str:
        follow_up = date_text(session.follow_up_by)
        return "⚠ " + follow_up if self.is_overdue(session) else follow_up
