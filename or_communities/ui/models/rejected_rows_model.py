"""Rows of a list that cannot come in, and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...services.list_import import RejectedRow, RejectReason

AnyIndex = QModelIndex | QPersistentModelIndex


def reason_label(reason: RejectReason) -> str:
    labels = {
        RejectReason.NO_NAME: QCoreApplication.translate("RejectReason", "No name"),
        RejectReason.NAME_TOO_LONG: QCoreApplication.translate("RejectReason", "The name is too long"),
        RejectReason.TEXT_TOO_LONG: QCoreApplication.translate("RejectReason", "A text is too long"),
        RejectReason.BAD_PHONE: QCoreApplication.translate("RejectReason", "Not a phone number"),
        RejectReason.BAD_EMAIL: QCoreApplication.translate("RejectReason", "Not an email address"),
        RejectReason.UNKNOWN_NEIGHBORHOOD: QCoreApplication.translate(
            "RejectReason", "No such neighborhood in the workspace"
        ),
        RejectReason.UNKNOWN_ROLE: QCoreApplication.translate("RejectReason", "Not a known role"),
        RejectReason.UNKNOWN_KIND: QCoreApplication.translate("RejectReason", "Not a known kind of partner"),
        RejectReason.BAD_SCORE: QCoreApplication.translate("RejectReason", "Influence and interest go from 1 to 5"),
    }
    return labels[reason]


class RejectedRowsModel(QAbstractTableModel):
    ROW, NAME, REASON, VALUE = range(4)

    def __init__(self, rows: Sequence[RejectedRow]) -> None:
        super().__init__()
        self._rows = list(rows)

    def rejected(self, row: int) -> RejectedRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Row"), self.tr("Name"), self.tr("Why it cannot come in"), self.tr("Value in the file")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rejected = self._rows[index.row()]
        return [rejected.row_number, rejected.name, reason_label(rejected.reason), rejected.value][index.column()]
