"""The coordinators area: each community coordinator's strengths and challenges, and the mentoring sessions with them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from ...domain.catalog import Area
from ...domain.errors import InputError
from ...domain.records import Neighborhood, Person
from ..models.record_table import RecordTableModel
from ..models.relation_models import CoordinatorListModel, MentoringSessionModel
from ..record_dialogs import MentoringDialog
from ..style import PROBLEM
from ..view_context import ViewContext
from ..widgets.controls import make_button, make_table
from ..widgets.empty_guide import EmptyGuide, GuideStep
from ..widgets.record_page import ListPart, RecordPage


class CoordinatorsView(RecordPage[Person]):
    model: CoordinatorListModel

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "coordinator", neighborhood_of=lambda person: person.neighborhood_id)
        self.setObjectName("coordinatorsView")
        self.strengths_edit = self.text_edit("coordinatorStrengthsEdit", self.tr("What the coordinator does well"))
        self.challenges_edit = self.text_edit(
            "challengesEdit", self.tr("What is hard for them, where they need support")
        )
        self.form.addRow(self.tr("Strengths:"), self.strengths_edit)
        self.form.addRow(self.tr("Challenges:"), self.challenges_edit)
        self.build(list_share=1, form_share=2)
        self.saved.connect(lambda: context.events.announce(self))
        context.events.follow(self, self.refresh)
        self.refresh()

    # -- the list ----------------------------------------------------------------------------------

    def make_model(self, key: Callable[[Person], object]) -> RecordTableModel:
        return CoordinatorListModel()

    def configure_table(self) -> None:
        self.fit_columns()

    def empty_guide(self) -> EmptyGuide:
        return EmptyGuide(
            "coordinatorsGuide",
            self.tr("No community coordinators yet"),
            self.tr(
                "A community coordinator leads the community work of one neighborhood. Give a person the role of "
                "community coordinator in the People area, and they are listed here with their mentoring sessions."
            ),
            [GuideStep(self.tr("Open People"), "guideOpenPeopleButton", "people", lambda: self._context.show_area(Area.PEOPLE))],
        )

    def list_parts(self) -> list[ListPart]:
        hint = QLabel(
            self.tr("The people with the role of community coordinator. Give the role in the People area to add one.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        return [hint]

    def reload_model(self, neighborhoods: list[Neighborhood]) -> None:
        self.model.neighborhood_names = self.neighborhood_names
        self.model.set_items(self._context.workspace.people.coordinators())

    # -- the form ----------------------------------------------------------------------------------

    def below_form(self, column: QVBoxLayout) -> None:
        self.session_model = MentoringSessionModel()
        self.session_table = make_table("mentoringTable")
        self.session_table.setModel(self.session_model)
        self.session_table.setWordWrap(True)
        header = self.session_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_session_button = make_button(self.tr("Add a session…"), "addSessionButton", self.add_session, "add")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        self.overdue_label.setStyleSheet(f"color: {PROBLEM};")
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(QLabel(self.tr("Mentoring sessions")))
        sessions_row.addWidget(self.overdue_label, 1)
        sessions_row.addWidget(self.add_session_button)
        column.addLayout(sessions_row)
        column.addWidget(self.session_table, 1)

    def title_of(self, person: Person | None) -> str:
        return person.full_name if person is not None else self.tr("Choose a coordinator.")

    def fill(self, person: Person | None) -> None:
        self.strengths_edit.setPlainText(person.strengths if person else "")
        self.challenges_edit.setPlainText(person.challenges if person else "")
        self._load_sessions(person)

    def edited(self, person: Person) -> Person:
        return dataclasses.replace(
            person, strengths=self.strengths_edit.toPlainText(), challenges=self.challenges_edit.toPlainText()
        )

    def save(self, person: Person) -> Person:
        return self._context.workspace.people.update(person)

    def choose_coordinator(self, person_id: int) -> bool:
        return self.choose(person_id)

    def _load_sessions(self, person: Person | None) -> None:
        self.session_model.today = self._context.workspace.clock()
        sessions = self._context.workspace.people.mentoring_sessions(person.id) if person else []
        self.session_model.set_items(sessions)
        overdue = sum(1 for session in sessions if self.session_model.is_overdue(session))
        self.overdue_label.setText(self.tr("⚠ {0} follow-ups overdue").format(overdue) if overdue else "")
        self.session_table.resizeRowsToContents()

    def add_session(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        dialog = MentoringDialog(self._current.id, self._context.workspace.clock(), self)
        if not dialog.exec():
            return
        try:
            self._context.workspace.people.add_mentoring_session(dialog.session())
        except InputError as error:
            self.show_error(error, self.tr("Mentoring session"))
            return
        self._load_sessions(self._current)
        self.saved.emit()
