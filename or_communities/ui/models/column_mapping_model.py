"""The columns of a list being imported: each file column's header, sample values and the field it fills."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...files.list_columns import ColumnMapping, ImportField
from ...files.spreadsheet_rows import Table
from .record_table import Column, RecordTableModel

SAMPLE_COUNT = 3


def field_label(target: ImportField | None) -> str:
    if target is None:
        return QCoreApplication.translate("ImportField", "(leave out)")
    labels = {
        ImportField.NAME: QCoreApplication.translate("ImportField", "Name"),
        ImportField.FIRST_NAME: QCoreApplication.translate("ImportField", "First name"),
        ImportField.LAST_NAME: QCoreApplication.translate("ImportField", "Last name"),
        ImportField.PHONE: QCoreApplication.translate("ImportField", "Phone"),
        ImportField.EMAIL: QCoreApplication.translate("ImportField", "Email"),
        ImportField.NEIGHBORHOOD: QCoreApplication.translate("ImportField", "Neighborhood"),
        ImportField.ROLES: QCoreApplication.translate("ImportField", "Roles"),
        ImportField.KIND: QCoreApplication.translate("ImportField", "Kind of partner"),
        ImportField.CONTACT_PERSON: QCoreApplication.translate("ImportField", "Contact person"),
        ImportField.ADDRESS: QCoreApplication.translate("ImportField", "Address"),
        ImportField.CONTRIBUTION: QCoreApplication.translate("ImportField", "Contribution"),
        ImportField.INFLUENCE: QCoreApplication.translate("ImportField", "Influence (1-5)"),
        ImportField.INTEREST: QCoreApplication.translate("ImportField", "Interest (1-5)"),
        ImportField.SKILLS: QCoreApplication.translate("ImportField", "Skills"),
        ImportField.TRAININGS: QCoreApplication.translate("ImportField", "Trainings"),
        ImportField.COMMITTEES: QCoreApplication.translate("ImportField", "Committees"),
        ImportField.SUPPORT_NOW: QCoreApplication.translate("ImportField", "Support now"),
        ImportField.SUPPORT_WANTED: QCoreApplication.translate("ImportField", "Support wanted"),
        ImportField.NOTES: QCoreApplication.translate("ImportField", "Notes"),
    }
    return labels[target]


class ColumnMappingModel(RecordTableModel):
    """One row per column of the file; the dialog puts a combo of fields in the FIELD column."""

    HEADER, SAMPLES, FIELD = range(3)

    def __init__(self, mapping: ColumnMapping, table: Table) -> None:
        super().__init__()
        self.mapping = mapping
        samples = [self._samples_of(table, column) for column in range(len(mapping.headers))]
        self.columns = [
            Column(self.tr("Column in the file"), lambda column: mapping.headers[column] or self.tr("(no header)")),
            Column(self.tr("Sample values"), lambda column: samples[column]),
            Column(self.tr("Goes into"), lambda column: field_label(mapping.field_of(column))),
        ]
        self.set_records(range(len(mapping.headers)))

    @staticmethod
    def _samples_of(table: Table, column: int) -> str:
        found: list[str] = []
        for row in table.rows:
            value = row[column].strip() if column < len(row) else ""
            if value and value not in found:
                found.append(value)
                if len(found) == SAMPLE_COUNT:
                    break
        return " · ".join(found)

    def set_field(self, column: int, target: ImportField | None) -> None:
        """Let a file column fill a field; a column that filled it before is left out."""
        self.mapping.assign(column, target)
        self.dataChanged.emit(self.index(0, self.FIELD), self.index(self.rowCount() - 1, self.FIELD))
