"""File → Export the city workbook: a progress dialog with Cancel while a worker thread reads and writes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton

from or_communities.domain.records import Person, PersonRole
from or_communities.services.workspace import Workspace
from or_communities.storage.relations_repositories import PersonRepository
from tests.helpers import FakeDialogs

PEOPLE = 20_000


def _large_city(path):
    """A city of 20,000 people: enough rows that writing them takes the progress dialog's time to appear."""
    workspace = Workspace.create(path, "באר שבע", 2026)
    hood = workspace.neighborhoods.add("רמות").id
    with workspace.transaction() as session:
        PersonRepository(session).add_many(
            [
                Person(0, f"תושבת {number}", frozenset({PersonRole.ACTIVIST}), hood, f"050{number:07d}")
                for number in range(PEOPLE)
            ],
            dt.date(2026, 1, 1),
        )
    workspace.close()
    return path


def _start_export(make_controller, qtbot, tmp_path, target):
    dialogs = FakeDialogs()
    controller = make_controller(dialogs=dialogs)
    controller.start(_large_city(tmp_path / "city.orcity"))
    qtbot.waitExposed(controller.window)
    dialogs.files.append(target)
    controller.window.export_city_action.trigger()
    return controller, dialogs


def test_the_progress_dialog_fills_up_and_the_workbook_is_written(make_controller, qtbot, tmp_path):
    """The export shows a progress dialog whose bar moves, and ends with a message naming the written file."""
    target = tmp_path / "עיר.xlsx"
    controller, dialogs = _start_export(make_controller, qtbot, tmp_path, target)
    progress = controller.window.findChild(QProgressDialog, "progressDialog")
    values: list[int] = []
    progress.findChild(QProgressBar).valueChanged.connect(values.append)
    qtbot.waitUntil(lambda: bool(dialogs.infos or dialogs.errors), timeout=120_000)
    assert not dialogs.errors and str(target) in dialogs.infos[0][1]
    assert any(0 < value < 1000 for value in values)
    assert target.stat().st_size > 100_000


def test_cancel_in_the_progress_dialog_writes_nothing_and_says_nothing(make_controller, qtbot, tmp_path):
    """Cancel stops the export: no file, no half file, no error message, and the window goes on."""
    target = tmp_path / "עיר.xlsx"
    controller, dialogs = _start_export(make_controller, qtbot, tmp_path, target)
    progress = controller.window.findChild(QProgressDialog, "progressDialog")
    qtbot.waitUntil(progress.isVisible, timeout=60_000)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(controller.window.export_city_action.isEnabled, timeout=60_000)
    assert not progress.isVisible() and not dialogs.errors and not dialogs.infos
    assert not list(tmp_path.glob("*עיר*"))


def test_closing_the_workspace_during_an_export_stops_it_cleanly(make_controller, qtbot, tmp_path):
    """Closing the workspace mid-export cancels the writing and waits for it: no file, no crash, the welcome page."""
    target = tmp_path / "עיר.xlsx"
    controller, dialogs = _start_export(make_controller, qtbot, tmp_path, target)
    controller.close_workspace()
    qtbot.wait(200)
    assert controller.window.shell is None and not controller.window.export_city_action.isEnabled()
    assert not dialogs.errors and not list(tmp_path.glob("*עיר*"))
