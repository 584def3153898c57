"""Merging a colleague's map package: what is new, changed and conflicting, before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import InputError
from ..services.map_exchange import (
    ConflictChoice,
    ImportSummary,
    MapExchangeService,
    MergePreview,
    MergeState,
)
from .labels import input_error_message
from .models.merge_preview_model import MergePreviewModel


class MapImportDialog(QDialog):
    """Shows a MergePreview; Merge applies it, and ``summary`` then says what was done."""

    def __init__(self, preview: MergePreview, maps: MapExchangeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapImportDialog")
        self.setWindowTitle(self.tr("Import a map package: {0}").format(preview.source.name))
        self.resize(900, 560)
        self.preview = preview
        self._maps = maps
        self.summary: ImportSummary | None = None

        self.counts_label = QLabel(self._counts_text())
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setWordWrap(True)
        self.model = MergePreviewModel(preview.items)
        self.table = self._table()
        self.conflict_box = self._conflict_box()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(preview.changes_anything)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        if not preview.same_city:
            layout.addWidget(self._other_city_warning())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def conflict_choice(self) -> ConflictChoice:
        return ConflictChoice.TAKE_THEIRS if self.take_theirs.isChecked() else ConflictChoice.KEEP_MINE

    def accept(self) -> None:
        try:
            self.summary = self._maps.apply_import(self.preview, self.conflict_choice())
        except InputError as error:
            self.error_label.setText(input_error_message(error))
            self.error_label.show()
            return
        super().accept()

    def _counts_text(self) -> str:
        preview = self.preview
        return self.tr("{0} new, {1} changed, {2} conflicting, {3} unchanged.").format(
            preview.count(MergeState.NEW),
            preview.count(MergeState.CHANGED),
            preview.count(MergeState.CONFLICTING),
            preview.count(MergeState.UNCHANGED),
        )

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("mergeTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _conflict_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("For conflicting records"))
        box.setObjectName("conflictBox")
        self.keep_mine = QRadioButton(self.tr("Keep mine"))
        self.keep_mine.setObjectName("keepMine")
        self.take_theirs = QRadioButton(self.tr("Take theirs"))
        self.take_theirs.setObjectName("takeTheirs")
        self.keep_mine.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.keep_mine)
        group.addButton(self.take_theirs)
        row = QHBoxLayout(box)
        row.addWidget(self.keep_mine)
        row.addWidget(self.take_theirs)
        row.addStretch(1)
        box.setVisible(self.preview.count(MergeState.CONFLICTING) > 0)
        return box

    def _other_city_warning(self) -> QLabel:
        warning = QLabel(
            self.tr("This package is of {0}, and your workspace is of {1}. Check that it is the right file.").format(
                self.preview.package.city_name, self.preview.local_city
            )
        )
        warning.setObjectName("otherCityWarning")
        warning.setWordWrap(True)
        return warning
