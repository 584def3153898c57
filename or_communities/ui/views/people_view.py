"""The people area: everyone in one quick table with search as you type, and each person's form and status history.

Inactive activists are flagged in the table and counted per neighborhood above it.
"""

from __future__ import annotations

import dataclasses
import html
from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
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
from ...domain.records import Neighborhood, Person, PersonRole
from ...domain.relations import PersonStatus
from ..labels import input_error_message, person_role_label
from ..list_files import export_list, import_list
from ..models.person_table_model import NO_NEIGHBORHOOD, PeopleFilter, PersonTableModel
from ..models.relation_models import StatusHistoryModel
from ..record_dialogs import StatusDialog
from ..typing_pause import TypingPause
from ..view_context import AreaFilter, ViewContext
from ..widgets.controls import make_button, make_table
from ..widgets.date_fields import OptionalDateEdit
from ..widgets.form_fields import (
    CheckList,
    FieldProblem,
    field_with_problem,
    save_keeping_good_fields,
    typed_line,
    typed_text,
)

ROW_HEIGHT = 24


class PeopleView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("peopleView")
        self._context = context
        self._current: Person | None = None
        self._loading = False
        self._stale = True
        self._neighborhoods: list[Neighborhood] = []
        self._pause = TypingPause(self._write, self)

        self.model = PersonTableModel(context.language)
        self.filter = PeopleFilter()
        self.filter.setSourceModel(self.model)
        self.table = make_table("peopleTable")
        self.table.setModel(self.filter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PersonTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PersonTableModel.ROLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(PersonTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.inactive_summary = QLabel()
        self.inactive_summary.setObjectName("inactiveSummary")
        self.inactive_summary.setWordWrap(True)
        self.inactive_summary.setTextFormat(Qt.TextFormat.RichText)
        self.inactive_summary.linkActivated.connect(self._on_summary_link)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(self._buttons_row())
        list_layout.addLayout(self._filters_row())
        list_layout.addWidget(self.inactive_summary)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(self._retention_row())

        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(self._form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        context.events.follow(self, self._on_workspace_changed)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _buttons_row(self) -> QHBoxLayout:
        self.add_button = make_button(self.tr("Add person…"), "addPersonButton", self.add_person)
        self.remove_button = make_button(self.tr("Remove…"), "removePersonButton", self.remove_person)
        self.import_button = make_button(self.tr("Import…"), "importPeopleButton", self.import_people)
        self.export_button = make_button(self.tr("Export…"), "exportPeopleButton", self.export_people)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        return row

    def _filters_row(self) -> QVBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, phone, skill…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search)
        self.neighborhood_filter = QComboBox()
        self.neighborhood_filter.setObjectName("peopleNeighborhoodFilter")
        self.neighborhood_filter.currentIndexChanged.connect(self._on_filters)
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in PersonRole:
            self.role_filter.addItem(person_role_label(role), role)
        self.role_filter.currentIndexChanged.connect(self._on_filters)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in PersonStatus:
            self.status_filter.addItem(status.label.get(self._context.language), status)
        self.status_filter.currentIndexChanged.connect(self._on_filters)
        self.inactive_filter = QCheckBox(self.tr("Inactive only"))
        self.inactive_filter.setObjectName("inactiveFilter")
        self.inactive_filter.toggled.connect(self._on_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.inactive_filter)
        row.addWidget(self.count_label)
        combos = QHBoxLayout()
        for combo in (self.neighborhood_filter, self.role_filter, self.status_filter):
            combos.addWidget(combo, 1)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(combos)
        return rows

    def _retention_row(self) -> QHBoxLayout:
        self.retention_spin = QSpinBox()
        self.retention_spin.setObjectName("activistRetentionSpin")
        self.retention_spin.setRange(1, 3650)
        self.retention_spin.setSuffix(self.tr(" days"))
        self.retention_spin.valueChanged.connect(self._on_retention_changed)
        self._retention_pause = TypingPause(self._write_retention, self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Flag activists with no activity for more than")))
        row.addWidget(self.retention_spin)
        row.addStretch(1)
        return row

    def _form(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("personTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.name_edit = self._line_edit("personNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.neighborhood_combo = QComboBox()
        self.neighborhood_combo.setObjectName("personNeighborhoodCombo")
        self.neighborhood_combo.currentIndexChanged.connect(self._changed_now)
        self.roles_list = CheckList("rolesList")
        self.roles_list.set_choices([(person_role_label(role), role) for role in PersonRole])
        self.roles_list.setMaximumHeight(6 * 20 + 8)
        self.roles_list.changed.connect(self._changed_now)
        self.phone_edit = self._line_edit("personPhoneEdit")
        self.phone_problem = FieldProblem(self.phone_edit)
        self.email_edit = self._line_edit("personEmailEdit")
        self.email_problem = FieldProblem(self.email_edit)
        self.address_edit = self._line_edit("addressEdit")
        self.address_problem = FieldProblem(self.address_edit)
        self.skills_edit = self._text_edit("skillsEdit", self.tr("Languages, a profession, graphics, organizing events…"))
        self.trainings_edit = self._text_edit("trainingsEdit", self.tr("Trainings and courses done"))
        self.committees_edit = self._text_edit("committeesEdit", self.tr("Committees and activist groups"))
        self.last_activity_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.last_activity_edit.setObjectName("lastActivityEdit")
        self.last_activity_edit.changed.connect(self._typing)
        self.consent_box = QCheckBox(self.tr("Agreed to be contacted"))
        self.consent_box.setObjectName("consentBox")
        self.consent_box.toggled.connect(self._on_consent)
        self.consent_date_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.consent_date_edit.setObjectName("consentDateEdit")
        self.consent_date_edit.changed.connect(self._typing)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_box)
        consent.addWidget(QLabel(self.tr("on")))
        consent.addWidget(self.consent_date_edit, 1)
        self.notes_edit = self._text_edit("personNotesEdit", "")

        form = QFormLayout()
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
        form.addRow(self.tr("Consent:"), consent)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Status:"), self._status_box())
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

    def _status_box(self) -> QWidget:
        self.status_label = QLabel()
        self.status_label.setObjectName("currentStatus")
        self.change_status_button = make_button(self.tr("Change status…"), "changeStatusButton", self.change_status)
        self.history_model = StatusHistoryModel(self._context.language)
        self.history_table = make_table("statusHistoryTable")
        self.history_table.setModel(self.history_model)
        self.history_table.setMaximumHeight(120)
        self.history_table.horizontalHeader().setStretchLastSection(True)
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

    def _line_edit(self, name: str) -> QLineEdit:
        return typed_line(name, self._typing, self.flush_edits)

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        return typed_text(name, placeholder, self._typing, 60)

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the latest, reading everyone again only when something changed since the last read."""
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self.flush_edits()
        chosen = self._current.id if self._current else None
        workspace = self._context.workspace
        self._neighborhoods = workspace.neighborhoods.list()
        names = {n.id: n.name for n in self._neighborhoods}
        people = workspace.people.list()
        inactive = {person.id for person in workspace.people.inactive(among=people)}
        self.model.set_people(people, names, inactive)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_neighborhood_choices()
        self._loading = True
        self.retention_spin.setValue(workspace.people.retention().activists)
        self._loading = False
        self._stale = False
        self._update_summary()
        self._update_count()
        if chosen is None or not self.choose_person(chosen):
            self._show(None)

    def _fill_neighborhood_choices(self) -> None:
        chosen = self.neighborhood_filter.currentData()
        self.neighborhood_filter.blockSignals(True)
        self.neighborhood_filter.clear()
        self.neighborhood_filter.addItem(self.tr("All neighborhoods"), None)
        self.neighborhood_filter.addItem(self.tr("No neighborhood"), NO_NEIGHBORHOOD)
        self._loading = True
        self.neighborhood_combo.clear()
        self.neighborhood_combo.addItem(self.tr("— none —"), None)
        for neighborhood in self._neighborhoods:
            self.neighborhood_filter.addItem(neighborhood.name, neighborhood.id)
            self.neighborhood_combo.addItem(neighborhood.name, neighborhood.id)
        self._loading = False
        self.neighborhood_filter.setCurrentIndex(max(0, self.neighborhood_filter.findData(chosen)))
        self.neighborhood_filter.blockSignals(False)
        self._on_filters()

    def _on_workspace_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} of {1}").format(self.filter.rowCount(), self.model.rowCount()))

    def _update_summary(self) -> None:
        """The inactive activists per neighborhood, each a link that filters the table to them."""
        counts = Counter(row.person.neighborhood_id for row in self.model.rows() if row.inactive)
        total = sum(counts.values())
        if not total:
            self.inactive_summary.setText(self.tr("No inactive activists."))
            return
        names = {n.id: n.name for n in self._neighborhoods}
        parts = [
            f'<a href="n:{nid if nid is not None else NO_NEIGHBORHOOD}">'
            f"{html.escape(names.get(nid, '') if nid else self.tr('No neighborhood'))}</a> ({count})"
            for nid, count in sorted(counts.items(), key=lambda item: (-item[1], names.get(item[0], "")))
        ]
        heading = self.tr("Inactive activists: {0}").format(f'<a href="all">{total}</a>')
        self.inactive_summary.setText(f"⚠ {heading} — {' · '.join(parts)}")

    def _on_summary_link(self, link: str) -> None:
        neighborhood_id = None if link == "all" else int(link.removeprefix("n:"))
        self.apply_filter(AreaFilter(needs_attention=True, neighborhood_id=neighborhood_id))

    def apply_filter(self, area_filter: AreaFilter) -> None:
        """Show only what was asked for (the home view's inactive activists of a neighborhood)."""
        self.refresh()
        for widget in (self.neighborhood_filter, self.role_filter, self.status_filter, self.inactive_filter):
            widget.blockSignals(True)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.role_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.neighborhood_filter.setCurrentIndex(max(0, self.neighborhood_filter.findData(area_filter.neighborhood_id)))
        self.inactive_filter.setChecked(area_filter.needs_attention)
        for widget in (self.neighborhood_filter, self.role_filter, self.status_filter, self.inactive_filter):
            widget.blockSignals(False)
        self._on_filters()

    def _on_search(self, text: str) -> None:
        self.filter.set_criteria(search=text)
        self._update_count()

    def _on_filters(self) -> None:
        self.filter.set_criteria(
            neighborhood_id=self.neighborhood_filter.currentData(),
            role=self.role_filter.currentData(),
            status=self.status_filter.currentData(),
            inactive_only=self.inactive_filter.isChecked(),
        )
        self._update_count()

    # -- choosing -------------------------------------------------------------------------------------

    def choose_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
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
        self._show(self.model.person(row))
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_edits()
        self._show(self.model.person(self.filter.mapToSource(current).row()) if current.isValid() else None)

    def _show(self, person: Person | None) -> None:
        self._current = person
        self.form_box.setEnabled(person is not None)
        self.remove_button.setEnabled(person is not None)
        for problem in self._problems().values():
            problem.clear_problem()
        self._loading = True
        try:
            self._fill_form(person)
        finally:
            self._loading = False

    def _fill_form(self, person: Person | None) -> None:
        if person is None:
            self.title.setText(self.tr("Choose a person to see and edit their details."))
            person = Person(0, "")
            self.history_model.set_items([])
        else:
            self.title.setText(person.full_name)
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

    # -- editing -----------------------------------------------------------------------------------------

    def _typing(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.typed()

    def _changed_now(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.write_now()

    def _on_consent(self, agreed: bool) -> None:
        if self._loading:
            return
        self._loading = True
        self.consent_date_edit.set_value(self._context.workspace.clock() if agreed else None)
        self._loading = False
        self._changed_now()

    def flush_edits(self) -> None:
        self._pause.flush()
        self._retention_pause.flush()

    def _edited(self) -> Person:
        assert self._current is not None
        return dataclasses.replace(
            self._current,
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

    def _problems(self) -> dict[str, FieldProblem]:
        return {
            "full_name": self.name_problem,
            "phone": self.phone_problem,
            "email": self.email_problem,
            "address": self.address_problem,
        }

    def _field_of(self, error: InputError, edited: Person) -> str | None:
        if isinstance(error, InvalidPhone):
            return "phone"
        if isinstance(error, InvalidEmail):
            return "email"
        if isinstance(error, EmptyName):
            return "full_name"
        if isinstance(error, NameTooLong):
            return "full_name" if len(edited.full_name.strip()) > error.limit else "address"
        return None

    def _write(self) -> None:
        if self._current is None:
            return
        saved, error = save_keeping_good_fields(
            self._edited(), self._current, self._context.workspace.people.update, self._field_of, self._problems()
        )
        if error is not None:
            self._context.dialogs.error(self, self.tr("Person"), input_error_message(error))
            return
        self._current = saved
        self._after_save(saved)

    def _after_save(self, person: Person) -> None:
        self.title.setText(person.full_name)
        inactive = bool(self._context.workspace.people.inactive(among=[person]))
        self.model.update_person(person, inactive)
        self._update_summary()
        self._update_count()
        self._context.events.announce(self)


    def change_status(self) -> None:
        """Add a status to the person's history; the earlier ones stay."""
        if self._current is None:
            return
        self.flush_edits()
        person = self._current
        dialog = StatusDialog(person.id, person.status, self._context.language, self._context.workspace.clock(), self)
        if not dialog.exec():
            return
        change = dialog.change()
        try:
            self._context.workspace.people.change_status(person.id, change.status, change.date, change.note)
            changed = self._context.workspace.people.get(person.id)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Change status"), input_error_message(error))
            return
        self._after_save(changed)
        self._show(changed)

    def add_person(self) -> None:
        title = self.tr("New person")
        name = self._context.dialogs.ask_text(self, title, self.tr("Full name:"))
        if name is None:
            return
        neighborhood_id = self.neighborhood_filter.currentData()
        role = self.role_filter.currentData()
        try:
            person_id = self._context.workspace.people.add(
                name,
                [role] if role is not None else [PersonRole.ACTIVIST],
                neighborhood_id if neighborhood_id not in (None, NO_NEIGHBORHOOD) else None,
                )
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
            return
        self._current = None
        self.search_edit.clear()
        self.inactive_filter.setChecked(False)
        self.status_filter.setCurrentIndex(0)
        self.reload()
        self.choose_person(person_id)
        self._context.events.announce(self)

    def remove_person(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        title = self.tr("Remove person")
        question = self.tr("Remove “{0}” and their status history?").format(self._current.full_name)
        if not self._context.dialogs.confirm(self, title, question):
            return
        try:
            self._context.workspace.people.remove(self._current.id)
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
        self._current = None
        self.reload()
        self._context.events.announce(self)

    # -- retention and lists ---------------------------------------------------------------------------

    def _on_retention_changed(self) -> None:
        if not self._loading:
            self._retention_pause.typed()

    def _write_retention(self) -> None:
        people = self._context.workspace.people
        days = self.retention_spin.value()
        if days == people.retention().activists:
            return
        people.set_retention(RetentionDays(people.retention().partners, days))
        self.reload()
        self._context.events.announce(self)

    def import_people(self) -> None:
        self.flush_edits()
        if import_list(self._context, self, "people"):
            self.reload()
            self._context.events.announce(self)

    def export_people(self) -> None:
        self.flush_edits()
        export_list(self._context, self, "people")
