"""Journey 8: a neighborhood's work plan with a budget built through the widgets, and seen on the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from or_communities.domain.planning import ActivityStatus, PlanKind
from or_communities.ui.models.work_plan_models import STATUS_ROLE
from or_communities.ui.plan_import_dialog import PlanImportDialog
from or_communities.ui.views.work_plans_view import TIMELINE_TAB, WorkPlansView
from tests.helpers import type_text


def _open(make_controller, qtbot, tmp_path, dialogs):
    controller = make_controller(dialogs=dialogs)
    controller.create_city(tmp_path / "city.orcity", "דימונה", 2026)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    for name in ("ממשית", "נווה חורש"):
        controller.workspace.neighborhoods.add(name)
    view = WorkPlansView(controller.window.shell.context)
    qtbot.addWidget(view)
    view.show()
    return controller, view


def _choose_neighborhood_plan(view, name):
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(PlanKind.NEIGHBORHOOD))
    view.neighborhood_combo.setCurrentIndex(view.neighborhood_combo.findText(name))


def test_a_neighborhood_plan_built_in_the_form_shows_on_the_timeline(make_controller, qtbot, tmp_path, fake_dialogs):
    """A goal and an activity added by buttons, filled in through the form (owner, dates, budget, status), are
    saved without a Save button and appear as a bar over their months, under their neighborhood, filterable."""
    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["חיזוק המנהיגות המקומית", "כנס שכונה"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    assert view.name_edit.text() == "כנס שכונה"

    type_text(view.owner_edit, "רינה אזולאי")
    view.start_edit.set_value(dt.date(2026, 3, 10))
    view.end_edit.set_value(dt.date(2026, 5, 20))
    view.budget_spin.setValue(4500.0)
    view.status_combo.setCurrentIndex(view.status_combo.findData(ActivityStatus.IN_PROGRESS))
    type_text(view.metric_edit, "מספר משתתפים")
    view.flush_edits()

    plans = view.plans
    plan = plans.find_plan(PlanKind.NEIGHBORHOOD, 2026, view.neighborhood_combo.currentData())
    [saved] = plans.activities(plan.id)
    assert (saved.owner, saved.start, saved.end, saved.planned_budget) == ("רינה אזולאי", dt.date(2026, 3, 10), dt.date(2026, 5, 20), 4500.0)
    assert saved.status is ActivityStatus.IN_PROGRESS and saved.metric == "מספר משתתפים"

    view.tabs.setCurrentIndex(TIMELINE_TAB)
    model = view.timeline_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["ממשית", "כנס שכונה"]
    bar = [month for month in range(1, 13) if model.index(1, month).data(STATUS_ROLE) is ActivityStatus.IN_PROGRESS]
    assert bar == [3, 4, 5]
    view.timeline_status.setCurrentIndex(view.timeline_status.findData(ActivityStatus.DONE))
    assert model.rowCount() == 0
    view.timeline_status.setCurrentIndex(0)
    view.timeline_owner.setCurrentIndex(view.timeline_owner.findData("רינה אזולאי"))
    assert model.rowCount() == 2


def test_copying_a_neighborhood_plan_from_another_neighborhood(make_controller, qtbot, tmp_path, fake_dialogs):
    """"Copy from…" another neighborhood's plan, confirmed, brings its goals and activities into this one."""
    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["יעד", "סיור מיפוי"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    _choose_neighborhood_plan(view, "נווה חורש")
    assert view.model.rowCount() == 0
    view.copy_combo.setCurrentIndex(view.copy_combo.findText("ממשית", Qt.MatchFlag.MatchContains))
    fake_dialogs.confirmations.append(True)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == ["סיור מיפוי"]


def test_an_exported_plan_edited_in_excel_is_previewed_and_applied(make_controller, qtbot, tmp_path, fake_dialogs):
    """Export… writes the plan; a row deleted in Excel shows in the preview and goes only when the box is ticked."""
    import openpyxl

    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["יעד", "פעילות א", "פעילות ב"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "plan.xlsx"
    fake_dialogs.files.append(path)
    assert view.export_plan() == path
    book = openpyxl.load_workbook(path)
    book.worksheets[0].delete_rows(2)
    book.save(path)

    dialog = PlanImportDialog(controller.workspace, path, fake_dialogs, view)
    qtbot.addWidget(dialog)
    assert dialog.load() and not dialog.remove_box.isHidden()
    dialog.remove_box.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert dialog.result.removed == 1
    view.show_plan()
    assert view.model.rowCount() == 1


def test_the_whole_city_goes_to_one_excel_workbook_from_the_file_menu(make_controller, qtbot, demo_path, tmp_path):
    """File → Export the city workbook writes every part (plans, budget, events, partners, people) off the interface thread."""
    import openpyxl

    from tests.helpers import FakeDialogs

    dialogs = FakeDialogs()
    controller = make_controller(dialogs=dialogs)
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    target = tmp_path / "באר שבע.xlsx"
    dialogs.files.append(target)
    controller.window.export_city_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.infos or dialogs.errors), timeout=60_000)
    assert not dialogs.errors
    workbook = openpyxl.load_workbook(target)
    visible = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    assert len(visible) >= 5
    assert all(sheet.sheet_view.rightToLeft for sheet in visible)
