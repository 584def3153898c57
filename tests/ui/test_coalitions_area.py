"""The coalitions area: partners chosen into the city's or a neighborhood's coalition, what each committed, the
coalition's meetings, and its task offered as done when the coalition shows it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from or_communities.domain.catalog import Area
from or_communities.domain.records import Partner, PartnerKind, TaskStatus
from or_communities.domain.relations import Membership
from tests.helpers import click_row, type_text


def _new_city(make_controller, qtbot, tmp_path, fake_dialogs):
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace = controller.workspace
    for name in ("אגף החינוך", "אגף הרווחה", "מתנ״ס העיר העתיקה"):
        workspace.partners.add(Partner(0, name, PartnerKind.MUNICIPAL_DEPARTMENT))
    return controller


def test_the_city_coalition_is_built_from_its_task_and_the_task_is_offered_as_done(make_controller, qtbot, tmp_path, fake_dialogs):
    """From task 1.5 on the journey the coalition tool opens; two partners chosen in, a commitment written and a
    meeting logged with who came make the app offer 1.5 as done; accepting marks it done with the evidence."""
    controller = _new_city(make_controller, qtbot, tmp_path, fake_dialogs)
    shell = controller.window.shell
    shell.open_task(None, "s1.t5")
    journey = shell.view(Area.JOURNEY)
    tool_button = journey.editor.findChild(QPushButton, "toolOpenButton")
    qtbot.mouseClick(tool_button, Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.COALITIONS
    view = shell.view(Area.COALITIONS)
    assert view.guide.isVisible() and not view.offer.isVisible()

    fake_dialogs.chosen.append(["אגף החינוך", "אגף הרווחה"])
    qtbot.mouseClick(view.members.choose_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.offered[-1] == ["אגף החינוך", "אגף הרווחה", "מתנ״ס העיר העתיקה"]
    assert [entry.partner.name for entry in view.members.entries()] == ["אגף החינוך", "אגף הרווחה"]
    assert view.guide.isHidden()

    click_row(qtbot, view.members.table, 0)
    type_text(view.members.commitment_edit, "חדר ישיבות פעם בחודש")
    view.flush_edits()
    [first, _second] = controller.workspace.coalitions.members(None)
    assert first.member.commitment == "חדר ישיבות פעם בחודש"

    qtbot.mouseClick(view.meetings.add_button, Qt.MouseButton.LeftButton)
    meetings = view.meetings
    assert meetings.current is not None and meetings.current.date == controller.workspace.clock()
    for row in range(meetings.attendees.count()):
        meetings.attendees.item(row).setCheckState(Qt.CheckState.Checked)
    type_text(meetings.decisions_edit, "כל אגף מביא שני נציגים")
    type_text(meetings.next_step_edit, "סיור בשכונות")
    meetings.next_date_edit.set_value(dt.date(2026, 12, 31))
    view.flush_edits()
    [meeting] = controller.workspace.coalitions.meetings(None)
    assert len(meeting.attendee_ids) == 2 and meeting.decisions == "כל אגף מביא שני נציגים"
    assert meeting.next_step == "סיור בשכונות" and meeting.next_step_date == dt.date(2026, 12, 31)

    assert view.offer.isVisible() and "1.5" in view.offer_text.text()
    qtbot.mouseClick(view.offer_button, Qt.MouseButton.LeftButton)
    state = next(state for task, state in controller.workspace.journey.tasks(None) if task.key == "s1.t5")
    assert state.status is TaskStatus.DONE and "קואליציה של 2 שותפים" in state.notes
    assert shell.current_area() is Area.JOURNEY and journey.editor.title.text().startswith("1.5")


def test_a_neighborhood_coalition_marks_its_members_in_the_partners_area(make_controller, qtbot, tmp_path, fake_dialogs):
    """Choosing a partner into a neighborhood's coalition shows it as a member of a neighborhood coalition on its
    partner form; taking it out clears that, after asking."""
    controller = _new_city(make_controller, qtbot, tmp_path, fake_dialogs)
    hood = controller.workspace.neighborhoods.add("העיר העתיקה")
    shell = controller.window.shell
    shell.show_area(Area.COALITIONS)
    view = shell.view(Area.COALITIONS)
    view.refresh()
    view.choose_place(hood.id)
    fake_dialogs.chosen.append(["מתנ״ס העיר העתיקה"])
    qtbot.mouseClick(view.members.choose_button, Qt.MouseButton.LeftButton)

    partner = next(p for p in controller.workspace.partners.list() if p.name == "מתנ״ס העיר העתיקה")
    assert partner.memberships == {Membership.NEIGHBORHOOD_COALITION}
    shell.show_area(Area.PARTNERS)
    partners = shell.view(Area.PARTNERS)
    partners.choose(partner.id)
    assert partners.memberships_row.checked() == {Membership.NEIGHBORHOOD_COALITION}

    shell.show_area(Area.COALITIONS)
    view.choose_place(hood.id)
    click_row(qtbot, view.members.table, 0)
    fake_dialogs.confirmations.append(True)
    qtbot.mouseClick(view.members.remove_button, Qt.MouseButton.LeftButton)
    assert view.members.entries() == []
    assert controller.workspace.partners.get(partner.id).memberships == frozenset()


def test_the_members_of_the_demo_coalition_read_whole_on_a_laptop(make_controller, qtbot, demo_path):
    """In the window of a 1366x768 laptop the city coalition's members show their names and kinds whole."""
    from PySide6.QtWidgets import QTableView

    from or_communities.domain.catalog import Area
    from tests.screen_fit import settle

    controller = make_controller()
    controller.start(demo_path)
    controller.window.resize(1366, 768)
    qtbot.waitExposed(controller.window)
    controller.window.shell.show_area(Area.COALITIONS)
    settle()
    table = controller.window.shell.view(Area.COALITIONS).findChild(QTableView, "coalitionMembersTable")
    assert table.model().rowCount() >= 5
    for column in (0, 1):  # the partner, its kind
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), table.model().headerData(column, Qt.Orientation.Horizontal)
