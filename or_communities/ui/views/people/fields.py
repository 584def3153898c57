"""A person's form: name, neighborhood, roles, contact details, skills, trainings and committees, last activity,
consent to be contacted, and the status history."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import (
    InputError,
)
from ....domain.records import Person, PersonRole
from ...labels import person_role_label
from ...models.relation_models import StatusHistoryModel
from ...widgets.controls import make_button, make_table
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.form_fields import (
    CheckList,
    FieldProblem,
    contact_field_of,
    field_with_problem,
)
from ...widgets.record_page import RecordPage
from ...widgets.screen_fit import ColumnFitter

TEXT_HEIGHT = 60


class PersonFields(RecordPage[Person]):
    """The person form's fields on a record page: built, filled from a person, read back into one."""

    def build_form(self) -> None:
        self.name_edit = self.line_edit("personNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.neighborhood_combo = QComboBox()
        self.neighborhood_combo.setObjectName("personNeighborhoodCombo")
        self.neighborhood_combo.currentIndexChanged.connect(self.changed_now)
        self.roles_list = CheckList("rolesList")
        self.roles_list.set_choices([(person_role_label(role), role) for role in PersonRole])
        self.roles_list.setMaximumHeight(6 * 20 + 8)
        self.roles_list.changed.connect(self.changed_now)
        self.phone_edit = self.line_edit("personPhoneEdit")
        self.phone_problem = FieldProblem(self.phone_edit)
        self.email_edit = self.line_edit("personEmailEdit")
        self.email_problem = FieldProblem(self.email_edit)
        self.address_edit = self.line_edit("addressEdit")
        self.address_problem = FieldProblem(self.address_edit)
        self.skills_edit = self.text_edit(
            "skillsEdit", self.tr("Languages, a profession, graphics, organizing events…"), TEXT_HEIGHT
        )
        self.trainings_edit = self.text_edit("trainingsEdit", self.tr("Trainings and courses done"), TEXT_HEIGHT)
        self.committees_edit = self.text_edit("committeesEdit", self.tr("Committees and activist groups"), TEXT_HEIGHT)
        self.last_activity_edit = self._date_edit("lastActivityEdit")
        self.consent_box = QCheckBox(self.tr("Agreed to be contacted"))
        self.consent_box.setObjectName("consentBox")
        self.consent_box.toggled.connect(self._on_consent)
        self.consent_date_edit = self._date_edit("consentDateEdit")
        self.notes_edit = self.text_edit("personNotesEdit", "", TEXT_HEIGHT)
        self._add_rows()

    def _add_rows(self) -> None:
        form = self.form
        form.addRow(self.tr("Full name:"), field_with_problem(self.name_edit, self.name_problem))
        form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        form.addRow(self.tr("Roles:"), self.roles_list)
        form.addRow(self.tr("Phone:"), field_with_problem(self.phone_edit, self.phone_problem))
        form.addRow(self.tr("Email:"), field_with_problem(self.email_edit, self.email_problem))
        form.addRow(self.tr("Address:"), field_with_problem(self.address_edit, self.address_problem))
        form.addRow(self.tr("Skills:"), self.skills_edit)
        form.addRow(self.tr("Trainings done:"), self.trainings_edit)
        form.addRow(self.tr("Committees and groups:"), self.committees_edit)
        form.addRow(self.tr("Last activity:"), self.last_activity_edit)
        form.addRow(self.tr("Consent:"), self._consent_row())
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Status:"), self._status_box())

    def _consent_row(self) -> QHBoxLayout:
        consent = QHBoxLayout()
        consent.addWidget(self.consent_box)
        consent.addWidget(QLabel(self.tr("on")))
        consent.addWidget(self.consent_date_edit, 1)
        return consent

    def _status_box(self) -> QWidget:
        self.status_label = QLabel()
        self.status_label.setObjectName("currentStatus")
        self.change_status_button = make_button(self.tr("Change status…"), "changeStatusButton", self.change_status)
        self.history_model = StatusHistoryModel(self._context.language)
        self.history_table = make_table("statusHistoryTable")
        self.history_table.setModel(self.history_model)
        self.history_table.setMaximumHeight(120)
        ColumnFitter(self.history_table, (0,)).watch()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.status_label)
        row.addStretch(1)
        row.addWidget(self.change_status_button)
        layout.addLayout(row)
        layout.addWidget(self.history_table)
        return box

    def _date_edit(self, name: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        edit.setObjectName(name)
        edit.changed.connect(self.typing)
        return edit

    def change_status(self) -> None:
        raise NotImplementedError

    def _on_consent(self, agreed: bool) -> None:
        if self._loading:
            return
        self._loading = True
        self.consent_date_edit.set_value(self._context.workspace.clock() if agreed else None)
        self._loading = False
        self.changed_now()

    # -- the record page's hooks -----------------------------------------------------------------

    def fill(self, person: Person | None) -> None:
        if person is None:
            person = Person(0, "")
            self.history_model.set_items([])
        else:
            self.history_model.set_items(self._context.workspace.people.status_history(person.id))
        self.name_edit.setText(person.full_name)
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(person.neighborhood_id)))
        self.roles_list.set_checked(person.roles)
        self.phone_edit.setText(person.phone)
        self.email_edit.setText(person.email)
        self.address_edit.setText(person.address)
        self.skills_edit.setPlainText(person.skills)
        self.trainings_edit.setPlainText(person.trainings)
        self.committees_edit.setPlainText(person.committees)
        self.last_activity_edit.set_value(person.last_activity)
        self.consent_box.setChecked(person.consent_to_contact)
        self.consent_date_edit.set_value(person.consent_date)
        self.notes_edit.setPlainText(person.notes)
        self.status_label.setText(self.tr("Now: {0}").format(person.status.label.get(self._context.language)))

    def edited(self, person: Person) -> Person:
        return dataclasses.replace(
            person,
            full_name=self.name_edit.text(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            roles=self.roles_list.checked(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            skills=self.skills_edit.toPlainText(),
            trainings=self.trainings_edit.toPlainText(),
            committees=self.committees_edit.toPlainText(),
            last_activity=self.last_activity_edit.value(),
            consent_to_contact=self.consent_box.isChecked(),
            consent_date=self.consent_date_edit.value(),
            notes=self.notes_edit.toPlainText(),
        )

    def problems(self) -> dict[str, FieldProblem]:
        return {
            "full_name": self.name_problem,
            "phone": self.phone_problem,
            "email": self.email_problem,
            "address": self.address_problem,
        }

    def field_of(self, error: InputError, edited: Person) -> str | None:
        return contact_field_of(error, "full_name", edited.full_name, "address")
