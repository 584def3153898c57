"""Helpers for driving the real widgets in tests."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from or_communities.domain.catalog import Area
from or_communities.ui.dialogs import Dialogs

CITY_TODAY = dt.date(2026, 3, 1)
"""The day the empty city of the ``city_workspace`` fixture believes it is."""

ViewType = TypeVar("ViewType", bound=QWidget)


def shown_view(controller, area: Area, kind: type[ViewType]) -> ViewType:
    """Show ``area`` as choosing it in the window does, and return its view (of ``kind``)."""
    controller.window.shell.show_area(area)
    view = controller.window.shell.view(area)
    assert isinstance(view, kind)
    return view


class FakeDialogs(Dialogs):
    """Answers the standard dialogs from a script and records what the app said."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.texts: list[str | None] = []
        self.confirmations: list[bool] = []
        self.files: list[Path | None] = []
        self.questions: list[str] = []
        self.chosen: list[list[str] | None] = []
        """Answers to choose_many: the labels to tick."""
        self.offered: list[list[str]] = []
        self.shown_texts: list[str] = []
        """The texts ask_long_text was opened on."""
        self.suggested: list[Path] = []
        """The paths save_file was asked to suggest."""
        self.previews: list[tuple[str, str]] = []
        """The documents previewed: their titles and pages."""
        self.picks: list[int | None] = []
        """Answers to choose: the index of the option taken (None: the user cancels)."""
        self.options: list[list[str]] = []

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.confirmations.pop(0)

    def choose(self, parent: QWidget | None, title: str, text: str, options) -> int | None:
        self.questions.append(text)
        self.options.append(list(options))
        return self.picks.pop(0)

    def ask_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        return self.texts.pop(0)

    def ask_long_text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        self.shown_texts.append(initial)
        return self.texts.pop(0)

    def choose_many(self, parent: QWidget | None, title: str, label: str, choices: list) -> list | None:
        """Ticks the choices whose labels the next answer in ``chosen`` names (None: the user cancels)."""
        self.offered.append([label for label, _value in choices])
        answer = self.chosen.pop(0)
        return None if answer is None else [value for label, value in choices if label in answer]

    def preview(self, parent: QWidget | None, title: str, html: str) -> None:
        self.previews.append((title, html))

    def open_file(self, parent: QWidget | None, title: str, folder: Path | None, file_filter: str) -> Path | None:
        return self.files.pop(0)

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.suggested.append(suggested)
        return self.files.pop(0)


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog as soon as it is shown (dialogs block in exec())."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, poll)
            return
        action(widget)

    QTimer.singleShot(0, poll)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into a widget key by key; QTest's keyClicks cannot send Hebrew."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def click_row(qtbot, table, row: int, column: int = 0) -> None:
    """Click a row of a table view, as a user picks it."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def recalculated(path: Path) -> dict[tuple[str, str], object]:
    """Every cell's value as a spreadsheet engine computes it (the `formulas` package), by (sheet, cell)."""
    import formulas

    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    values: dict[tuple[str, str], object] = {}
    for key, value in solution.items():
        if "!" not in key or ":" in key.split("!")[1]:
            continue
        sheet, cell = key.split("]", 1)[1].rsplit("!", 1)
        raw = getattr(value, "value", value)
        values[(sheet.strip("'"), cell)] = raw[0][0] if hasattr(raw, "__getitem__") and not isinstance(raw, str) else raw
    return values


def shown_tool_button(editor: QWidget) -> QPushButton:
    """The task editor's "open the tool" button for the task shown (a card of the task shown before may still
    await its deletion, and a new card is shown by a queued call)."""
    QApplication.processEvents()
    [button] = [b for b in editor.findChildren(QPushButton, "toolOpenButton") if b.parent() is not None and b.isVisibleTo(editor)]
    return button


BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
WORDS = re.compile(r"[\u05d0-\u05ea\u05f3\u05f4״׳־]+|\d+(?:[/:.,\-]\d+)*|[A-Za-z][A-Za-z@.\-]*[A-Za-z]")
"""Hebrew words, numbers (dates, hours, phones whole) and English words, each a word of its own."""


def pdf_words(path: Path) -> list[str]:
    """The words of a PDF as pdftotext (poppler) reads them, in reading order, its direction marks left out."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is needed to read the PDF back"
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return WORDS.findall(BIDI_MARKS.sub(" ", text))


def reads_in_order(words: list[str], phrase: str) -> bool:
    """Whether the phrase's words stand in the extracted words, one after the other, in reading order."""
    wanted = WORDS.findall(phrase)
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))
