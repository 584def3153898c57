"""Journeys 4-5 and 8: task states set in the form show in the table, the matrix and the stage-3 list, and survive a reopen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from or_communities.domain.catalog import Area
from or_communities.domain.records import TaskStatus
from or_communities.ui.labels import STATUS_COLORS
from or_communities.ui.views.journey import JourneyView
from or_communities.ui.views.matrix_view import MatrixView
from tests.helpers import shown_view, type_text


def _open_city(make_controller, tmp_path, neighborhoods=("נווה זאב", "רמות")):
    controller = make_controller()
    controller.create_city(tmp_path / "city.orcity", "באר שבע", 2026)
    for name in neighborhoods:
        controller.workspace.neighborhoods.add(name)
    controller.window.shell.events.announce()
    controller.start(None)
    return controller


def _journey(controller) -> JourneyView:
    view = controller.window.shell.view(Area.JOURNEY)
    assert isinstance(view, JourneyView)
    return view


def _choose_place(view: JourneyView, name: str) -> None:
    view.place_combo.setCurrentIndex(view.place_combo.findText(name))


def _choose_task(view: JourneyView, qtbot, task_key: str) -> None:
    row = view.filter.mapFromSource(view.model.index(view.model.row_of(task_key), 1))
    rect = view.table.visualRect(row)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.editor.title.text().startswith(task_key[1] + "." + task_key.split(".t")[1])


def test_journey_shows_four_stages_and_city_tasks(make_controller, tmp_path):
    """The journey opens on the four stages and the city-level tasks of stages 1, 3 and 4."""
    controller = _open_city(make_controller, tmp_path)
    view = _journey(controller)
    assert [card.title.text() for card in view.stage_path.cards] == ["שלב 1", "שלב 2", "שלב 3", "שלב 4"]
    keys = [view.model.entry(row)[0].key for row in range(view.model.rowCount())]
    assert keys[:5] == ["s1.t1", "s1.t2", "s1.t3", "s1.t4", "s1.t5"]
    assert not any(key.startswith("s2.") for key in keys)
    assert {key[:2] for key in keys} == {"s1", "s3", "s4"}
    assert view.stage_path.cards[0].count.text() == "0 מתוך 5 הושלמו"


def test_setting_task_states_moves_the_matrix_and_the_missing_list(make_controller, qtbot, tmp_path):
    """Marking stage-2 tasks done in the form updates the table color, the matrix and what is missing for stage 3."""
    controller = _open_city(make_controller, tmp_path)
    journey = _journey(controller)
    _choose_place(journey, "רמות")
    _choose_task(journey, qtbot, "s2.t1")
    editor = journey.editor
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(TaskStatus.DONE))
    row = journey.model.row_of("s2.t1")
    assert journey.model.index(row, 2).data() == "הושלם"
    assert journey.model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole) == STATUS_COLORS[TaskStatus.DONE]
    assert editor.done_edit.value() == dt.date.today()
    assert "חסר לפני שלב 3: 2.2, 2.3" in journey.place_summary.text()

    matrix = shown_view(controller, Area.MATRIX, MatrixView)
    ramot = matrix.model.row_of(controller.workspace.neighborhoods.list()[1].id)
    assert matrix.model.index(ramot, 0).data() == "✓"
    matrix.table.setCurrentIndex(matrix.model.index(ramot, 0))
    assert matrix.missing_list.count() == 8
    assert matrix.missing_title.text() == "לרמות חסרות עוד 8 משימות לפני שלב 3:"

    # Close the remaining eight through the journey: the neighborhood reaches stage 3.
    controller.window.shell.show_area(Area.JOURNEY)
    for number in range(2, 10):
        _choose_task(journey, qtbot, f"s2.t{number}")
        status = TaskStatus.NOT_RELEVANT if number == 8 else TaskStatus.DONE
        editor.status_combo.setCurrentIndex(editor.status_combo.findData(status))
    assert journey.place_summary.text() == "כעת: שלב 3."
    controller.window.shell.show_area(Area.MATRIX)
    matrix.table.setCurrentIndex(matrix.model.index(ramot, 0))
    assert matrix.missing_list.count() == 0
    assert matrix.model.index(ramot, matrix.model.stage_column).data() == "שלב 3"


def test_task_details_typed_in_the_form_survive_reopening(make_controller, qtbot, tmp_path):
    """Owner, due date and notes typed into the form are saved without a Save button and come back after reopening."""
    controller = _open_city(make_controller, tmp_path)
    journey = _journey(controller)
    _choose_task(journey, qtbot, "s1.t1")
    editor = journey.editor
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(TaskStatus.IN_PROGRESS))
    type_text(editor.owner_edit, "דנה לוי")
    editor.due_edit.set_value(dt.date(2026, 3, 1))
    type_text(editor.notes_edit, "פגישה עם אגף הרווחה")
    path = controller.workspace.path
    qtbot.waitUntil(lambda: {t.key: s for t, s in controller.workspace.journey.tasks(None)}["s1.t1"].notes != "", timeout=3000)

    controller.close_workspace()
    assert controller.open_workspace(path)
    journey = _journey(controller)
    _choose_task(journey, qtbot, "s1.t1")
    editor = journey.editor
    assert editor.status_combo.currentData() is TaskStatus.IN_PROGRESS
    assert editor.owner_edit.text() == "דנה לוי"
    assert editor.due_edit.value() == dt.date(2026, 3, 1)
    assert editor.notes_edit.toPlainText() == "פגישה עם אגף הרווחה"


def test_typing_then_closing_at_once_loses_nothing(make_controller, qtbot, tmp_path):
    """Notes typed a moment before the window closes are written, not lost with the pause timer."""
    controller = _open_city(make_controller, tmp_path)
    journey = _journey(controller)
    _choose_task(journey, qtbot, "s1.t2")
    type_text(journey.editor.notes_edit, "מיפוי ראשוני")
    path = controller.workspace.path
    controller.window.close()
    controller.shutdown()
    from or_communities.services.workspace import Workspace

    reopened = Workspace.open(path)
    notes = {t.key: s for t, s in reopened.journey.tasks(None)}["s1.t2"].notes
    reopened.close()
    assert notes == "מיפוי ראשוני"


def test_stage_two_picked_for_the_city_points_to_neighborhoods(make_controller, qtbot, tmp_path):
    """Choosing stage 2 with the city selected explains that stage 2 is per neighborhood."""
    controller = _open_city(make_controller, tmp_path)
    journey = _journey(controller)
    qtbot.mouseClick(journey.stage_path.cards[1], Qt.MouseButton.LeftButton)
    assert journey.filter.rowCount() == 0
    assert journey.empty_hint.isVisibleTo(journey)
    _choose_place(journey, "נווה זאב")
    assert journey.filter.rowCount() == 9
    assert not journey.empty_hint.isVisibleTo(journey)


def test_tools_open_their_areas(make_controller, qtbot, tmp_path):
    """Each tool's button opens its area (work plans, events, the neighborhood's coalition, the map), never a dead
    button."""
    from PySide6.QtWidgets import QFrame, QLabel, QPushButton

    controller = _open_city(make_controller, tmp_path)
    journey = _journey(controller)
    _choose_place(journey, "רמות")
    _choose_task(journey, qtbot, "s2.t5")
    plan_card = journey.editor.tools_box.findChild(QFrame, "tool_neighborhood_work_plan_format")
    assert plan_card.findChild(QLabel, "toolComing") is None
    qtbot.mouseClick(plan_card.findChild(QPushButton, "toolOpenButton"), Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.WORK_PLANS
    controller.window.shell.show_area(Area.JOURNEY)

    _choose_task(journey, qtbot, "s2.t8")
    space_card = journey.editor.tools_box.findChild(QFrame, "tool_gathering_space_rules")
    qtbot.mouseClick(space_card.findChild(QPushButton, "toolOpenButton"), Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.EVENTS
    controller.window.shell.show_area(Area.JOURNEY)

    _choose_task(journey, qtbot, "s2.t7")
    coalition_card = journey.editor.tools_box.findChild(QFrame, "tool_coalition")
    assert coalition_card.findChild(QLabel, "toolComing") is None
    qtbot.mouseClick(coalition_card.findChild(QPushButton, "toolOpenButton"), Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.COALITIONS
    assert controller.window.shell.view(Area.COALITIONS).place_combo.currentText() == "רמות"
    controller.window.shell.show_area(Area.JOURNEY)

    _choose_task(journey, qtbot, "s2.t4")
    mapping_card = journey.editor.tools_box.findChild(QFrame, "tool_mapping_file")
    assert any(label.text() == "תיק מיפוי" for label in mapping_card.findChildren(QLabel))
    assert mapping_card.findChild(QLabel, "toolComing") is None
    qtbot.mouseClick(mapping_card.findChild(QPushButton, "toolOpenButton"), Qt.MouseButton.LeftButton)
    assert controller.window.shell.current_area() is Area.MAP


def test_double_click_in_the_matrix_opens_the_task(make_controller, qtbot, demo_path):
    """Double-clicking a matrix cell opens that neighborhood's task in the journey."""
    controller = make_controller()
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    shell = controller.window.shell
    shell.show_area(Area.MATRIX)
    matrix = shell.view(Area.MATRIX)
    qtbot.waitUntil(lambda: matrix.table.viewport().isVisible() and matrix.table.viewport().width() > 200)
    index = matrix.model.index(2, 6)
    rect = matrix.table.visualRect(index)
    # A view reacts to a double click only after the press that precedes it, as with a real mouse.
    qtbot.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shell.current_area() is Area.JOURNEY
    journey = _journey(controller)
    assert journey.place_combo.currentText() == matrix.model.standing(2).neighborhood.name
    assert journey.editor.title.text().startswith("2.7")


def test_the_matrix_names_every_stage_two_task_whole_in_both_languages(make_controller, qtbot, demo_path):
    """Each column of the stage-2 matrix carries its task's whole title (in lines, never cut with '…'), in Hebrew
    and in English, and the header is tall enough for all of its lines."""
    from PySide6.QtGui import QFontMetrics

    for language in ("he", "en"):
        controller = make_controller(language=language)
        controller.start(demo_path)
        controller.window.resize(1366, 768)
        qtbot.waitExposed(controller.window)
        matrix = shown_view(controller, Area.MATRIX, MatrixView)
        model, header = matrix.model, matrix.table.horizontalHeader()
        titles = [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.columnCount())]
        assert not [title for title in titles if "…" in title]
        tallest = max(title.count("\n") + 1 for title in titles)
        assert header.height() >= QFontMetrics(header.font()).lineSpacing() * tallest
        controller.close_workspace()
