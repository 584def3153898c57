"""The small lists of the partner, people and coordinator forms: contact log, status history,
coordinators, mentoring sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.records import Person
from ...domain.relations import ContactEntry, MentoringSession, StatusChange
from ..labels import ATTENTION_COLOR
from .partner_table_model import date_text

AnyIndex = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel):
    """Rows of one record type; subclasses say the headers and each cell's text."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> object:
        return self._items[row]

    def items(self) -> list:
        return list(self._items)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, item: object) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(self._items[index.row()])[index.column()]
        return None


class ContactLogModel(_ListModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Summary")]

    def cells(self, item: object) -> list[str]:
        assert isinstance(item, ContactEntry)
        return [date_text(item.date), item.kind.label.get(self._language), item.summary]


class StatusHistoryModel(_ListModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language

    def headers(self) -> list[str]:
        return [self.tr("From"), self.tr("Status"), self.tr("Note")]

    def cells(self, item: object) -> list[str]:
        assert isinstance(item, StatusChange)
        return [date_text(item.date), item.status.label.get(self._language), item.note]


class CoordinatorListModel(_ListModel):
    def __init__(self) -> None:
        super().__init__()
        self.neighborhood_names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Community coordinator"), self.tr("Neighborhood")]

    def cells(self, item: object) -> list[str]:
        assert isinstance(item, Person)
        neighborhood = self.neighborhood_names.get(item.neighborhood_id, "") if item.neighborhood_id else ""
        return [item.full_name, neighborhood]

    def row_of(self, person_id: int) -> int | None:
        return next((row for row, person in enumerate(self._items) if person.id == person_id), None)


class MentoringSessionModel(_ListModel):
    """A session whose follow-up date has passed is marked."""

    def __init__(self) -> None:
        super().__init__()
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Topics"), self.tr("What was agreed"), self.tr("Follow up by")]

    def cells(self, item: object) -> list[str]:
        assert isinstance(item, MentoringSession)
        follow_up = date_text(item.follow_up_by)
        if self.is_overdue(item):
            follow_up = "⚠ " + follow_up
        return [date_text(item.date), item.topics, item.agreed, follow_up]

    def is_overdue(self, item: MentoringSession) -> bool:
        return item.follow_up_by is not None and item.follow_up_by < self.today

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.is_overdue(self._items[index.row()]):
            return ATTENTION_COLOR
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            if self.is_overdue(self._items[index.row()]):
                return self.tr("The follow-up date has passed.")
        return super().data(index, role)
