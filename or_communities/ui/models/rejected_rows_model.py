"""Rows of a list that cannot come in, and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...services.list_import import RejectedRow, RejectReason
from .record_table import Column, RecordTableModel


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


class RejectedRowsModel(RecordTableModel):
    ROW, NAME, REASON, VALUE = range(4)

    def __init__(self, rows: Sequence[RejectedRow]) -> None:
        super().__init__()
        self.columns = [
            Column(self.tr("Row"), lambda rejected: rejected.row_number),
            Column(self.tr("Name"), lambda rejected: rejected.name),
            Column(self.tr("Why it cannot come in"), lambda rejected: reason_label(rejected.reason)),
            Column(self.tr("Value in the file"), lambda rejected: rejected.value),
        ]
        self.set_records(rows)

    def rejected(self, row: int) -> RejectedRow:
        return self.record(row)
