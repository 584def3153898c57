"""The rows of a list that will come in, as they will be stored."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.records import Partner, Person
from ...services.list_import import IncomingRow
from .record_table import Column, RecordTableModel


class IncomingRowsModel(RecordTableModel):
    ROW, NAME, PHONE, EMAIL, PLACE, ROLES_OR_KIND = range(6)

    def __init__(self, rows: Sequence[IncomingRow], neighborhood_names: dict[int, str], language: str = "he") -> None:
        super().__init__()
        self._names = neighborhood_names
        self._language = language
        self.columns = [
            Column(self.tr("Row"), lambda incoming: incoming.row_number),
            Column(self.tr("Name"), lambda incoming: _name(incoming.record)),
            Column(self.tr("Phone"), lambda incoming: incoming.record.phone),
            Column(self.tr("Email"), lambda incoming: incoming.record.email),
            Column(self.tr("Neighborhood"), lambda incoming: self._places(incoming.record)),
            Column(self.tr("Roles or kind"), lambda incoming: self._roles_or_kind(incoming.record)),
        ]
        self.set_records(rows)

    def incoming(self, row: int) -> IncomingRow:
        return self.record(row)

    def _place(self, neighborhood_id: int | None) -> str:
        return self._names.get(neighborhood_id, "") if neighborhood_id is not None else ""

    def _places(self, record: Person | Partner) -> str:
        if isinstance(record, Person):
            return self._place(record.neighborhood_id)
        return ", ".join(sorted(self._place(nid) for nid in record.neighborhood_ids)) or self.tr("City-wide")

    def _roles_or_kind(self, record: Person | Partner) -> str:
        if isinstance(record, Person):
            return ", ".join(sorted(role.label.get(self._language) for role in record.roles))
        return record.kind.label.get(self._language)


def _name(record: Person | Partner) -> str:
    return record.full_name if isinstance(record, Person) else record.name
