"""The neighborhood leadership area: a call for applications written from task 2.1 and exported, the people who
answer it recorded as candidates and moved on, a resident-leadership meeting from task 2.2 that appoints a
coordinator, and both tasks offered as done with their evidence."""

from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from or_communities.domain.catalog import Area
from or_communities.domain.records import PersonRole, TaskStatus
from tests.helpers import click_row, shown_tool_button, type_text, when_modal


def _city(make_controller, tmp_path, fake_dialogs):
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    controller.workspace.clock = lambda: dt.date(2026, 3, 1)
    hood = controller.workspace.neighborhoods.add("העיר העתיקה").id
    controller.workspace.neighborhoods.add("צפון העיר")
    controller.window.shell.view(Area.JOURNEY).refresh()
    return controller, hood


def _open_tool(qtbot, controller, hood, task_key):
    shell = controller.window.shell
    shell.open_task(hood, task_key)
    tool_button = shown_tool_button(shell.view(Area.JOURNEY).editor)
    qtbot.mouseClick(tool_button, Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.LEADERSHIP
    view = shell.view(Area.LEADERSHIP)
    assert view.place() == hood
    return view


def _answer(qtbot, panel, name, phone):
    def fill(dialog):
        dialog.findChild(QLineEdit, "full_nameEditor").setText(name)
        dialog.findChild(QLineEdit, "phoneEditor").setText(phone)
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def test_a_call_is_written_answered_and_moves_task_2_1(make_controller, qtbot, tmp_path, fake_dialogs):
    """From task 2.1 the calls page opens on the task's neighborhood; a call written from the templates is edited,
    previewed right to left and exported as Word; two who answered are candidates; one made a leader makes the app
    offer task 2.1, and accepting marks it done with the evidence."""
    controller, hood = _city(make_controller, tmp_path, fake_dialogs)
    view = _open_tool(qtbot, controller, hood, "s2.t1")
    calls = view.calls
    assert view.tabs.currentWidget() is calls
    qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)
    assert calls.title_edit.text() == "קול קורא: הצטרפו למנהיגות השכונה העיר העתיקה"
    type_text(calls.contact_edit, "דנה לוי, 050-1234567")
    view.flush_edits()
    [call] = controller.workspace.leadership.calls(hood)
    assert call.contact == "דנה לוי, 050-1234567" and "עכו" in call.sought

    qtbot.mouseClick(calls.documents.preview_button, Qt.MouseButton.LeftButton)
    [(title, page)] = fake_dialogs.previews
    assert title == call.title and 'dir="rtl"' in page and "דנה לוי, 050-1234567" in page

    fake_dialogs.files.append(tmp_path / "קול קורא.docx")
    qtbot.mouseClick(calls.documents.export_button, Qt.MouseButton.LeftButton)
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "קול קורא.docx")).paragraphs]
    assert paragraphs[0] == call.title and "איש/אשת קשר: דנה לוי, 050-1234567" in paragraphs

    panel = calls.respondents
    _answer(qtbot, panel, "רונית אברהם", "052-7654321")
    _answer(qtbot, panel, "משה פרץ", "")
    people = {p.full_name: p for p in controller.workspace.people.list()}
    assert people["רונית אברהם"].roles == {PersonRole.CANDIDATE} and people["רונית אברהם"].neighborhood_id == hood
    assert people["רונית אברהם"].phone == "052-7654321"
    assert calls.model.record(0).respondent_ids == {people["רונית אברהם"].id, people["משה פרץ"].id}
    assert view.offer.isHidden()

    click_row(qtbot, panel.table, panel.model.row_of(people["רונית אברהם"].id))
    qtbot.mouseClick(panel.leader_button, Qt.MouseButton.LeftButton)
    assert controller.workspace.people.get(people["רונית אברהם"].id).roles == {PersonRole.NEIGHBORHOOD_LEADER}
    assert not view.offer.isHidden() and "2.1" in view.offer.text.text()
    qtbot.mouseClick(view.offer.button, Qt.MouseButton.LeftButton)
    state = next(state for task, state in controller.workspace.journey.tasks(hood) if task.key == "s2.t1")
    assert state.status is TaskStatus.DONE and "2 נענו, 1 מהם" in state.notes


def test_a_leadership_meeting_appoints_a_coordinator_and_moves_task_2_2(make_controller, qtbot, tmp_path, fake_dialogs):
    """From task 2.2 the meetings page opens; a meeting logged with the template's agenda invites the neighborhood's
    candidates; ticking who came and choosing a coordinator makes that person the neighborhood's coordinator and
    the app offers task 2.2; the protocol is exported as PDF."""
    controller, hood = _city(make_controller, tmp_path, fake_dialogs)
    leadership = controller.workspace.leadership
    call = leadership.new_call(hood, "he")
    dana = leadership.add_respondent(call.id, "דנה לוי")
    leadership.add_respondent(call.id, "יוסי כהן")
    view = _open_tool(qtbot, controller, hood, "s2.t2")
    meetings = view.meetings
    assert view.tabs.currentWidget() is meetings

    qtbot.mouseClick(meetings.add_button, Qt.MouseButton.LeftButton)
    assert meetings.agenda_edit.toPlainText().startswith("היכרות")
    assert len(meetings.invited.checked()) == 2
    type_text(meetings.place_edit, "מתנ״ס העיר העתיקה")
    row = next(r for r in range(meetings.came.count()) if meetings.came.item(r).text() == "דנה לוי")
    meetings.came.item(row).setCheckState(Qt.CheckState.Checked)
    meetings.coordinator_combo.setCurrentIndex(meetings.coordinator_combo.findData(dana.id))
    type_text(meetings.follow_ups_edit, "יוסי – סיור בשכונה עד 15/03")
    view.flush_edits()
    [meeting] = leadership.meetings(hood)
    assert meeting.attendee_ids == {dana.id} and meeting.coordinator_id == dana.id
    assert controller.workspace.neighborhoods.get(hood).profile.coordinator_id == dana.id
    assert not view.offer.isHidden() and "2.2" in view.offer.text.text()

    fake_dialogs.files.append(tmp_path / "פרוטוקול")
    qtbot.mouseClick(meetings.documents.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "פרוטוקול.pdf"
    assert written.read_bytes().startswith(b"%PDF") and fake_dialogs.infos and not fake_dialogs.errors


def test_the_call_is_written_in_the_citys_own_wording(make_controller, qtbot, tmp_path, fake_dialogs):
    """The call's wording is rewritten in its dialog and kept in the workspace: the next call is written from it,
    with the neighborhood's name filled in; "restore the default" brings the app's wording back."""
    controller, hood = _city(make_controller, tmp_path, fake_dialogs)
    view = _open_tool(qtbot, controller, hood, "s2.t1")
    calls = view.calls

    def rewrite_title(dialog):
        dialog.choice.setCurrentIndex(dialog.choice.findData("template.call.title"))
        dialog.editor.setPlainText("מחפשים מובילות ומובילים ל{neighborhood}!")
        dialog.reject()  # closing keeps what was written

    when_modal(rewrite_title)
    qtbot.mouseClick(calls.wording_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)
    assert calls.title_edit.text() == "מחפשים מובילות ומובילים להעיר העתיקה!"

    def restore(dialog):
        assert dialog.editor.toPlainText() == "מחפשים מובילות ומובילים ל{neighborhood}!"
        fake_dialogs.confirmations.append(True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.editor.toPlainText() == "קול קורא: הצטרפו למנהיגות השכונה {neighborhood}"
        dialog.reject()

    when_modal(restore)
    qtbot.mouseClick(calls.wording_button, Qt.MouseButton.LeftButton)
    assert not controller.workspace.texts.is_own("template.call.title", "he")
