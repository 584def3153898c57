"""Journey 6: everyone in one table with search as you type, inactive activists flagged, the status history,
and the home view's counts that open the filtered areas."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from or_communities.domain.catalog import Area
from or_communities.domain.records import Partner, PartnerKind, Person, PersonRole
from or_communities.domain.relations import PersonStatus
from or_communities.ui.models.person_table_model import PersonTableModel
from or_communities.ui.views.journey import JourneyView
from or_communities.ui.views.partners import PartnersView
from or_communities.ui.views.people import PeopleView
from tests.helpers import click_row, shown_view, type_text, when_modal

TODAY = dt.date(2026, 3, 1)
ACTIVIST, VOLUNTEER, OFFICIAL = PersonRole.ACTIVIST, PersonRole.VOLUNTEER, PersonRole.MUNICIPAL_OFFICIAL


def _days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _city(make_controller, qtbot, tmp_path, dialogs):
    """A city of two neighborhoods and people whose last activity is set against a fixed today."""
    controller = make_controller(dialogs=dialogs)
    controller.create_city(tmp_path / "city.orcity", "ירוחם", 2026)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    workspace = controller.workspace
    workspace.clock = lambda: TODAY
    north = workspace.neighborhoods.add("צפון").id
    south = workspace.neighborhoods.add("דרום").id
    people = [
        Person(0, "דנה לוי", frozenset({ACTIVIST}), north, skills="צילום", last_activity=_days_ago(61)),
        Person(0, "דני כהן", frozenset({VOLUNTEER}), north, phone="050-7654321", last_activity=_days_ago(60)),
        Person(0, "משה לוי", frozenset({ACTIVIST}), south, last_activity=None, added_on=_days_ago(61)),
        Person(0, "רות אלון", frozenset({ACTIVIST}), south, last_activity=_days_ago(200), status=PersonStatus.RESTING),
        Person(0, "יוסי ברק", frozenset({OFFICIAL}), None, last_activity=_days_ago(300)),
        Person(0, "מרים דהן", frozenset({VOLUNTEER, ACTIVIST}), south, last_activity=_days_ago(90)),
    ]
    for person in people:
        workspace.people.add_person(person)
    return controller, north, south


def _people_view(controller) -> PeopleView:
    return shown_view(controller, Area.PEOPLE, PeopleView)


def _shown(view: PeopleView) -> list[str]:
    return sorted(view.filter.index(row, PersonTableModel.NAME).data() for row in range(view.filter.rowCount()))


def test_search_as_you_type_finds_the_right_rows(make_controller, qtbot, tmp_path, fake_dialogs):
    """Each key typed in the search narrows the table, by name, phone or skill, and works with the role filter."""
    controller, _north, south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    view = _people_view(controller)
    assert view.filter.rowCount() == 6
    type_text(view.search_edit, "דנ")
    assert _shown(view) == ["דנה לוי", "דני כהן"]
    type_text(view.search_edit, "ה")
    assert _shown(view) == ["דנה לוי"]
    view.search_edit.clear()
    type_text(view.search_edit, "לוי")
    assert _shown(view) == ["דנה לוי", "משה לוי"]
    view.search_edit.clear()
    type_text(view.search_edit, "צילום")
    assert _shown(view) == ["דנה לוי"]
    view.search_edit.clear()
    type_text(view.search_edit, "7654")
    assert _shown(view) == ["דני כהן"]
    view.search_edit.clear()
    view.role_filter.setCurrentIndex(view.role_filter.findData(VOLUNTEER))
    view.neighborhood_filter.setCurrentIndex(view.neighborhood_filter.findData(south))
    assert _shown(view) == ["מרים דהן"]
    assert view.count_label.text().startswith("1 ")


def test_inactive_activists_are_flagged_per_neighborhood(make_controller, qtbot, tmp_path, fake_dialogs):
    """With 60 days and a fixed today: an activist silent for 61 days, one with no activity since coming in 61
    days ago and one silent for 90 days are flagged; 60 days, one with no activity who came in today, a resting
    activist and a municipal official are not; the counts are per neighborhood."""
    controller, _north, south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    controller.workspace.people.add_person(Person(0, "נועה בר", frozenset({ACTIVIST}), south))
    view = _people_view(controller)
    flagged = sorted(row.person.full_name for row in view.model.records() if row.inactive)
    assert flagged == ["דנה לוי", "מרים דהן", "משה לוי"]
    summary = view.inactive_summary.text()
    assert "צפון</a> (1)" in summary and "דרום</a> (2)" in summary

    view.inactive_filter.setChecked(True)
    view.neighborhood_filter.setCurrentIndex(view.neighborhood_filter.findData(south))
    assert _shown(view) == ["מרים דהן", "משה לוי"]
    view.neighborhood_filter.setCurrentIndex(0)

    click_row(qtbot, view.table, 0)  # דנה לוי, the first inactive by name
    assert view.title.text() == "דנה לוי"
    view.last_activity_edit.set_value(TODAY)
    view.flush_edits()
    assert "צפון" not in view.inactive_summary.text()
    assert sorted(p.full_name for p in controller.workspace.people.inactive()) == ["מרים דהן", "משה לוי"]


def test_a_big_citys_summary_names_the_places_of_most_inactive_activists(make_controller, qtbot, tmp_path, fake_dialogs):
    """With inactive activists in fourteen neighborhoods the summary names the eight with the most, most first, says
    how many neighborhoods it leaves out, and writes the total with its thousands apart (1,281)."""
    from or_communities.storage.relations_repositories import PersonRepository

    controller, _north, _south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    workspace = controller.workspace
    many = []
    for number in range(1, 13):  # neighborhood k has 100 + k inactive activists
        place = workspace.neighborhoods.add(f"שכונה {number:02d}").id
        silent = _days_ago(100)
        many += [Person(0, f"פעיל {number}-{k}", frozenset({ACTIVIST}), place, last_activity=silent) for k in range(100 + number)]
    with workspace.transaction() as session:
        PersonRepository(session).add_many(many, TODAY)
    view = _people_view(controller)
    view.reload()
    summary = view.inactive_summary.text()
    assert '<a href="all">1,281</a>' in summary
    named = [f"שכונה {number:02d}</a> ({100 + number})" for number in range(12, 4, -1)]
    places = [summary.index(name) for name in named]
    assert places == sorted(places)
    assert "שכונה 04" not in summary and "צפון" not in summary
    assert summary.endswith('<a href="all">עוד 6</a>')


def test_a_status_change_adds_to_the_history_and_keeps_the_earlier_entry(make_controller, qtbot, tmp_path, fake_dialogs):
    """Change status… adds a dated entry to the person's history; the earlier status stays listed below it."""
    controller, _north, _south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    person = next(p for p in controller.workspace.people.list() if p.full_name == "דני כהן")
    controller.workspace.people.change_status(person.id, PersonStatus.ACTIVE, dt.date(2025, 9, 1))
    view = _people_view(controller)
    view.reload()
    type_text(view.search_edit, "דני")
    click_row(qtbot, view.table, 0)
    assert view.history_model.rowCount() == 1

    def choose_resting(dialog) -> None:
        combo = dialog.findChild(QComboBox, "newStatusCombo")
        combo.setCurrentIndex(combo.findData(PersonStatus.RESTING))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(choose_resting)
    qtbot.mouseClick(view.change_status_button, Qt.MouseButton.LeftButton)
    history = controller.workspace.people.status_history(person.id)
    assert [(c.status, c.date) for c in history] == [
        (PersonStatus.ACTIVE, dt.date(2025, 9, 1)),
        (PersonStatus.RESTING, TODAY),
    ]
    assert view.history_model.rowCount() == 2
    assert view.history_model.index(0, 1).data() == "פעיל/ה"
    assert view.history_model.index(1, 1).data() == "בהפסקה"
    assert view.filter.index(0, PersonTableModel.STATUS).data() == "בהפסקה"


def test_person_form_edits_are_saved_and_consent_gets_todays_date(make_controller, qtbot, tmp_path, fake_dialogs):
    """A person added by name gets roles, skills and consent (dated today when ticked); a bad email is marked
    and not written."""
    controller, north, _south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    view = _people_view(controller)
    fake_dialogs.texts.append("נטע שלום")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "נטע שלום"
    view.roles_list.item_for(PersonRole.NEIGHBORHOOD_LEADER).setCheckState(Qt.CheckState.Checked)
    view.neighborhood_combo.setCurrentIndex(view.neighborhood_combo.findData(north))
    type_text(view.skills_edit, "ערבית, הנחיית קבוצות")
    type_text(view.email_edit, "neta-at-example")
    qtbot.mouseClick(view.consent_box, Qt.MouseButton.LeftButton)
    view.flush_edits()
    saved = next(p for p in controller.workspace.people.list() if p.full_name == "נטע שלום")
    assert saved.roles == {PersonRole.ACTIVIST, PersonRole.NEIGHBORHOOD_LEADER}
    assert saved.neighborhood_id == north
    assert saved.skills == "ערבית, הנחיית קבוצות"
    assert saved.consent_to_contact and saved.consent_date == TODAY
    assert saved.email == "" and view.email_problem.showing

    fake_dialogs.confirmations.append(True)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert "נטע שלום" in fake_dialogs.questions[-1]
    assert all(p.full_name != "נטע שלום" for p in controller.workspace.people.list())


def test_home_view_counts_open_the_filtered_areas(make_controller, qtbot, tmp_path, fake_dialogs):
    """The journey's Needs attention box counts partners to contact and inactive activists per neighborhood;
    each count opens its area filtered to those rows."""
    controller, north, south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    workspace = controller.workspace
    workspace.partners.add(Partner(0, "קרן הנגב", PartnerKind.BUSINESS_OR_DONOR, last_contact=_days_ago(61)))
    workspace.partners.add(Partner(0, "אגף הרווחה", PartnerKind.MUNICIPAL_DEPARTMENT, last_contact=_days_ago(5)))
    workspace.partners.add(
        dataclasses.replace(Partner(0, "מתנ\"ס", PartnerKind.COMMUNITY_FIELD_UNIT), last_contact=_days_ago(1), next_follow_up=TODAY)
    )
    journey = shown_view(controller, Area.JOURNEY, JourneyView)
    box = journey.attention
    journey.refresh()
    assert "2" in box.partners_button.text() and "3" in box.activists_button.text()
    by_neighborhood = {button.property("neighborhood_id"): button.text() for button in box.neighborhood_buttons}
    assert by_neighborhood[south].startswith("דרום") and by_neighborhood[south].endswith("2")
    assert by_neighborhood[north].endswith("1")

    qtbot.mouseClick(box.partners_button, Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.PARTNERS
    partners = controller.window.shell.view(Area.PARTNERS)
    assert isinstance(partners, PartnersView)
    assert partners.attention_filter.isChecked()
    assert sorted(partners.filter.index(r, 0).data() for r in range(partners.filter.rowCount())) == ["מתנ\"ס", "קרן הנגב"]

    controller.window.shell.show_area(Area.JOURNEY)
    south_button = next(b for b in box.neighborhood_buttons if b.property("neighborhood_id") == south)
    qtbot.mouseClick(south_button, Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.PEOPLE
    people = _people_view(controller)
    assert people.inactive_filter.isChecked()
    assert people.neighborhood_filter.currentData() == south
    assert _shown(people) == ["מרים דהן", "משה לוי"]


def test_export_writes_the_people_list_to_the_chosen_file(make_controller, qtbot, tmp_path, fake_dialogs):
    """Export… asks where to write and writes the people list there as an Excel workbook."""
    controller, _north, _south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    view = _people_view(controller)
    target = tmp_path / "אנשים.xlsx"
    fake_dialogs.files.append(target)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.errors == []
    assert target.exists() and target.stat().st_size > 0


def test_ctrl_z_in_a_form_field_takes_back_the_typing_there(make_controller, qtbot, tmp_path, fake_dialogs):
    """In the window, Ctrl+Z in a person's address field takes back what was typed there (the field's own undo,
    before the Edit menu's), and the saved address follows it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    controller, _north, _south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    view = _people_view(controller)
    click_row(qtbot, view.table, 0)
    person = view.current
    controller.window.activateWindow()
    view.address_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.address_edit)
    type_text(view.address_edit, "הרצל 5")
    view.flush_edits()
    assert controller.workspace.people.get(person.id).address == "הרצל 5"
    QTest.keyClick(view.address_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.address_edit.text() == ""
    view.flush_edits()
    assert controller.workspace.people.get(person.id).address == ""


def test_a_long_list_is_read_a_page_at_a_time_as_it_scrolls(make_controller, qtbot, tmp_path, fake_dialogs):
    """With 1,500 people the table holds only the pages in view; scrolled to the end it shows the last name, a
    search narrows it in the database, and a person the search leaves out still opens in the form."""
    from or_communities.storage.relations_repositories import PersonRepository

    controller, north, _south = _city(make_controller, qtbot, tmp_path, fake_dialogs)
    workspace = controller.workspace
    many = [Person(0, f"תושב {number:04d}", frozenset({VOLUNTEER}), north) for number in range(1500)]
    with workspace.transaction() as session:
        PersonRepository(session).add_many(many, TODAY)
    view = _people_view(controller)
    view.reload()
    assert view.count_label.text() == "1,506 מתוך 1,506"
    assert view.model.rows_held() <= 2 * PersonTableModel.PAGE_ROWS
    view.table.scrollToBottom()
    qtbot.wait(50)
    last = view.filter.index(view.filter.rowCount() - 1, PersonTableModel.NAME)
    assert last.data() == "תושב 1499"
    assert view.model.rows_held() <= 4 * PersonTableModel.PAGE_ROWS
    type_text(view.search_edit, "תושב 12")
    assert view.filter.rowCount() == 100
    assert view.count_label.text().startswith("100 ")
    header = view.table.horizontalHeader()
    name_title = QPoint(header.sectionViewportPosition(PersonTableModel.NAME) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_title)  # a second order: descending
    assert view.filter.index(0, PersonTableModel.NAME).data() == "תושב 1299"
    dana = next(person for person in workspace.people.list() if person.full_name == "דנה לוי")
    assert view.choose_person(dana.id)
    assert view.title.text() == "דנה לוי"
    assert not view.table.selectionModel().hasSelection()
