"""The preview of a work plan coming back from Excel: what changes, what is added, what was deleted in the file,
and what conflicts; nothing is written until Apply, and deleted rows are removed only when ticked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import InputError
from ..services.plan_import import IssueKind, PlanImportPreview, PlanImportResult, apply_plan_import, preview_plan_import
from ..services.workspace import Workspace
from .dialogs import Dialogs
from .labels import input_error_message


class PlanImportDialog(QDialog):
    def __init__(self, workspace: Workspace, path: Path, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planImportDialog")
        self.setWindowTitle(self.tr("Import a work plan"))
        self.resize(640, 480)
        self._workspace = workspace
        self._path = path
        self._dialogs = dialogs
        self.preview: PlanImportPreview | None = None
        self.result: PlanImportResult | None = None

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
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.remove_box)
        layout.addWidget(self.buttons)

    def load(self) -> bool:
        """Read the file and show what it would change; False (and a message) when it cannot be read."""
        try:
            self.preview = preview_plan_import(self._workspace, self._path)
        except InputError as error:
            self._dialogs.error(self.parentWidget(), self.windowTitle(), input_error_message(error))
            return False
        self._show(self.preview)
        return True

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
        self._section(self.tr("Conflicts (the app's version is kept)"), [(str(i.row_number), i.activity_name, self._reason(i.kind)) for i in preview.conflicts])
        self._section(self.tr("Rejected"), [(str(i.row_number), i.activity_name, i.detail) for i in preview.rejected])
        self._section(self.tr("Warnings"), [(str(i.row_number), i.activity_name, i.detail) for i in preview.warnings])
        self.tree.expandAll()
        self.remove_box.setText(self.tr("Also remove the {0} activities deleted in the file").format(len(preview.deleted)))
        self.remove_box.setVisible(bool(preview.deleted))
        self.apply_button.setEnabled(preview.has_changes)

    def _reason(self, kind: IssueKind) -> str:
        if kind is IssueKind.CHANGED_IN_BOTH:
            return self.tr("changed in the app since the file was written")
        if kind is IssueKind.REMOVED_IN_APP:
            return self.tr("removed in the app since the file was written")
        return kind.value

    def _section(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        section = QTreeWidgetItem([f"{title} ({len(rows)})"])
        self.tree.addTopLevelItem(section)
        for row in rows:
            section.addChild(QTreeWidgetItem(list(row)))

    def apply(self) -> None:
        if self.preview is None:
            return
        self.result = apply_plan_import(self._workspace, self.preview, remove_deleted=self.remove_box.isChecked())
        self.accept()
