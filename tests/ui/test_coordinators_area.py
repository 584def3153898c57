"""Journey 7: each community coordinator's strengths, challenges and mentoring sessions, overdue follow-ups marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTextEdit, QWidget

from or_communities.domain.catalog import Area
from or_communities.domain.records import PersonRole
from or_communities.domain.relations import MentoringSession
from or_communities.ui.views.coordinators_view import CoordinatorsView
from tests.helpers import click_row, shown_view, type_text, when_modal

TODAY = dt.date(2026, 3, 1)


def _view(make_controller, qtbot, tmp_path, dialogs):
    controller = make_controller(dialogs=dialogs)
    controller.create_city(tmp_path / "city.orcity", "ערד", 2026)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    workspace = controller.workspace
    workspace.clock = lambda: TODAY
    neighborhood = workspace.neighborhoods.add("חלמיש").id
    coordinator = workspace.people.add("הדס נגר", [PersonRole.COMMUNITY_COORDINATOR], neighborhood)
    workspace.people.add("עידו פרנקו", [PersonRole.ACTIVIST], neighborhood)
    workspace.people.add_mentoring_session(
        MentoringSession(None, coordinator, dt.date(2026, 1, 10), "מיפוי השכונה", "השלמת טבלת הנכסים", dt.date(2026, 2, 1))
    )
    view = shown_view(controller, Area.COORDINATORS, CoordinatorsView)
    view.refresh()
    return controller, view, coordinator


def test_only_coordinators_are_listed_with_their_neighborhood(make_controller, qtbot, tmp_path, fake_dialogs):
    """The list holds the people with the community coordinator role, each with the neighborhood they work in."""
    _controller, view, _coordinator = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    assert view.model.rowCount() == 1
    assert [view.model.index(0, column).data() for column in range(2)] == ["הדס נגר", "חלמיש"]


def test_strengths_and_challenges_are_saved_as_typed(make_controller, qtbot, tmp_path, fake_dialogs):
    """Strengths and challenges typed for a coordinator are written without a Save button and come back after reopening."""
    controller, view, coordinator = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    click_row(qtbot, view.table, 0)
    type_text(view.strengths_edit, "מכירה כל ועד בית")
    type_text(view.challenges_edit, "האצלת סמכויות")
    path = controller.workspace.path
    controller.close_workspace()
    assert controller.open_workspace(path)
    saved = controller.workspace.people.get(coordinator)
    assert (saved.strengths, saved.challenges) == ("מכירה כל ועד בית", "האצלת סמכויות")


def test_add_a_mentoring_session_and_see_overdue_follow_ups(make_controller, qtbot, tmp_path, fake_dialogs):
    """A session added through the dialog joins the table; a session whose follow-up date has passed is marked."""
    controller, view, coordinator = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    click_row(qtbot, view.table, 0)
    assert view.session_model.rowCount() == 1
    assert view.session_model.is_overdue(view.session_model.record(0))
    assert view.session_model.index(0, 3).data().startswith("⚠")
    assert view.overdue_label.text()

    def fill(dialog: QWidget) -> None:
        type_text(dialog.findChild(QTextEdit, "topicsEdit"), "הכנה לכנס השכונה")
        type_text(dialog.findChild(QTextEdit, "agreedEdit"), "הדס תזמין את ועדי הבתים")
        dialog.follow_up_edit.set_value(dt.date(2026, 3, 15))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    qtbot.mouseClick(view.add_session_button, Qt.MouseButton.LeftButton)
    sessions = controller.workspace.people.mentoring_sessions(coordinator)
    assert next((s.date, s.topics, s.agreed, s.follow_up_by) for s in sessions) == (
        TODAY,
        "הכנה לכנס השכונה",
        "הדס תזמין את ועדי הבתים",
        dt.date(2026, 3, 15),
    )
    assert view.session_model.rowCount() == 2
    assert view.session_model.index(0, 1).data() == "הכנה לכנס השכונה"
    assert not view.session_model.is_overdue(view.session_model.record(0))
