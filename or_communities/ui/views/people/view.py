"""The people area: everyone in one quick table with search as you type, beside each person's form and status
history.

Inactive activists are flagged in the table and counted per neighborhood above it. The table reads from the
database only the people in view (models/person_table_model.py); it looks again only when something changed since,
and only once the area is shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
)

from ....domain.errors import RecordNotFound
from ....domain.next_steps import most_inactive_first
from ....domain.people_rules import RetentionDays
from ....domain.people_search import NO_NEIGHBORHOOD
from ....domain.records import Neighborhood, Person, PersonRole
from ....domain.relations import PersonStatus
from ....domain.text import count_text
from ....services.next_steps import count_attention_meanwhile
from ...labels import person_role_label
from ...list_files import ListFiles
from ...models.person_table_model import PeopleFilter, PersonTableModel
from ...models.record_table import RecordProxy, RecordTableModel
from ...record_dialogs import StatusDialog
from ...view_context import AreaFilter, ViewContext
from ...widgets.days_setting import DaysSetting
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.guidance_panel import GuidancePanel
from ...widgets.record_page import ListPart
from .fields import PersonFields

ROW_HEIGHT = 24
MOST_PLACES = 8
"""Places named in the summary of inactive activists, the most first; the rest are counted."""


class PeopleView(PersonFields):
    model: PersonTableModel
    filter: PeopleFilter

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "person", neighborhood_of=lambda person: person.neighborhood_id)
        self._stale = True
        self.setObjectName("peopleView")
        self.add_button.setText(self.tr("Add person…"))
        self.add_button.setObjectName("addPersonButton")
        self.remove_button.setObjectName("removePersonButton")
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, phone, skill…"))
        self.search_edit.setToolTip(self.tr(
            "Three letters or more are found anywhere in a name, phone, email or skill; one or two letters find the "
            "names that begin with them."
        ))
        self.neighborhood_filter.setObjectName("peopleNeighborhoodFilter")
        self.count_label.setObjectName("peopleCount")
        self.build_form()
        self.build()
        self.saved.connect(lambda: context.events.announce(self))
        context.events.follow(self, self._on_workspace_changed)
        self.reload()

    # -- the list ----------------------------------------------------------------------------------

    def make_model(self, key: Callable[[Person], object]) -> RecordTableModel:
        return PersonTableModel(self._context.language)

    def make_filter(
        self, neighborhood_of: Callable[[Person], int | None], search_text: Callable[[Person], str]
    ) -> RecordProxy:
        return PeopleFilter()

    def configure_table(self) -> None:
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        # fitted to everyone when they are read, not at each keystroke of a search (each would measure rows again)
        self.fit_columns((PersonTableModel.NAME,), (self.model.loaded, self.model.dataChanged))
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(PersonTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)

    def import_people(self) -> None:
        """Import a list of people from Excel or CSV (the first step a new city's checklist offers)."""
        self.list_files.import_list()

    def empty_guide(self) -> EmptyGuide:
        return EmptyGuide(
            "peopleGuide",
            self.tr("No people yet"),
            self.tr(
                "The residents, activists, building coordinators and leaders of every neighborhood, with their "
                "roles and how active they are. Add the first one, or import a list from Excel or CSV."
            ),
            [
                GuideStep(self.tr("Add a person…"), "guideAddPersonButton", "add_person", self.add_record),
                GuideStep(self.tr("Import a list…"), "guideImportPeopleButton", "import", self.import_people),
            ],
        )

    def list_parts(self) -> list[ListPart]:
        self.list_files = ListFiles(self, "people", ("importPeopleButton", "exportPeopleButton"))
        self.import_button, self.export_button = self.list_files.import_button, self.list_files.export_button
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.inactive_summary = QLabel()
        self.inactive_summary.setObjectName("inactiveSummary")
        self.inactive_summary.setWordWrap(True)
        self.inactive_summary.setTextFormat(Qt.TextFormat.RichText)
        self.inactive_summary.linkActivated.connect(self._on_summary_link)
        return [buttons, *self._filter_rows(), self.inactive_summary]

    def _filter_rows(self) -> list[ListPart]:
        self.role_filter = self._filter_combo("roleFilter", self.tr("All roles"), [
            (person_role_label(role), role) for role in PersonRole
        ])
        self.status_filter = self._filter_combo("statusFilter", self.tr("Any status"), [
            (status.label.get(self._context.language), status) for status in PersonStatus
        ])
        self.inactive_filter = QCheckBox(self.tr("Inactive only"))
        self.inactive_filter.setObjectName("inactiveFilter")
        self.inactive_filter.toggled.connect(self._on_filters)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.inactive_filter)
        search.addWidget(self.count_label)
        combos = QHBoxLayout()
        for combo in (self.neighborhood_filter, self.role_filter, self.status_filter):
            combos.addWidget(combo, 1)
        return [search, combos]

    def _filter_combo(self, name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._on_filters)
        return combo

    def list_footer(self) -> list[ListPart]:
        self.retention = DaysSetting("activistRetentionSpin", self.tr("Flag activists with no activity for more than"))
        self.retention.chosen.connect(self._write_retention)
        self.guidance = GuidancePanel(self._context, "activist_retention", "activistsGuidance")
        return [self.retention, self.guidance]

    def neighborhood_filter_items(self) -> list[tuple[str, object]]:
        return [(self.tr("All neighborhoods"), None), (self.tr("No neighborhood"), NO_NEIGHBORHOOD)]

    def on_neighborhood_filter(self, value: object) -> None:
        self._on_filters()

    def _on_filters(self) -> None:
        self.filter.set_criteria(
            neighborhood_id=self.neighborhood_filter.currentData(),
            role=self.role_filter.currentData(),
            status=self.status_filter.currentData(),
            inactive_only=self.inactive_filter.isChecked(),
        )

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.inactive_filter.setChecked(False)
        self.status_filter.setCurrentIndex(0)

    def apply_filter(self, area_filter: AreaFilter) -> None:
        """Show only what was asked for (the home view's inactive activists of a neighborhood)."""
        self.refresh()
        filters = (self.neighborhood_filter, self.role_filter, self.status_filter, self.inactive_filter, self.search_edit)
        for widget in filters:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.filter.set_criteria(search="")
        self.role_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.neighborhood_filter.setCurrentIndex(max(0, self.neighborhood_filter.findData(area_filter.neighborhood_id)))
        self.inactive_filter.setChecked(area_filter.needs_attention)
        for widget in filters:
            widget.blockSignals(False)
        self._on_filters()

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the latest, reading everyone again only when something changed since the last read."""
        if self._stale:
            self.reload()

    def reload_model(self, neighborhoods: list[Neighborhood]) -> None:
        people = self._context.workspace.people
        counting = count_attention_meanwhile(self._context.workspace)  # the summary's count, while the list is found
        try:
            self.model.load(people.find, self._read_people, self.neighborhood_names, people.count())
            self.retention.show_days(people.retention().activists)
        finally:
            counted = counting()
        self._stale = False
        self._update_summary(counted.inactive_activists)

    def _read_people(self, ids: Sequence[int]) -> list[tuple[Person, bool]]:
        people = self._context.workspace.people
        found = people.many(ids)
        inactive = {person.id for person in people.inactive(among=found)}
        return [(person, person.id in inactive) for person in found]

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        self._loading = True
        self.neighborhood_combo.clear()
        self.neighborhood_combo.addItem(self.tr("— none —"), None)
        for neighborhood in neighborhoods:
            self.neighborhood_combo.addItem(neighborhood.name, neighborhood.id)
        self._loading = False

    def _on_workspace_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _update_summary(self, counts: Mapping[int | None, int] | None = None) -> None:
        """The inactive activists per neighborhood (``counts``: counted already), each a link that filters the table
        to them."""
        if counts is None:
            counts = self._context.workspace.people.inactive_counts()
        total = sum(counts.values())
        if not total:
            self.inactive_summary.setText(self.tr("No inactive activists."))
            return
        names: dict[int | None, str] = dict(self.neighborhood_names.items())
        names[None] = self.tr("No neighborhood")
        places = most_inactive_first(counts, self.neighborhood_names)
        parts = [
            f'<a href="n:{nid if nid is not None else NO_NEIGHBORHOOD}">{html.escape(names.get(nid, ""))}</a>'
            f" ({count_text(counts[nid])})"
            for nid in places[:MOST_PLACES]
        ]
        if len(places) > MOST_PLACES:  # the rest are reached through the total (a city of hundreds would fill the area)
            more = self.tr("{0} more").format(count_text(len(places) - MOST_PLACES))
            parts.append(f'<a href="all">{html.escape(more)}</a>')
        heading = self.tr("Inactive activists: {0}").format(f'<a href="all">{count_text(total)}</a>')
        self.inactive_summary.setText(f"⚠ {heading} — {' · '.join(parts)}")

    def _on_summary_link(self, link: str) -> None:
        neighborhood_id = None if link == "all" else int(link.removeprefix("n:"))
        self.apply_filter(AreaFilter(needs_attention=True, neighborhood_id=neighborhood_id))

    # -- the records -------------------------------------------------------------------------------

    def record_at(self, source_row: int) -> Person:
        return self.model.person(source_row)

    def key_of(self, person: Person) -> object:
        return person.id

    def title_of(self, person: Person | None) -> str:
        return person.full_name if person is not None else self.tr("Choose a person to see and edit their details.")

    def save(self, person: Person) -> Person:
        return self._context.workspace.people.update(person)

    def after_save(self, person: Person) -> None:
        inactive = bool(self._context.workspace.people.inactive(among=[person]))
        shown = self.model.shown_row(person.id)
        self.model.update_person(person, inactive)
        if shown is None or (shown.inactive, shown.person.neighborhood_id) != (inactive, person.neighborhood_id):
            self._update_summary()  # counted over everyone: only when this person's count may have moved

    def choose_person(self, person_id: int) -> bool:
        return self.choose(person_id)

    def choose(self, key: object) -> bool:
        """Select the person in the table, or, when the search and filters leave them out, show their form alone."""
        if self.model.row_of(key) is not None or not isinstance(key, int):
            return super().choose(key)
        self.flush_edits()
        try:
            person = self._context.workspace.people.get(key)
        except RecordNotFound:
            return False
        self.table.selectionModel().clearSelection()
        self.show_record(person)
        return True

    def create_record(self) -> int | None:
        name = self._context.dialogs.ask_text(self, self.tr("New person"), self.tr("Full name:"))
        if name is None:
            return None
        neighborhood_id = self.neighborhood_filter.currentData()
        role = self.role_filter.currentData()
        return self._context.workspace.people.add(
            name,
            [role] if role is not None else [PersonRole.ACTIVIST],
            neighborhood_id if neighborhood_id not in (None, NO_NEIGHBORHOOD) else None,
        )

    def delete_record(self, person: Person) -> bool:
        question = self.tr("Remove “{0}” and their status history?").format(person.full_name)
        if not self._context.dialogs.confirm(self, self.tr("Remove person"), question):
            return False
        self._context.workspace.people.remove(person.id)
        return True

    def change_status(self) -> None:
        """Add a status to the person's history; the earlier ones stay."""
        if self._current is None:
            return
        self.flush_edits()
        person = self._current
        dialog = StatusDialog(person.id, person.status, self._context.language, self._context.workspace.clock(), self)
        if not dialog.exec():
            return
        change, people = dialog.change(), self._context.workspace.people

        def changed() -> Person:
            people.change_status(person.id, change.status, change.date, change.note)
            return people.get(person.id)

        self.change_through(self.tr("Change status"), changed)

    # -- retention and lists -----------------------------------------------------------------------

    def flush_edits(self) -> None:
        super().flush_edits()
        self.retention.flush()

    def _write_retention(self, days: int) -> None:
        people = self._context.workspace.people
        if days == people.retention().activists:
            return
        people.set_retention(RetentionDays(people.retention().partners, days))
        self.reload()
        self.saved.emit()
