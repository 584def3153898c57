"""A partner's form: who they are, where they work, what they can give, where they stand on the grid, and the
contact log."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import (
    InputError,
)
from ....domain.records import Partner, PartnerCircle, PartnerKind
from ....domain.relations import SCORE_RANGE, Contribution, Membership
from ...labels import partner_circle_label, partner_kind_label
from ...models.relation_models import ContactLogModel
from ...widgets.controls import make_button, make_table, number_spin
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.form_fields import (
    CheckList,
    CheckRow,
    FieldProblem,
    contact_field_of,
    field_with_problem,
)
from ...widgets.record_page import RecordPage


def kind_choices() -> list[tuple[str, object]]:
    """The partner map's two circles, each followed by its kinds."""
    choices: list[tuple[str, object]] = []
    for circle in PartnerCircle:
        choices.append((partner_circle_label(circle), circle))
        choices += [("    " + partner_kind_label(kind), kind) for kind in PartnerKind if kind.circle is circle]
    return choices


class PartnerFields(RecordPage[Partner]):
    """The partner form's fields on a record page: built, filled from a partner, read back into one."""

    def build_form(self) -> None:
        language = self._context.language
        self.name_edit = self.line_edit("partnerNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("partnerKindCombo")
        self._fill_kind_combo()
        self.kind_combo.currentIndexChanged.connect(self.changed_now)
        self.city_wide_box = QCheckBox(self.tr("City-wide"))
        self.city_wide_box.setObjectName("cityWideBox")
        self.city_wide_box.toggled.connect(self._on_city_wide)
        self.neighborhood_list = CheckList("partnerNeighborhoods")
        self.neighborhood_list.setMaximumHeight(110)
        self.neighborhood_list.changed.connect(self._on_neighborhoods_ticked)
        self.contact_edit = self.line_edit("contactPersonEdit")
        self.contact_problem = FieldProblem(self.contact_edit)
        self.phone_edit = self.line_edit("partnerPhoneEdit")
        self.phone_problem = FieldProblem(self.phone_edit)
        self.email_edit = self.line_edit("partnerEmailEdit")
        self.email_problem = FieldProblem(self.email_edit)
        self.contributions_row = CheckRow("contributionsRow", [(c.label.get(language), c) for c in Contribution])
        self.contributions_row.changed.connect(self.changed_now)
        self.contribution_edit = self.text_edit(
            "contributionEdit", self.tr("What else the partner can give, in words"), 70
        )
        self.influence_spin = self._score_spin("influenceSpin")
        self.interest_spin = self._score_spin("interestSpin")
        self.support_now_edit = self.text_edit("supportNowEdit", self.tr("How the partner supports the work today"), 70)
        self.support_wanted_edit = self.text_edit(
            "supportWantedEdit", self.tr("What support we would like from them"), 70
        )
        self.memberships_row = CheckRow("membershipsRow", [(m.label.get(language), m) for m in Membership])
        self.memberships_row.changed.connect(self.changed_now)
        self.last_contact_edit = self._date_edit("lastContactEdit")
        self.follow_up_edit = self._date_edit("followUpEdit")
        self.notes_edit = self.text_edit("partnerNotesEdit", "", 70)
        self._add_rows()

    def _add_rows(self) -> None:
        form = self.form
        form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Works in:"), self._where_box())
        form.addRow(self.tr("Contact person:"), field_with_problem(self.contact_edit, self.contact_problem))
        form.addRow(self.tr("Phone:"), field_with_problem(self.phone_edit, self.phone_problem))
        form.addRow(self.tr("Email:"), field_with_problem(self.email_edit, self.email_problem))
        form.addRow(self.tr("Can contribute:"), self.contributions_row)
        form.addRow("", self.contribution_edit)
        form.addRow(self.tr("On the grid:"), self._scores_row())
        form.addRow(self.tr("Support now:"), self.support_now_edit)
        form.addRow(self.tr("Support wanted:"), self.support_wanted_edit)
        form.addRow(self.tr("Member of:"), self.memberships_row)
        form.addRow(self.tr("Last contact:"), self.last_contact_edit)
        form.addRow(self.tr("Next follow-up:"), self.follow_up_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Contact log:"), self._contact_log())

    def _fill_kind_combo(self) -> None:
        model = self.kind_combo.model()
        assert isinstance(model, QStandardItemModel)
        for label, value in kind_choices():
            self.kind_combo.addItem(label.strip(), value)
            if isinstance(value, PartnerCircle):  # a heading, not a choice
                item = model.item(self.kind_combo.count() - 1)
                item.setEnabled(False)
                font = item.font()
                font.setBold(True)
                item.setFont(font)

    def _where_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.city_wide_box)
        layout.addWidget(self.neighborhood_list)
        return box

    def _scores_row(self) -> QHBoxLayout:
        scores = QHBoxLayout()
        scores.addWidget(QLabel(self.tr("Influence:")))
        scores.addWidget(self.influence_spin)
        scores.addWidget(QLabel(self.tr("Interest:")))
        scores.addWidget(self.interest_spin)
        scores.addStretch(1)
        return scores

    def _contact_log(self) -> QWidget:
        self.contact_model = ContactLogModel(self._context.language)
        self.contact_table = make_table("contactLogTable")
        self.contact_table.setModel(self.contact_model)
        self.contact_table.setMinimumHeight(120)
        header = self.contact_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.log_contact_button = make_button(self.tr("Log a contact…"), "logContactButton", self.log_contact)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contact_table)
        row = QHBoxLayout()
        row.addWidget(self.log_contact_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _score_spin(self, name: str) -> QSpinBox:
        spin = number_spin(name)
        spin.setRange(*SCORE_RANGE)
        spin.valueChanged.connect(self.typing)
        return spin

    def _date_edit(self, name: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        edit.setObjectName(name)
        edit.changed.connect(self.typing)
        return edit

    def log_contact(self) -> None:
        raise NotImplementedError

    # -- where the partner works -----------------------------------------------------------------

    def _on_city_wide(self, city_wide: bool) -> None:
        if self._loading:
            return
        if city_wide:
            self.neighborhood_list.set_checked(())
        self.changed_now()

    def _on_neighborhoods_ticked(self) -> None:
        self.city_wide_box.blockSignals(True)
        self.city_wide_box.setChecked(not self.neighborhood_list.checked())
        self.city_wide_box.blockSignals(False)
        self.changed_now()

    # -- the record page's hooks -----------------------------------------------------------------

    def fill(self, partner: Partner | None) -> None:
        if partner is None:
            partner = Partner(0, "", PartnerKind.MUNICIPAL_DEPARTMENT)
            self.contact_model.set_items([])
        else:
            self.contact_model.set_items(self._context.workspace.partners.contacts(partner.id))
        self.name_edit.setText(partner.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(partner.kind))
        self.neighborhood_list.set_checked(partner.neighborhood_ids)
        self.city_wide_box.setChecked(partner.city_wide)
        self.contact_edit.setText(partner.contact_person)
        self.phone_edit.setText(partner.phone)
        self.email_edit.setText(partner.email)
        self.contributions_row.set_checked(partner.contributions)
        self.contribution_edit.setPlainText(partner.contribution)
        self.influence_spin.setValue(partner.influence)
        self.interest_spin.setValue(partner.interest)
        self.support_now_edit.setPlainText(partner.support_now)
        self.support_wanted_edit.setPlainText(partner.support_wanted)
        self.memberships_row.set_checked(partner.memberships)
        self.last_contact_edit.set_value(partner.last_contact)
        self.follow_up_edit.set_value(partner.next_follow_up)
        self.notes_edit.setPlainText(partner.notes)

    def edited(self, partner: Partner) -> Partner:
        kind = self.kind_combo.currentData()
        return dataclasses.replace(
            partner,
            name=self.name_edit.text(),
            kind=kind if isinstance(kind, PartnerKind) else partner.kind,
            neighborhood_ids=frozenset() if self.city_wide_box.isChecked() else self.neighborhood_list.checked(),
            contact_person=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            contributions=self.contributions_row.checked(),
            contribution=self.contribution_edit.toPlainText(),
            influence=self.influence_spin.value(),
            interest=self.interest_spin.value(),
            support_now=self.support_now_edit.toPlainText(),
            support_wanted=self.support_wanted_edit.toPlainText(),
            memberships=self.memberships_row.checked(),
            last_contact=self.last_contact_edit.value(),
            next_follow_up=self.follow_up_edit.value(),
            notes=self.notes_edit.toPlainText(),
        )

    def problems(self) -> dict[str, FieldProblem]:
        return {
            "name": self.name_problem,
            "contact_person": self.contact_problem,
            "phone": self.phone_problem,
            "email": self.email_problem,
        }

    def field_of(self, error: InputError, edited: Partner) -> str | None:
        return contact_field_of(error, "name", edited.name, "contact_person")
