"""Incoming rows that repeat a record, what they repeat, and what the user chose for each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...domain.records import Partner, Person
from ...services.list_import import (
    DuplicateChoice,
    DuplicateChoices,
    DuplicateMatch,
    IncomingRow,
    MatchOn,
)
from .record_table import Column, RecordTableModel


def choice_label(choice: DuplicateChoice) -> str:
    labels = {
        DuplicateChoice.SKIP: QCoreApplication.translate("DuplicateChoice", "Skip"),
        DuplicateChoice.MERGE: QCoreApplication.translate("DuplicateChoice", "Merge (fill empty fields)"),
        DuplicateChoice.ADD: QCoreApplication.translate("DuplicateChoice", "Add as new"),
    }
    return labels[choice]


def match_label(on: MatchOn) -> str:
    labels = {
        MatchOn.PHONE: QCoreApplication.translate("MatchOn", "Same phone"),
        MatchOn.EMAIL: QCoreApplication.translate("MatchOn", "Same email"),
        MatchOn.NAME: QCoreApplication.translate("MatchOn", "Same name"),
    }
    return labels[on]


class DuplicateRowsModel(RecordTableModel):
    ROW, NAME, PHONE, REPEATS, WHY, CHOICE = range(6)

    def __init__(self, rows: Sequence[IncomingRow], choices: dict[int, DuplicateChoice], default: DuplicateChoice) -> None:
        super().__init__()
        self._choices = choices
        self._default = default
        self.columns = [
            Column(self.tr("Row"), lambda incoming: incoming.row_number),
            Column(self.tr("Name in the file"), lambda incoming: _name(incoming.record)),
            Column(self.tr("Phone"), lambda incoming: incoming.record.phone),
            Column(self.tr("Repeats"), self._repeats),
            Column(self.tr("Why"), lambda incoming: match_label(_match(incoming).on)),
            Column(self.tr("What to do"), lambda incoming: choice_label(self._choice_of(incoming))),
        ]
        self.set_records([row for row in rows if row.duplicate is not None])

    def incoming(self, row: int) -> IncomingRow:
        return self.record(row)

    def choice(self, row: int) -> DuplicateChoice:
        return self._choice_of(self.record(row))

    def set_choice(self, row: int, choice: DuplicateChoice) -> None:
        self._choices[self.record(row).row_number] = choice
        index = self.index(row, self.CHOICE)
        self.dataChanged.emit(index, index)

    def set_all(self, choice: DuplicateChoice) -> None:
        """The same choice for every duplicate."""
        self._default = choice
        self._choices.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.CHOICE), self.index(self.rowCount() - 1, self.CHOICE))

    def choices(self) -> DuplicateChoices:
        return DuplicateChoices(self._default, dict(self._choices))

    def _choice_of(self, incoming: IncomingRow) -> DuplicateChoice:
        return self._choices.get(incoming.row_number, self._default)

    def _repeats(self, incoming: IncomingRow) -> str:
        match = _match(incoming)
        if match.existing_id is not None:
            return self.tr("{0} (in the workspace)").format(match.name)
        return self.tr("{0} (row {1} of the file)").format(match.name, match.earlier_row)


def _match(incoming: IncomingRow) -> DuplicateMatch:
    assert incoming.duplicate is not None
    return incoming.duplicate


def _name(record: Person | Partner) -> str:
    return record.full_name if isinstance(record, Person) else record.name
