"""Every standard dialog the app shows, behind one small class that tests can replace."""

from __future__ import annotations

import sys
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

ASK_TEXT_WIDTH = 420
"""The width of the dialog that asks for a name or a title."""


class Dialogs:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorDialog")
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("infoDialog")
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setObjectName("confirmDialog")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget | None, title: str, text: str, options: Sequence[str]) -> int | None:
        """One of several ways on (the first is the default); its index, or None when the user cancels."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("chooseDialog")
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((index for index, button in enumerate(buttons) if button is clicked), None)

    def ask_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        dialog = QInputDialog(parent)
        dialog.setObjectName("askTextDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(initial)
        # Wide enough for a partner's or a person's whole name (Qt's own is about 200 pixels).
        dialog.resize(max(ASK_TEXT_WIDTH, dialog.sizeHint().width()), dialog.sizeHint().height())
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_long_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """A text of several lines (guidance in the city's own words); None when the user cancels."""
        text, accepted = QInputDialog.getMultiLineText(parent, title, label, initial)
        return text if accepted else None

    def choose_many(
        self, parent: QWidget | None, title: str, label: str, choices: Sequence[tuple[str, Hashable]]
    ) -> list[Hashable] | None:
        """Tick any of ``choices`` (label, value); the values ticked, or None when the user cancels."""
        dialog = QDialog(parent)
        dialog.setObjectName("chooseManyDialog")
        dialog.setWindowTitle(title)
        ticks = QListWidget()
        ticks.setObjectName("chooseManyList")
        for text, _value in choices:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ticks.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(label))
        layout.addWidget(ticks)
        layout.addWidget(buttons)
        if not dialog.exec():
            return None
        return [value for row, (_text, value) in enumerate(choices) if ticks.item(row).checkState() == Qt.CheckState.Checked]

    def preview(self, parent: QWidget | None, title: str, html: str) -> None:
        """Show a document's page as it will be printed."""
        from .document_engine import DocumentPreview

        DocumentPreview(title, html, parent).exec()

    def open_file(self, parent: QWidget | None, title: str, folder: Path | None, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder or ""), file_filter)
        return Path(chosen) if chosen else None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None


class RefusalShownOnce(Dialogs):
    """The dialogs of a workspace open to read only: its refusal is shown the first time only. Every edit there is
    refused the same way (each pause in typing would say it again), and after the first the title and the status
    bar keep saying it. Everything else goes to the dialogs it wraps."""

    def __init__(self, inner: Dialogs, refusal: str) -> None:
        self._inner = inner
        self._refusal = refusal
        self._shown = False

    def __getattribute__(self, name: str) -> Any:
        if name == "error" or name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_inner"), name)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        if text == self._refusal:
            if self._shown:
                return
            self._shown = True
        self._inner.error(parent, title, text)


class ConsoleDialogs(Dialogs):
    """For runs with no one at the screen (--quit-when-ready): errors go to standard error."""

    def __init__(self) -> None:
        self.failed = False

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.failed = True
        print(f"{title}: {text}", file=sys.stderr)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)
