"""The journey says what is next for the city and each neighborhood, why, and opens the tool for it; the matrix's
missing tasks open their tools the same way."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import Engine, event

from or_communities.domain.catalog import Area
from or_communities.domain.next_steps import Reason
from or_communities.domain.planning import Channel
from or_communities.domain.records import Partner, PartnerKind, TaskStatus
from or_communities.ui.views.journey import JourneyView
from or_communities.ui.views.journey.view import CITY
from tests.helpers import shown_view


def _journey(controller) -> JourneyView:
    return shown_view(controller, Area.JOURNEY, JourneyView)


def _choose_place(journey, neighborhood_id) -> None:
    journey.place_combo.setCurrentIndex(journey.place_combo.findData(neighborhood_id))


def test_the_citys_first_next_step_opens_the_partners_waiting_for_a_follow_up(make_controller, qtbot, demo_path):
    """In the demo city the city's first step counts the partners waiting for a contact; its button opens the
    partners area showing only those."""
    controller = make_controller()
    controller.start(demo_path)
    journey = _journey(controller)
    first = journey.next_steps.texts[0].text()
    waiting = controller.workspace.partners.count_needing_attention()
    assert waiting > 0 and first.startswith(f"• {waiting} שותפים")
    assert journey.next_steps.buttons[0].text() == "טיפים לשימור שותפים"

    qtbot.mouseClick(journey.next_steps.buttons[0], Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.PARTNERS
    partners = controller.window.shell.view(Area.PARTNERS)
    assert partners.attention_filter.isChecked()
    assert partners.filter.rowCount() == waiting


def test_a_neighborhood_is_led_task_by_task(make_controller, qtbot, tmp_path, fake_dialogs):
    """A new neighborhood's step is 2.1 with the call for applications; its button opens the neighborhood's calls;
    marking 2.1 done on the journey makes 2.2 the next step, with the leadership meeting as its tool."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    hood = controller.workspace.neighborhoods.add("העיר העתיקה")
    controller.workspace.events.add_channel(Channel(None, "קבוצת הורים", neighborhood_id=hood.id))
    journey = _journey(controller)
    journey.refresh()
    _choose_place(journey, hood.id)

    box = journey.next_steps
    assert [step.task_key for step in box.steps] == ["s2.t1"]
    assert box.buttons[0].text() == "דוגמא לקול קורא – טירת הכרמל"
    qtbot.mouseClick(box.buttons[0], Qt.MouseButton.LeftButton)
    leadership = controller.window.shell.view(Area.LEADERSHIP)
    assert controller.window.shell.current_area() is Area.LEADERSHIP
    assert leadership.place() == hood.id and leadership.tabs.currentWidget() is leadership.calls

    controller.window.shell.open_task(hood.id, "s2.t1")
    journey.editor.status_combo.setCurrentIndex(journey.editor.status_combo.findData(TaskStatus.DONE))
    journey.flush_edits()
    assert [step.task_key for step in journey.next_steps.steps] == ["s2.t2"]
    assert journey.next_steps.buttons[0].text() == "מבנה מפגש מנהיגות תושבים"


def test_a_silent_channel_is_a_step_that_opens_the_channels(make_controller, qtbot, tmp_path, fake_dialogs):
    """A neighborhood's channel unused for 40 days comes first, with its name; the button opens the channels tab."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    hood = controller.workspace.neighborhoods.add("העיר העתיקה")
    quiet_since = controller.workspace.clock() - dt.timedelta(days=40)
    controller.workspace.events.add_channel(Channel(None, "קבוצת הורים", neighborhood_id=hood.id, last_used=quiet_since))
    journey = _journey(controller)
    journey.refresh()
    _choose_place(journey, hood.id)

    assert "קבוצת הורים" in journey.next_steps.texts[0].text() and "40" in journey.next_steps.texts[0].text()
    qtbot.mouseClick(journey.next_steps.buttons[0], Qt.MouseButton.LeftButton)
    events = controller.window.shell.view(Area.EVENTS)
    assert controller.window.shell.current_area() is Area.EVENTS
    assert events.tabs.currentWidget() is events.channels_page


def test_a_task_missing_before_stage_three_opens_its_tool(make_controller, qtbot, demo_path):
    """In the matrix, a neighborhood's missing conference task names its tool, and activating it opens the events
    area where conferences are planned; its missing leadership task opens the neighborhood leadership area on that
    neighborhood."""
    controller = make_controller()
    controller.start(demo_path)
    shell = controller.window.shell
    shell.show_area(Area.MATRIX)
    matrix = shell.view(Area.MATRIX)
    row = next(r for r in range(matrix.model.rowCount()) if matrix.model.standing(r).missing_for_stage_three)

    def missing_items():
        matrix.table.setCurrentIndex(matrix.model.index(row, 0))
        return [matrix.missing_list.item(i) for i in range(matrix.missing_list.count())]

    items = missing_items()
    assert items and all("כלי:" in item.text() for item in items)
    conference = next((item for item in items if item.text().startswith("2.6")), None)
    if conference is not None:
        matrix.missing_list.itemActivated.emit(conference)
        assert shell.current_area() is Area.EVENTS
        shell.show_area(Area.MATRIX)
        items = missing_items()
    leadership_tools = ("call_for_applications", "leadership_meeting")
    call = next(item for item in items if item.data(Qt.ItemDataRole.UserRole)[2] in leadership_tools)
    matrix.missing_list.itemActivated.emit(call)
    assert shell.current_area() is Area.LEADERSHIP
    assert shell.view(Area.LEADERSHIP).place() == matrix.model.standing(row).neighborhood.id


def test_the_attention_box_and_the_next_steps_read_one_count(make_controller, qtbot, demo_path):
    """Opening a workspace on the journey counts partners to contact and inactive activists once, and its attention
    box and the city's first step show that same count; contacting every partner elsewhere lowers both to nothing."""
    controller = make_controller()
    controller.start(demo_path)  # the month's figures recorded: opening it again counts only what it shows
    statements: list[str] = []

    def note(_connection, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        assert controller.open_workspace(demo_path)
        journey = _journey(controller)
        qtbot.waitExposed(controller.window)
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    inactive_counts = [s for s in statements if "GROUP BY person.neighborhood_id" in s]
    partner_counts = [s for s in statements if "partner.next_follow_up <=" in s]
    assert len(inactive_counts) == 1 and len(partner_counts) == 1

    waiting = controller.workspace.partners.count_needing_attention()
    assert waiting > 0 and journey.attention.partners_button.text().endswith(f": {waiting}")
    assert journey.next_steps.texts[0].text().startswith(f"• {waiting} שותפים")

    today = controller.workspace.clock()
    for partner in controller.workspace.partners.list():
        controller.workspace.partners.update(dataclasses.replace(partner, last_contact=today, next_follow_up=None))
    controller.window.shell.events.announce(None)
    assert journey.attention.partners_button.text().endswith(": 0")
    assert not journey.attention.partners_button.isEnabled()
    assert all(not label.text().startswith(f"• {waiting} שותפים") for label in journey.next_steps.texts)
    assert "FOLLOW_UPS_DUE" not in {step.reason.name for step in journey.next_steps.steps}


def test_choosing_a_place_on_a_new_day_counts_again(make_controller, qtbot, tmp_path, fake_dialogs):
    """What needs attention is counted for the day: a follow-up due tomorrow is not counted today, and choosing a
    place once the day has turned counts it, in the attention box and the city's next steps alike."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace = controller.workspace
    hood = workspace.neighborhoods.add("העיר העתיקה")
    today = workspace.clock()
    workspace.partners.add(Partner(0, "קרן הנגב", PartnerKind.BUSINESS_OR_DONOR, last_contact=today,
                                   next_follow_up=today + dt.timedelta(days=1)))
    journey = _journey(controller)
    journey.refresh()
    assert journey.attention.partners_button.text().endswith(": 0")

    workspace.clock = lambda: today + dt.timedelta(days=1)
    _choose_place(journey, hood.id)
    assert journey.attention.partners_button.text().endswith(": 1")
    _choose_place(journey, CITY)
    assert journey.next_steps.steps[0].reason is Reason.FOLLOW_UPS_DUE
