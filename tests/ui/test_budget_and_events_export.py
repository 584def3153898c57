"""The budget and the events exported alone from their areas: asked where, written off the interface thread, told."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from or_communities.domain.catalog import Area
from or_communities.ui.models.cells import money_text
from tests.helpers import FakeDialogs, recalculated


def _area(make_controller, qtbot, demo_path, area: Area, target: Path):
    dialogs = FakeDialogs()
    controller = make_controller(dialogs=dialogs)
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    controller.window.shell.show_area(area)
    view = controller.window.shell.view(area)
    dialogs.files.append(target)
    return controller, view, dialogs


def _export(qtbot, view, dialogs: FakeDialogs) -> None:
    """Click the area's export button and wait for what the app says at the end."""
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.infos or dialogs.errors), timeout=60_000)
    qtbot.waitUntil(view.export_button.isEnabled)


@pytest.fixture
def unwritable_folder(tmp_path) -> Iterator[Path]:
    """A folder no file can be created in: a read-only one, or sysfs for root (who writes to read-only folders)."""
    if sys.platform == "win32":
        pytest.skip("Windows ignores the read-only mark of a folder")
    if os.geteuid() == 0:
        yield Path("/sys")
        return
    folder = tmp_path / "קריאה בלבד"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_the_budget_area_writes_the_budget_alone_in_hebrew(make_controller, qtbot, demo_path, tmp_path):
    """Export to Excel in the budget area suggests "<city> תקציב <year>.xlsx" and writes a workbook that openpyxl reads
    back with the year's income, expenses and summary sheets in Hebrew, right to left, then says where it is."""
    target = tmp_path / "תקציב.xlsx"
    controller, view, dialogs = _area(make_controller, qtbot, demo_path, Area.BUDGET, target)
    _export(qtbot, view, dialogs)

    city = controller.workspace.city.get()
    assert dialogs.suggested[-1].name == f"{city.name} תקציב {city.plan_year}.xlsx"
    assert not dialogs.errors and str(target) in dialogs.infos[-1][1]
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["הכנסות 2026", "הוצאות 2026", "סיכום תקציב 2026"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    income = book["הכנסות 2026"]
    assert [cell.value for cell in income[1]] == ["מקור", "תיאור", "סטטוס", "סכום"]
    descriptions = {row[1] for row in income.iter_rows(min_row=2, values_only=True) if row[1]}
    assert {income.description for income in controller.workspace.budget.incomes(2026)} <= descriptions
    assert book["הוצאות 2026"]["A1"].value == "קטגוריה"


def test_the_events_area_writes_the_events_alone_in_hebrew(make_controller, qtbot, demo_path, tmp_path):
    """Export to Excel in the events area suggests "<city> אירועים <year>.xlsx" and writes a workbook that openpyxl
    reads back with the year's events on one Hebrew sheet, each with its Hebrew date, then says where it is."""
    target = tmp_path / "אירועים.xlsx"
    controller, view, dialogs = _area(make_controller, qtbot, demo_path, Area.EVENTS, target)
    _export(qtbot, view, dialogs)

    city = controller.workspace.city.get()
    assert dialogs.suggested[-1].name == f"{city.name} אירועים {city.plan_year}.xlsx"
    assert not dialogs.errors and str(target) in dialogs.infos[-1][1]
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["אירועים 2026"]
    sheet = book["אירועים 2026"]
    assert sheet.sheet_view.rightToLeft
    assert [cell.value for cell in sheet[1]][:5] == ["תאריך", "תאריך עברי", "חל ב", "שעה", "אירוע"]
    events = controller.workspace.events.events(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    titles = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True) if isinstance(row[0], dt.datetime)]
    assert events and sorted(titles) == sorted(event.title for event in events)


@pytest.mark.parametrize("area", [Area.BUDGET, Area.EVENTS])
def test_a_missing_folder_is_said_in_words_and_leaves_no_file(make_controller, qtbot, demo_path, tmp_path, area):
    """A path in a folder that does not exist gets an error naming the folder, no message of success, no file."""
    target = tmp_path / "אין תיקייה כזו" / "ייצוא.xlsx"
    _controller, view, dialogs = _area(make_controller, qtbot, demo_path, area, target)
    _export(qtbot, view, dialogs)

    assert not dialogs.infos and len(dialogs.errors) == 1
    message = dialogs.errors[0][1]
    assert "אין תיקייה כזו" in message and "אינה קיימת" in message and "Traceback" not in message
    assert not target.parent.exists() and not list(tmp_path.rglob("*ייצוא*"))


@pytest.mark.parametrize("area", [Area.BUDGET, Area.EVENTS])
def test_a_folder_that_cannot_be_written_is_said_in_words_and_leaves_no_file(
    make_controller, qtbot, demo_path, unwritable_folder, area
):
    """A path in a folder no file can be created in gets an error saying the folder may not be written to, no
    message of success, and nothing left in the folder."""
    target = unwritable_folder / "ייצוא.xlsx"
    _controller, view, dialogs = _area(make_controller, qtbot, demo_path, area, target)
    _export(qtbot, view, dialogs)

    assert not dialogs.infos and len(dialogs.errors) == 1
    message = dialogs.errors[0][1]
    assert str(unwritable_folder) in message and "אין הרשאה לכתוב" in message and "Traceback" not in message
    assert not [path for path in unwritable_folder.iterdir() if "ייצוא" in path.name]


def test_every_figure_on_the_budget_screen_is_the_workbooks_figure_of_the_same_name(
    make_controller, qtbot, demo_path, tmp_path
):
    """Each sum in the budget area's summary bar equals, to the shekel, the line of the same name in the exported
    workbook's summary as a spreadsheet engine recalculates it: one definition, three places."""
    target = tmp_path / "תקציב.xlsx"
    _controller, view, dialogs = _area(make_controller, qtbot, demo_path, Area.BUDGET, target)
    _export(qtbot, view, dialogs)

    summary = openpyxl.load_workbook(target).worksheets[2]
    values = recalculated(target)
    rows = {summary[f"A{row}"].value: row for row in range(2, summary.max_row + 1) if not summary[f"B{row}"].value}
    assert len(view.figure_labels) == 6
    for figure, label in view.figure_labels.items():
        computed = values[(summary.title, f"C{rows[figure.label.get('he')]}")]
        assert label.text() == money_text(float(computed)), figure
    assert any(float(values[(summary.title, f"C{row}")]) < 0 for row in rows.values())  # the demo's balance is short
