"""The dialog that brings back a work plan edited in Excel: read off the interface thread with progress and
Cancel, refused files explained, Apply checking again and saying what was applied and what was held back."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from or_communities.domain.planning import Activity, PlanKind
from or_communities.files.plan_workbook import PlanFileRefused, PlanImportCancelled
from or_communities.services import plan_import
from or_communities.services.plan_export import export_work_plan
from or_communities.services.work_plans import WorkPlanService
from or_communities.services.workspace import Workspace
from or_communities.ui import plan_import_dialog
from or_communities.ui.plan_import_dialog import PlanImportDialog
from or_communities.ui.views.work_plans import WorkPlansView

GOAL = "חיזוק המנהיגות המקומית"
NAMES = ("כנס שכונה", "סיור מיפוי", "הכשרת רכזים")


@pytest.fixture
def workspace(tmp_path: Path):
    opened = Workspace.create(tmp_path / "city.orcity", "דימונה", 2026)
    yield opened
    opened.close()


def _plan(workspace: Workspace) -> tuple[int, int]:
    """ממשית's plan of three activities; returns the neighborhood's and the plan's ids."""
    hood = workspace.neighborhoods.add("ממשית").id
    plans = WorkPlanService(workspace)
    plan = plans.plan(PlanKind.NEIGHBORHOOD, 2026, hood)
    goal = plans.add_goal(plan.id, GOAL)
    for name in NAMES:
        plans.add_activity(Activity(None, goal.id, name, owner="רינה"))
    return hood, plan.id


def _edited_export(workspace: Workspace, hood: int, path: Path) -> Path:
    """The plan exported, then in Excel: the first two rows' owner changed, the third deleted, a row added."""
    export_work_plan(workspace, path, PlanKind.NEIGHBORHOOD, hood)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    column = {cell.value: cell.column for cell in sheet[1]}
    rows = {sheet.cell(row, column["פעולה"]).value: row for row in range(2, sheet.max_row + 1)}
    for name in NAMES[:2]:
        sheet.cell(rows[name], column["אחראי/ת"]).value = "דוד"
    sheet.delete_rows(rows[NAMES[2]])
    new_row = sheet.max_row + 1
    sheet.cell(new_row, column["מטרה"]).value = GOAL
    sheet.cell(new_row, column["פעולה"]).value = "סיור לילי"
    book.save(path)
    return path


def _names(workspace: Workspace, plan_id: int) -> dict[str, Activity]:
    return {activity.name: activity for activity in WorkPlanService(workspace).activities(plan_id)}


def _dialog(qtbot, workspace: Workspace, path: Path, dialogs) -> PlanImportDialog:
    dialog = PlanImportDialog(workspace, path, dialogs)
    qtbot.addWidget(dialog)
    return dialog


def _show(qtbot, dialog: PlanImportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)


def test_the_file_is_read_on_a_worker_thread_and_apply_says_what_was_applied(qtbot, workspace, tmp_path, fake_dialogs, monkeypatch):
    """load() reads on a worker thread and shows the preview; Apply writes it, keeps the unticked deletion, and reports."""
    hood, plan_id = _plan(workspace)
    path = _edited_export(workspace, hood, tmp_path / "plan.xlsx")
    threads = []

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return plan_import.preview_plan_import(*args, **kwargs)

    monkeypatch.setattr(plan_import_dialog, "preview_plan_import", recording)
    dialog = _dialog(qtbot, workspace, path, fake_dialogs)
    assert dialog.load()
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.tree.topLevelItemCount() == 3 and dialog.apply_button.isEnabled()
    assert not dialog.remove_box.isHidden() and not dialog.remove_box.isChecked()

    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (dialog.applied.updated, dialog.applied.added, dialog.applied.removed, dialog.applied.not_removed) == (2, 1, 0, 1)
    after = _names(workspace, plan_id)
    assert {after[name].owner for name in NAMES[:2]} == {"דוד"} and NAMES[2] in after and "סיור לילי" in after
    [(_title, message)] = fake_dialogs.infos
    assert message == dialog.result_message and "2" in message and "1" in message
    assert fake_dialogs.errors == []


def test_an_activity_changed_after_the_preview_is_held_back_and_named_in_the_message(qtbot, workspace, tmp_path, fake_dialogs):
    """An activity changed elsewhere after the preview is kept as the app has it and named in the message after Apply."""
    hood, plan_id = _plan(workspace)
    path = _edited_export(workspace, hood, tmp_path / "plan.xlsx")
    dialog = _dialog(qtbot, workspace, path, fake_dialogs)
    assert dialog.load()
    _show(qtbot, dialog)
    dialog.remove_box.click()

    plans = WorkPlanService(workspace)
    first = _names(workspace, plan_id)[NAMES[0]]
    plans.update_activity(dataclasses.replace(first, owner="מחלון אחר"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    after = _names(workspace, plan_id)
    assert after[NAMES[0]].owner == "מחלון אחר" and after[NAMES[1]].owner == "דוד"
    assert NAMES[2] not in after and "סיור לילי" in after
    assert [issue.activity_name for issue in dialog.applied.held_back] == [NAMES[0]]
    [(_title, message)] = fake_dialogs.infos
    assert NAMES[0] in message and NAMES[1] not in message


def test_cancel_while_reading_closes_quietly_and_changes_nothing(qtbot, workspace, tmp_path, fake_dialogs, monkeypatch):
    """Cancel in the progress dialog stops the reading: load() is False, no error shows, and the workspace is unchanged."""
    hood, _plan_id = _plan(workspace)
    path = _edited_export(workspace, hood, tmp_path / "plan.xlsx")
    reading = threading.Event()
    stopped_by_cancel = []

    def slow_reading(workspace, path, progress, is_cancelled):
        reading.set()
        for _ in range(1000):
            if is_cancelled():
                stopped_by_cancel.append(True)
                raise PlanImportCancelled()
            threading.Event().wait(0.01)
        raise PlanImportCancelled()

    monkeypatch.setattr(plan_import_dialog, "preview_plan_import", slow_reading)
    dialog = _dialog(qtbot, workspace, path, fake_dialogs)
    before = workspace.path.read_bytes()

    def click_cancel() -> None:
        progress = dialog.progress_dialog()
        if not reading.is_set() or progress is None or not progress.isVisible():
            QTimer.singleShot(20, click_cancel)
            return
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_cancel)
    assert not dialog.load()
    assert stopped_by_cancel == [True]
    assert dialog.preview is None and fake_dialogs.errors == [] and not dialog.progress_dialog().isVisible()
    assert workspace.path.read_bytes() == before


def _text_file(workspace: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    return path


def _not_from_the_app(workspace: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["פעולה", "מזהה"])
    book.save(path)
    return path


@pytest.mark.parametrize("make", [_text_file, _not_from_the_app], ids=["not xlsx", "no manifest"])
def test_a_file_that_cannot_come_in_is_explained_and_changes_nothing(qtbot, workspace, tmp_path, fake_dialogs, make):
    """A non-workbook or a workbook not from the app: load() is False, the error says why, the workspace is unchanged."""
    _plan(workspace)
    path = make(workspace, tmp_path)
    with pytest.raises(PlanFileRefused) as refused:
        plan_import.preview_plan_import(workspace, path)
    before = workspace.path.read_bytes()
    dialog = _dialog(qtbot, workspace, path, fake_dialogs)
    assert not dialog.load()
    language = "he" if dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"
    [(_title, text)] = fake_dialogs.errors
    assert refused.value.message.get(language) in text and text == dialog.load_error
    assert workspace.path.read_bytes() == before


def test_the_work_plans_view_imports_through_the_dialog_unchanged(make_controller, qtbot, tmp_path, fake_dialogs):
    """Import… in the work plans view, unchanged, reads the file, shows the preview, and Apply changes the plan."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.create_city(tmp_path / "city.orcity", "דימונה", 2026)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    hood, plan_id = _plan(controller.workspace)
    view = WorkPlansView(controller.window.shell.context)
    qtbot.addWidget(view)
    view.show()
    fake_dialogs.files.append(_edited_export(controller.workspace, hood, tmp_path / "plan.xlsx"))

    def apply_when_previewed() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, PlanImportDialog):
            QTimer.singleShot(20, apply_when_previewed)
            return
        qtbot.mouseClick(widget.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, apply_when_previewed)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert "סיור לילי" in _names(controller.workspace, plan_id)
    assert len(fake_dialogs.infos) == 1 and fake_dialogs.errors == []


def test_a_formula_typed_into_a_note_is_shown_among_the_warnings_with_its_text(qtbot, workspace, tmp_path, fake_dialogs):
    """A formula typed into an empty notes cell is listed among the warnings with the column and the formula, and
    Apply brings it in as that text."""
    hood, plan_id = _plan(workspace)
    path = tmp_path / "plan.xlsx"
    export_work_plan(workspace, path, PlanKind.NEIGHBORHOOD, hood)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    column = {cell.value: cell.column for cell in sheet[1]}
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, column["פעולה"]).value == NAMES[0])
    sheet.cell(row, column["הערות"]).value = "=SUM(1,2)"
    book.save(path)
    dialog = _dialog(qtbot, workspace, path, fake_dialogs)
    assert dialog.load()
    shown = [
        dialog.tree.topLevelItem(top).child(child).text(2)
        for top in range(dialog.tree.topLevelItemCount())
        for child in range(dialog.tree.topLevelItem(top).childCount())
    ]
    assert any("=SUM(1,2)" in text and ("נוסחה" in text or "formula" in text) for text in shown), shown
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert _names(workspace, plan_id)[NAMES[0]].notes == "=SUM(1,2)"
