"""Incoming rows that repeat a record, what they repeat, and what the user chose for each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.records import Person
from ...services.list_import import (
    DuplicateChoice,
    DuplicateChoices,
    IncomingRow,
    MatchOn,
)

AnyIndex = QModelIndex | QPersistentModelIndex


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


class DuplicateRowsModel(QAbstractTableModel):
    ROW, NAME, PHONE, REPEATS, WHY, CHOICE = range(6)

    def __init__(self, rows: Sequence[IncomingRow], choices: dict[int, DuplicateChoice], default: DuplicateChoice) -> None:
        super().__init__()
        self._rows = [row for row in rows if row.duplicate is not None]
        self._choices = choices
        self._default = default

    def incoming(self, row: int) -> IncomingRow:
        return self._rows[row]

    def choice(self, row: int) -> DuplicateChoice:
        return self._choices.get(self._rows[row].row_number, self._default)

    def set_choice(self, row: int, choice: DuplicateChoice) -> None:
        self._choices[self._rows[row].row_number] = choice
        index = self.index(row, self.CHOICE)
        self.dataChanged.emit(index, index)

    def set_all(self, choice: DuplicateChoice) -> None:
        """The same choice for every duplicate."""
        self._default = choice
        self._choices.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, self.CHOICE), self.index(len(self._rows) - 1, self.CHOICE))

    def choices(self) -> DuplicateChoices:
        return DuplicateChoices(self._default, dict(self._choices))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Row"),
            self.tr("Name in the file"),
            self.tr("Phone"),
            self.tr("Repeats"),
            self.tr("Why"),
            self.tr("What to do"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        incoming = self._rows[index.row()]
        match = incoming.duplicate
        assert match is not None
        record = incoming.record
        column = index.column()
        if column == self.ROW:
            return incoming.row_number
        if column == self.NAME:
            return record.full_name if isinstance(record, Person) else record.name
        if column == self.PHONE:
            return record.phone
        if column == self.REPEATS:
            if match.existing_id is not None:
                return self.tr("{0} (in the workspace)").format(match.name)
            return self.tr("{0} (row {1} of the file)").format(match.name, match.earlier_row)
        if column == self.WHY:
            return match_label(match.on)
        return choice_label(self.choice(index.row()))
