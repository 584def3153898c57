"""Journey 8: a neighborhood's work plan with a budget built through the widgets, and seen on the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from or_communities.domain.planning import Activity, ActivityStatus, PlanKind
from or_communities.ui.models.event_models import (
    EVE_COLOR,
    HOLIDAY_COLOR,
    REST_DAY_COLOR,
)
from or_communities.ui.models.work_plan_models import (
    EVE_MARK,
    FLAG_MARKS_ROLE,
    HOLIDAY_MARK,
    REST_DAY_MARK,
    STATUS_ROLE,
    ActivityTableModel,
)
from or_communities.ui.plan_import_dialog import PlanImportDialog
from or_communities.ui.views.work_plans import TIMELINE_TAB, WorkPlansView
from tests.helpers import type_text


def _open(make_controller, qtbot, tmp_path, dialogs, language="he"):
    controller = make_controller(language=language, dialogs=dialogs)
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
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
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


def test_another_plan_with_no_activity_shows_an_empty_form(make_controller, qtbot, tmp_path, fake_dialogs):
    """Moving from a plan with an activity to an empty one leaves the form empty and greyed, not showing the
    activity of the plan left behind; coming back shows that activity again, unchanged."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["חיזוק המנהיגות המקומית", "כנס שכונה"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    type_text(view.owner_edit, "רינה אזולאי")
    view.budget_spin.setValue(4500.0)
    view.start_edit.set_value(dt.date(2026, 3, 10))
    view.flush_edits()

    _choose_neighborhood_plan(view, "נווה חורש")
    assert not view.form_box.isEnabled()
    assert (view.name_edit.text(), view.owner_edit.text(), view.budget_spin.value()) == ("", "", 0)
    assert view.start_edit.value() is None and view.status_combo.currentIndex() == -1

    _choose_neighborhood_plan(view, "ממשית")
    view.table.selectRow(0)
    assert (view.name_edit.text(), view.owner_edit.text(), view.budget_spin.value()) == ("כנס שכונה", "רינה אזולאי", 4500.0)
    [kept] = view.plans.activities(view.plans.find_plan(PlanKind.NEIGHBORHOOD, 2026, view.neighborhood_combo.currentData()).id)
    assert (kept.owner, kept.start) == ("רינה אזולאי", dt.date(2026, 3, 10))


def test_an_amount_typed_in_the_form_shows_agorot_only_when_it_has_them(make_controller, qtbot, tmp_path, fake_dialogs):
    """The activity's budget typed as 12000 reads ₪12,000 and is saved as 12000; typed as 12000.5 it reads
    ₪12,000.50, as the tables and the workbook write amounts."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["חיזוק המנהיגות המקומית", "כנס שכונה"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    plans = view.plans
    plan = plans.find_plan(PlanKind.NEIGHBORHOOD, 2026, view.neighborhood_combo.currentData())

    for typed, shown, saved in (("12000", "₪12,000", 12000.0), ("12000.5", "₪12,000.50", 12000.5)):
        view.budget_spin.lineEdit().selectAll()
        type_text(view.budget_spin.lineEdit(), typed)
        view.budget_spin.interpretText()
        view.budget_spin.clearFocus()
        view.flush_edits()
        assert view.budget_spin.text() == shown
        [activity] = plans.activities(plan.id)
        assert activity.planned_budget == saved


def test_copying_a_neighborhood_plan_from_another_neighborhood(make_controller, qtbot, tmp_path, fake_dialogs):
    """"Copy from…" another neighborhood's plan, confirmed, brings its goals and activities into this one; from an
    empty plan, the message names that plan (not the one on screen) as empty."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["יעד", "סיור מיפוי"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    _choose_neighborhood_plan(view, "נווה חורש")
    assert view.model.rowCount() == 0
    view.copy_combo.setCurrentIndex(view.copy_combo.findText("2025", Qt.MatchFlag.MatchContains))
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.infos[-1][1] == "התכנית של 2025 ריקה; אין בה מה להעתיק."  # the plan copied from, by name
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
    assert dialog.applied.removed == 1
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


# -- the Hebrew calendar ---------------------------------------------------------------------------------
# Checked against services.calendar_days: 12 Sept 2026 is Shabbat and the first day of Rosh Hashanah 5787,
# 21 Sept is Yom Kippur, 20 Sept its eve, 27 May Eid al-Adha, and 10 Sept, 15 June and 7 Oct ordinary weekdays.

ROSH_HASHANAH_ON_SHABBAT = dt.date(2026, 9, 12)
YOM_KIPPUR = dt.date(2026, 9, 21)
EVE_OF_YOM_KIPPUR = dt.date(2026, 9, 20)
EID_AL_ADHA = dt.date(2026, 5, 27)
ORDINARY_THURSDAY = dt.date(2026, 9, 10)


def _plan_with_one_activity(view, qtbot, fake_dialogs, goal="יעד", activity="כנס שכונה"):
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += [goal, activity]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)


def test_dates_on_shabbat_and_holidays_are_flagged_in_the_form_and_the_table(make_controller, qtbot, tmp_path, fake_dialogs):
    """Dates chosen in the form show their Hebrew date beneath, Shabbat and holidays named in red, and the table's
    date cells carry the Hebrew date as a tooltip and are colored and marked with a warning on a day of rest."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _plan_with_one_activity(view, qtbot, fake_dialogs)

    view.start_edit.set_value(ROSH_HASHANAH_ON_SHABBAT)
    view.end_edit.set_value(YOM_KIPPUR)
    assert view.start_note.hebrew_label.text() == "א׳ בתשרי תשפ״ז"
    assert view.start_note.flags_label.text() == "שבת, ראש השנה" and not view.start_note.flags_label.isHidden()
    assert "#b3261e" in view.start_note.flags_label.styleSheet()
    assert (view.end_note.hebrew_label.text(), view.end_note.flags_label.text()) == ("י׳ בתשרי תשפ״ז", "יום כיפור")

    start = view.model.index(0, ActivityTableModel.START)
    assert start.data() == "12/09/2026"
    assert start.data(Qt.ItemDataRole.ToolTipRole) == "א׳ בתשרי תשפ״ז\nשבת, ראש השנה"
    assert start.data(Qt.ItemDataRole.BackgroundRole) == REST_DAY_COLOR
    icon = start.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()

    view.start_edit.set_value(ORDINARY_THURSDAY)
    assert view.start_note.hebrew_label.text() == "כ״ח באלול תשפ״ו" and view.start_note.flags_label.isHidden()
    view.flush_edits()
    start = view.model.index(0, ActivityTableModel.START)
    assert start.data(Qt.ItemDataRole.ToolTipRole) == "כ״ח באלול תשפ״ו"
    assert start.data(Qt.ItemDataRole.BackgroundRole) is None and start.data(Qt.ItemDataRole.DecorationRole) is None
    assert view.model.index(0, ActivityTableModel.END).data(Qt.ItemDataRole.BackgroundRole) == REST_DAY_COLOR


def test_the_eve_of_a_holiday_is_named_in_english_and_an_eid_gets_the_holiday_color(make_controller, qtbot, tmp_path, fake_dialogs):
    """In English, a date on the eve of Yom Kippur is amber with its name but no warning icon (the rest begins at
    sundown), and a start on Eid al-Adha is colored as another tradition's holiday."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs, language="en")
    _plan_with_one_activity(view, qtbot, fake_dialogs, activity="Neighborhood fair")
    view.start_edit.set_value(EID_AL_ADHA)
    view.end_edit.set_value(EVE_OF_YOM_KIPPUR)
    view.flush_edits()

    assert view.end_note.hebrew_label.text() == "9 Tishrei 5787"
    assert view.end_note.flags_label.text() == "Eve of Yom Kippur"
    end = view.model.index(0, ActivityTableModel.END)
    assert end.data(Qt.ItemDataRole.ToolTipRole) == "9 Tishrei 5787\nEve of Yom Kippur"
    assert end.data(Qt.ItemDataRole.BackgroundRole) == EVE_COLOR and end.data(Qt.ItemDataRole.DecorationRole) is None
    start = view.model.index(0, ActivityTableModel.START)
    assert start.data(Qt.ItemDataRole.BackgroundRole) == HOLIDAY_COLOR
    assert "Eid al-Adha" in start.data(Qt.ItemDataRole.ToolTipRole)


def test_an_activity_starting_on_a_holiday_is_marked_on_the_timeline(make_controller, qtbot, tmp_path, fake_dialogs):
    """On the timeline, an activity starting on Rosh Hashanah (on Shabbat) and ending on the eve of Yom Kippur has its
    name colored with a warning and the days named in the tooltip, and a dot on its bar at those days; an ordinary
    activity has none."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _plan_with_one_activity(view, qtbot, fake_dialogs, activity="ערב ראש השנה בגינה")
    view.start_edit.set_value(ROSH_HASHANAH_ON_SHABBAT)
    view.end_edit.set_value(EVE_OF_YOM_KIPPUR)
    view.flush_edits()
    goal_id = view.plans.goals(view.shown_plan.id)[0].id
    view.plans.add_activity(Activity(None, goal_id, "סיור", start=dt.date(2026, 6, 15), end=dt.date(2026, 10, 7)))
    view.resize(1300, 500)
    view.tabs.setCurrentIndex(TIMELINE_TAB)

    model = view.timeline_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["ממשית", "סיור", "ערב ראש השנה בגינה"]
    flagged, ordinary = model.index(2, 0), model.index(1, 0)
    assert flagged.data(Qt.ItemDataRole.ToolTipRole).splitlines()[2:] == [
        "התחלה 12/09/2026 (א׳ בתשרי תשפ״ז): שבת, ראש השנה",
        "סיום 20/09/2026 (ט׳ בתשרי תשפ״ז): ערב יום כיפור",
    ]
    assert flagged.data(Qt.ItemDataRole.BackgroundRole) == REST_DAY_COLOR
    assert not flagged.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert ordinary.data(Qt.ItemDataRole.BackgroundRole) is None and ordinary.data(Qt.ItemDataRole.DecorationRole) is None
    marks = model.index(2, 9).data(FLAG_MARKS_ROLE)
    assert [color for _where, color in marks] == [REST_DAY_MARK, EVE_MARK]
    assert all(model.index(1, month).data(FLAG_MARKS_ROLE) == [] for month in range(1, 13))

    # Right to left, the 12th of September is drawn about 38% of the way in from the September cell's right edge.
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    cell = view.timeline.visualRect(model.index(2, 9))
    image = view.timeline.viewport().grab().toImage()
    where_marked = round(cell.right() - (11.5 / 30) * cell.width())
    assert image.pixelColor(where_marked, cell.center().y()) == REST_DAY_MARK
    assert image.pixelColor(round(cell.left() + (11.5 / 30) * cell.width()), cell.center().y()) != REST_DAY_MARK


# -- goals -------------------------------------------------------------------------------------------------


def _goal_titles(view) -> list[str]:
    return [view.goal_list.item(row).text() for row in range(view.goal_list.count())]


def _click_goal(qtbot, view, row: int) -> None:
    rect = view.goal_list.visualItemRect(view.goal_list.item(row))
    qtbot.mouseClick(view.goal_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_goal_is_renamed_and_moved_up_and_down_with_its_activities(make_controller, qtbot, tmp_path, fake_dialogs):
    """Goals listed in their order can be renamed (a blank name is refused) and moved up or down by buttons; the
    order is stored, the activities' table follows it, and the ends of the list cannot move further."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["מנהיגות", "פעילות מנהיגות", "מתנדבים", "פעילות מתנדבים"]
    for button in (view.add_goal_button, view.add_activity_button, view.add_goal_button, view.add_activity_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _goal_titles(view) == ["1. מנהיגות", "2. מתנדבים"]
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["מנהיגות", "מתנדבים"]

    _click_goal(qtbot, view, 0)
    assert not view.goal_up_button.isEnabled() and view.goal_down_button.isEnabled()
    fake_dialogs.texts.append("חיזוק המנהיגות המקומית")
    qtbot.mouseClick(view.rename_goal_button, Qt.MouseButton.LeftButton)
    assert _goal_titles(view) == ["1. חיזוק המנהיגות המקומית", "2. מתנדבים"]
    assert view.model.index(0, 0).data() == "חיזוק המנהיגות המקומית"
    fake_dialogs.texts.append("   ")
    qtbot.mouseClick(view.rename_goal_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.errors and _goal_titles(view)[0] == "1. חיזוק המנהיגות המקומית"

    qtbot.mouseClick(view.goal_down_button, Qt.MouseButton.LeftButton)
    assert _goal_titles(view) == ["1. מתנדבים", "2. חיזוק המנהיגות המקומית"]
    assert view.goal_list.currentRow() == 1 and not view.goal_down_button.isEnabled()
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == ["פעילות מתנדבים", "פעילות מנהיגות"]
    stored = view.plans.goals(view.shown_plan.id)
    assert [(goal.title, goal.position) for goal in stored] == [("מתנדבים", 0), ("חיזוק המנהיגות המקומית", 1)]

    qtbot.mouseClick(view.goal_up_button, Qt.MouseButton.LeftButton)
    assert [goal.title for goal in view.plans.goals(view.shown_plan.id)] == ["חיזוק המנהיגות המקומית", "מתנדבים"]
    assert view.goal_list.currentRow() == 0


def test_a_new_activity_goes_to_the_goal_chosen_in_the_list(make_controller, qtbot, tmp_path, fake_dialogs):
    """"Add activity…" adds the activity under the goal chosen in the list, not the one of the activity open in the form."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _choose_neighborhood_plan(view, "ממשית")
    fake_dialogs.texts += ["ראשונה", "שנייה", "פעילות א", "פעילות ב"]
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_goal_button, Qt.MouseButton.LeftButton)
    _click_goal(qtbot, view, 0)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    _click_goal(qtbot, view, 1)
    qtbot.mouseClick(view.add_activity_button, Qt.MouseButton.LeftButton)
    rows = [(view.model.index(r, 0).data(), view.model.index(r, 1).data()) for r in range(view.model.rowCount())]
    assert rows == [("ראשונה", "פעילות א"), ("שנייה", "פעילות ב")]


def test_an_activity_serves_a_task_of_the_process_chosen_in_the_form(make_controller, qtbot, tmp_path, fake_dialogs):
    """The form offers the process's tasks that fit the plan (no city-only task in a neighborhood's plan); the
    chosen one is saved with the activity and shown again when it is chosen later."""
    from or_communities.domain import catalog

    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _plan_with_one_activity(view, qtbot, fake_dialogs)
    offered = [view.task_combo.itemData(index) for index in range(view.task_combo.count())]
    city_only = [key for key, task in catalog.TASKS.items() if task.scope is catalog.Scope.CITY]
    assert offered[0] is None and len(offered) > 3 and not set(city_only) & set(offered)
    chosen = offered[2]
    view.task_combo.setCurrentIndex(2)
    assert view.task_combo.currentText().startswith(f"{catalog.TASKS[chosen].stage_number}.")
    activity = view.plans.activities(view.shown_plan.id)[0]
    assert activity.task_key == chosen

    view.task_combo.setCurrentIndex(0)
    view.show_activity(view.plans.activities(view.shown_plan.id)[0])
    assert view.task_combo.currentData() is None
    view.task_combo.setCurrentIndex(2)
    view.show_activity(view.plans.activities(view.shown_plan.id)[0])
    assert view.task_combo.currentData() == chosen


def test_date_fields_read_day_month_year_in_the_hebrew_window(make_controller, qtbot, tmp_path, fake_dialogs):
    """A right-to-left window does not turn a date field around: it reads 12/09/2026, as the table and Excel do."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    _plan_with_one_activity(view, qtbot, fake_dialogs)
    view.start_edit.set_value(ROSH_HASHANAH_ON_SHABBAT)
    assert view.isRightToLeft()
    assert view.start_edit.edit.text() == "12/09/2026"
    assert view.model.index(0, ActivityTableModel.START).data() == "12/09/2026"


def test_the_timeline_says_what_its_colored_dots_mean(make_controller, qtbot, tmp_path, fake_dialogs):
    """Under the timeline a legend names each dot's color in Hebrew: a day of rest, its eve, another holiday."""
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    legend = view.findChild(QLabel, "timelineLegend")
    text = legend.text()
    assert "שבת" in text and "ערב" in text and "מועד" in text
    for color in (REST_DAY_MARK, EVE_MARK, HOLIDAY_MARK):
        assert color.name() in text


def test_the_neighborhood_plan_task_opens_its_plan_ready_to_start_from_the_guide(make_controller, qtbot, tmp_path, fake_dialogs):
    """From task 2.5 of a neighborhood the work plans open on that neighborhood's plan; empty, it offers the guide's
    plan, which lays out the guide's stages with an activity per neighborhood task, tied to its task, with owners
    and dates left to fill in."""
    from or_communities.domain import catalog
    from or_communities.domain.catalog import Area
    from tests.helpers import shown_tool_button

    controller, _view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    hood = controller.workspace.neighborhoods.list()[1]
    shell = controller.window.shell
    shell.view(Area.JOURNEY).refresh()
    shell.open_task(hood.id, "s2.t5")
    qtbot.mouseClick(shown_tool_button(shell.view(Area.JOURNEY).editor), Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.WORK_PLANS
    plans = shell.view(Area.WORK_PLANS)
    assert plans.kind_combo.currentData() is PlanKind.NEIGHBORHOOD and plans.neighborhood_combo.currentData() == hood.id
    assert plans.plan_guide.isVisible()
    qtbot.mouseClick(plans.plan_guide.findChild(QPushButton, "guidePlanButton"), Qt.MouseButton.LeftButton)
    plan = plans.plans.find_plan(PlanKind.NEIGHBORHOOD, 2026, hood.id)
    activities = plans.plans.activities(plan.id)
    assert "s2.t1" in [a.task_key for a in activities]
    assert all(catalog.TASKS[a.task_key].scope is not catalog.Scope.CITY for a in activities)
    assert all(a.owner == "" and a.start is None for a in activities)
