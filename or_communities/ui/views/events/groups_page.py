"""Committees and activist groups, with their members."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ....domain.errors import (
    EmptyName,
    InputError,
    NameTooLong,
)
from ....domain.planning import (
    Group,
    GroupKind,
)
from ....domain.records import Neighborhood, Person
from ...models.record_table import Column, NeighborhoodSearchFilter
from ...view_context import ViewContext
from ...widgets.controls import (
    fill_neighborhood_combo,
)
from ...widgets.form_fields import CheckList, FieldProblem, field_with_problem
from ...widgets.record_page import RecordPage


class GroupsPage(RecordPage[Group]):
    """Committees and activist groups, with their members chosen from the workspace's people."""

    filter: NeighborhoodSearchFilter

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "group", lambda g: g.id, lambda g: g.neighborhood_id,
                         lambda g: " ".join((g.name, g.purpose, self._member_names(g))))
        self._people: dict[int, Person] = {}
        self._build_form()
        self.build()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda g: g.name),
            Column(self.tr("Kind"), lambda g: g.kind.label.get(self._language)),
            Column(self.tr("Neighborhood"), lambda g: self.neighborhood_name(g.neighborhood_id)),
            Column(self.tr("Members"), lambda g: str(len(g.member_ids)), lambda g: len(g.member_ids)),
            Column(self.tr("Who"), self._member_names),
        ]

    def _member_names(self, group: object) -> str:
        assert isinstance(group, Group)
        return ", ".join(sorted(self._people[pid].full_name for pid in group.member_ids if pid in self._people))

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("groupNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.kind_combo = self.choice("groupKindCombo", [(k.label.get(self._language), k) for k in GroupKind])
        self.neighborhood_combo = self.choice("groupNeighborhoodCombo", [])
        self.purpose_edit = self.text_edit("groupPurposeEdit", self.tr("What the group does"))
        self.member_search = QLineEdit()
        self.member_search.setObjectName("memberSearch")
        self.member_search.setPlaceholderText(self.tr("Find a person…"))
        self.member_search.setClearButtonEnabled(True)
        self.member_search.textChanged.connect(self._filter_people)
        self.members_list = CheckList("groupMembers")
        self.members_list.setMinimumHeight(180)
        self.members_list.changed.connect(self.changed_now)
        members = QWidget()
        layout = QVBoxLayout(members)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.member_search)
        layout.addWidget(self.members_list)
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Purpose:"), self.purpose_edit)
        self.form.addRow(self.tr("Members:"), members)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))
        people = self._context.workspace.people.list()
        self._people = {person.id: person for person in people}
        names = {n.id: n.name for n in neighborhoods}
        choices = [
            (f"{p.full_name} — {names[p.neighborhood_id]}" if p.neighborhood_id in names else p.full_name, p.id) for p in people
        ]
        self.members_list.set_choices(choices)
        self._filter_people(self.member_search.text())

    def _filter_people(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.members_list.count()):
            item = self.members_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def load(self) -> list[Group]:
        return self._context.workspace.events.groups()

    def title_of(self, record: Group | None) -> str:
        return record.name if record is not None else self.tr("Choose a committee or group to see and edit it.")

    def fill(self, record: Group | None) -> None:
        group = record if record is not None else Group(None, "")
        self.name_edit.setText(group.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(group.kind))
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(group.neighborhood_id)))
        self.purpose_edit.setPlainText(group.purpose)
        self.members_list.set_checked(group.member_ids)

    def edited(self, record: Group) -> Group:
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            purpose=self.purpose_edit.toPlainText(),
            member_ids=frozenset(self.members_list.checked()),
        )

    def save(self, record: Group) -> Group:
        return self._context.workspace.events.update_group(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem}

    def field_of(self, error: InputError, edited: Group) -> str | None:
        return "name" if isinstance(error, (EmptyName, NameTooLong)) else None

    def create_record(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New committee or group"), self.tr("Name of the committee or group:"))
        if name is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return self._context.workspace.events.add_group(Group(None, name, GroupKind.COMMITTEE, neighborhood)).id

    def delete_record(self, record: Group) -> bool:
        assert record.id is not None
        question = self.tr("Remove “{0}”? Its members stay in the people list.").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove group"), question):
            return False
        self._context.workspace.events.remove_group(record.id)
        return True
