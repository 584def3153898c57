"""Every word a Hebrew window shows is Hebrew: each area's labels, buttons, tabs, choices, column titles and hints,
and Qt's own file dialog — so a string hidden from the translation tools shows up here."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from or_communities.ui.dialogs import Dialogs
from or_communities.ui.workspace_shell import AREA_ORDER

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
"""A rich-text label's tags and entities, which are not words a user reads."""
ALLOWED = {
    "Excel", "CSV", "xlsx", "csv", "GIS", "GeoPackage", "gpkg", "KML", "kml", "shp", "zip", "json", "geojson",
    "GeoJSON", "Shapefile", "PDF", "pdf", "Word", "docx",
    "MBTiles", "mbtiles", "OpenStreetMap", "WhatsApp", "Facebook", "Telegram", "Instagram", "Google", "Zoom",
}


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, (QLineEdit, QTextEdit)):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(index).text() for index in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        header = getattr(widget, "horizontalHeader", None)
        columns = header().count() if header is not None else 1
        texts += [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]
    return texts


def _english_in(widget: QWidget) -> set[str]:
    found = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        for text in _texts_of(child):
            found |= {word for word in ENGLISH_WORD.findall(MARKUP.sub(" ", text)) if word not in ALLOWED}
    return found


def _english_by_area(shell) -> dict[str, list[str]]:
    """Show each area in turn; the English words of each that has any."""
    leftovers = {}
    for area in AREA_ORDER:
        shell.show_area(area)
        if found := _english_in(shell.view(area)):
            leftovers[area.name] = sorted(found)
    return leftovers


def test_every_area_of_the_hebrew_window_speaks_hebrew(make_controller, qtbot, demo_path):
    """Each area of the demo city in Hebrew: no English word among its visible texts, choices and column titles."""
    controller = make_controller()
    controller.start(demo_path)
    assert _english_by_area(controller.window.shell) == {}


def test_a_new_citys_guides_and_first_steps_speak_hebrew(make_controller, qtbot, tmp_path):
    """A city just created shows its empty areas' guides and the journey's first steps, all in Hebrew."""
    controller = make_controller()
    controller.start(None)
    assert controller.create_city(tmp_path / "דימונה.orcity", "דימונה", 2026)
    shell = controller.window.shell
    assert _english_by_area(shell) == {}
    assert not shell.view(AREA_ORDER[0]).first_steps.isHidden()


def test_qts_own_file_dialog_speaks_hebrew(make_controller, qtbot):
    """The file dialog Qt draws (no native one here) labels its folder and file-type choices in Hebrew."""
    make_controller()
    seen: dict[str, set[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen["words"] = {
            word for child in dialog.findChildren(QLabel) for word in ENGLISH_WORD.findall(child.text())
        }
        dialog.reject()

    QTimer.singleShot(20, look)
    Dialogs().open_file(None, "פתיחה", None, "Excel (*.xlsx)")
    assert seen["words"] == set()
