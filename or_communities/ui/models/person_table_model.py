"""Everyone in the workspace as plain records, with each row's text, search key and sort keys worked out once.

Built for 20,000 people: ``data`` only looks up a prepared string, the filter decides all rows
in one pass over prepared lists, and sorting reorders those lists in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, Qt

from ...domain.records import Person, PersonRole
from ...domain.relations import PersonStatus
from ..labels import ATTENTION_COLOR, person_role_label
from .cells import date_sort_key, date_text
from .record_table import AnyIndex, Column, RecordFilter, RecordTableModel

NO_NEIGHBORHOOD = -1
"""The neighborhood filter's value for people with no neighborhood."""


def _text_of(column: int) -> Callable[[PersonRow], str]:
    return lambda row: row.texts[column]


@dataclass(slots=True)
class PersonRow:
    person: Person
    texts: tuple[str, ...]
    search_key: str
    inactive: bool


class PersonTableModel(RecordTableModel):
    NAME, NEIGHBORHOOD, ROLES, PHONE, STATUS, LAST_ACTIVITY, INACTIVE = range(7)

    def __init__(self, language: str) -> None:
        super().__init__(
            key=lambda row: row.person.id, row_background=lambda row: ATTENTION_COLOR if row.inactive else None
        )
        self.row_tooltip = self._inactive_tooltip
        self._language = language
        self._neighborhood_names: dict[int, str] = {}
        self._role_names: dict[PersonRole, str] = {}
        self._inactive_text = ""
        self.stamp = 0
        """Moves on whenever rows change or move, so the filter knows to decide again."""
        headers = [
            self.tr("Name"),
            self.tr("Neighborhood"),
            self.tr("Roles"),
            self.tr("Phone"),
            self.tr("Status"),
            self.tr("Last activity"),
            self.tr("Retention"),
        ]
        self.columns = [Column(header, _text_of(number)) for number, header in enumerate(headers)]

    # -- loading ---------------------------------------------------------------------

    def set_people(self, people: Iterable[Person], neighborhood_names: dict[int, str], inactive_ids: set[int]) -> None:
        self._neighborhood_names = dict(neighborhood_names)
        self._role_names = {role: person_role_label(role) for role in PersonRole}
        self._inactive_text = self.tr("Inactive")
        self.stamp += 1
        self.set_records([self._row(person, person.id in inactive_ids) for person in people])

    def _row(self, person: Person, inactive: bool) -> PersonRow:
        neighborhood = self._neighborhood_names.get(person.neighborhood_id, "") if person.neighborhood_id else ""
        roles = ", ".join(self._role_names[role] for role in PersonRole if role in person.roles)
        texts = (
            person.full_name,
            neighborhood,
            roles,
            person.phone,
            person.status.label.get(self._language),
            date_text(person.last_activity),
            self._inactive_text if inactive else "",
        )
        search_key = " ".join((person.full_name, neighborhood, roles, person.phone, person.email, person.skills)).casefold()
        return PersonRow(person, texts, search_key, inactive)

    def update_person(self, person: Person, inactive: bool) -> None:
        """One person changed: refresh the row without a reset."""
        self.stamp += 1
        self.replace_record(self._row(person, inactive))

    # -- reading ---------------------------------------------------------------------

    def person(self, row: int) -> Person:
        return self.record(row).person

    def rows(self) -> list[PersonRow]:
        return self._records

    def _inactive_tooltip(self, row: PersonRow) -> str | None:
        if not row.inactive:
            return None
        return self.tr("An active activist with no activity recorded for longer than the set number of days.")

    # -- sorting in Python, once, instead of a comparison per pair of rows through Qt ----------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self.LAST_ACTIVITY:
            self._records.sort(key=lambda row: date_sort_key(row.person.last_activity), reverse=descending)
        elif column == self.INACTIVE:
            self._records.sort(key=lambda row: row.inactive, reverse=not descending)
        else:
            self._records.sort(key=lambda row: row.texts[column].casefold(), reverse=descending)
        self.stamp += 1
        self.layoutChanged.emit()


class PeopleFilter(RecordFilter):
    """Search as you type and filters by neighborhood, role, status and retention, decided for all rows at once."""

    def __init__(self) -> None:
        super().__init__()
        self.search = ""
        self.neighborhood_id: int | None = None
        self.role: PersonRole | None = None
        self.status: PersonStatus | None = None
        self.inactive_only = False
        self._accepted: list[bool] = []
        self._stamp = -1

    def set_criteria(self, **criteria: object) -> None:
        self._apply(criteria)
        self._stamp = -1
        # One layout change for the whole table: telling the view of each removed and inserted stretch of rows
        # (as an incremental filter change does) costs far more with thousands of scattered rows.
        self.invalidate()

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, PersonTableModel)
        self._model = model
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._stamp != self._model.stamp:
            self._decide()
        return self._accepted[source_row]

    def _decide(self) -> None:
        model = self._model
        rows = model.rows()
        needle = self.search
        accepted = [needle in row.search_key for row in rows] if needle else [True] * len(rows)
        if self.neighborhood_id is not None:
            wanted = None if self.neighborhood_id == NO_NEIGHBORHOOD else self.neighborhood_id
            accepted = [ok and row.person.neighborhood_id == wanted for ok, row in zip(accepted, rows, strict=True)]
        if self.role is not None:
            accepted = [ok and self.role in row.person.roles for ok, row in zip(accepted, rows, strict=True)]
        if self.status is not None:
            accepted = [ok and row.person.status is self.status for ok, row in zip(accepted, rows, strict=True)]
        if self.inactive_only:
            accepted = [ok and row.inactive for ok, row in zip(accepted, rows, strict=True)]
        self._accepted = accepted
        self._stamp = model.stamp
