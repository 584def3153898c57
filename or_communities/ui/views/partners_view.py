"""The partners area: the partner map as a table and as a power/interest grid, and each partner's form.

Every edit is written at once (typing after a pause); a field that is wrong says so and is not written,
while the rest of the form is.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import (
    EmptyName,
    InputError,
    InvalidEmail,
    InvalidPhone,
    NameTooLong,
)
from ...domain.people_rules import RetentionDays
from ...domain.records import Partner, PartnerCircle, PartnerKind
from ...domain.relations import SCORE_RANGE, Contribution, Membership
from ..labels import input_error_message, partner_circle_label, partner_kind_label
from ..list_files import export_list, import_list
from ..models.partner_table_model import CITY_WIDE, PartnerFilter, PartnerTableModel
from ..models.relation_models import ContactLogModel
from ..record_dialogs import ContactDialog
from ..typing_pause import TypingPause
from ..view_context import AreaFilter, ViewContext
from ..widgets.controls import make_button, make_table
from ..widgets.date_fields import OptionalDateEdit
from ..widgets.form_fields import (
    CheckList,
    CheckRow,
    FieldProblem,
    field_with_problem,
    save_keeping_good_fields,
    typed_line,
    typed_text,
)

TABLE_TAB, GRID_TAB = range(2)


def kind_choices() -> list[tuple[str, object]]:
    """The partner map's two circles, each followed by its kinds."""
    choices: list[tuple[str, object]] = []
    for circle in PartnerCircle:
        choices.append((partner_circle_label(circle), circle))
        choices += [("    " + partner_kind_label(kind), kind) for kind in PartnerKind if kind.circle is circle]
    return choices


class PartnersView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("partnersView")
        self._context = context
        self._current: Partner | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)

        self.model = PartnerTableModel()
        self.filter = PartnerFilter()
        self.filter.setSourceModel(self.model)
        self.table = make_table("partnerTable")
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PartnerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        from .partner_grid import PartnerGrid

        self.grid = PartnerGrid()
        self.grid.partner_moved.connect(self.move_on_grid)
        self.grid.partner_chosen.connect(self.choose_partner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnerTabs")
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self._grid_page(), self.tr("Power/interest grid"))

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(self._buttons_row())
        list_layout.addLayout(self._filters_row())
        list_layout.addWidget(self.tabs, 1)
        list_layout.addLayout(self._retention_row())

        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(self._form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _buttons_row(self) -> QHBoxLayout:
        self.add_button = make_button(self.tr("Add partner…"), "addPartnerButton", self.add_partner)
        self.remove_button = make_button(self.tr("Remove…"), "removePartnerButton", self.remove_partner)
        self.import_button = make_button(self.tr("Import…"), "importPartnersButton", self.import_partners)
        self.export_button = make_button(self.tr("Export…"), "exportPartnersButton", self.export_partners)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        return row

    def _filters_row(self) -> QVBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("partnerSearch")
        self.search_edit.setPlaceholderText(self.tr("Search partners…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda text: self.filter.set_criteria(search=text))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for label, value in kind_choices():
            self.kind_filter.addItem(label, value)
        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter)
        self.neighborhood_filter = QComboBox()
        self.neighborhood_filter.setObjectName("partnerNeighborhoodFilter")
        self.neighborhood_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_criteria(neighborhood_id=self.neighborhood_filter.currentData())
        )
        self.membership_filter = QComboBox()
        self.membership_filter.setObjectName("membershipFilter")
        self.membership_filter.addItem(self.tr("Any forum"), None)
        for membership in Membership:
            self.membership_filter.addItem(membership.label.get(self._context.language), membership)
        self.membership_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_criteria(membership=self.membership_filter.currentData())
        )
        self.attention_filter = QCheckBox(self.tr("Needs attention"))
        self.attention_filter.setObjectName("attentionFilter")
        self.attention_filter.setToolTip(self.tr("Partners not contacted for too long, or with a follow-up due"))
        self.attention_filter.toggled.connect(lambda on: self.filter.set_criteria(needs_attention=on))
        self.count_label = QLabel()
        self.count_label.setObjectName("partnerCount")
        self.filter.rowsInserted.connect(self._update_count)
        self.filter.rowsRemoved.connect(self._update_count)
        self.filter.modelReset.connect(self._update_count)
        self.filter.layoutChanged.connect(self._update_count)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.attention_filter)
        row.addWidget(self.count_label)
        combos = QHBoxLayout()
        for combo in (self.kind_filter, self.neighborhood_filter, self.membership_filter):
            combos.addWidget(combo, 1)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(combos)
        return rows

    def _retention_row(self) -> QHBoxLayout:
        self.retention_spin = QSpinBox()
        self.retention_spin.setObjectName("partnerRetentionSpin")
        self.retention_spin.setRange(1, 3650)
        self.retention_spin.setSuffix(self.tr(" days"))
        self.retention_spin.valueChanged.connect(self._on_retention_changed)
        self._retention_pause = TypingPause(self._write_retention, self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Flag partners not contacted for more than")))
        row.addWidget(self.retention_spin)
        row.addStretch(1)
        return row

    def _grid_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Drag a partner to another cell to change its influence and interest."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        return page

    def _form(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("partnerTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.title.setWordWrap(True)
        self.name_edit = self._line_edit("partnerNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("partnerKindCombo")
        self._fill_kind_combo()
        self.kind_combo.currentIndexChanged.connect(self._changed_now)
        self.city_wide_box = QCheckBox(self.tr("City-wide"))
        self.city_wide_box.setObjectName("cityWideBox")
        self.city_wide_box.toggled.connect(self._on_city_wide)
        self.neighborhood_list = CheckList("partnerNeighborhoods")
        self.neighborhood_list.setMaximumHeight(110)
        self.neighborhood_list.changed.connect(self._on_neighborhoods_ticked)
        self.contact_edit = self._line_edit("contactPersonEdit")
        self.contact_problem = FieldProblem(self.contact_edit)
        self.phone_edit = self._line_edit("partnerPhoneEdit")
        self.phone_problem = FieldProblem(self.phone_edit)
        self.email_edit = self._line_edit("partnerEmailEdit")
        self.email_problem = FieldProblem(self.email_edit)
        language = self._context.language
        self.contributions_row = CheckRow("contributionsRow", [(c.label.get(language), c) for c in Contribution])
        self.contributions_row.changed.connect(self._changed_now)
        self.contribution_edit = self._text_edit("contributionEdit", self.tr("What else the partner can give, in words"))
        self.influence_spin = self._score_spin("influenceSpin")
        self.interest_spin = self._score_spin("interestSpin")
        scores = QHBoxLayout()
        scores.addWidget(QLabel(self.tr("Influence:")))
        scores.addWidget(self.influence_spin)
        scores.addWidget(QLabel(self.tr("Interest:")))
        scores.addWidget(self.interest_spin)
        scores.addStretch(1)
        self.support_now_edit = self._text_edit("supportNowEdit", self.tr("How the partner supports the work today"))
        self.support_wanted_edit = self._text_edit("supportWantedEdit", self.tr("What support we would like from them"))
        self.memberships_row = CheckRow("membershipsRow", [(m.label.get(language), m) for m in Membership])
        self.memberships_row.changed.connect(self._changed_now)
        self.last_contact_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.last_contact_edit.setObjectName("lastContactEdit")
        self.last_contact_edit.changed.connect(self._typing)
        self.follow_up_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.follow_up_edit.setObjectName("followUpEdit")
        self.follow_up_edit.changed.connect(self._typing)
        self.notes_edit = self._text_edit("partnerNotesEdit", "")

        form = QFormLayout()
        form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Works in:"), self._where_box())
        form.addRow(self.tr("Contact person:"), field_with_problem(self.contact_edit, self.contact_problem))
        form.addRow(self.tr("Phone:"), field_with_problem(self.phone_edit, self.phone_problem))
        form.addRow(self.tr("Email:"), field_with_problem(self.email_edit, self.email_problem))
        form.addRow(self.tr("Can contribute:"), self.contributions_row)
        form.addRow("", self.contribution_edit)
        form.addRow(self.tr("On the grid:"), scores)
        form.addRow(self.tr("Support now:"), self.support_now_edit)
        form.addRow(self.tr("Support wanted:"), self.support_wanted_edit)
        form.addRow(self.tr("Member of:"), self.memberships_row)
        form.addRow(self.tr("Last contact:"), self.last_contact_edit)
        form.addRow(self.tr("Next follow-up:"), self.follow_up_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Contact log:"), self._contact_log())
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        return panel

    def _fill_kind_combo(self) -> None:
        for label, value in kind_choices():
            self.kind_combo.addItem(label.strip(), value)
            if isinstance(value, PartnerCircle):  # a heading, not a choice
                item = self.kind_combo.model().item(self.kind_combo.count() - 1)
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

    def _line_edit(self, name: str) -> QLineEdit:
        return typed_line(name, self._typing, self.flush_edits)

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        return typed_text(name, placeholder, self._typing, 70)

    def _score_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(*SCORE_RANGE)
        spin.valueChanged.connect(self._typing)
        return spin

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.flush_edits()
        chosen = self._current.id if self._current else None
        workspace = self._context.workspace
        neighborhoods = workspace.neighborhoods.list()
        names = {n.id: n.name for n in neighborhoods}
        retention = workspace.people.retention()
        self.model.set_partners(workspace.partners.list(), workspace.partners.flags(), names, retention.partners)
        self._fill_neighborhood_filter(neighborhoods)
        self.neighborhood_list.set_choices([(n.name, n.id) for n in neighborhoods])
        self._loading = True
        self.retention_spin.setValue(retention.partners)
        self._loading = False
        self.grid.set_partners(self.model.partners(), chosen)
        self._update_count()
        if chosen is None or not self.choose_partner(chosen):
            self._show(None)

    def _fill_neighborhood_filter(self, neighborhoods: list) -> None:
        chosen = self.neighborhood_filter.currentData()
        self.neighborhood_filter.blockSignals(True)
        self.neighborhood_filter.clear()
        self.neighborhood_filter.addItem(self.tr("All neighborhoods"), None)
        self.neighborhood_filter.addItem(self.tr("City-wide"), CITY_WIDE)
        for neighborhood in neighborhoods:
            self.neighborhood_filter.addItem(neighborhood.name, neighborhood.id)
        self.neighborhood_filter.setCurrentIndex(max(0, self.neighborhood_filter.findData(chosen)))
        self.neighborhood_filter.blockSignals(False)
        self.filter.set_criteria(neighborhood_id=self.neighborhood_filter.currentData())


    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} of {1}").format(self.filter.rowCount(), self.model.rowCount()))

    def _on_kind_filter(self) -> None:
        value = self.kind_filter.currentData()
        self.filter.set_criteria(
            kind=value if isinstance(value, PartnerKind) else None,
            circle=value if isinstance(value, PartnerCircle) else None,
        )

    def apply_filter(self, area_filter: AreaFilter) -> None:
        """Show only what another view asked for (the home view's partners to contact)."""
        self.search_edit.clear()
        self.kind_filter.setCurrentIndex(0)
        self.membership_filter.setCurrentIndex(0)
        self.neighborhood_filter.setCurrentIndex(max(0, self.neighborhood_filter.findData(area_filter.neighborhood_id)))
        self.attention_filter.setChecked(area_filter.needs_attention)
        self.tabs.setCurrentIndex(TABLE_TAB)

    # -- choosing -------------------------------------------------------------------------------

    def choose_partner(self, partner_id: int) -> bool:
        """Select a partner in the table (when the filters show it) and show its form."""
        self.flush_edits()
        row = self.model.row_of(partner_id)
        if row is None:
            return False
        index = self.filter.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if index.isValid():
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self._show(self.model.partner(row))
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_edits()
        self._show(self.model.partner(self.filter.mapToSource(current).row()) if current.isValid() else None)

    def _show(self, partner: Partner | None) -> None:
        self._current = partner
        self.form_box.setEnabled(partner is not None)
        self.remove_button.setEnabled(partner is not None)
        self.grid.show_chosen(partner.id if partner else None)
        for problem in self._problems().values():
            problem.clear_problem()
        self._loading = True
        try:
            self._fill_form(partner)
        finally:
            self._loading = False

    def _fill_form(self, partner: Partner | None) -> None:
        if partner is None:
            self.title.setText(self.tr("Choose a partner to see and edit it."))
            partner = Partner(0, "", PartnerKind.MUNICIPAL_DEPARTMENT)
            self.contact_model.set_items([])
        else:
            self.title.setText(partner.name)
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

    # -- editing -------------------------------------------------------------------------------

    def _typing(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.typed()

    def _changed_now(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.write_now()

    def _on_city_wide(self, city_wide: bool) -> None:
        if self._loading:
            return
        if city_wide:
            self.neighborhood_list.set_checked(())
        self._changed_now()

    def _on_neighborhoods_ticked(self) -> None:
        self.city_wide_box.blockSignals(True)
        self.city_wide_box.setChecked(not self.neighborhood_list.checked())
        self.city_wide_box.blockSignals(False)
        self._changed_now()

    def flush_edits(self) -> None:
        self._pause.flush()
        self._retention_pause.flush()

    def _edited(self) -> Partner:
        assert self._current is not None
        kind = self.kind_combo.currentData()
        return dataclasses.replace(
            self._current,
            name=self.name_edit.text(),
            kind=kind if isinstance(kind, PartnerKind) else self._current.kind,
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

    def _problems(self) -> dict[str, FieldProblem]:
        return {
            "name": self.name_problem,
            "contact_person": self.contact_problem,
            "phone": self.phone_problem,
            "email": self.email_problem,
        }

    def _field_of(self, error: InputError, edited: Partner) -> str | None:
        if isinstance(error, InvalidPhone):
            return "phone"
        if isinstance(error, InvalidEmail):
            return "email"
        if isinstance(error, EmptyName):
            return "name"
        if isinstance(error, NameTooLong):
            return "name" if len(edited.name.strip()) > error.limit else "contact_person"
        return None

    def _write(self) -> None:
        if self._current is None:
            return
        saved, error = save_keeping_good_fields(
            self._edited(), self._current, self._context.workspace.partners.update, self._field_of, self._problems()
        )
        if error is not None:
            self._context.dialogs.error(self, self.tr("Partner"), input_error_message(error))
            return
        self._current = saved
        self._after_save(saved)

    def _after_save(self, partner: Partner) -> None:
        """Show the saved partner in the table, the grid and the title, and tell the other views."""
        self.title.setText(partner.name)
        self.model.update_partner(partner, self._context.workspace.partners.flags())
        self.grid.set_partners(self.model.partners(), partner.id)
        self._context.events.announce(self)


    def move_on_grid(self, partner_id: int, influence: int, interest: int) -> None:
        """A dot dropped in another cell: its influence and interest, and the form follows."""
        self.flush_edits()
        try:
            self._context.workspace.partners.move_on_grid(partner_id, influence, interest)
            moved = self._context.workspace.partners.get(partner_id)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Power/interest grid"), input_error_message(error))
            self.refresh()
            return
        self.model.update_partner(moved, self._context.workspace.partners.flags())
        self.grid.set_partners(self.model.partners(), partner_id)
        self.choose_partner(partner_id)
        self._context.events.announce(self)

    def log_contact(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        dialog = ContactDialog(self._current.id, self._context.language, self._context.workspace.clock(), self)
        if not dialog.exec():
            return
        try:
            self._context.workspace.partners.log_contact(dialog.entry())
            partner = self._context.workspace.partners.get(self._current.id)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Log a contact"), input_error_message(error))
            return
        self._after_save(partner)
        self._show(partner)

    def add_partner(self) -> None:
        title = self.tr("New partner")
        name = self._context.dialogs.ask_text(self, title, self.tr("Name of the partner:"))
        if name is None:
            return
        chosen_kind = self.kind_filter.currentData()
        kind = chosen_kind if isinstance(chosen_kind, PartnerKind) else PartnerKind.MUNICIPAL_DEPARTMENT
        try:
            partner_id = self._context.workspace.partners.add(Partner(0, name, kind))
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
            return
        self._current = None
        self.search_edit.clear()
        self.attention_filter.setChecked(False)
        self.refresh()
        self.choose_partner(partner_id)
        self._context.events.announce(self)

    def remove_partner(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        title = self.tr("Remove partner")
        question = self.tr("Remove the partner “{0}” and its contact log?").format(self._current.name)
        if not self._context.dialogs.confirm(self, title, question):
            return
        try:
            self._context.workspace.partners.remove(self._current.id)
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
        self._current = None
        self.refresh()
        self._context.events.announce(self)

    # -- retention and lists ------------------------------------------------------------------------

    def _on_retention_changed(self) -> None:
        if not self._loading:
            self._retention_pause.typed()

    def _write_retention(self) -> None:
        people = self._context.workspace.people
        days = self.retention_spin.value()
        if days == people.retention().partners:
            return
        people.set_retention(RetentionDays(days, people.retention().activists))
        self.model.set_partners(
            self.model.partners(),
            self._context.workspace.partners.flags(),
            {n.id: n.name for n in self._context.workspace.neighborhoods.list()},
            days,
        )
        if self._current is not None:
            self.choose_partner(self._current.id)
        self._update_count()
        self._context.events.announce(self)

    def import_partners(self) -> None:
        self.flush_edits()
        if import_list(self._context, self, "partners"):
            self.refresh()
            self._context.events.announce(self)

    def export_partners(self) -> None:
        self.flush_edits()
        export_list(self._context, self, "partners")

