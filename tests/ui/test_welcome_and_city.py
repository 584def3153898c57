"""Journeys 1-3: the Hebrew welcome page, a new city through its dialog, the demo, recent workspaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QSpinBox

from or_communities.services.workspace import Workspace
from tests.helpers import type_text, when_modal


def test_welcome_page_is_hebrew_and_right_to_left(make_controller):
    """The first screen is in Hebrew, laid out right to left, and offers new, open and demo."""
    controller = make_controller()
    controller.start(None)
    window = controller.window
    assert window.isRightToLeft()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.welcome.new_city_button.text() == "עיר חדשה…"
    assert window.welcome.open_button.text() == "פתיחת סביבת עבודה…"
    assert window.welcome.demo_button.text() == "פתיחת עיר ההדגמה"
    assert window.windowTitle() == "קהילות אור"


def test_new_city_dialog_writes_the_workspace_file(make_controller, qtbot, tmp_path):
    """Typing a name and a year in the new-city dialog writes NAME.orcity and opens it."""
    controller = make_controller()
    controller.settings.set_last_folder(tmp_path)
    controller.start(None)

    def fill(dialog) -> None:
        name = dialog.findChild(QLineEdit, "cityNameEdit")
        type_text(name, "קרית גת")
        year = dialog.findChild(QSpinBox, "planYearSpin")
        year.setValue(2027)
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(controller.window.welcome.new_city_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "קרית גת.orcity"
    qtbot.waitUntil(lambda: controller.workspace is not None)
    assert path.is_file()
    assert controller.workspace.path == path
    assert controller.window.shell.header.text() == "\u2068קרית גת\u2069 · שנת תכנית 2027"
    assert controller.settings.recent_workspaces() == [path.resolve()]


def test_new_city_without_a_name_says_so(make_controller, qtbot, tmp_path, fake_dialogs):
    """Pressing Create with no name shows a message and writes no file."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.settings.set_last_folder(tmp_path)
    controller.start(None)

    def press_create_then_cancel(dialog) -> None:
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert fake_dialogs.errors == [("עיר חדשה", "הקלידו את שם העיר.")]
        dialog.reject()

    when_modal(press_create_then_cancel)
    qtbot.mouseClick(controller.window.welcome.new_city_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.errors
    assert controller.workspace is None
    assert list(tmp_path.glob("*.orcity")) == []


def test_demo_city_opens_with_ten_neighborhoods(make_controller, qtbot):
    """The demo button writes the demo city once and opens it, part-way through the process."""
    controller = make_controller()
    controller.start(None)
    qtbot.mouseClick(controller.window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert controller.workspace is not None
    overview = controller.workspace.journey.overview()
    assert len(overview.neighborhoods) == 10
    stages = sorted(standing.stage.value for standing in overview.neighborhoods)
    assert stages.count(3) == 1 and stages.count(2) >= 3 and stages.count(0) >= 1
    assert len(controller.workspace.partners.list()) >= 10
    assert controller.workspace.people.coordinators()


def test_recent_workspace_reopens_from_the_welcome_list(make_controller, qtbot, demo_path):
    """A workspace opened once is listed on the welcome page and reopens from there."""
    controller = make_controller()
    controller.start(demo_path)
    controller.close_workspace()
    welcome = controller.window.welcome
    assert welcome.recent_model.rowCount() == 1
    index = welcome.recent_model.index(0, 0)
    welcome.recent_list.activated.emit(index)
    assert controller.workspace is not None and controller.workspace.path == demo_path


def test_missing_recent_workspace_is_explained_and_forgotten(make_controller, qtbot, demo_path, fake_dialogs):
    """A recent workspace that was deleted gives a message and leaves the recent list."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(demo_path)
    controller.close_workspace()
    demo_path.unlink()
    controller.window.welcome.open_recent(demo_path.resolve())
    assert len(fake_dialogs.errors) == 1 and "לא נמצא" in fake_dialogs.errors[0][1]
    assert controller.settings.recent_workspaces() == []


def test_open_dialog_opens_the_chosen_workspace(make_controller, qtbot, demo_path, fake_dialogs):
    """The open button asks for a file and opens the workspace chosen."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    fake_dialogs.files.append(demo_path)
    qtbot.mouseClick(controller.window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert controller.workspace is not None
    assert Path(controller.workspace.path) == demo_path
    assert isinstance(controller.workspace, Workspace)
