"""Bringing in a list of people or partners: sheet, columns, preview, duplicates, then one import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ImportFailed, InputError
from ..domain.records import PartnerKind
from ..domain.text import count_text, shortened
from ..files.list_columns import FIELDS, ColumnMapping, ListKind
from ..files.spreadsheet_rows import Table
from ..services.list_import import (
    DuplicateChoice,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    ListImporter,
    list_sheets,
    read_list,
)
from .background import BackgroundTask
from .dialogs import Dialogs
from .labels import input_error_message
from .models.column_mapping_model import ColumnMappingModel, field_label
from .models.duplicate_rows_model import DuplicateRowsModel, choice_label
from .models.incoming_rows_model import IncomingRowsModel
from .models.rejected_rows_model import RejectedRowsModel

if TYPE_CHECKING:
    from ..services.workspace import Workspace

CHOICE_WIDGET_LIMIT = 1000
"""Beyond this many duplicates, a combo per row would slow the dialog: the "for all" choice decides."""


class ListImportDialog(QDialog):
    """Import people or partners from ``path``; after exec(), ``imported_count`` says how many came in or merged."""

    def __init__(
        self, workspace: Workspace, kind: str, path: Path, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listImportDialog")
        self.resize(960, 680)
        self._workspace = workspace
        self._kind = ListKind(kind)
        self._path = Path(path)
        self._dialogs = dialogs
        self._importer = ListImporter(workspace)
        self._language = "he" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"
        self._neighborhood_names = {hood.id: hood.name for hood in workspace.neighborhoods.list()}
        self._table: Table | None = None
        self._load_error: str | None = None
        self._task: BackgroundTask | None = None
        self._choices: dict[int, DuplicateChoice] = {}
        self.preview: ImportPreview | None = None
        self.result_summary: ImportResult | None = None
        self.imported_count = 0
        self.setWindowTitle(self._title())
        self._build()
        self._load_sheets()

    # -- building ------------------------------------------------------------------

    def _title(self) -> str:
        if self._kind is ListKind.PEOPLE:
            return self.tr("Import people: {0}").format(self._path.name)
        return self.tr("Import partners: {0}").format(self._path.name)

    def _build(self) -> None:
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.default_kind_combo = QComboBox()
        self.default_kind_combo.setObjectName("defaultKindCombo")
        for kind in PartnerKind:
            self.default_kind_combo.addItem(kind.label.get(self._language), kind)
        self.default_kind_combo.setCurrentIndex(self.default_kind_combo.findData(PartnerKind.SOCIAL_ORGANIZATION))
        self.default_kind_combo.currentIndexChanged.connect(self._refresh_preview)
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo, 1)
        if self._kind is ListKind.PARTNERS:
            top.addWidget(QLabel(self.tr("Kind when a row does not say:")))
            top.addWidget(self.default_kind_combo, 1)

        self.mapping_table = self._new_table("mappingTable")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        self.incoming_table = self._new_table("incomingTable")
        self.duplicates_table = self._new_table("duplicatesTable")
        self.rejected_table = self._new_table("rejectedTable")
        self.for_all_combo = QComboBox()
        self.for_all_combo.setObjectName("forAllCombo")
        for choice in DuplicateChoice:
            self.for_all_combo.addItem(choice_label(choice), choice)
        self.for_all_combo.currentIndexChanged.connect(self._on_for_all_changed)
        duplicates_page = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_page)
        for_all_row = QHBoxLayout()
        for_all_row.addWidget(QLabel(self.tr("For all duplicates:")))
        for_all_row.addWidget(self.for_all_combo)
        for_all_row.addStretch(1)
        duplicates_layout.addLayout(for_all_row)
        duplicates_layout.addWidget(self.duplicates_table)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self.incoming_table, self.tr("To come in"))
        self.tabs.addTab(duplicates_page, self.tr("Duplicates"))
        self.tabs.addTab(self.rejected_table, self.tr("Cannot come in"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns: check which field each column of the file goes into.")))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _new_table(name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- reading the file ----------------------------------------------------------

    def _load_sheets(self) -> None:
        try:
            sheets = list_sheets(self._path)
        except ImportFailed as error:
            self._fail_to_load(error)
            return
        self.sheet_combo.blockSignals(True)
        for sheet in sheets:
            self.sheet_combo.addItem(sheet, sheet)
        self.sheet_combo.blockSignals(False)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(bool(sheets))
        self.sheet_combo.setEnabled(len(sheets) > 1)
        self._read(sheets[0] if sheets else None)

    def _on_sheet_changed(self) -> None:
        self._read(self.sheet_combo.currentData())

    def _read(self, sheet: str | None) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self._table = read_list(self._path, sheet)
        except ImportFailed as error:
            self._fail_to_load(error)
            return
        finally:
            self.unsetCursor()
        self._load_error = None
        self.mapping_model = ColumnMappingModel(ColumnMapping.guess(self._kind, self._table.headers), self._table)
        self.mapping_table.setModel(self.mapping_model)
        self._add_field_combos()
        self.mapping_table.resizeColumnsToContents()
        self._refresh_preview()

    def _fail_to_load(self, error: InputError) -> None:
        self._load_error = input_error_message(error)
        self.status_label.setText(self._load_error)
        self.import_button.setEnabled(False)

    def exec(self) -> int:
        """A file that cannot be read is said at once; the dialog is not shown."""
        if self._load_error is not None and self._table is None:
            self._dialogs.error(self.parentWidget(), self.tr("Cannot read the file"), self._load_error)
            return int(QDialog.DialogCode.Rejected)
        return super().exec()

    # -- columns -------------------------------------------------------------------

    def field_combo(self, column: int) -> QComboBox:
        """The combo that says which field a file column goes into."""
        widget = self.mapping_table.indexWidget(self.mapping_model.index(column, ColumnMappingModel.FIELD))
        assert isinstance(widget, QComboBox)
        return widget

    def _add_field_combos(self) -> None:
        for column in range(self.mapping_model.rowCount()):
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{column}")
            combo.addItem(field_label(None), None)
            for target in FIELDS[self._kind]:
                combo.addItem(field_label(target), target)
            combo.setCurrentIndex(combo.findData(self.mapping_model.mapping.field_of(column)))
            combo.currentIndexChanged.connect(lambda _index, column=column, combo=combo: self._on_field_chosen(column, combo))
            self.mapping_table.setIndexWidget(self.mapping_model.index(column, ColumnMappingModel.FIELD), combo)

    def _on_field_chosen(self, column: int, combo: QComboBox) -> None:
        self.mapping_model.set_field(column, combo.currentData())
        for other in range(self.mapping_model.rowCount()):
            other_combo = self.field_combo(other)
            other_combo.blockSignals(True)
            other_combo.setCurrentIndex(other_combo.findData(self.mapping_model.mapping.field_of(other)))
            other_combo.blockSignals(False)
        self._refresh_preview()

    # -- preview -------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        if self._table is None:
            return
        mapping = self.mapping_model.mapping
        self.preview = self._importer.preview(self._kind, self._table, mapping, self.default_kind_combo.currentData())
        self.incoming_model = IncomingRowsModel(self.preview.rows, self._neighborhood_names, self._language)
        self.incoming_table.setModel(self.incoming_model)
        self.duplicates_model = DuplicateRowsModel(self.preview.rows, self._choices, self.for_all_combo.currentData())
        self.duplicates_table.setModel(self.duplicates_model)
        self._add_choice_combos()
        self.rejected_model = RejectedRowsModel(self.preview.rejected)
        self.rejected_table.setModel(self.rejected_model)
        self.counts_label.setText(self._counts_text(self.preview))
        if not mapping.has_name():
            self.status_label.setText(self.tr("Choose the column that holds the names."))
        else:
            self.status_label.clear()
        self.import_button.setEnabled(mapping.has_name() and bool(self.preview.rows))

    def _counts_text(self, preview: ImportPreview) -> str:
        return self.tr("{0} rows can come in: {1} new and {2} that repeat a record. {3} rows cannot come in.").format(
            *map(count_text, (len(preview.rows), preview.new_count, len(preview.duplicates), len(preview.rejected)))
        ) + (" " + self.tr("{0} blank rows are left out.").format(count_text(preview.blank_rows)) if preview.blank_rows else "") + (
            " " + self.tr("{0} rows above the headers (a title) are left out.").format(preview.title_rows)
            if preview.title_rows else ""
        ) + (
            " " + self.tr("The workbook holds macros: only its values are read, and no macro runs.")
            if preview.macros_ignored else ""
        ) + (" " + self._formulas_text(preview) if preview.formulas else "")

    def _formulas_text(self, preview: ImportPreview) -> str:
        row, header, formula = preview.formulas[0]
        return self.tr("{0} cells hold a formula; each comes in as the text typed (row {1}, {2}: {3}).").format(
            len(preview.formulas), row, header, shortened(formula, 40)
        )

    def choice_combo(self, row: int) -> QComboBox:
        """The combo of what to do with one duplicate (a row of the duplicates table)."""
        widget = self.duplicates_table.indexWidget(self.duplicates_model.index(row, DuplicateRowsModel.CHOICE))
        assert isinstance(widget, QComboBox)
        return widget

    def _add_choice_combos(self) -> None:
        count = self.duplicates_model.rowCount()
        if count > CHOICE_WIDGET_LIMIT:
            return
        for row in range(count):
            combo = QComboBox()
            for choice in DuplicateChoice:
                combo.addItem(choice_label(choice), choice)
            combo.setCurrentIndex(combo.findData(self.duplicates_model.choice(row)))
            combo.currentIndexChanged.connect(
                lambda _index, row=row, combo=combo: self.duplicates_model.set_choice(row, combo.currentData())
            )
            self.duplicates_table.setIndexWidget(self.duplicates_model.index(row, DuplicateRowsModel.CHOICE), combo)

    def _on_for_all_changed(self) -> None:
        if self._table is None:
            return
        self.duplicates_model.set_all(self.for_all_combo.currentData())
        for row in range(min(self.duplicates_model.rowCount(), CHOICE_WIDGET_LIMIT + 1)):
            widget = self.duplicates_table.indexWidget(self.duplicates_model.index(row, DuplicateRowsModel.CHOICE))
            if isinstance(widget, QComboBox):
                widget.blockSignals(True)
                widget.setCurrentIndex(widget.findData(self.duplicates_model.choice(row)))
                widget.blockSignals(False)

    # -- importing -----------------------------------------------------------------

    def _start_import(self) -> None:
        if self.preview is None:
            return
        preview, choices, importer = self.preview, self.duplicates_model.choices(), self._importer
        self.import_button.setEnabled(False)
        self.status_label.clear()
        self._task = BackgroundTask(
            lambda progress, cancelled: importer.apply(preview, choices, progress, cancelled),
            self.tr("Importing {0}…").format(self._path.name),
            self,
        )
        self._task.succeeded.connect(self._on_imported)
        self._task.failed.connect(self._on_import_failed)
        self._task.start()

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.result_summary = result
        self.imported_count = result.added + result.merged
        self.accept()

    def _on_import_failed(self, error: object) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.status_label.setText(self.tr("The import was cancelled. Nothing was changed."))
            return
        text = input_error_message(error) if isinstance(error, InputError) else str(error)
        self._dialogs.error(
            self, self.tr("The import failed"), self.tr("{0}\n\nNothing was changed.").format(text)
        )
