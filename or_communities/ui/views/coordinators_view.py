"""The coordinators area: each community coordinator's strengths and challenges, and the mentoring sessions with them."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InputError
from ...domain.records import Person
from ..labels import input_error_message
from ..models.relation_models import CoordinatorListModel, MentoringSessionModel
from ..record_dialogs import MentoringDialog
from ..typing_pause import TypingPause
from ..view_context import ViewContext
from ..widgets.controls import make_button, make_table
from ..widgets.form_fields import typed_text


class CoordinatorsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("coordinatorsView")
        self._context = context
        self._current: Person | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)

        self.model = CoordinatorListModel()
        self.table = make_table("coordinatorTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        hint = QLabel(
            self.tr("The people with the role of community coordinator. Give the role in the People area to add one.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(hint)
        list_layout.addWidget(self.table, 1)

        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(self._form())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    def _form(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("coordinatorTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.strengths_edit = self._text_edit("coordinatorStrengthsEdit", self.tr("What the coordinator does well"))
        self.challenges_edit = self._text_edit("challengesEdit", self.tr("What is hard for them, where they need support"))
        self.session_model = MentoringSessionModel()
        self.session_table = make_table("mentoringTable")
        self.session_table.setModel(self.session_model)
        self.session_table.setWordWrap(True)
        header = self.session_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_session_button = make_button(self.tr("Add a session…"), "addSessionButton", self.add_session)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        self.overdue_label.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Strengths:"), self.strengths_edit)
        form.addRow(self.tr("Challenges:"), self.challenges_edit)
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(QLabel(self.tr("Mentoring sessions")))
        sessions_row.addWidget(self.overdue_label, 1)
        sessions_row.addWidget(self.add_session_button)
        self.form_box = QWidget()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(form)
        box_layout.addLayout(sessions_row)
        box_layout.addWidget(self.session_table, 1)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.title)
        layout.addWidget(self.form_box, 1)
        return panel

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        return typed_text(name, placeholder, self._typing, 90)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.flush_edits()
        chosen = self._current.id if self._current else None
        workspace = self._context.workspace
        self.model.neighborhood_names = {n.id: n.name for n in workspace.neighborhoods.list()}
        self.model.set_items(workspace.people.coordinators())
        if chosen is None or not self.choose_coordinator(chosen):
            self._show(None)


    def choose_coordinator(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        person = self.model.item(row)
        assert isinstance(person, Person)
        self._show(person)
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_edits()
        person = self.model.item(current.row()) if current.isValid() else None
        self._show(person if isinstance(person, Person) else None)

    def _show(self, person: Person | None) -> None:
        self._current = person
        self.form_box.setEnabled(person is not None)
        self._loading = True
        try:
            self.title.setText(person.full_name if person else self.tr("Choose a coordinator."))
            self.strengths_edit.setPlainText(person.strengths if person else "")
            self.challenges_edit.setPlainText(person.challenges if person else "")
        finally:
            self._loading = False
        self._load_sessions()

    def _load_sessions(self) -> None:
        self.session_model.today = self._context.workspace.clock()
        sessions = self._context.workspace.people.mentoring_sessions(self._current.id) if self._current else []
        self.session_model.set_items(sessions)
        overdue = sum(1 for session in sessions if self.session_model.is_overdue(session))
        self.overdue_label.setText(self.tr("⚠ {0} follow-ups overdue").format(overdue) if overdue else "")
        self.session_table.resizeRowsToContents()

    # -- editing ------------------------------------------------------------------------------------

    def _typing(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.typed()

    def flush_edits(self) -> None:
        self._pause.flush()

    def _write(self) -> None:
        if self._current is None:
            return
        edited = dataclasses.replace(
            self._current, strengths=self.strengths_edit.toPlainText(), challenges=self.challenges_edit.toPlainText()
        )
        if edited == self._current:
            return
        try:
            self._current = self._context.workspace.people.update(edited)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Coordinator"), input_error_message(error))
            return
        self._context.events.announce(self)


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
            self._context.dialogs.error(self, self.tr("Mentoring session"), input_error_message(error))
            return
        self._load_sessions()
        self._context.events.announce(self)
