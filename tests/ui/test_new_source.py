"""Developing budget sources (task 3.4): its tool opens the sources in the works, where a new source is added step
by step — who, how much and for what, the next step and when — and joins the pipeline as identified."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from or_communities.domain.catalog import Area
from or_communities.domain.planning import ProspectStage, ResourceProject
from tests.helpers import shown_tool_button, when_modal

TODAY = dt.date(2026, 12, 6)


def test_a_new_source_is_added_step_by_step_from_its_task(make_controller, qtbot, tmp_path, fake_dialogs):
    """From task 3.4 the budget opens on the sources in the works; the steps go on only once the funder is
    written; the source is kept with its amount, project, purpose, next step and date, identified."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace = controller.workspace
    workspace.clock = lambda: TODAY
    garden = workspace.budget.add_project(ResourceProject(None, "גינה קהילתית", amount_needed=40_000))
    shell = controller.window.shell
    shell.open_task(None, "s3.t4")
    qtbot.mouseClick(shown_tool_button(shell.view(Area.JOURNEY).editor), Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.BUDGET
    budget = shell.view(Area.BUDGET)
    assert budget.tabs.currentWidget() is budget.pipeline_page

    def walk_through(wizard: QWizard) -> None:
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no funder yet
        wizard.funder_edit.setText("קרן יד הנדיב")
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
        wizard.amount_spin.setValue(25_000)
        wizard.project_combo.setCurrentIndex(wizard.project_combo.findData(garden.id))
        wizard.purpose_edit.setText("שתילים וערוגות")
        wizard.next()
        assert wizard.next_date_edit.value() == TODAY + dt.timedelta(days=7)
        wizard.next_step_combo.setCurrentText("פגישה עם מנהלת התוכניות")
        wizard.next_date_edit.set_value(dt.date(2026, 12, 20))
        wizard.accept()

    when_modal(walk_through)
    qtbot.mouseClick(budget.guided_source_button, Qt.MouseButton.LeftButton)
    [entry] = workspace.budget.pipeline()
    source = entry.prospect
    assert (source.funder, source.amount, source.project_id, source.notes) == ("קרן יד הנדיב", 25_000, garden.id, "שתילים וערוגות")
    assert (source.next_step, source.next_step_date, source.stage) == (
        "פגישה עם מנהלת התוכניות", dt.date(2026, 12, 20), ProspectStage.IDENTIFIED
    )
    assert budget.pipeline_model.rowCount() == 1
