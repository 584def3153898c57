"""Gathering spaces: each neighborhood's space, its opening hours and the rules agreed for it."""

from __future__ import annotations

import dataclasses

from ....domain.errors import (
    InputError,
    NameTooLong,
)
from ....domain.planning import (
    GatheringSpace,
)
from ...models.record_table import Column
from ...view_context import ViewContext
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.guidance_panel import GuidancePanel
from ...widgets.record_page import ListPart, RecordPage
from .common import one_line


@dataclasses.dataclass(frozen=True)
class NeighborhoodSpace:
    neighborhood_id: int
    neighborhood: str
    space: GatheringSpace | None


class SpacesPage(RecordPage[NeighborhoodSpace]):
    """The gathering space of each neighborhood: where, when it is open, the rules agreed for using it."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "space", lambda r: r.neighborhood_id, lambda r: r.neighborhood_id, lambda r: r.neighborhood)
        self.add_button.hide()
        self.neighborhood_filter.hide()
        self._build_form()
        self.build()

    def list_footer(self) -> list[ListPart]:
        self.guidance = GuidancePanel(self._context, "gathering_space_rules", "spacesGuidance")
        return [self.guidance]

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Neighborhood"), lambda r: r.neighborhood),
            Column(self.tr("Address"), lambda r: r.space.address if r.space else self.tr("No gathering space yet")),
            Column(self.tr("Opening hours"), lambda r: one_line(r.space.hours) if r.space else ""),
            Column(self.tr("Agreed rules"), lambda r: one_line(r.space.rules) if r.space else ""),
        ]

    def _build_form(self) -> None:
        self.address_edit = self.line_edit("spaceAddressEdit")
        self.address_problem = FieldProblem(self.address_edit)
        self.hours_edit = self.text_edit("spaceHoursEdit", self.tr("e.g. Sunday to Thursday, 17:00–21:00"))
        self.rules_edit = self.text_edit("spaceRulesEdit", self.tr("One rule on each line"))
        self.rules_edit.setMaximumHeight(200)
        self.form.addRow(self.tr("Address:"), field_with_problem(self.address_edit, self.address_problem))
        self.form.addRow(self.tr("Opening hours:"), self.hours_edit)
        self.form.addRow(self.tr("Agreed rules:"), self.rules_edit)

    def load(self) -> list[NeighborhoodSpace]:
        spaces = {space.neighborhood_id: space for space in self._context.workspace.events.gathering_spaces()}
        return [NeighborhoodSpace(n.id, n.name, spaces.get(n.id)) for n in self.neighborhoods()]

    def title_of(self, record: NeighborhoodSpace | None) -> str:
        if record is None:
            return self.tr("Choose a neighborhood to see its gathering space.")
        return self.tr("Gathering space — {0}").format(record.neighborhood)

    def fill(self, record: NeighborhoodSpace | None) -> None:
        space = record.space if record is not None else None
        self.remove_button.setEnabled(space is not None)
        self.address_edit.setText(space.address if space else "")
        self.hours_edit.setPlainText(space.hours if space else "")
        self.rules_edit.setPlainText(space.rules if space else "")

    def edited(self, record: NeighborhoodSpace) -> NeighborhoodSpace:
        space = GatheringSpace(
            record.neighborhood_id, self.address_edit.text(), self.hours_edit.toPlainText(), self.rules_edit.toPlainText()
        )
        if record.space is None and not (space.address.strip() or space.hours.strip() or space.rules.strip()):
            return record
        return dataclasses.replace(record, space=space)

    def save(self, record: NeighborhoodSpace) -> NeighborhoodSpace:
        assert record.space is not None
        return dataclasses.replace(record, space=self._context.workspace.events.save_gathering_space(record.space))

    def problems(self) -> dict[str, FieldProblem]:
        return {"space": self.address_problem}

    def field_of(self, error: InputError, edited: NeighborhoodSpace) -> str | None:
        return "space" if isinstance(error, NameTooLong) else None

    def create_record(self) -> object | None:
        return None

    def delete_record(self, record: NeighborhoodSpace) -> bool:
        if record.space is None:
            return False
        question = self.tr("Remove the gathering space of {0}?").format(record.neighborhood)
        if not self._context.dialogs.confirm(self, self.tr("Remove gathering space"), question):
            return False
        self._context.workspace.events.remove_gathering_space(record.neighborhood_id)
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()
        return False  # the neighborhood stays chosen
