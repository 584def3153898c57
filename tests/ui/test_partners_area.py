"""Journey 5: the partners table and form, retention flags, the contact log and the power/interest grid."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTextEdit

from or_communities.domain.catalog import Area
from or_communities.domain.records import Partner, PartnerKind
from or_communities.domain.relations import Contribution, Membership, PartnerFlag
from or_communities.ui.models.partner_table_model import PartnerTableModel
from or_communities.ui.views.partners import GRID_TAB, PartnersView
from tests.helpers import click_row, shown_view, type_text, when_modal

TODAY = dt.date(2026, 3, 1)


def _open(make_controller, qtbot, tmp_path, dialogs, partners=()):
    controller = make_controller(dialogs=dialogs)
    controller.create_city(tmp_path / "city.orcity", "דימונה", 2026)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    workspace = controller.workspace
    workspace.clock = lambda: TODAY
    for name in ("ממשית", "נווה חורש"):
        workspace.neighborhoods.add(name)
    for partner in partners:
        workspace.partners.add(partner)
    return controller, _partners_view(controller)


def _partners_view(controller) -> PartnersView:
    view = shown_view(controller, Area.PARTNERS, PartnersView)
    view.refresh()
    return view


def _shown_names(view: PartnersView) -> list[str]:
    return sorted(view.filter.index(row, PartnerTableModel.NAME).data() for row in range(view.filter.rowCount()))


def _row_of(view: PartnersView, name: str) -> int:
    return next(row for row in range(view.filter.rowCount()) if view.filter.index(row, 0).data() == name)


def test_partner_added_and_edited_in_hebrew_is_there_after_reopening(make_controller, qtbot, tmp_path, fake_dialogs):
    """A partner added by name and filled in through its form (kind, neighborhood, contact, contributions, scores,
    forums, follow-up, notes) is kept without a Save button and comes back after the workspace is reopened."""
    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs)
    fake_dialogs.texts.append("עמותת שכנים טובים")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "עמותת שכנים טובים"

    view.kind_combo.setCurrentIndex(view.kind_combo.findData(PartnerKind.SOCIAL_ORGANIZATION))
    view.neighborhood_list.item_for(view.neighborhood_list.item(0).data(Qt.ItemDataRole.UserRole)).setCheckState(
        Qt.CheckState.Checked
    )
    assert not view.city_wide_box.isChecked()
    type_text(view.contact_edit, "רינה אזולאי")
    type_text(view.phone_edit, "0521234567")
    type_text(view.email_edit, "rina@example.org")
    qtbot.mouseClick(view.contributions_row.boxes[Contribution.VOLUNTEERS], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.contributions_row.boxes[Contribution.SPACE], Qt.MouseButton.LeftButton)
    type_text(view.contribution_edit, "חדר ישיבות בערבים")
    view.influence_spin.setValue(2)
    view.interest_spin.setValue(5)
    qtbot.mouseClick(view.memberships_row.boxes[Membership.NEIGHBORHOOD_COALITION], Qt.MouseButton.LeftButton)
    view.follow_up_edit.set_value(dt.date(2026, 4, 2))
    type_text(view.notes_edit, "להזמין לכנס השכונה")
    path = controller.workspace.path
    controller.close_workspace()

    assert controller.open_workspace(path)
    view = _partners_view(controller)
    click_row(qtbot, view.table, _row_of(view, "עמותת שכנים טובים"))
    assert view.kind_combo.currentData() is PartnerKind.SOCIAL_ORGANIZATION
    assert view.neighborhood_list.checked() == {controller.workspace.neighborhoods.list()[0].id}
    assert view.contact_edit.text() == "רינה אזולאי"
    assert view.phone_edit.text() == "052-1234567"
    assert view.email_edit.text() == "rina@example.org"
    assert view.contributions_row.checked() == {Contribution.VOLUNTEERS, Contribution.SPACE}
    assert view.contribution_edit.toPlainText() == "חדר ישיבות בערבים"
    assert (view.influence_spin.value(), view.interest_spin.value()) == (2, 5)
    assert view.memberships_row.checked() == {Membership.NEIGHBORHOOD_COALITION}
    assert view.follow_up_edit.value() == dt.date(2026, 4, 2)
    assert view.notes_edit.toPlainText() == "להזמין לכנס השכונה"
    where = view.filter.index(_row_of(view, "עמותת שכנים טובים"), PartnerTableModel.WHERE).data()
    assert where == controller.workspace.neighborhoods.list()[0].name


def test_a_wrong_phone_is_shown_at_its_field_and_the_rest_is_saved(make_controller, qtbot, tmp_path, fake_dialogs):
    """A phone that is not a phone number is marked at the field and not written; notes typed beside it are."""
    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs, [Partner(0, "אגף הרווחה", PartnerKind.MUNICIPAL_DEPARTMENT)])
    click_row(qtbot, view.table, 0)
    type_text(view.phone_edit, "טלפון?")
    type_text(view.notes_edit, "פגישה בחודש הבא")
    view.flush_edits()
    assert view.phone_problem.showing and "טלפון?" in view.phone_problem.text()
    saved = controller.workspace.partners.list()[0]
    assert saved.phone == "" and saved.notes == "פגישה בחודש הבא"
    assert fake_dialogs.errors == []

    view.phone_edit.setText("08-6555555")
    view.flush_edits()
    assert not view.phone_problem.showing
    assert controller.workspace.partners.list()[0].phone == "08-6555555"


def test_partners_not_contacted_for_61_days_or_with_a_follow_up_due_are_flagged(
    make_controller, qtbot, tmp_path, fake_dialogs
):
    """With the default 60 days, a partner last contacted 61 days ago and one whose follow-up is due are marked and
    filtered as needing attention; one contacted 60 days ago is not; logging a contact clears the first flag."""
    days_ago = lambda days: TODAY - dt.timedelta(days=days)  # noqa: E731
    partners = [
        Partner(0, "קרן הנגב", PartnerKind.BUSINESS_OR_DONOR, last_contact=days_ago(61)),
        Partner(0, "מתנ\"ס ממשית", PartnerKind.COMMUNITY_FIELD_UNIT, last_contact=days_ago(10), next_follow_up=days_ago(1)),
        Partner(0, "אגף החינוך", PartnerKind.MUNICIPAL_DEPARTMENT, last_contact=days_ago(60)),
        Partner(0, "תנועת אור", PartnerKind.OR_MOVEMENT, last_contact=days_ago(3), next_follow_up=TODAY + dt.timedelta(days=5)),
    ]
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    flags = {view.model.partner(row).name: view.model.flags_of(view.model.partner(row).id) for row in range(4)}
    assert flags == {
        "קרן הנגב": {PartnerFlag.NOT_CONTACTED_LONG},
        "מתנ\"ס ממשית": {PartnerFlag.FOLLOW_UP_DUE},
        "אגף החינוך": frozenset(),
        "תנועת אור": frozenset(),
    }
    donor = view.filter.index(_row_of(view, "קרן הנגב"), PartnerTableModel.NAME)
    assert donor.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "60" in donor.data(Qt.ItemDataRole.ToolTipRole)
    assert view.filter.index(_row_of(view, "אגף החינוך"), 0).data(Qt.ItemDataRole.DecorationRole) is None

    qtbot.mouseClick(view.attention_filter, Qt.MouseButton.LeftButton)
    assert _shown_names(view) == sorted(["קרן הנגב", "מתנ\"ס ממשית"])

    click_row(qtbot, view.table, _row_of(view, "קרן הנגב"))

    def log_a_call(dialog) -> None:
        type_text(dialog.findChild(QTextEdit, "contactSummaryEdit"), "שיחה על מימון הכנס")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(log_a_call)
    qtbot.mouseClick(view.log_contact_button, Qt.MouseButton.LeftButton)
    assert _shown_names(view) == ["מתנ\"ס ממשית"]
    assert view.last_contact_edit.value() == TODAY
    assert view.contact_model.rowCount() == 1
    assert view.contact_model.index(0, 2).data() == "שיחה על מימון הכנס"


def test_dragging_a_partner_on_the_grid_changes_its_influence_and_interest(make_controller, qtbot, tmp_path, fake_dialogs):
    """Dragging a dot with the mouse to another cell of the power/interest grid stores the new influence and
    interest, and the form shows them."""
    partners = [
        Partner(0, "סופר השכונה", PartnerKind.BUSINESS_OR_DONOR, influence=1, interest=1),
        Partner(0, "אגף הרווחה", PartnerKind.MUNICIPAL_DEPARTMENT, influence=1, interest=1),
    ]
    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    view.tabs.setCurrentIndex(GRID_TAB)
    grid = view.grid
    qtbot.waitExposed(grid)
    store = next(p for p in controller.workspace.partners.list() if p.name == "סופר השכונה")
    other = next(p for p in controller.workspace.partners.list() if p.name == "אגף הרווחה")
    assert grid.dot_position(store.id) != grid.dot_position(other.id)  # two in one cell, side by side

    start, end = grid.dot_position(store.id), grid.cell_position(4, 5)
    qtbot.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(grid.viewport(), start + (end - start) * step / 5)
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=end)

    qtbot.waitUntil(lambda: controller.workspace.partners.get(store.id).interest == 4)
    moved = controller.workspace.partners.get(store.id)
    assert (moved.influence, moved.interest) == (5, 4)
    assert controller.workspace.partners.get(other.id).interest == 1
    assert view.title.text() == "סופר השכונה"
    assert (view.influence_spin.value(), view.interest_spin.value()) == (5, 4)
    assert grid.dots[store.id].partner.influence == 5
    assert (grid.dot_position(store.id) - grid.cell_position(4, 5)).manhattanLength() < QPoint(200, 200).manhattanLength()


def test_removing_a_partner_asks_first(make_controller, qtbot, tmp_path, fake_dialogs):
    """Remove asks with the partner's name; no keeps it, yes removes it."""
    controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs, [Partner(0, "אגף הרווחה", PartnerKind.MUNICIPAL_DEPARTMENT)])
    click_row(qtbot, view.table, 0)
    fake_dialogs.confirmations += [False, True]
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert "אגף הרווחה" in fake_dialogs.questions[-1]
    assert len(controller.workspace.partners.list()) == 1
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert controller.workspace.partners.list() == []
    assert view.model.rowCount() == 0


def _grid_of(make_controller, qtbot, tmp_path, dialogs, partners, window_size=(1366, 768)):
    controller, view = _open(make_controller, qtbot, tmp_path, dialogs, partners)
    controller.window.resize(*window_size)
    view.tabs.setCurrentIndex(GRID_TAB)
    qtbot.waitExposed(view.grid)
    qtbot.wait(10)
    return controller, view, view.grid


def _dot_of(controller, grid, name: str):
    return grid.dots[next(p.id for p in controller.workspace.partners.list() if p.name == name)]


def test_a_partner_sits_at_the_center_of_its_cell_under_its_axis_number(make_controller, qtbot, tmp_path, fake_dialogs):
    """A partner with interest 2 and influence 4 is drawn inside cell (2, 4), centered on it and right above the
    interest axis's number 2."""
    partners = [Partner(0, "אגף הרווחה", PartnerKind.MUNICIPAL_DEPARTMENT, influence=4, interest=2)]
    controller, _view, grid = _grid_of(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    tag = _dot_of(controller, grid, "אגף הרווחה").sceneBoundingRect()
    cell = grid.cells.cell_rect(2, 4)
    number = grid.interest_numbers[2].sceneBoundingRect()
    assert cell.contains(tag)
    assert abs(tag.center().x() - number.center().x()) < 1
    assert abs(tag.center().y() - cell.center().y()) < 1
    assert number.top() > grid.cells.grid_rect().bottom()


def test_a_score_of_three_is_low_on_both_axes(make_controller, qtbot, tmp_path, fake_dialogs):
    """Partners scored 3 fall on the low side of the one threshold on either axis: 3 for interest sits with the
    low-interest quadrant and 3 for influence with the low-influence one, while 4 is high on both."""
    scores = {"שלוש ושלוש": (3, 3), "עניין שלוש": (3, 5), "השפעה שלוש": (5, 3), "ארבע וארבע": (4, 4)}
    partners = [Partner(0, name, PartnerKind.SOCIAL_ORGANIZATION, interest=i, influence=f) for name, (i, f) in scores.items()]
    controller, _view, grid = _grid_of(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    quadrants = {name: grid.quadrant_of(_dot_of(controller, grid, name).scenePos()) for name in scores}
    assert quadrants == {
        "שלוש ושלוש": (False, False),
        "עניין שלוש": (False, True),
        "השפעה שלוש": (True, False),
        "ארבע וארבע": (True, True),
    }
    threshold = grid.cells.threshold()
    three, four = _dot_of(controller, grid, "שלוש ושלוש").scenePos(), _dot_of(controller, grid, "ארבע וארבע").scenePos()
    assert three.x() < threshold.x() < four.x()
    assert four.y() < threshold.y() < three.y()


@pytest.mark.parametrize("window_size", [(1366, 768), (1024, 640)])
def test_ten_partners_in_one_cell_neither_overlap_nor_leave_the_view(
    make_controller, qtbot, tmp_path, fake_dialogs, window_size
):
    """Ten partners in one cell show as tags one per line and a "+N" for the rest: no two boxes intersect, all lie
    inside the cell and inside the view's visible area, and the "+N" names exactly those not shown."""
    names = [f"שותף מספר {number} עם שם של ארגון ארוך" for number in range(1, 11)]
    partners = [Partner(0, name, PartnerKind.SOCIAL_ORGANIZATION, influence=5, interest=5) for name in names]
    _controller, _view, grid = _grid_of(make_controller, qtbot, tmp_path, fake_dialogs, partners, window_size)
    more = grid.more[5, 5]
    shown = [dot.partner.name for dot in grid.dots.values()]
    assert sorted(shown + [partner.name for partner in more.hidden]) == sorted(names)
    assert more.toolTip().splitlines() == sorted(partner.name for partner in more.hidden)
    boxes = [item.sceneBoundingRect() for item in [*grid.dots.values(), more]]
    for first, box in enumerate(boxes):
        assert not any(box.intersects(other) for other in boxes[first + 1 :])
        assert grid.cells.cell_rect(5, 5).contains(box)
        assert grid.viewport().rect().contains(grid.mapFromScene(box).boundingRect())


def test_a_long_name_is_elided_with_its_full_text_in_the_tooltip(make_controller, qtbot, tmp_path, fake_dialogs):
    """A name too long for its cell is cut short with an ellipsis inside the cell, and its tooltip gives it whole."""
    name = "העמותה לקידום שכונות קהילתיות, מנהיגות תושבים ושותפויות עירוניות בנגב המערבי"
    partners = [Partner(0, name, PartnerKind.SOCIAL_ORGANIZATION, influence=1, interest=5)]
    controller, _view, grid = _grid_of(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    dot = _dot_of(controller, grid, name)
    assert dot.shown_text.endswith("…") and name.startswith(dot.shown_text[:-1])
    assert grid.cells.cell_rect(5, 1).contains(dot.sceneBoundingRect())
    assert dot.toolTip().splitlines()[0] == name


def test_choosing_a_partner_hidden_in_a_crowded_cell_brings_it_into_sight(make_controller, qtbot, tmp_path, fake_dialogs):
    """A partner behind a cell's "+N" gets a tag of its own once it is chosen in the table."""
    names = [f"שותף {letter}" for letter in "אבגדהוזחטי"]
    partners = [Partner(0, name, PartnerKind.SOCIAL_ORGANIZATION, influence=2, interest=2) for name in names]
    _controller, view, grid = _grid_of(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    hidden = grid.more[2, 2].hidden[-1]
    assert hidden.id not in grid.dots
    view.choose_partner(hidden.id)
    assert hidden.id in grid.dots
    assert len(grid.dots) + len(grid.more[2, 2].hidden) == len(names)


def test_the_list_keeps_the_order_chosen_through_reloads_and_edits(make_controller, qtbot, tmp_path, fake_dialogs):
    """Sorted by influence from its header, the list stays so after a reload; an edit that changes a partner's
    influence moves its row to its place, and the row stays the one chosen."""
    partners = [Partner(0, name, PartnerKind.SOCIAL_ORGANIZATION, influence=score)
                for name, score in (("אלון", 4), ("ברוש", 1), ("גפן", 3))]
    _controller, view = _open(make_controller, qtbot, tmp_path, fake_dialogs, partners)
    view.refresh()
    header = view.table.horizontalHeader()
    title = QPoint(header.sectionViewportPosition(PartnerTableModel.INFLUENCE) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)

    def order() -> list[str]:
        return [view.filter.index(row, 0).data() for row in range(view.filter.rowCount())]

    first = order()
    assert first in (["ברוש", "גפן", "אלון"], ["אלון", "גפן", "ברוש"])
    view.refresh()
    assert order() == first
    click_row(qtbot, view.table, first.index("ברוש"))
    view.influence_spin.setValue(5)
    view.flush_edits()
    assert order().index("ברוש") == (2 if first[0] == "ברוש" else 0)
    chosen = view.table.selectionModel().currentIndex()
    assert chosen.data() == "ברוש"
