"""A neighborhood's calls for applications: each written from the city's templates and edited in the form, the
people who answered it under the form (recorded as candidates, moved on to leaders or coordinators), and the
call previewed and exported as PDF or Word."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....domain import document_templates
from ....domain.documents import Document
from ....domain.errors import EndsBeforeStart, InputError
from ....domain.leadership import CallForApplications
from ....domain.records import Person, PersonRole
from ...labels import input_error_message, person_role_label
from ...models.cells import date_text
from ...models.record_table import Column, EditorKind, RecordTableModel
from ...style import Title, set_title
from ...view_context import ViewContext
from ...widgets.cell_editors import RecordDialog
from ...widgets.controls import make_button, make_table
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.document_actions import DocumentActions
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.place_page import PlacePage
from ...widgets.screen_fit import ColumnFitter
from ...widgets.templates_dialog import wording_button


class CallsPage(PlacePage[CallForApplications]):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "call")
        self.add_button.setText(self.tr("Write a call…"))
        self._build_form()
        self.build(list_share=2, form_share=3)

    def heading(self) -> str:
        return self.tr("Calls for applications")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Call"), lambda c: c.title),
            Column(self.tr("Opens"), lambda c: date_text(c.opens), lambda c: c.opens),
            Column(self.tr("Closes"), lambda c: date_text(c.closes), lambda c: c.closes),
            Column(self.tr("Answered"), lambda c: str(len(c.respondent_ids)), lambda c: len(c.respondent_ids)),
        ]

    def _build_form(self) -> None:
        self.title_edit = self.line_edit("callTitleEdit")
        self.sought_edit = self.text_edit("callSoughtEdit", self.tr("Whom the call looks for, and for what"), 100)
        self.offered_edit = self.text_edit("callOfferedEdit", self.tr("What those who answer get"), 90)
        self.opens_edit = OptionalDateEdit(self.tr("No date"), self.tr("No date"))
        self.opens_edit.setObjectName("callOpensEdit")
        self.closes_edit = OptionalDateEdit(self.tr("No date"), self.tr("No date"))
        self.closes_edit.setObjectName("callClosesEdit")
        self.closes_problem = FieldProblem(self.closes_edit)
        for edit in (self.opens_edit, self.closes_edit):
            edit.changed.connect(self.changed_now)
        self.apply_edit = self.text_edit("callHowToApplyEdit", self.tr("How to apply"), 70)
        self.contact_edit = self.line_edit("callContactEdit")
        self.form.addRow(self.tr("Title:"), self.title_edit)
        self.form.addRow(self.tr("We look for:"), self.sought_edit)
        self.form.addRow(self.tr("We offer:"), self.offered_edit)
        self.form.addRow(self.tr("Opens:"), self.opens_edit)
        self.form.addRow(self.tr("Closes:"), field_with_problem(self.closes_edit, self.closes_problem))
        self.form.addRow(self.tr("How to apply:"), self.apply_edit)
        self.form.addRow(self.tr("Contact:"), self.contact_edit)

    def below_form(self, column: QVBoxLayout) -> None:
        self.documents = DocumentActions(self._context, "call", self.document)
        column.addWidget(self.documents)
        self.respondents = RespondentsPanel(self._context, self)
        column.addWidget(self.respondents, 1)

    def load(self) -> list[CallForApplications]:
        return [] if self.place is None else self._context.workspace.leadership.calls(self.place)

    def title_of(self, record: CallForApplications | None) -> str:
        if record is None:
            return self.tr("Choose a call to see and edit it, or write a new one.")
        return record.title

    def fill(self, record: CallForApplications | None) -> None:
        call = record or CallForApplications(None, 0)
        self.title_edit.setText(call.title)
        self.sought_edit.setPlainText(call.sought)
        self.offered_edit.setPlainText(call.offered)
        self.opens_edit.set_value(call.opens)
        self.closes_edit.set_value(call.closes)
        self.apply_edit.setPlainText(call.how_to_apply)
        self.contact_edit.setText(call.contact)
        self.documents.setEnabled(record is not None)
        self.respondents.show_call(call.id)

    def edited(self, record: CallForApplications) -> CallForApplications:
        return dataclasses.replace(
            record,
            title=self.title_edit.text(),
            sought=self.sought_edit.toPlainText(),
            offered=self.offered_edit.toPlainText(),
            opens=self.opens_edit.value(),
            closes=self.closes_edit.value(),
            how_to_apply=self.apply_edit.toPlainText(),
            contact=self.contact_edit.text(),
        )

    def save(self, record: CallForApplications) -> CallForApplications:
        return self._context.workspace.leadership.update_call(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"closes": self.closes_problem}

    def field_of(self, error: InputError, edited: CallForApplications) -> str | None:
        return "closes" if isinstance(error, EndsBeforeStart) else None

    def create_record(self) -> object | None:
        if self.place is None:
            return None
        return self._context.workspace.leadership.new_call(self.place, self._context.language).id

    def delete_record(self, record: CallForApplications) -> bool:
        assert record.id is not None
        question = self.tr("Remove the call “{0}”? The people who answered it stay, with their roles.").format(record.title)
        if not self._context.dialogs.confirm(self, self.tr("Remove call"), question):
            return False
        self._context.workspace.leadership.remove_call(record.id)
        return True

    def document(self) -> Document | None:
        self.flush_edits()
        if self.current is None:
            return None
        from ....services.documents import DocumentService

        return DocumentService(self._context.workspace).call_document(self.current, self._context.language)

    def list_buttons(self) -> list[QWidget]:
        self.wording_button = wording_button(self._context, "call", self.templates, self)
        return [self.wording_button]

    def templates(self) -> list[tuple[str, str]]:
        return [
            (self.tr("The call's title"), document_templates.CALL_TITLE),
            (self.tr("Whom the call looks for"), document_templates.CALL_SOUGHT),
            (self.tr("What we offer"), document_templates.CALL_OFFERED),
            (self.tr("How to apply"), document_templates.CALL_HOW_TO_APPLY),
        ]

    def respondents_changed(self) -> None:
        """Someone answered or moved on: the list's count and the offers follow."""
        if self.current is not None and self.current.id is not None:
            self.show_again(self._context.workspace.leadership.call(self.current.id))
        self.saved.emit()


class RespondentsPanel(QWidget):
    """The people who answered a call: added by name and phone, then moved on to leader or coordinator."""

    def __init__(self, context: ViewContext, page: CallsPage) -> None:
        super().__init__()
        self.setObjectName("respondentsPanel")
        self._context = context
        self._page = page
        self.call_id: int | None = None
        self.model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda p: p.full_name, key="full_name", editor=EditorKind.TEXT,
                       apply=lambda p, value: dataclasses.replace(p, full_name=str(value))),
                Column(self.tr("Phone"), lambda p: p.phone, key="phone", editor=EditorKind.TEXT,
                       apply=lambda p, value: dataclasses.replace(p, phone=str(value))),
                Column(self.tr("Email"), lambda p: p.email, key="email", editor=EditorKind.TEXT,
                       apply=lambda p, value: dataclasses.replace(p, email=str(value))),
                Column(self.tr("Role"), self._roles_text),
            ],
            key=lambda person: person.id,
        )
        self.model.save = self._save_person
        self.model.undo_stack = context.undo_stack
        self.table = make_table("respondentTable")
        self.table.setModel(self.model)
        self.table.setMinimumHeight(110)
        ColumnFitter(self.table, (0,), context.settings).watch()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        heading = QLabel(self.tr("Who answered"))
        set_title(heading, Title.SECTION)
        self.add_button = make_button(self.tr("Add who answered…"), "addRespondentButton", self.add_respondent, "add_person")
        self.leader_button = make_button(self.tr("Make a leader"), "makeLeaderButton", lambda: self.move_on(PersonRole.NEIGHBORHOOD_LEADER))
        self.coordinator_button = make_button(
            self.tr("Make a coordinator"), "makeCoordinatorButton", lambda: self.move_on(PersonRole.COMMUNITY_COORDINATOR)
        )
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.leader_button)
        actions.addWidget(self.coordinator_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    def _roles_text(self, person: Person) -> str:
        return ", ".join(person_role_label(role) for role in PersonRole if role in person.roles)

    def _save_person(self, person: Person) -> Person | None:
        """An edit in the table of who answered: saved to the person, or refused with the reason."""
        try:
            saved = self._context.workspace.people.update(person)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Who answered"), input_error_message(error))
            return None
        self._context.events.announce(self)
        return saved

    def show_call(self, call_id: int | None) -> None:
        self.call_id = call_id
        leadership = self._context.workspace.leadership
        self.model.set_records([] if call_id is None else leadership.respondents(call_id))
        self.setEnabled(call_id is not None)
        self._update_buttons()

    def chosen(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        person = self.chosen()
        self.leader_button.setEnabled(person is not None and PersonRole.NEIGHBORHOOD_LEADER not in person.roles)
        self.coordinator_button.setEnabled(person is not None and PersonRole.COMMUNITY_COORDINATOR not in person.roles)

    def add_respondent(self) -> None:
        if self.call_id is None:
            return
        title = self.tr("Add who answered")
        dialog = RecordDialog(title, self.model, Person(0, ""), self, "respondentDialog")
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return
        answered: Person = dialog.record()
        try:
            added = self._context.workspace.leadership.add_respondent(
                self.call_id, answered.full_name, answered.phone, answered.email
            )
        except InputError as error:
            self._page.show_error(error, title)
            return
        self.show_call(self.call_id)
        self._choose(added.id)
        self._page.respondents_changed()

    def move_on(self, role: PersonRole) -> None:
        person = self.chosen()
        if person is None:
            return
        self._context.workspace.leadership.move_on(person.id, role)
        self.show_call(self.call_id)
        self._choose(person.id)
        self._page.respondents_changed()

    def _choose(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            self.table.selectRow(row)
            self._update_buttons()



