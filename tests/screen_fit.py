"""What a laptop screen cuts: walks every area (and every tab of it) of a window and lists what does not fit.

Imported by the screen tests, and run on its own in a process of its own for a scaled screen (Qt reads the scale
factor only when it starts): ``python -m tests.screen_fit LANGUAGE WIDTH HEIGHT DEMO SETTINGS`` prints the findings
as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

SLACK = 2
"""Pixels of rounding a measure may be off by."""


def settle(rounds: int = 10) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def window_findings(window: QWidget, shell: object, areas: tuple) -> dict[str, list[str]]:
    """For each area of the window that cuts something: what, in words a failing test can show."""
    findings: dict[str, list[str]] = {}
    for area in areas:
        shell.show_area(area)  # type: ignore[attr-defined]
        settle()
        view = shell.view(area)  # type: ignore[attr-defined]
        _choose_first_record(view)
        for place in _every_tab(view):
            found = sorted(set(_cut_in(view)))
            if found:
                findings.setdefault(area.name, []).extend(f"{place}: {what}" for what in found)
    return findings


def _choose_first_record(view: QWidget) -> None:
    table = getattr(view, "table", None)
    if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount() > 0:
        table.selectRow(0)
        settle()


def _every_tab(view: QWidget) -> Iterator[str]:
    """Show each tab of the area's tab widgets in turn (the area's own, not those inside a dialog)."""
    yield "first"
    for tabs in view.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield f"{tabs.objectName() or 'tabs'}[{tabs.tabText(index)}]"
        tabs.setCurrentIndex(0)
        settle()


def _cut_in(view: QWidget) -> Iterator[str]:
    for scroll in view.findChildren(QAbstractScrollArea):
        if scroll.isVisible():
            yield from _scroll_findings(scroll)
    for label in view.findChildren(QLabel):
        if label.isVisible() and label.text():
            yield from _label_findings(label)
    for button in view.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width() + SLACK:
            yield f"button cut: {button.text()!r} {button.width()}<{button.sizeHint().width()}"
        if button.isVisible() and button.text() and button.minimumSizeHint().height() > button.height() + SLACK:
            yield f"button squeezed: {button.text()!r} {button.height()}<{button.minimumSizeHint().height()}"


def _label_findings(label: QLabel) -> Iterator[str]:
    if not label.wordWrap() and label.sizeHint().width() > label.width() + SLACK:
        yield f"label cut: {label.text()[:40]!r} {label.width()}<{label.sizeHint().width()}"
    needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    if needed > label.height() + SLACK:
        yield f"label lines cut: {label.text()[:40]!r} {label.height()}<{needed}"


def _scroll_findings(scroll: QAbstractScrollArea) -> Iterator[str]:
    name = scroll.objectName() or type(scroll).__name__
    bar = scroll.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        yield f"scrolls sideways: {name} by {bar.maximum()}px"
    if isinstance(scroll, QScrollArea) and scroll.widget() is not None:
        needed = scroll.widget().minimumSizeHint().width()
        if needed > scroll.viewport().width() + SLACK:
            yield f"form cut: {name} needs {needed}px of {scroll.viewport().width()}"
    if isinstance(scroll, QTableView) and scroll.model() is not None and scroll.model().rowCount() > 0:
        header = scroll.horizontalHeader()
        for column in scroll.property("keyColumns") or []:
            needed = max(scroll.sizeHintForColumn(column), header.sectionSizeHint(column))
            if not header.isSectionHidden(column) and header.sectionSize(column) + SLACK < needed:
                yield f"name column cut: {name} column {column} {header.sectionSize(column)}<{needed}"


def main(arguments: list[str]) -> int:
    import os
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be imported before the QApplication exists
    from PySide6.QtCore import QSettings

    language, width, height, demo, settings_file = arguments
    app = QApplication([])
    from or_communities.ui.app import AppController
    from or_communities.ui.dialogs import Dialogs
    from or_communities.ui.settings import AppSettings
    from or_communities.ui.workspace_shell import AREA_ORDER

    settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    controller = AppController(app, settings, language, Dialogs(), demo_path=Path(demo).with_suffix(".unused"))
    controller.window.resize(int(width), int(height))
    controller.window.show()
    controller.open_workspace(Path(demo))
    settle()
    findings = window_findings(controller.window, controller.window.shell, AREA_ORDER)
    report = {"findings": findings, "size": [controller.window.width(), controller.window.height()]}
    print(json.dumps(report))  # noqa: T201 - the findings go to the test that started this process
    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
