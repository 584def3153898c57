"""Every standard dialog the app shows, behind one small class that tests can replace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


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

    def ask_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, initial)
        return text if accepted else None

    def ask_long_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """A text of several lines (guidance in the city's own words); None when the user cancels."""
        text, accepted = QInputDialog.getMultiLineText(parent, title, label, initial)
        return text if accepted else None

    def open_file(self, parent: QWidget | None, title: str, folder: Path | None, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder or ""), file_filter)
        return Path(chosen) if chosen else None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None


class ConsoleDialogs(Dialogs):
    """For runs with no one at the screen (--quit-when-ready): errors go to standard error."""

    def __init__(self) -> None:
        self.failed = False

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.failed = True
        print(f"{title}: {text}", file=sys.stderr)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)
