"""The field for a few lines of free text (notes, decisions, an agenda).

A plain-text editor whose every paragraph takes the direction of its own first letter: a Hebrew line reads from
the right edge and an English one from the left, in either language of the interface. (QPlainTextEdit lays every
paragraph out from the left, Hebrew included; QTextEdit does it right, so this is a QTextEdit kept to plain text:
whatever is typed or pasted stays text, never markup.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit, QWidget


class NoteEdit(QTextEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setPlainText(text)
