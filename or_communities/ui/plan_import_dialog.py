"""The preview of a work plan coming back from Excel: what changes, what is added, what was deleted in the file,
and what conflicts; nothing is written until Apply, and deleted rows are removed only when ticked.

The file is read off the interface thread, with progress and Cancel. Apply checks each activity again and
then says what was applied and what was held back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import InputError
from ..files.plan_workbook import PlanFileRefused, PlanImportCancelled
from ..services.plan_import import (
    ImportIssue,
    IssueKind,
    PlanImportPreview,
    PlanImportResult,
    apply_plan_import,
    preview_plan_import,
)
from ..services.workspace import Workspace
from .background import BackgroundTask
from .dialogs import Dialogs
from .labels import input_error_message

LISTED_ISSUES = 15
"""Held-back rows named one by one in the message after Apply; the rest are counted."""


class PlanImportDialog(QDialog):
    """``load()`` reads the file and says whether there is a preview to show; after Apply, ``applied`` says what
    was applied and ``result_message`` what the user was told."""

    def __init__(self, workspace: Workspace, path: Path, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planImportDialog")
        self.setWindowTitle(self.tr("Import a work plan"))
        self.resize(640, 480)
        self._workspace = workspace
        self._path = Path(path)
        self._dialogs = dialogs
        self._task: BackgroundTask | None = None
        self.preview: PlanImportPreview | None = None
        self.applied: PlanImportResult | None = None
        self.load_error: str | None = None
        self.result_message: str | None = None

        self.summary = QLabel()
        self.summary.setObjectName("planImportSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planImportTree")
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Activity"), self.tr("Detail")])
        self.remove_box = QCheckBox()
        self.remove_box.setObjectName("removeDeletedBox")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.remove_box)
        layout.addWidget(self.buttons)

    # -- reading -------------------------------------------------------------------------

    def load(self) -> bool:
        """Read the file on a worker thread, with progress and Cancel, and show what it would change.

        Waits until reading ends; False when the file cannot come in (a message says why) or reading was cancelled.
        """
        workspace, path = self._workspace, self._path
        self.preview, self.load_error = None, None
        self._task = BackgroundTask(
            lambda progress, cancelled: preview_plan_import(workspace, path, progress, cancelled),
            self.tr("Reading {0}…").format(path.name),
            self,
        )
        self._task.succeeded.connect(self._on_read)
        self._task.failed.connect(self._on_read_failed)
        self._keep_other_windows_waiting()
        waiting = QEventLoop(self)
        self._task.succeeded.connect(waiting.quit)
        self._task.failed.connect(waiting.quit)
        self._task.start()
        waiting.exec()  # the task's signals arrive here, so it cannot finish before the loop runs
        return self.preview is not None

    def progress_dialog(self) -> QProgressDialog | None:
        """The progress of the latest reading, with its Cancel button."""
        found = self.findChildren(QProgressDialog, "progressDialog", Qt.FindChildOption.FindDirectChildrenOnly)
        return found[-1] if found else None

    def _keep_other_windows_waiting(self) -> None:
        # load() waits in a local event loop: a modal progress dialog keeps the rest of the app from being used meanwhile.
        progress = self.progress_dialog()
        if progress is not None:
            progress.setWindowModality(Qt.WindowModality.ApplicationModal)

    def _on_read(self, preview: object) -> None:
        assert isinstance(preview, PlanImportPreview)
        self.preview = preview
        self._show(preview)

    def _on_read_failed(self, error: object) -> None:
        if isinstance(error, PlanImportCancelled):
            return
        self.load_error = self._failure_text(error)
        self._dialogs.error(self.parentWidget(), self.windowTitle(), self.load_error)

    def _failure_text(self, error: object) -> str:
        if isinstance(error, PlanFileRefused):
            language = "he" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"
            return self.tr("The work plan could not be imported: {0}.\n\nNothing was changed.").format(
                error.message.get(language)
            )
        if isinstance(error, InputError):
            return input_error_message(error)
        return self.tr("The file could not be read ({0}). Nothing was changed.").format(type(error).__name__)

    # -- the preview -----------------------------------------------------------------------

    def _show(self, preview: PlanImportPreview) -> None:
        self.summary.setText(
            self.tr("{0} changed, {1} new, {2} deleted in the file, {3} conflicts, {4} rejected, {5} unchanged.").format(
                len(preview.changed), len(preview.added), len(preview.deleted), len(preview.conflicts),
                len(preview.rejected), preview.unchanged,
            )
        )
        self.tree.clear()
        self._section(self.tr("Changed"), [(str(i.row_number), i.activity.name, "") for i in preview.changed])
        self._section(self.tr("New"), [(str(i.row_number), i.activity.name, i.goal_title) for i in preview.added])
        self._section(self.tr("Deleted in the file"), [("", a.name, "") for a in preview.deleted])
        self._section(self.tr("Conflicts (the app's version is kept)"), [self._issue_row(i) for i in preview.conflicts])
        self._section(self.tr("Rejected"), [self._issue_row(i) for i in preview.rejected])
        self._section(self.tr("Warnings"), [self._issue_row(i) for i in preview.warnings])
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.remove_box.setText(self.tr("Also remove the {0} activities deleted in the file").format(len(preview.deleted)))
        self.remove_box.setVisible(bool(preview.deleted))
        self.apply_button.setEnabled(preview.has_changes)

    def _issue_row(self, issue: ImportIssue) -> tuple[str, str, str]:
        place = str(issue.row_number) if issue.row_number else issue.sheet
        return place, issue.activity_name, self._reason(issue)

    def _reason(self, issue: ImportIssue) -> str:
        kind = issue.kind
        with_detail = {
            IssueKind.COLUMN_MISSING: self.tr("the column \"{0}\" is missing; its values stay as they are"),
            IssueKind.UNKNOWN_PARTNER: self.tr("no partner named \"{0}\"; the activity comes in without it"),
            IssueKind.UNKNOWN_NEIGHBORHOOD: self.tr("no neighborhood named \"{0}\" in the city"),
            IssueKind.FORMULA_AS_TEXT: self.tr("a formula was typed here ({0}); it comes in as the text typed"),
            IssueKind.DELETED_WITH_BUDGET_LINES: self.tr(
                "deleted in the file while {0} budget lines point to it; removing it leaves them in the budget, unlinked"
            ),
        }
        if kind in with_detail and issue.detail:
            return with_detail[kind].format(issue.detail)
        plain = {
            IssueKind.CHANGED_IN_BOTH: self.tr("changed in the app since the file was written"),
            IssueKind.REMOVED_IN_APP: self.tr("removed in the app since the file was written"),
            IssueKind.DELETED_BUT_CHANGED: self.tr("deleted in the file, but changed in the app since the file was written"),
            IssueKind.ADDED_IN_APP: self.tr(
                "an activity of this name was added to the plan in the app since the file was written"
            ),
            IssueKind.CHANGED_SINCE_PREVIEW: self.tr("changed in the app after the preview"),
            IssueKind.REMOVED_SINCE_PREVIEW: self.tr("removed in the app after the preview"),
            IssueKind.REPEATED_ROW: self.tr("the same activity is on more than one row"),
            IssueKind.SHEET_MISSING: self.tr("the sheet is missing from the workbook; its activities stay as they are"),
            IssueKind.UNKNOWN_NEIGHBORHOOD: self.tr("its neighborhood is no longer in the city"),
        }
        return plain.get(kind) or self.tr("a value cannot be read: {0}").format(issue.detail)

    def _section(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        section = QTreeWidgetItem([f"{title} ({len(rows)})"])
        self.tree.addTopLevelItem(section)
        section.setFirstColumnSpanned(True)  # a section's title reads across the row, not in the narrow first column
        for row in rows:
            section.addChild(QTreeWidgetItem(list(row)))

    # -- applying ----------------------------------------------------------------------------

    def apply(self) -> None:
        """Apply the preview in one transaction, close, and say what was applied and what was held back."""
        if self.preview is None:
            return
        self.apply_button.setEnabled(False)
        try:
            self.applied = apply_plan_import(self._workspace, self.preview, remove_deleted=self.remove_box.isChecked())
        except InputError as error:
            self.apply_button.setEnabled(True)
            self._dialogs.error(self, self.windowTitle(), input_error_message(error))
            return
        self.result_message = self._result_text(self.preview, self.applied)
        self.accept()
        self._dialogs.info(self.parentWidget(), self.windowTitle(), self.result_message)

    def _result_text(self, preview: PlanImportPreview, result: PlanImportResult) -> str:
        lines = [
            self.tr("Applied: {0} activities updated, {1} added, {2} removed.").format(
                result.updated, result.added, result.removed
            )
        ]
        held_back = [*preview.conflicts, *result.held_back]
        if held_back:
            lines += ["", self.tr("Held back, the app's version is kept ({0}):").format(len(held_back))]
            lines += [self._issue_line(issue) for issue in held_back[:LISTED_ISSUES]]
            if len(held_back) > LISTED_ISSUES:
                lines.append(self.tr("…and {0} more.").format(len(held_back) - LISTED_ISSUES))
        if result.not_removed:
            lines += ["", self.tr("{0} activities deleted in the file stay in the plan.").format(result.not_removed)]
        if preview.rejected:
            lines += ["", self.tr("{0} rows could not be read and were left out.").format(len(preview.rejected))]
        return "\n".join(lines)

    def _issue_line(self, issue: ImportIssue) -> str:
        place = self.tr("{0}, row {1}").format(issue.sheet, issue.row_number) if issue.row_number else issue.sheet
        reason = self._reason(issue)
        return f"• {place}: {issue.activity_name} — {reason}" if issue.activity_name else f"• {place}: {reason}"
