"""The city's own wording of a document's templates (a call's title and texts, a meeting's agenda): choose one,
rewrite it, keep it in the workspace, or restore the app's default. {city} and {neighborhood} are filled in when a
document is written; nothing else in a template is read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..view_context import ViewContext
from .controls import make_button
from .note_edit import NoteEdit


class TemplatesDialog(QDialog):
    def __init__(self, context: ViewContext, templates: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``templates``: each template's name as shown, and its key among the city's texts."""
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("The city's wording"))
        self.resize(640, 460)
        self._texts = context.workspace.texts
        self._language = context.language
        self._dialogs = context.dialogs
        self.choice = QComboBox()
        self.choice.setObjectName("templateChoice")
        for label, key in templates:
            self.choice.addItem(label, key)
        self.editor = NoteEdit()
        self.editor.setObjectName("templateEditor")
        hint = QLabel(self.tr("{city} and {neighborhood} are replaced by their names when a document is written."))
        hint.setWordWrap(True)
        self.save_button = make_button(self.tr("Keep this wording"), "templateSaveButton", self.save)
        self.restore_button = make_button(self.tr("Restore the default"), "templateRestoreButton", self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._shown_key = ""
        self.choice.currentIndexChanged.connect(lambda _index: self._show())
        self._show()

    def key(self) -> str:
        return str(self.choice.currentData())

    def _show(self) -> None:
        self._keep_if_changed()
        self._shown_key = self.key()
        self.editor.setPlainText(self._texts.text(self._shown_key, self._language))
        self.restore_button.setEnabled(self._texts.is_own(self._shown_key, self._language))

    def _keep_if_changed(self) -> None:
        """Switching to another template, or closing, keeps what was written in the one shown."""
        if self._shown_key and self.editor.toPlainText() != self._texts.text(self._shown_key, self._language):
            self._texts.save(self._shown_key, self._language, self.editor.toPlainText())

    def save(self) -> None:
        self._keep_if_changed()
        self._show()

    def restore(self) -> None:
        question = self.tr("Replace your city's wording of “{0}” with the app's default?").format(self.choice.currentText())
        if self._dialogs.confirm(self, self.windowTitle(), question):
            self._texts.restore_default(self.key(), self._language)
            self._shown_key = ""
            self._show()

    def done(self, result: int) -> None:
        self._keep_if_changed()
        super().done(result)


def wording_button(
    context: ViewContext, name: str, templates: Callable[[], list[tuple[str, str]]], parent: QWidget
) -> QPushButton:
    """A button that opens the wording of ``templates`` (their names as shown, and keys among the city's texts)."""
    return make_button(
        QCoreApplication.translate("TemplatesDialog", "The city's wording…"),
        f"{name}WordingButton",
        lambda: TemplatesDialog(context, templates(), parent).exec(),
    )
