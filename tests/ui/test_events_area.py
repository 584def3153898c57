"""Journey 10: the events area on the demo city — the month calendar with Hebrew dates and holidays, the list of
events, a neighborhood's conference, and committees with their members — driven through its widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from or_communities.domain.planning import EventKind, GroupKind
from or_communities.services.events import EventService
from or_communities.ui.models.event_models import EVE_COLOR, REST_DAY_COLOR
from or_communities.ui.views.events import (
    CONFERENCES_TAB,
    EVENTS_TAB,
    GROUPS_TAB,
    EventsView,
)
from tests.helpers import click_row, type_text

TODAY = dt.date(2026, 8, 20)


def _view(make_controller, qtbot, demo_path, dialogs=None) -> tuple[object, EventsView]:
    controller = make_controller(dialogs=dialogs)
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    controller.workspace.clock = lambda: TODAY
    view = EventsView(controller.window.shell.context)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    return controller, view


def _click_day(qtbot, view: EventsView, day: dt.date) -> None:
    grid = view.calendar.grid
    index = view.calendar.month_model.index_of(day)
    assert index.isValid()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())
    assert view.calendar.chosen_day == day


def _add_on(qtbot, view: EventsView, day: dt.date, title: str) -> None:
    _click_day(qtbot, view, day)
    type_text(view.calendar.quick_title, title)
    qtbot.mouseClick(view.calendar.quick_add, Qt.MouseButton.LeftButton)


def _cell(view: EventsView, day: dt.date, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return view.calendar.month_model.index_of(day).data(role)


def test_an_event_typed_in_hebrew_shows_in_the_month_with_its_hebrew_date(make_controller, qtbot, demo_path):
    """Typed in Hebrew on a day chosen in the next month, an event is written at once, shows in that day's cell beside
    the Hebrew day, and the day panel gives the full Hebrew date; double-clicking it opens its form, where a place is kept."""
    controller, view = _view(make_controller, qtbot, demo_path)
    assert view.calendar.month_model.month == 8
    qtbot.mouseClick(view.calendar.next_button, Qt.MouseButton.LeftButton)
    assert (view.calendar.month_model.year, view.calendar.month_model.month) == (2026, 9)
    assert "תשרי" in view.calendar.month_label.text() and "אלול" in view.calendar.month_label.text()

    day = dt.date(2026, 9, 10)
    _add_on(qtbot, view, day, "ערב פתיחת שנה בגינה")
    assert [e.title for e in EventService(controller.workspace).events(day, day)] == ["ערב פתיחת שנה בגינה"]
    assert _cell(view, day).splitlines() == ["10   כ״ח", "• ערב פתיחת שנה בגינה"]
    assert _cell(view, day, Qt.ItemDataRole.BackgroundRole) is None  # an ordinary Thursday
    assert view.calendar.day_hebrew.text() == "כ״ח באלול תשפ״ו"
    assert view.calendar.day_events.rowCount() == 1 and view.calendar.quick_title.text() == ""

    table = view.calendar.day_table
    index = view.calendar.day_events.index(0, 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert view.tabs.currentIndex() == EVENTS_TAB
    assert view.events_page.title_edit.text() == "ערב פתיחת שנה בגינה"
    assert view.events_page.hebrew_label.text() == "כ״ח באלול תשפ״ו"
    type_text(view.events_page.place_edit, "הגינה הקהילתית")
    view.flush_edits()
    assert EventService(controller.workspace).events(day, day)[0].place == "הגינה הקהילתית"


def test_events_on_yom_kippur_and_on_friday_are_flagged(make_controller, qtbot, demo_path):
    """An event on Yom Kippur sits in a day marked as a day of rest and named; one on a Friday in the eve-of-Shabbat
    color; the list of events names why each day needs a second look."""
    _controller, view = _view(make_controller, qtbot, demo_path)
    view.calendar.show_month_of(dt.date(2026, 9, 1))
    _add_on(qtbot, view, dt.date(2026, 9, 21), "כנס מתנדבים")
    _add_on(qtbot, view, dt.date(2026, 9, 18), "קבלת שבת קהילתית")

    assert "יום כיפור" in _cell(view, dt.date(2026, 9, 21)).splitlines()
    assert _cell(view, dt.date(2026, 9, 21), Qt.ItemDataRole.BackgroundRole) == REST_DAY_COLOR
    assert _cell(view, dt.date(2026, 9, 18), Qt.ItemDataRole.BackgroundRole) == EVE_COLOR
    assert view.calendar.day_flags.text() == "ערב שבת"
    assert _cell(view, dt.date(2026, 9, 12)).splitlines()[1:3] == ["שבת", "ראש השנה"]

    view.tabs.setCurrentIndex(EVENTS_TAB)
    page = view.events_page
    flags = {
        page.filter.index(row, 2).data(Qt.ItemDataRole.DisplayRole)
        for row in range(page.filter.rowCount())
        if page.filter.index(row, 3).data() in ("כנס מתנדבים", "קבלת שבת קהילתית")
    }
    assert flags == {"יום כיפור", "ערב שבת"}


def test_a_committee_is_added_with_members_chosen_from_the_people(make_controller, qtbot, demo_path, fake_dialogs):
    """A committee added by name gets its kind, neighborhood, purpose and members ticked among the people: its
    neighborhood's people are offered, a search finds anyone in the city (the members ticked stay listed); all of it
    is written without a Save button and the table counts the members."""
    controller, view = _view(make_controller, qtbot, demo_path, fake_dialogs)
    view.tabs.setCurrentIndex(GROUPS_TAB)
    page = view.groups_page
    fake_dialogs.texts.append("ועדת ניקיון וסביבה")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "ועדת ניקיון וסביבה"

    neighborhoods = {n.name: n.id for n in controller.workspace.neighborhoods.list()}
    people = {p.full_name: p.id for p in controller.workspace.people.list()}
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(GroupKind.COMMITTEE))
    page.neighborhood_combo.setCurrentIndex(page.neighborhood_combo.findData(neighborhoods["רובע 4 צפון"]))
    offered = [page.members_list.item(r).text() for r in range(page.members_list.count())]
    assert offered and all(text.endswith("— רובע 4 צפון") for text in offered)
    page.members_list.item_for(people["יעקב אלקיים"]).setCheckState(Qt.CheckState.Checked)
    elsewhere = next(name for name, pid in people.items() if page.members_list.item_for(pid) is None)
    type_text(page.member_search, elsewhere)
    assert page.members_list.item_for(people[elsewhere]) is not None
    assert page.members_list.item_for(people["יעקב אלקיים"]).checkState() == Qt.CheckState.Checked
    page.members_list.item_for(people[elsewhere]).setCheckState(Qt.CheckState.Checked)
    type_text(page.purpose_edit, "ימי ניקיון וגינון")
    view.flush_edits()

    saved = next(g for g in EventService(controller.workspace).groups() if g.name == "ועדת ניקיון וסביבה")
    assert saved.kind is GroupKind.COMMITTEE and saved.neighborhood_id == neighborhoods["רובע 4 צפון"]
    assert saved.member_ids == {people["יעקב אלקיים"], people[elsewhere]}
    assert saved.purpose == "ימי ניקיון וגינון"
    row = page.model.row_of(saved.id)
    assert page.model.index(row, 3).data() == "2"


def test_a_search_that_finds_thousands_offers_the_first_two_hundred_and_says_so(make_controller, qtbot, demo_path, fake_dialogs):
    """With 1,500 people of one name, typing it in a group's member search offers the first 200 and says how many
    were found, with the thousands set apart (200 of 1,500)."""
    from or_communities.domain.records import Person, PersonRole
    from or_communities.storage.relations_repositories import PersonRepository
    from or_communities.ui.views.events.groups_page import MEMBER_CHOICES

    controller, view = _view(make_controller, qtbot, demo_path, fake_dialogs)
    workspace = controller.workspace
    many = [Person(0, f"תושבת גבעה {n}", frozenset({PersonRole.VOLUNTEER}), None) for n in range(1500)]
    with workspace.transaction() as session:
        PersonRepository(session).add_many(many, workspace.clock())
    view.tabs.setCurrentIndex(GROUPS_TAB)
    page = view.groups_page
    fake_dialogs.texts.append("ועדת הגבעה")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_text(page.member_search, "גבעה")
    assert page.members_list.count() == MEMBER_CHOICES == 200
    assert "1,500" in page.member_hint.text() and "1500" not in page.member_hint.text()


def test_a_neighborhood_conference_is_planned_and_its_attendance_and_committees_kept(make_controller, qtbot, demo_path):
    """The demo's stage-3 neighborhood shows its conference with 120 people; another neighborhood's conference is
    planned with one click (six weeks ahead, with its checklist), and the attendance and committees typed in are written to it."""
    controller, view = _view(make_controller, qtbot, demo_path)
    view.tabs.setCurrentIndex(CONFERENCES_TAB)
    page = view.conferences_page
    rows = {page.filter.index(r, 0).data(): r for r in range(page.filter.rowCount())}
    assert page.filter.index(rows["רובע 5"], 3).data() == "120"

    click_row(qtbot, page.table, rows["רובע 3"])
    assert page.plan_button.isVisible()
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert not page.plan_button.isVisible()
    page.attendance_spin.setValue(64)
    type_text(page.committees_edit, "ועדת צעירים\nועדת תרבות")
    view.flush_edits()

    neighborhood = next(n.id for n in controller.workspace.neighborhoods.list() if n.name == "רובע 3")
    conference = EventService(controller.workspace).conference(neighborhood)
    assert conference is not None and conference.kind is EventKind.CONFERENCE
    assert conference.date == TODAY + dt.timedelta(days=42)  # six weeks: time for the whole checklist
    assert len(controller.workspace.conferences.checklist(conference.id)) == 9
    assert conference.attendance == 64
    assert conference.committees_formed == "ועדת צעירים\nועדת תרבות"


def test_the_events_list_keeps_each_event_name_whole_on_a_laptop(make_controller, qtbot, demo_path):
    """In the window of a 1366x768 laptop the list of events keeps every event's name whole, and its date; the
    other columns give way."""
    from or_communities.domain.catalog import Area
    from tests.screen_fit import settle

    controller = make_controller()
    controller.start(demo_path)
    controller.window.resize(1366, 768)
    qtbot.waitExposed(controller.window)
    controller.window.shell.show_area(Area.EVENTS)
    view = controller.window.shell.view(Area.EVENTS)
    view.tabs.setCurrentIndex(EVENTS_TAB)
    settle()
    table = view.events_page.table
    assert table.model().rowCount() > 3
    for column in (0, 3):  # the date, the event
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), table.model().headerData(column, Qt.Orientation.Horizontal)
