"""Initiatives: what each neighborhood runs, who leads it, from when to when, and how it stands."""

from __future__ import annotations

import dataclasses

from ....domain.errors import (
    EmptyName,
    EndsBeforeStart,
    InputError,
    NameTooLong,
)
from ....domain.planning import (
    ActivityStatus,
    Initiative,
)
from ....domain.records import Neighborhood
from ...models.cells import date_sort_key, date_text
from ...models.record_table import Column, NeighborhoodSearchFilter
from ...view_context import ViewContext
from ...widgets.controls import (
    fill_neighborhood_combo,
)
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.record_page import RecordPage


class InitiativesPage(RecordPage[Initiative]):
    """Each neighborhood's initiatives and projects."""

    filter: NeighborhoodSearchFilter

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "initiative", lambda i: i.id, lambda i: i.neighborhood_id,
                         lambda i: " ".join((i.name, i.lead, i.description)))
        self._build_form()
        self.build()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Initiative"), lambda i: i.name),
            Column(self.tr("Neighborhood"), lambda i: self.neighborhood_name(i.neighborhood_id)),
            Column(self.tr("Lead"), lambda i: i.lead),
            Column(self.tr("Start"), lambda i: date_text(i.start), lambda i: date_sort_key(i.start)),
            Column(self.tr("End"), lambda i: date_text(i.end), lambda i: date_sort_key(i.end)),
            Column(self.tr("Status"), lambda i: i.status.label.get(self._language), lambda i: list(ActivityStatus).index(i.status)),
        ]

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("initiativeNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.neighborhood_combo = self.choice("initiativeNeighborhoodCombo", [])
        self.lead_edit = self.line_edit("initiativeLeadEdit")
        self.start_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.start_edit.setObjectName("initiativeStartEdit")
        self.start_edit.changed.connect(self.changed_now)
        self.end_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.end_edit.setObjectName("initiativeEndEdit")
        self.end_edit.changed.connect(self.changed_now)
        self.end_problem = FieldProblem(self.end_edit)
        self.status_combo = self.choice("initiativeStatusCombo", [(s.label.get(self._language), s) for s in ActivityStatus])
        self.description_edit = self.text_edit("initiativeDescriptionEdit")
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Lead:"), self.lead_edit)
        self.form.addRow(self.tr("Start:"), self.start_edit)
        self.form.addRow(self.tr("End:"), field_with_problem(self.end_edit, self.end_problem))
        self.form.addRow(self.tr("Status:"), self.status_combo)
        self.form.addRow(self.tr("Description:"), self.description_edit)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))

    def load(self) -> list[Initiative]:
        return self._context.workspace.events.initiatives()

    def title_of(self, record: Initiative | None) -> str:
        return record.name if record is not None else self.tr("Choose an initiative to see and edit it.")

    def fill(self, record: Initiative | None) -> None:
        initiative = record if record is not None else Initiative(None, None, "")
        self.name_edit.setText(initiative.name)
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(initiative.neighborhood_id)))
        self.lead_edit.setText(initiative.lead)
        self.start_edit.set_value(initiative.start)
        self.end_edit.set_value(initiative.end)
        self.status_combo.setCurrentIndex(self.status_combo.findData(initiative.status))
        self.description_edit.setPlainText(initiative.description)

    def edited(self, record: Initiative) -> Initiative:
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            lead=self.lead_edit.text(),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            status=self.status_combo.currentData(),
            description=self.description_edit.toPlainText(),
        )

    def save(self, record: Initiative) -> Initiative:
        return self._context.workspace.events.update_initiative(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem, "end": self.end_problem}

    def field_of(self, error: InputError, edited: Initiative) -> str | None:
        if isinstance(error, EmptyName):
            return "name"
        if isinstance(error, NameTooLong):
            return "name" if len(edited.name.strip()) > error.limit else "lead"
        return "end" if isinstance(error, EndsBeforeStart) else None

    def create_record(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New initiative"), self.tr("Name of the initiative:"))
        if name is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return self._context.workspace.events.add_initiative(Initiative(None, neighborhood, name)).id

    def delete_record(self, record: Initiative) -> bool:
        assert record.id is not None
        question = self.tr("Remove the initiative “{0}”?").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove initiative"), question):
            return False
        self._context.workspace.events.remove_initiative(record.id)
        return True
