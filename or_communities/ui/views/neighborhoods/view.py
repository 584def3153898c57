"""The city's neighborhoods: add, rename, remove, and each one's profile."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import EditConflict, InputError
from ....domain.records import Neighborhood, NeighborhoodProfile, PersonRole
from ...labels import input_error_message
from ...models.neighborhood_table_model import NeighborhoodTableModel
from ...models.record_table import SORT_ROLE
from ...style import Title, set_title
from ...typing_pause import TypingPause
from ...view_context import ViewContext
from ...widgets.controls import make_button, number_spin
from ...widgets.empty_guide import no_neighborhoods_guide
from ...widgets.note_edit import NoteEdit
from ...widgets.screen_fit import ColumnFitter, remember_splitter

NO_POPULATION = -1


class NeighborhoodsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("neighborhoodsView")
        self._context = context
        self._current: Neighborhood | None = None
        self._loading = False
        self._pause = TypingPause(self._write_profile, self)

        self.model = NeighborhoodTableModel()
        self.sorter = QSortFilterProxyModel()
        self.sorter.setSourceModel(self.model)
        self.sorter.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("neighborhoodTable")
        self.table.setModel(self.sorter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NeighborhoodTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        ColumnFitter(self.table, (NeighborhoodTableModel.NAME,), context.settings).watch()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.add_button = make_button(self.tr("Add neighborhood…"), "addNeighborhoodButton", self.add_neighborhood, "add")
        self.rename_button = make_button(self.tr("Rename…"), "renameNeighborhoodButton", self.rename_neighborhood)
        self.remove_button = make_button(self.tr("Remove…"), "removeNeighborhoodButton", self.remove_neighborhood, "remove")
        self.add_button.setEnabled(context.workspace.access.whole_city)  # the city's manager draws the neighborhoods
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.guide = no_neighborhoods_guide(context, "neighborhoodsGuide")
        list_layout.addWidget(self.guide)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.table, 1)

        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(self._profile_form())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "neighborhoodsSplitter", context.settings)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        context.events.follow(self, self.refresh)
        self.refresh()


    def _profile_form(self) -> QWidget:
        self.profile_title = QLabel()
        self.profile_title.setObjectName("profileTitle")
        set_title(self.profile_title, Title.RECORD)
        self.population_spin = number_spin("populationSpin")
        self.population_spin.setRange(NO_POPULATION, 10_000_000)
        self.population_spin.setSpecialValueText(self.tr("Unknown"))
        self.population_spin.setGroupSeparatorShown(True)
        self.coordinator_combo = QComboBox()
        self.coordinator_combo.setObjectName("coordinatorCombo")
        self.new_coordinator_button = make_button(
            self.tr("New coordinator…"), "newCoordinatorButton", self.add_coordinator, "add_person"
        )
        coordinator_row = QHBoxLayout()
        coordinator_row.addWidget(self.coordinator_combo, 1)
        coordinator_row.addWidget(self.new_coordinator_button)
        self.description_edit = self._text_edit("descriptionEdit", self.tr("Character of the neighborhood, its population, its history…"))
        self.strengths_edit = self._text_edit("strengthsEdit", self.tr("What the neighborhood has: people, places, groups…"))
        self.needs_edit = self._text_edit("needsEdit", self.tr("What the neighborhood needs…"))
        self.notes_edit = self._text_edit("profileNotesEdit", "")
        form = QFormLayout()
        form.addRow(self.tr("Population:"), self.population_spin)
        form.addRow(self.tr("Community coordinator:"), coordinator_row)
        form.addRow(self.tr("Description:"), self.description_edit)
        form.addRow(self.tr("Strengths:"), self.strengths_edit)
        form.addRow(self.tr("Needs:"), self.needs_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        self.population_spin.valueChanged.connect(self._typing)
        self.coordinator_combo.currentIndexChanged.connect(self._save_now)
        from .assets_panel import AssetsPanel

        self.assets_panel = AssetsPanel(self._context)
        self.profile_tabs = QTabWidget()
        self.profile_tabs.setObjectName("profileTabs")
        self.profile_tabs.addTab(self.form_box, self.tr("Profile"))
        self.profile_tabs.addTab(self.assets_panel, self.tr("Assets (mapping file)"))
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.profile_title)
        layout.addWidget(self.profile_tabs, 1)
        return panel

    def _text_edit(self, name: str, placeholder: str) -> NoteEdit:
        edit = NoteEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._typing)
        return edit

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.flush_edits()
        chosen = self._current.id if self._current else None
        overview = self._context.workspace.journey.overview()
        self.model.set_rows([(s.neighborhood, s.stage) for s in overview.neighborhoods])
        self.guide.show_when(not overview.neighborhoods)
        self._fill_coordinators()
        if chosen is None or not self._select(chosen):
            self._show_profile(None)

    def _fill_coordinators(self) -> None:
        self._loading = True
        self.coordinator_combo.clear()
        self.coordinator_combo.addItem(self.tr("— none —"), None)
        for person in self._context.workspace.people.coordinators():
            self.coordinator_combo.addItem(person.full_name, person.id)
        self._loading = False

    def _select(self, neighborhood_id: int) -> bool:
        row = self.model.row_of(neighborhood_id)
        if row is None:
            return False
        index = self.sorter.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._show_profile(self.model.neighborhood(row))
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_edits()
        self._show_profile(self.model.neighborhood(self.sorter.mapToSource(current).row()) if current.isValid() else None)

    def _show_profile(self, neighborhood: Neighborhood | None) -> None:
        self._current = neighborhood
        access = self._context.workspace.access
        self.rename_button.setEnabled(neighborhood is not None and access.whole_city)
        self.remove_button.setEnabled(neighborhood is not None and access.whole_city)
        self.form_box.setEnabled(neighborhood is not None and access.may_edit(neighborhood.id))
        self.assets_panel.show_neighborhood(neighborhood.id if neighborhood is not None else None)
        self._loading = True
        try:
            if neighborhood is None:
                self.profile_title.setText(self.tr("Choose a neighborhood to see its profile."))
                for edit in (self.description_edit, self.strengths_edit, self.needs_edit, self.notes_edit):
                    edit.clear()
                self.population_spin.setValue(NO_POPULATION)
                self.coordinator_combo.setCurrentIndex(0)
                return
            profile = neighborhood.profile
            self.profile_title.setText(neighborhood.name)
            self.population_spin.setValue(profile.population if profile.population is not None else NO_POPULATION)
            self.coordinator_combo.setCurrentIndex(max(0, self.coordinator_combo.findData(profile.coordinator_id)))
            self.description_edit.setPlainText(profile.description)
            self.strengths_edit.setPlainText(profile.strengths)
            self.needs_edit.setPlainText(profile.needs)
            self.notes_edit.setPlainText(profile.notes)
        finally:
            self._loading = False

    # -- editing ------------------------------------------------------------------------

    def _typing(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.typed()

    def _save_now(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.write_now()

    def flush_edits(self) -> None:
        self._pause.flush()

    def _edited_profile(self) -> NeighborhoodProfile:
        population = self.population_spin.value()
        return NeighborhoodProfile(
            population=None if population == NO_POPULATION else population,
            description=self.description_edit.toPlainText(),
            strengths=self.strengths_edit.toPlainText(),
            needs=self.needs_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            coordinator_id=self.coordinator_combo.currentData(),
        )

    def _write_profile(self) -> None:
        if self._current is None:
            return
        profile = self._edited_profile()
        if profile == self._current.profile:
            return
        try:
            self._current = self._context.workspace.neighborhoods.update_profile(
                self._current.id, profile, self._current.version
            )
        except InputError as error:
            self._refused(self.tr("Neighborhood profile"), error)
            return
        self._update_row(self._current)

    def _refused(self, title: str, error: InputError) -> None:
        """Say why a change was not saved; when someone else saved the neighborhood first, show what they saved."""
        self._context.dialogs.error(self, title, input_error_message(error))
        if isinstance(error, EditConflict):
            self.refresh()

    def _update_row(self, neighborhood: Neighborhood) -> None:
        """Refresh the list's columns after a profile edit without reloading the form being typed in."""
        self._context.events.announce(self)
        overview = self._context.workspace.journey.overview()
        self.model.set_rows([(s.neighborhood, s.stage) for s in overview.neighborhoods])
        row = self.model.row_of(neighborhood.id)
        if row is not None:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                self.sorter.mapFromSource(self.model.index(row, 0)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(False)

    def add_neighborhood(self) -> None:
        name = self._context.dialogs.ask_text(self, self.tr("New neighborhood"), self.tr("Name of the neighborhood:"))
        if name is None:
            return
        try:
            added = self._context.workspace.neighborhoods.add(name)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("New neighborhood"), input_error_message(error))
            return
        self._current = added
        self._context.events.announce()

    def rename_neighborhood(self) -> None:
        if self._current is None:
            return
        name = self._context.dialogs.ask_text(
            self, self.tr("Rename neighborhood"), self.tr("New name:"), self._current.name
        )
        if name is None:
            return
        try:
            self._current = self._context.workspace.neighborhoods.rename(self._current.id, name, self._current.version)
        except InputError as error:
            self._refused(self.tr("Rename neighborhood"), error)
            return
        self._context.events.announce()

    def remove_neighborhood(self) -> None:
        if self._current is None:
            return
        question = self.tr(
            "Remove the neighborhood “{0}”? Its tasks and profile will be deleted. "
            "Its people stay in the workspace without a neighborhood."
        ).format(self._current.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove neighborhood"), question):
            return
        try:
            self._context.workspace.neighborhoods.remove(self._current.id)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Remove neighborhood"), input_error_message(error))
        self._current = None
        self._context.events.announce()

    def add_coordinator(self) -> None:
        if self._current is None:
            return
        self.flush_edits()  # what was typed goes in first, so the refresh below cannot write over the choice
        name = self._context.dialogs.ask_text(
            self, self.tr("New community coordinator"), self.tr("Full name of the coordinator:")
        )
        if name is None:
            return
        try:
            person_id = self._context.workspace.people.add(name, [PersonRole.COMMUNITY_COORDINATOR], self._current.id)
            profile = dataclasses.replace(self._edited_profile(), coordinator_id=person_id)
            self._current = self._context.workspace.neighborhoods.update_profile(
                self._current.id, profile, self._current.version
            )
        except InputError as error:
            self._refused(self.tr("New community coordinator"), error)
            return
        self._context.events.announce()
