"""The first neighborhood conference (task 2.6), planned from its task: a checklist counted back from its date that
shows on the calendar and moves with the date, committees formed with their members, the conference offered as
done, and the checklist printed."""

from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtCore import QDate, Qt

from or_communities.domain.catalog import Area
from or_communities.domain.next_steps import Reason
from or_communities.domain.planning import GroupKind
from or_communities.domain.records import PersonRole, TaskStatus
from or_communities.services.next_steps import next_steps_for
from tests.helpers import shown_tool_button

TODAY = dt.date(2026, 12, 6)


def _city(make_controller, tmp_path, fake_dialogs):
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace = controller.workspace
    workspace.clock = lambda: TODAY
    hood = workspace.neighborhoods.add("העיר העתיקה").id
    for name in ("דנה לוי", "יוסי כהן", "רונית אברהם"):
        workspace.people.add(name, [PersonRole.ACTIVIST], hood)
    controller.window.shell.view(Area.JOURNEY).refresh()
    return controller, hood


def _open_planner(qtbot, controller, hood):
    shell = controller.window.shell
    shell.open_task(hood, "s2.t6")
    qtbot.mouseClick(shown_tool_button(shell.view(Area.JOURNEY).editor), Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.EVENTS
    events = shell.view(Area.EVENTS)
    page = events.conferences_page
    assert events.tabs.currentWidget() is page and page.current.neighborhood_id == hood
    return events, page


def test_a_conference_is_planned_with_its_checklist_on_the_calendar(make_controller, qtbot, tmp_path, fake_dialogs):
    """Planned from task 2.6, the conference is six weeks ahead with the city's checklist counted back from it; an
    item's owner is typed in its cell; the items show on the calendar on their days; moving the conference a week
    moves the items not done; a late item three weeks before makes "What's next" say the checklist is behind."""
    controller, hood = _city(make_controller, tmp_path, fake_dialogs)
    events, page = _open_planner(qtbot, controller, hood)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    conference = controller.workspace.events.conference(hood)
    assert conference is not None and conference.date == TODAY + dt.timedelta(days=42)
    items = controller.workspace.conferences.checklist(conference.id)
    assert len(items) == 9 and items[0].due == TODAY and items[-1].due == conference.date - dt.timedelta(days=1)
    assert page.checklist.model.rowCount() == 9

    invitations = next(row for row in range(9) if page.checklist.model.record(row).name.startswith("לשלוח הזמנות"))
    index = page.checklist.model.index(invitations, 1)
    page.checklist.model.setData(index, "דנה לוי")  # as the cell's editor commits it
    invited = next(item for item in controller.workspace.conferences.checklist(conference.id) if item.name.startswith("לשלוח"))
    assert invited.owner == "דנה לוי" and invited.due == conference.date - dt.timedelta(days=21)

    events.calendar.show_month_of(invited.due)
    cell = events.calendar.month_model.index_of(invited.due)
    assert any("☐ לשלוח הזמנות" in line for line in events.calendar.month_model.data(cell, Qt.ItemDataRole.DisplayRole).split("\n"))

    page.date_edit.setDate(QDate(conference.date.year, conference.date.month, conference.date.day).addDays(7))
    page.flush_edits()
    moved = next(item for item in controller.workspace.conferences.checklist(conference.id) if item.name.startswith("לשלוח"))
    assert moved.due == invited.due + dt.timedelta(days=7)

    controller.workspace.clock = lambda: moved.due + dt.timedelta(days=10)  # three weeks before, invitations not sent
    steps = next_steps_for(controller.workspace, hood)
    assert steps[0].reason is Reason.CONFERENCE_BEHIND and steps[0].tool_key == "first_conference"


def test_the_conference_forms_committees_and_is_offered_as_done(make_controller, qtbot, tmp_path, fake_dialogs):
    """After the conference, a committee formed with two members appears among the neighborhood's groups and in
    the conference's record; the app offers task 2.6, and accepting marks it done; the checklist prints as Word."""
    controller, hood = _city(make_controller, tmp_path, fake_dialogs)
    _events, page = _open_planner(qtbot, controller, hood)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    page.date_edit.setDate(QDate(2026, 12, 1))  # it was held last week
    page.attendance_spin.setValue(85)
    page.flush_edits()
    assert page.offer.isHidden()

    fake_dialogs.texts.append("ועדת תרבות")
    fake_dialogs.chosen.append(["דנה לוי", "רונית אברהם"])
    qtbot.mouseClick(page.committee_button, Qt.MouseButton.LeftButton)
    [group] = controller.workspace.events.groups(hood)
    people = {p.id: p.full_name for p in controller.workspace.people.list()}
    assert group.kind is GroupKind.COMMITTEE and {people[i] for i in group.member_ids} == {"דנה לוי", "רונית אברהם"}
    conference = controller.workspace.events.conference(hood)
    assert conference.committees_formed == "ועדת תרבות" and conference.attendance == 85
    assert page.committees_edit.toPlainText() == "ועדת תרבות"

    assert not page.offer.isHidden() and "2.6" in page.offer.text.text()
    qtbot.mouseClick(page.offer.button, Qt.MouseButton.LeftButton)
    state = next(state for task, state in controller.workspace.journey.tasks(hood) if task.key == "s2.t6")
    assert state.status is TaskStatus.DONE and "ועדת תרבות" in state.notes

    controller.window.shell.show_area(Area.EVENTS)
    fake_dialogs.files.append(tmp_path / "רשימת הכנות.docx")
    qtbot.mouseClick(page.documents.export_button, Qt.MouseButton.LeftButton)
    word = docx.Document(str(tmp_path / "רשימת הכנות.docx"))
    assert word.paragraphs[0].text == "רשימת הכנות לכנס השכונה – העיר העתיקה"
    [table] = word.tables
    assert [cell.text for cell in table.rows[0].cells] == ["בוצע", "מה", "אחראי/ת", "עד"] and len(table.rows) == 10
