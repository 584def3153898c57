"""The workspace's backups: when and why each was taken and what it holds; back up now, or restore one (the
controller restores it, after backing up the current state, so a restore can itself be undone)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..domain.errors import WorkspaceFileError
from ..domain.text import left_to_right
from ..services.backups import BackupSummary, back_up, backups_dir, backups_of
from .dialogs import Dialogs
from .i18n import current_language
from .labels import workspace_problem_message
from .models.record_table import Column, RecordTableModel
from .widgets.controls import make_button, make_table
from .widgets.screen_fit import ColumnFitter


class BackupsDialog(QDialog):
    restore_chosen = Signal(object)
    """The path of the backup the user chose to restore (the controller asks, then restores)."""

    def __init__(self, workspace: Path, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 440)
        self._workspace = workspace
        self._dialogs = dialogs
        language = current_language()
        self.model = RecordTableModel(
            [
                Column(self.tr("Taken"), lambda s: s.backup.taken_at.strftime("%d/%m/%Y %H:%M"), lambda s: s.backup.taken_at),
                Column(self.tr("Why"), lambda s: s.backup.reason.label.get(language)),
                Column(self.tr("Neighborhoods"), lambda s: str(s.counts.get("neighborhood", 0))),
                Column(self.tr("People"), lambda s: str(s.counts.get("person", 0))),
                Column(self.tr("Partners"), lambda s: str(s.counts.get("partner", 0))),
            ],
            key=lambda summary: summary.backup.path,
        )
        self.table = make_table("backupsTable")
        self.table.setModel(self.model)
        ColumnFitter(self.table, (0,)).watch()
        where = QLabel(self.tr("Kept in the folder {0}, beside the workspace.").format(left_to_right(backups_dir(workspace))))
        where.setObjectName("backupsFolder")
        where.setWordWrap(True)
        self.back_up_button = make_button(self.tr("Back up now"), "backUpNowButton", self.back_up_now, "copy")
        self.restore_button = make_button(self.tr("Restore this backup…"), "restoreBackupButton", self.restore)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(backups_of(self._workspace))
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def chosen(self) -> BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        try:
            back_up(self._workspace)
        except (WorkspaceFileError, OSError) as error:
            problem = error.problem if isinstance(error, WorkspaceFileError) else None
            text = workspace_problem_message(problem, str(self._workspace)) if problem else str(error)
            self._dialogs.error(self, self.windowTitle(), text)
            return
        self.refresh()

    def restore(self) -> None:
        summary = self.chosen()
        if summary is not None:
            self.restore_chosen.emit(summary.backup.path)
