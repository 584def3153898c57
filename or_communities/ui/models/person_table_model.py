"""Everyone in the workspace, read from the database as the table scrolls: the model holds only the ids a search
and its filters found (in the order asked), and the rows of the pages in view.

Built for 320,000 people: a keystroke of search asks the database for ids through its trigram index
(storage/person_search.py), never reads the people themselves; a page of rows is read when the view first asks
for one of its cells, and only the latest pages are kept.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal

from ...domain.people_search import PeopleOrder, PeopleQuery, searching
from ...domain.records import Person, PersonRole
from ..labels import ATTENTION_COLOR, person_role_label
from .cells import date_text
from .record_table import AnyIndex, Column, RecordProxy, RecordTableModel

PeopleFinder = Callable[[PeopleQuery], list[int]]
"""The ids a query finds, in its order."""
PeopleReader = Callable[[Sequence[int]], list[tuple[Person, bool]]]
"""The people of some ids, in that order, each with whether they are an inactive activist."""

ORDER_OF_COLUMN = (
    PeopleOrder.NAME, PeopleOrder.NEIGHBORHOOD, PeopleOrder.ROLES, PeopleOrder.PHONE, PeopleOrder.STATUS,
    PeopleOrder.LAST_ACTIVITY, PeopleOrder.RETENTION,
)


def _text_of(column: int) -> Callable[[PersonRow], str]:
    return lambda row: row.texts[column]


@dataclass(slots=True)
class PersonRow:
    person: Person
    texts: tuple[str, ...]
    inactive: bool


class PersonTableModel(RecordTableModel):
    loaded = Signal()
    """The people were found again because the workspace changed (not because the search did)."""

    NAME, NEIGHBORHOOD, ROLES, PHONE, STATUS, LAST_ACTIVITY, INACTIVE = range(7)
    PAGE_ROWS = 100
    KEPT_PAGES = 60
    """Pages of rows kept read (6,000 rows): scrolling back over them reads nothing again."""

    def __init__(self, language: str) -> None:
        super().__init__(
            key=lambda row: row.person.id, row_background=lambda row: ATTENTION_COLOR if row.inactive else None
        )
        self.row_tooltip = self._inactive_tooltip
        self._language = language
        self._neighborhood_names: dict[int, str] = {}
        self._role_names: dict[PersonRole, str] = {}
        self._inactive_text = ""
        self._find: PeopleFinder = lambda _query: []
        self._read: PeopleReader = lambda _ids: []
        self._query = PeopleQuery()
        self._ids: list[int] = []
        self._unsearched: tuple[PeopleQuery, list[int]] | None = None
        """The last ids found with no search: clearing a search shows them again without asking the database."""
        self._row_of_id: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._total = 0
        """Everyone in the workspace, whatever the search and filters find."""
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

    # -- finding -----------------------------------------------------------------------------

    def load(self, find: PeopleFinder, read: PeopleReader, neighborhood_names: dict[int, str], total: int) -> None:
        """Find the people again (the workspace changed), with the search, filters and order as they are."""
        self._find, self._read, self._total = find, read, total
        self._neighborhood_names = dict(neighborhood_names)
        self._role_names = {role: person_role_label(role) for role in PersonRole}
        self._inactive_text = self.tr("Inactive")
        self._unsearched = None
        self._find_again()
        self.loaded.emit()

    @property
    def query(self) -> PeopleQuery:
        return self._query

    def change_query(self, **criteria: Any) -> None:
        """Show what another search, filter or order finds (``search`` as typed)."""
        if "search" in criteria:
            criteria["search"] = searching(str(criteria["search"]))
        query = dataclasses.replace(self._query, **criteria)
        if query != self._query:
            self._query = query
            self._find_again()

    def _find_again(self) -> None:
        self.beginResetModel()
        self._ids = self._found(self._query)
        self._row_of_id = None
        self._pages.clear()
        self.endResetModel()

    def _found(self, query: PeopleQuery) -> list[int]:
        if query.search:
            return self._find(query)
        if self._unsearched is None or self._unsearched[0] != query:
            self._unsearched = (query, self._find(query))
        return self._unsearched[1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.change_query(order=ORDER_OF_COLUMN[column], descending=order == Qt.SortOrder.DescendingOrder)

    # -- reading -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def record(self, row: int) -> PersonRow:
        page, place = divmod(row, self.PAGE_ROWS)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._read_page(page)
        else:
            self._pages.move_to_end(page)
        return rows[place]

    def _read_page(self, page: int) -> list[PersonRow]:
        ids = self._ids[page * self.PAGE_ROWS : (page + 1) * self.PAGE_ROWS]
        found = {person.id: self._row(person, inactive) for person, inactive in self._read(ids)}
        # someone removed since the ids were found keeps a row (empty) until the list is found again
        rows = [found.get(person_id) or self._gone(person_id) for person_id in ids]
        self._pages[page] = rows
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _gone(self, person_id: int) -> PersonRow:
        return PersonRow(Person(person_id, "", frozenset()), ("",) * len(self.columns), False)

    def record_count(self) -> int:
        return self._total

    def rows_held(self) -> int:
        """How many people's rows the model holds read now (the pages in view and the latest before them)."""
        return sum(len(rows) for rows in self._pages.values())

    def records(self) -> list[PersonRow]:
        return [self.record(row) for row in range(len(self._ids))]

    def row_of(self, key: object) -> int | None:
        if self._row_of_id is None:
            self._row_of_id = {person_id: row for row, person_id in enumerate(self._ids)}
        return self._row_of_id.get(key) if isinstance(key, int) else None

    def person(self, row: int) -> Person:
        return self.record(row).person

    def shown_row(self, person_id: int) -> PersonRow | None:
        """A person's row as the list shows it now, when it has been read."""
        row = self.row_of(person_id)
        if row is None:
            return None
        rows = self._pages.get(row // self.PAGE_ROWS)
        return None if rows is None else rows[row % self.PAGE_ROWS]

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
        return PersonRow(person, texts, inactive)

    def update_person(self, person: Person, inactive: bool) -> None:
        """One person changed: their row shows it without finding the list again."""
        self.replace_record(self._row(person, inactive))

    def replace_row(self, row: int, record: Any) -> None:
        rows = self._pages.get(row // self.PAGE_ROWS)
        if rows is not None:
            rows[row % self.PAGE_ROWS] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _inactive_tooltip(self, row: PersonRow) -> str | None:
        if not row.inactive:
            return None
        return self.tr("An active activist with no activity recorded for longer than the set number of days.")


class PeopleFilter(RecordProxy):
    """Search as you type and filters by neighborhood, role, status and retention: passed to the model, which finds
    the rows in the database (this proxy decides none, so 320,000 rows cost it no Python call each)."""

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, PersonTableModel)
        self._model = model
        super().setSourceModel(model)

    def set_criteria(self, **criteria: object) -> None:
        self._model.change_query(**criteria)
