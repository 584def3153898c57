"""The city projects of stage 4: a list of projects beside the form of one (goal, owner, department, partners,
budget, status, dates, notes) with its milestones under the form, each edited in place: its name, its date and
whether it is done. A milestone whose date has passed and is not done is marked."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ....domain.city_projects import CityProject, Milestone
from ....domain.errors import EndsBeforeStart, InputError
from ....domain.planning import ActivityStatus
from ...models.cells import date_text, money_text
from ...models.record_table import Column
from ...view_context import ViewContext
from ...widgets.amount_spin import AmountSpin
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.dated_items import DatedItemsPanel, DatedItemsTexts
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.form_fields import CheckList, FieldProblem, field_with_problem
from ...widgets.record_page import ListPart, RecordPage

if TYPE_CHECKING:
    from ....services.city_projects import CityProjectService

class CityProjectsPage(RecordPage[CityProject]):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "cityProject", key=lambda project: project.id, search_text=_search_text)
        self._projects = context.workspace.projects
        self.add_button.setText(self.tr("Add project…"))
        self._build_form()
        self.build(list_share=3, form_share=3)

    # -- the list ---------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        language = self._context.language
        return [
            Column(self.tr("Project"), lambda p: p.name),
            Column(self.tr("Owner"), lambda p: p.owner),
            Column(self.tr("Start"), lambda p: date_text(p.start), lambda p: p.start),
            Column(self.tr("End"), lambda p: date_text(p.end), lambda p: p.end),
            Column(self.tr("Budget"), lambda p: money_text(p.budget), lambda p: p.budget, amount=True),
            Column(self.tr("Status"), lambda p: p.status.label.get(language), lambda p: p.status),
        ]

    def list_parts(self) -> list[ListPart]:
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.count_label)
        return [row]

    def on_neighborhood_filter(self, value: object) -> None:
        """City projects belong to the city; the list has no neighborhood filter."""

    def empty_guide(self) -> EmptyGuide | None:
        return EmptyGuide(
            "cityProjectGuide",
            self.tr("No city projects yet"),
            self.tr(
                "In stage 4 the manager leads city projects that promote community with the municipality's "
                "departments and partners: a festival, a volunteering network, a city-wide initiative. Give each "
                "its goal, owner, partners, budget and milestones; they show on the timeline and in the city workbook."
            ),
            [GuideStep(self.tr("Add project…"), "guideAddProjectButton", "add", self.add_record)],
        )

    # -- the form ---------------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("projectNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.goal_edit = self.text_edit("projectGoalEdit", self.tr("What the project changes in the city"), 70)
        self.owner_edit = self.line_edit("projectOwnerEdit")
        self.department_edit = self.line_edit("projectDepartmentEdit")
        self.partner_list = CheckList("projectPartners")
        self.partner_list.setMaximumHeight(100)
        self.partner_list.changed.connect(self.changed_now)
        self.budget_spin = AmountSpin("projectBudgetSpin")
        self.budget_spin.valueChanged.connect(lambda _value: self.typing())
        self.status_combo = self.choice(
            "projectStatusCombo", [(status.label.get(self._context.language), status) for status in ActivityStatus]
        )
        self.start_edit = OptionalDateEdit(self.tr("No start date"), self.tr("No date"))
        self.start_edit.setObjectName("projectStartEdit")
        self.end_edit = OptionalDateEdit(self.tr("No end date"), self.tr("No date"))
        self.end_edit.setObjectName("projectEndEdit")
        self.dates_problem = FieldProblem(self.end_edit)
        for edit in (self.start_edit, self.end_edit):
            edit.changed.connect(self.changed_now)
        self.notes_edit = self.text_edit("projectNotesEdit", "", 70)
        self.form.addRow(self.tr("Project:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Goal:"), self.goal_edit)
        self.form.addRow(self.tr("Owner:"), self.owner_edit)
        self.form.addRow(self.tr("Department:"), self.department_edit)
        self.form.addRow(self.tr("Partners:"), self.partner_list)
        self.form.addRow(self.tr("Budget:"), self.budget_spin)
        self.form.addRow(self.tr("Status:"), self.status_combo)
        self.form.addRow(self.tr("Start:"), self.start_edit)
        self.form.addRow(self.tr("End:"), field_with_problem(self.end_edit, self.dates_problem))
        self.form.addRow(self.tr("Notes:"), self.notes_edit)

    def below_form(self, column: QVBoxLayout) -> None:
        texts = DatedItemsTexts(
            "milestone", self.tr("Milestones"), self.tr("Milestone"), self.tr("Add milestone…"), self.tr("New milestone"),
            self.tr("Milestone:"), self.tr("Remove milestone"), self.tr("Remove the milestone “{0}”?"),
        )
        self.milestones = DatedItemsPanel(self._context, texts, _Milestones(self._projects), self.show_error, self.saved.emit)
        column.addWidget(self.milestones, 1)

    def load(self) -> list[CityProject]:
        partners = self._context.workspace.plans.partner_names()
        self.partner_list.set_choices(sorted((name, partner_id) for partner_id, name in partners.items()))
        return self._projects.projects()

    def title_of(self, record: CityProject | None) -> str:
        if record is None:
            return self.tr("Choose a project to see and edit it, or add a new one.")
        return record.name

    def fill(self, record: CityProject | None) -> None:
        project = record or CityProject(None, "")
        self.name_edit.setText(project.name)
        self.goal_edit.setPlainText(project.goal)
        self.owner_edit.setText(project.owner)
        self.department_edit.setText(project.department)
        self.partner_list.set_checked(project.partner_ids)
        self.budget_spin.setValue(project.budget)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(project.status)))
        self.start_edit.set_value(project.start)
        self.end_edit.set_value(project.end)
        self.notes_edit.setPlainText(project.notes)
        self.milestones.show_items_of(project.id)

    def edited(self, record: CityProject) -> CityProject:
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            goal=self.goal_edit.toPlainText(),
            owner=self.owner_edit.text(),
            department=self.department_edit.text(),
            partner_ids=frozenset(int(value) for value in self.partner_list.checked()),
            budget=self.budget_spin.value(),
            status=self.status_combo.currentData(),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            notes=self.notes_edit.toPlainText(),
        )

    def flush_edits(self) -> None:
        super().flush_edits()
        self.milestones.flush_edits()

    def save(self, record: CityProject) -> CityProject:
        return self._projects.update(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem, "end": self.dates_problem}

    def field_of(self, error: InputError, edited: CityProject) -> str | None:
        if isinstance(error, EndsBeforeStart):
            return "end"
        return "name" if edited.name != (self.current.name if self.current else "") else None

    def create_record(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New city project"), self.tr("Project name:"))
        if name is None:
            return None
        return self._projects.add(CityProject(None, name)).id

    def delete_record(self, record: CityProject) -> bool:
        assert record.id is not None
        question = self.tr("Remove the project “{0}” and its milestones?").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove project"), question):
            return False
        self._projects.remove(record.id)
        return True


class _Milestones:
    """A project's milestones, for the panel under the form."""

    def __init__(self, projects: CityProjectService) -> None:
        self._projects = projects

    def load(self, parent_id: int) -> list[Milestone]:
        return self._projects.milestones(parent_id)

    def add(self, parent_id: int, name: str) -> Milestone:
        return self._projects.add_milestone(Milestone(None, parent_id, name))

    def save(self, item: Milestone) -> Milestone:
        return self._projects.update_milestone(item)

    def remove(self, item: Milestone) -> None:
        assert item.id is not None
        self._projects.remove_milestone(item.id)


def _search_text(project: CityProject) -> str:
    return " ".join((project.name, project.goal, project.owner, project.department, project.notes))
