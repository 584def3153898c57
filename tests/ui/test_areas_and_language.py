"""Journeys 7 and 9: every area is reachable and says what it holds; English through settings; bad files explained."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
)

from or_communities.domain.catalog import Area
from or_communities.ui.dialogs import Dialogs
from or_communities.ui.workspace_shell import AREA_ORDER
from tests.helpers import when_modal

REQUIRED_AREAS = {
    Area.JOURNEY, Area.NEIGHBORHOODS, Area.MAP, Area.PARTNERS, Area.PEOPLE, Area.COORDINATORS,
    Area.WORK_PLANS, Area.BUDGET, Area.EVENTS, Area.DASHBOARD,
}


def test_every_area_is_reachable_and_none_is_blank(make_controller, qtbot, demo_path):
    """Clicking each area in the list shows it, with its words and tools; areas still to come describe what they will hold."""
    controller = make_controller()
    controller.start(demo_path)
    shell = controller.window.shell
    assert set(AREA_ORDER) >= REQUIRED_AREAS
    for row, area in enumerate(AREA_ORDER):
        item = shell.nav.item(row)
        qtbot.mouseClick(shell.nav.viewport(), Qt.MouseButton.LeftButton, pos=shell.nav.visualItemRect(item).center())
        assert shell.current_area() is area
        page = shell.pages.currentWidget()
        widgets = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        texts = [widget.text() for widget in widgets if widget.text().strip()]
        assert len(" ".join(texts)) > 40, area
    assert shell.nav.item(AREA_ORDER.index(Area.MAP)).text() == "מפה"


def test_switching_to_english_rebuilds_the_window_left_to_right(make_controller, qtbot, demo_path):
    """Choosing English in settings turns the window left to right, in English, keeping the workspace and area."""
    controller = make_controller()
    controller.start(demo_path)
    controller.window.shell.show_area(Area.MATRIX)

    def choose_english(dialog) -> None:
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("en"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(choose_english)
    controller.window.show_settings()
    window = controller.window
    assert controller.language == "en" and controller.settings.language() == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.isRightToLeft()
    assert window.shell.current_area() is Area.MATRIX
    assert window.shell.nav.item(0).text() == "Journey"
    assert window.windowTitle().endswith("— Or Communities")
    journey = window.shell.view(Area.JOURNEY)
    assert journey.stage_path.cards[0].name.text() == "City infrastructure"


def test_qt_standard_buttons_are_hebrew(make_controller, qtbot):
    """Qt's own translations are installed: a standard Yes/No box says כן and לא, right to left."""
    make_controller()
    box = QMessageBox(QMessageBox.Icon.Question, "", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "כן"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "לא"
    assert box.isRightToLeft()


def test_opening_a_bad_file_shows_a_hebrew_dialog_and_leaves_it(make_controller, qtbot, tmp_path, demo_path):
    """Opening a file that is not a workspace shows a real message box saying so; the file and the open city stay as they were."""
    controller = make_controller(dialogs=Dialogs())
    controller.start(demo_path)
    bad = tmp_path / "budget.orcity"
    bad.write_bytes(b"PK\x03\x04 this is an Excel file really")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    seen: list[str] = []

    def read_and_close(box) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(read_and_close)
    assert not controller.open_workspace(bad)
    assert seen and "אינו סביבת עבודה של קהילות אור" in seen[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert controller.workspace is not None and controller.workspace.path == demo_path


def test_window_geometry_is_saved_on_close(make_controller, qtbot):
    """Closing the window writes its geometry to the settings, for the next start to restore."""
    first = make_controller()
    first.start(None)
    assert first.settings.window_geometry() is None
    first.window.close()
    saved = first.settings.window_geometry()
    assert saved is not None and not saved.isEmpty()
    # The offscreen test screen is smaller than the window, so Qt refits a restored size; only the saving is checked.


def test_adding_a_partner_asks_its_name_in_a_dialog_wide_enough_for_it(make_controller, qtbot, demo_path):
    """The partners area's Add… asks for the name in a real Hebrew dialog wide enough for a long name; the name
    typed there is the partner added."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton

    from or_communities.ui.dialogs import ASK_TEXT_WIDTH

    controller = make_controller(dialogs=Dialogs())
    controller.start(demo_path)
    controller.window.shell.show_area(Area.PARTNERS)
    view = controller.window.shell.view(Area.PARTNERS)
    long_name = "המשרד לפיתוח הפריפריה, הנגב והגליל – מחוז דרום"
    seen: list[tuple[int, bool]] = []

    def type_and_accept(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        field = dialog.findChild(QLineEdit)
        seen.append((dialog.width(), dialog.isRightToLeft()))
        field.setText(long_name)
        assert field.width() > field.fontMetrics().horizontalAdvance(long_name) * 0.8
        dialog.accept()

    when_modal(type_and_accept)
    add = next(button for button in view.findChildren(QPushButton) if button.objectName() == "addPartnerButton")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert seen and seen[0][0] >= ASK_TEXT_WIDTH and seen[0][1]
    assert long_name in [partner.name for partner in controller.workspace.partners.list()]
