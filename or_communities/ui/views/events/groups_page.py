"""Committees and activist groups, with their members."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ....domain.errors import (
    EmptyName,
    InputError,
    NameTooLong,
)
from ....domain.people_search import PeopleQuery, searching
from ....domain.planning import (
    Group,
    GroupKind,
)
from ....domain.records import Neighborhood, Person
from ....domain.text import count_text
from ...models.record_table import Column, NeighborhoodSearchFilter
from ...view_context import ViewContext
from ...widgets.controls import (
    fill_neighborhood_combo,
)
from ...widgets.form_fields import CheckList, FieldProblem, field_with_problem
from ...widgets.record_page import RecordPage

MEMBER_CHOICES = 200
"""People listed to tick at once, besides the group's members."""


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
        self.member_search.textChanged.connect(lambda _text: self._show_member_choices())
        self.member_hint = QLabel()
        self.member_hint.setObjectName("memberHint")
        self.member_hint.setWordWrap(True)
        self.members_list = CheckList("groupMembers")
        self.members_list.setMinimumHeight(180)
        self.members_list.changed.connect(self.changed_now)
        members = QWidget()
        layout = QVBoxLayout(members)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.member_search)
        layout.addWidget(self.member_hint)
        layout.addWidget(self.members_list)
        self.neighborhood_combo.currentIndexChanged.connect(self._on_neighborhood_chosen)
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Purpose:"), self.purpose_edit)
        self.form.addRow(self.tr("Members:"), members)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))

    def _on_neighborhood_chosen(self) -> None:
        if not self._loading:  # filling the form shows the choices once, at its end
            self._show_member_choices()

    def _show_member_choices(self) -> None:
        """The people to tick: the group's members first, then those the search finds or, without a search, the
        people of the group's neighborhood — at most MEMBER_CHOICES, read from the database (a city may hold
        hundreds of thousands: the list never holds them all)."""
        people = self._context.workspace.people
        members = sorted(self._current.member_ids) if self._current is not None else []
        typed = searching(self.member_search.text())
        neighborhood = self.neighborhood_combo.currentData()
        if typed:
            found = people.find(PeopleQuery(search=typed))
        elif neighborhood is not None:
            found = people.find(PeopleQuery(neighborhood_id=neighborhood))
        else:
            found = []
        already = set(members)
        shown = [*members, *(pid for pid in found[:MEMBER_CHOICES] if pid not in already)]
        read = people.many(shown)
        chosen = [*sorted((p for p in read if p.id in already), key=lambda p: p.full_name),
                  *(p for p in read if p.id not in already)]
        self._people.update({person.id: person for person in chosen})
        self.members_list.set_choices([(self._choice_label(person), person.id) for person in chosen])
        self.members_list.set_checked(members)
        hint = self._member_hint(len(found), bool(typed), neighborhood is not None)
        self.member_hint.setText(hint)
        self.member_hint.setVisible(bool(hint))

    def _choice_label(self, person: Person) -> str:
        name = self.neighborhood_names.get(person.neighborhood_id or 0)
        return f"{person.full_name} — {name}" if name else person.full_name

    def _member_hint(self, found: int, typed: bool, in_a_neighborhood: bool) -> str:
        if found > MEMBER_CHOICES:
            return self.tr("The first {0} of {1} people found; type more of a name to narrow them.").format(
                count_text(MEMBER_CHOICES), count_text(found)
            )
        if not typed and not in_a_neighborhood:
            return self.tr("Type a name, phone or skill to find people for a city-wide group.")
        return ""

    def load(self) -> list[Group]:
        groups = self._context.workspace.events.groups()
        members = sorted({pid for group in groups for pid in group.member_ids})
        self._people = {person.id: person for person in self._context.workspace.people.many(members)}
        return groups

    def title_of(self, record: Group | None) -> str:
        return record.name if record is not None else self.tr("Choose a committee or group to see and edit it.")

    def fill(self, record: Group | None) -> None:
        group = record if record is not None else Group(None, "")
        self.name_edit.setText(group.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(group.kind))
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(group.neighborhood_id)))
        self.purpose_edit.setPlainText(group.purpose)
        self._show_member_choices()

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
