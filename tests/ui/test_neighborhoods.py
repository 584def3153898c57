"""Journey 6: add, rename and remove neighborhoods (removal asks first) and edit each one's profile."""

from __future__ import annotations

from PySide6.QtCore import Qt

from or_communities.domain.catalog import Area
from or_communities.ui.views.neighborhoods import NeighborhoodsView
from tests.helpers import click_row, shown_view, type_text


def _view(make_controller, qtbot, tmp_path, dialogs):
    controller = make_controller(dialogs=dialogs)
    controller.create_city(tmp_path / "city.orcity", "דימונה", 2026)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    view = shown_view(controller, Area.NEIGHBORHOODS, NeighborhoodsView)
    return controller, view


def _names(view: NeighborhoodsView) -> list[str]:
    return [view.sorter.index(row, 0).data() for row in range(view.sorter.rowCount())]


def test_add_rename_remove_through_the_buttons(make_controller, qtbot, tmp_path, fake_dialogs):
    """Neighborhoods are added and renamed by name, and removed only after the user agrees."""
    controller, view = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    fake_dialogs.texts += ["שכונת הנביאים", "ממשית"]
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["ממשית", "שכונת הנביאים"]

    click_row(qtbot, view.table, 1)
    fake_dialogs.texts.append("  הנביאים  ")
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["הנביאים", "ממשית"]

    click_row(qtbot, view.table, 0)
    fake_dialogs.confirmations.append(False)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["הנביאים", "ממשית"]
    assert "הנביאים" in fake_dialogs.questions[-1]
    fake_dialogs.confirmations.append(True)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["ממשית"]
    assert [n.name for n in controller.workspace.neighborhoods.list()] == ["ממשית"]


def test_duplicate_and_empty_names_are_refused_with_a_message(make_controller, qtbot, tmp_path, fake_dialogs):
    """A second neighborhood with the same name, or an empty one, gets a Hebrew message and changes nothing."""
    _controller, view = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    fake_dialogs.texts += ["ממשית", "ממשית", "   "]
    for _ in range(3):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["ממשית"]
    assert [text for _, text in fake_dialogs.errors] == ['"ממשית" כבר קיים. בחרו שם אחר.', "השם ריק. הקלידו שם."]


def test_profile_typed_in_is_kept_after_reopening(make_controller, qtbot, tmp_path, fake_dialogs):
    """Population, description, strengths, needs and a new coordinator are saved as typed and come back after reopening."""
    controller, view = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    fake_dialogs.texts += ["ממשית", "רותם בן חיים"]
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    click_row(qtbot, view.table, 0)
    view.population_spin.setValue(5400)
    type_text(view.description_edit, "שכונה צעירה בצפון העיר")
    type_text(view.strengths_edit, "מתנ\"ס פעיל")
    type_text(view.needs_edit, "פעילות לנוער")
    qtbot.mouseClick(view.new_coordinator_button, Qt.MouseButton.LeftButton)
    assert view.coordinator_combo.currentText() == "רותם בן חיים"
    type_text(view.notes_edit, "לבדוק מקלטים")
    path = controller.workspace.path
    controller.close_workspace()

    assert controller.open_workspace(path)
    controller.window.shell.show_area(Area.NEIGHBORHOODS)
    view = controller.window.shell.view(Area.NEIGHBORHOODS)
    click_row(qtbot, view.table, 0)
    assert view.population_spin.value() == 5400
    assert view.description_edit.toPlainText() == "שכונה צעירה בצפון העיר"
    assert view.strengths_edit.toPlainText() == "מתנ\"ס פעיל"
    assert view.needs_edit.toPlainText() == "פעילות לנוער"
    assert view.notes_edit.toPlainText() == "לבדוק מקלטים"
    assert view.coordinator_combo.currentText() == "רותם בן חיים"
    assert view.model.index(0, 2).data() == "רותם בן חיים"


def test_new_neighborhood_appears_in_the_journey_and_matrix(make_controller, qtbot, tmp_path, fake_dialogs):
    """A neighborhood added in its area is at once a place in the journey and a row of the matrix."""
    controller, view = _view(make_controller, qtbot, tmp_path, fake_dialogs)
    journey = controller.window.shell.view(Area.JOURNEY)
    matrix = controller.window.shell.view(Area.MATRIX)
    fake_dialogs.texts.append("נווה חורש")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert journey.place_combo.findText("נווה חורש") > 0
    assert matrix.model.rowCount() == 1
    assert matrix.model.headerData(0, Qt.Orientation.Vertical) == "נווה חורש"
