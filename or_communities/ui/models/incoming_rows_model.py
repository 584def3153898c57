"""The rows of a list that will come in, as they will be stored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.people_labels import PARTNER_KIND_LABELS, PERSON_ROLE_LABELS
from ...domain.records import Person
from ...services.list_import import IncomingRow

AnyIndex = QModelIndex | QPersistentModelIndex


class IncomingRowsModel(QAbstractTableModel):
    ROW, NAME, PHONE, EMAIL, PLACE, ROLES_OR_KIND = range(6)

    def __init__(self, rows: Sequence[IncomingRow], neighborhood_names: dict[int, str], language: str = "he") -> None:
        super().__init__()
        self._rows = list(rows)
        self._names = neighborhood_names
        self._language = language

    def incoming(self, row: int) -> IncomingRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Email"),
            self.tr("Neighborhood"),
            self.tr("Roles or kind"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        incoming = self._rows[index.row()]
        record = incoming.record
        column = index.column()
        if column == self.ROW:
            return incoming.row_number
        if isinstance(record, Person):
            values = [record.full_name, record.phone, record.email, self._place(record.neighborhood_id), self._roles(record)]
        else:
            places = ", ".join(sorted(self._place(nid) for nid in record.neighborhood_ids)) or self.tr("City-wide")
            values = [record.name, record.phone, record.email, places, PARTNER_KIND_LABELS[record.kind].get(self._language)]
        return values[column - 1]

    def _place(self, neighborhood_id: int | None) -> str:
        return self._names.get(neighborhood_id, "") if neighborhood_id is not None else ""

    def _roles(self, person: Person) -> str:
        return ", ".join(sorted(PERSON_ROLE_LABELS[role].get(self._language) for role in person.roles))
