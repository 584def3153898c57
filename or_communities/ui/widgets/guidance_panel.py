"""The guide's tips where the work is done (the gathering spaces, the channels, the activists, the partners, the
budget's sources): folded to one line until opened, and the city may rewrite them in its own words."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...domain import catalog
from ..icons import icon
from ..view_context import ViewContext
from .controls import make_button


class GuidancePanel(QFrame):
    def __init__(self, context: ViewContext, tool_key: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._context = context
        self._key = f"guidance.{tool_key}"
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"{name}Toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setIcon(icon("first_steps"))
        self.toggle.setIconSize(QSize(18, 18))
        self.toggle.setText(catalog.TOOLS[tool_key].name.get(context.language))
        self.toggle.toggled.connect(self._unfold)
        self.text = QLabel()
        self.text.setObjectName(f"{name}Text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the city's words are shown, never interpreted
        self.text.setWordWrap(True)
        self.edit_button = make_button(self.tr("In our words…"), f"{name}EditButton", self.edit)
        self.restore_button = make_button(self.tr("Restore the default"), f"{name}RestoreButton", self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(24, 0, 0, 0)
        body_layout.addWidget(self.text)
        body_layout.addLayout(buttons)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.body)

    def _unfold(self, open_: bool) -> None:
        if open_:
            self.refresh()
        self.body.setVisible(open_)

    def refresh(self) -> None:
        texts, language = self._context.workspace.texts, self._context.language
        self.text.setText(texts.text(self._key, language))
        self.restore_button.setEnabled(texts.is_own(self._key, language))

    def edit(self) -> None:
        texts, language = self._context.workspace.texts, self._context.language
        written = self._context.dialogs.ask_long_text(
            self, self.toggle.text(), self.tr("The tips in your city's words:"), texts.text(self._key, language)
        )
        if written is not None:
            texts.save(self._key, language, written)
            self.refresh()

    def restore(self) -> None:
        question = self.tr("Replace your city's text with the app's default tips?")
        if self._context.dialogs.confirm(self, self.toggle.text(), question):
            self._context.workspace.texts.restore_default(self._key, self._context.language)
            self.refresh()
