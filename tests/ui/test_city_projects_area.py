"""City projects (stage 4) in the work plans area: opened from their task on the journey, a project added and
filled in, its milestones added and edited in place, a wrong date refused, and the project on the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from or_communities.domain.catalog import Area
from or_communities.domain.planning import ActivityStatus
from or_communities.domain.records import Partner, PartnerKind
from tests.helpers import shown_tool_button, type_text


def _city(make_controller, tmp_path, fake_dialogs):
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    controller.workspace.clock = lambda: dt.date(2026, 6, 1)
    controller.workspace.partners.add(Partner(0, "אגף התרבות", PartnerKind.MUNICIPAL_DEPARTMENT))
    return controller


def _open_from_task(qtbot, controller):
    shell = controller.window.shell
    shell.open_task(None, "s4.t4")
    tool_button = shown_tool_button(shell.view(Area.JOURNEY).editor)
    qtbot.mouseClick(tool_button, Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.WORK_PLANS
    view = shell.view(Area.WORK_PLANS)
    assert view.tabs.currentWidget() is view.city_projects and view.chooser.isHidden()
    return view


def test_a_city_project_is_built_from_its_task_with_partners_budget_and_milestones(make_controller, qtbot, tmp_path, fake_dialogs):
    """From task 4.4 the projects page opens with its guide; a project added and filled in through the form is kept
    whole; a milestone added by name gets its date in the table, is marked overdue when the date has passed, and
    the project shows on the timeline under "City projects"."""
    controller = _city(make_controller, tmp_path, fake_dialogs)
    view = _open_from_task(qtbot, controller)
    page = view.city_projects
    assert page.guide.isVisible()

    fake_dialogs.texts.append("פסטיבל שכונות")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.guide.isHidden() and page.title.text() == "פסטיבל שכונות"
    type_text(page.goal_edit, "לחבר בין השכונות")
    type_text(page.owner_edit, "דנה לוי")
    type_text(page.department_edit, "תרבות")
    page.partner_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.budget_spin.setValue(120_000)
    page.status_combo.setCurrentIndex(page.status_combo.findData(ActivityStatus.IN_PROGRESS))
    page.start_edit.set_value(dt.date(2026, 4, 1))
    page.end_edit.set_value(dt.date(2026, 9, 30))
    view.flush_edits()
    [project] = controller.workspace.projects.projects()
    assert (project.goal, project.owner, project.department, project.budget) == ("לחבר בין השכונות", "דנה לוי", "תרבות", 120_000)
    assert project.status is ActivityStatus.IN_PROGRESS and len(project.partner_ids) == 1
    assert (project.start, project.end) == (dt.date(2026, 4, 1), dt.date(2026, 9, 30))

    milestones = page.milestones
    fake_dialogs.texts.append("תוכנייה סופית")
    qtbot.mouseClick(milestones.add_button, Qt.MouseButton.LeftButton)
    index = milestones.model.index(0, 1)
    milestones.table.setCurrentIndex(index)
    milestones.table.edit(index)
    [editor] = milestones.table.viewport().findChildren(QDateEdit)
    editor.setDate(QDate(2026, 5, 20))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: milestones.model.record(0).due is not None)  # the delegate commits queued
    [milestone] = controller.workspace.projects.milestones(project.id)
    assert milestone.name == "תוכנייה סופית" and milestone.due == dt.date(2026, 5, 20) and not milestone.done
    assert milestones.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None  # overdue on June 1st

    view.tabs.setCurrentIndex(1)
    entries = view.timeline_model.entries()
    assert [entry.activity.name for entry in entries if entry.project_id is not None] == ["פסטיבל שכונות"]
    assert view.timeline_model.data(view.timeline_model.index(0, 0)) == "פרויקטים עירוניים"


def test_a_project_that_ends_before_it_starts_is_refused_in_the_form(make_controller, qtbot, tmp_path, fake_dialogs):
    """An end date before the start is said under the end field; the project keeps its saved dates."""
    controller = _city(make_controller, tmp_path, fake_dialogs)
    view = _open_from_task(qtbot, controller)
    page = view.city_projects
    fake_dialogs.texts.append("רשת מתנדבים עירונית")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.start_edit.set_value(dt.date(2026, 9, 1))
    view.flush_edits()
    page.end_edit.set_value(dt.date(2026, 3, 1))
    view.flush_edits()
    assert not page.dates_problem.isHidden() and page.dates_problem.text()
    [project] = controller.workspace.projects.projects()
    assert (project.start, project.end) == (dt.date(2026, 9, 1), None)
