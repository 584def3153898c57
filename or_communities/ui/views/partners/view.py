"""The partners area: the partner map as a table and as a power/interest grid, beside each partner's form.

Every edit is written at once (typing after a pause); a field that is wrong says so and is not written,
while the rest of the form is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import InputError
from ....domain.people_rules import RetentionDays
from ....domain.records import Neighborhood, Partner, PartnerCircle, PartnerKind
from ....domain.relations import Membership
from ...list_files import ListFiles
from ...models.partner_table_model import CITY_WIDE, PartnerFilter, PartnerTableModel
from ...models.record_table import RecordFilter, RecordTableModel
from ...record_dialogs import ContactDialog
from ...view_context import AreaFilter, ViewContext
from ...widgets.days_setting import DaysSetting
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.guidance_panel import GuidancePanel
from ...widgets.record_page import ListPart
from .fields import PartnerFields, kind_choices
from .grid import PartnerGrid

TABLE_TAB, GRID_TAB = range(2)


class PartnersView(PartnerFields):
    model: PartnerTableModel
    filter: PartnerFilter

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "partner", key=lambda partner: partner.id)
        self.setObjectName("partnersView")
        self.add_button.setText(self.tr("Add partner…"))
        self.add_button.setObjectName("addPartnerButton")
        self.remove_button.setObjectName("removePartnerButton")
        self.search_edit.setObjectName("partnerSearch")
        self.search_edit.setPlaceholderText(self.tr("Search partners…"))
        self.neighborhood_filter.setObjectName("partnerNeighborhoodFilter")
        self.grid = PartnerGrid()
        self.grid.partner_moved.connect(self.move_on_grid)
        self.grid.partner_chosen.connect(self.choose_partner)
        self.build_form()
        self.build()
        self.saved.connect(lambda: context.events.announce(self))
        context.events.follow(self, self.refresh)
        self.refresh()

    # -- the list ----------------------------------------------------------------------------------

    def make_model(self, key: Callable[[Partner], object]) -> RecordTableModel:
        return PartnerTableModel()

    def make_filter(
        self, neighborhood_of: Callable[[Partner], int | None], search_text: Callable[[Partner], str]
    ) -> RecordFilter:
        return PartnerFilter()

    def empty_guide(self) -> EmptyGuide:
        return EmptyGuide(
            "partnersGuide",
            self.tr("No partners yet"),
            self.tr(
                "The partners table holds the organizations the community work leans on: the municipality's "
                "departments, associations, businesses, schools and residents' committees. Add the first one, "
                "or import the list you keep in Excel."
            ),
            [
                GuideStep(self.tr("Add a partner…"), "guideAddPartnerButton", "add", self.add_record),
                GuideStep(self.tr("Import a list…"), "guideImportPartnersButton", "import", lambda: self.list_files.import_list()),
            ],
        )

    def list_parts(self) -> list[ListPart]:
        self.list_files = ListFiles(self, "partners", ("importPartnersButton", "exportPartnersButton"))
        self.import_button, self.export_button = self.list_files.import_button, self.list_files.export_button
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        return [buttons, *self._filter_rows()]

    def _filter_rows(self) -> list[ListPart]:
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for label, value in kind_choices():
            self.kind_filter.addItem(label, value)
        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter)
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
        self.count_label.setObjectName("partnerCount")
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.attention_filter)
        search.addWidget(self.count_label)
        combos = QHBoxLayout()
        for combo in (self.kind_filter, self.neighborhood_filter, self.membership_filter):
            combos.addWidget(combo, 1)
        return [search, combos]

    def list_view(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnerTabs")
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self._grid_page(), self.tr("Power/interest grid"))
        return self.tabs

    def _grid_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Drag a partner to another cell to change its influence and interest."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        return page

    def list_footer(self) -> list[ListPart]:
        self.retention = DaysSetting("partnerRetentionSpin", self.tr("Flag partners not contacted for more than"))
        self.retention.chosen.connect(self._write_retention)
        self.guidance = GuidancePanel(self._context, "partner_retention", "partnersGuidance")
        return [self.retention, self.guidance]

    def neighborhood_filter_items(self) -> list[tuple[str, object]]:
        return [(self.tr("All neighborhoods"), None), (self.tr("City-wide"), CITY_WIDE)]

    def on_neighborhood_filter(self, value: object) -> None:
        self.filter.set_criteria(neighborhood_id=value)

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

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.attention_filter.setChecked(False)

    # -- the records -------------------------------------------------------------------------------

    def reload_model(self, neighborhoods: list[Neighborhood]) -> None:
        workspace = self._context.workspace
        retention = workspace.people.retention()
        names = {n.id: n.name for n in neighborhoods}
        partners = workspace.partners.list()
        flags = workspace.partners.flags(retention.partners, among=partners)
        self.model.set_partners(partners, flags, names, retention.partners)
        self.neighborhood_list.set_choices([(n.name, n.id) for n in neighborhoods])
        self.retention.show_days(retention.partners)
        self.grid.set_partners(self.model.partners(), self._current.id if self._current else None)

    def title_of(self, partner: Partner | None) -> str:
        return partner.name if partner is not None else self.tr("Choose a partner to see and edit it.")

    def fill(self, partner: Partner | None) -> None:
        self.grid.show_chosen(partner.id if partner else None)
        super().fill(partner)

    def save(self, partner: Partner) -> Partner:
        return self._context.workspace.partners.update(partner)

    def after_save(self, partner: Partner) -> None:
        """Show the saved partner in the table and the grid (flags may have moved for everyone)."""
        self.model.update_partner(partner, self._context.workspace.partners.flags(among=[partner]).get(partner.id))
        self.grid.set_partners(self.model.partners(), partner.id)

    def choose_partner(self, partner_id: int) -> bool:
        return self.choose(partner_id)

    def create_record(self) -> int | None:
        name = self._context.dialogs.ask_text(self, self.tr("New partner"), self.tr("Name of the partner:"))
        if name is None:
            return None
        chosen_kind = self.kind_filter.currentData()
        kind = chosen_kind if isinstance(chosen_kind, PartnerKind) else PartnerKind.MUNICIPAL_DEPARTMENT
        return self._context.workspace.partners.add(Partner(0, name, kind))

    def delete_record(self, partner: Partner) -> bool:
        question = self.tr("Remove the partner “{0}” and its contact log?").format(partner.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove partner"), question):
            return False
        self._context.workspace.partners.remove(partner.id)
        return True

    # -- the grid and the contact log ---------------------------------------------------------------

    def move_on_grid(self, partner_id: int, influence: int, interest: int) -> None:
        """A dot dropped in another cell: its influence and interest, and the form follows."""
        self.flush_edits()
        try:
            self._context.workspace.partners.move_on_grid(partner_id, influence, interest)
            moved = self._context.workspace.partners.get(partner_id)
        except InputError as error:
            self.show_error(error, self.tr("Power/interest grid"))
            self.refresh()
            return
        self.after_save(moved)
        self.choose(partner_id)
        self.saved.emit()

    def log_contact(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        dialog = ContactDialog(self._current.id, self._context.language, self._context.workspace.clock(), self)
        if not dialog.exec():
            return
        partners, partner_id = self._context.workspace.partners, self._current.id

        def logged() -> Partner:
            partners.log_contact(dialog.entry())
            return partners.get(partner_id)

        self.change_through(self.tr("Log a contact"), logged)

    # -- retention and lists ------------------------------------------------------------------------

    def flush_edits(self) -> None:
        super().flush_edits()
        self.retention.flush()

    def _write_retention(self, days: int) -> None:
        people = self._context.workspace.people
        if days == people.retention().partners:
            return
        people.set_retention(RetentionDays(days, people.retention().activists))
        self.model.set_partners(
            self.model.partners(), self._context.workspace.partners.flags(days, among=self.model.partners()),
            self.neighborhood_names, days,
        )
        if self._current is not None:
            self.choose(self._current.id)
        self.update_count()
        self.saved.emit()
