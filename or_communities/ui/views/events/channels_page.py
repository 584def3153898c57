"""Communication channels: where each neighborhood talks, who runs it, and when it was last used."""

from __future__ import annotations

import dataclasses

from ....domain.errors import (
    EmptyName,
    InputError,
    NegativeCount,
)
from ....domain.planning import (
    Channel,
    ChannelKind,
)
from ....domain.records import Neighborhood
from ...models.cells import date_sort_key, date_text
from ...models.record_table import Column, NeighborhoodSearchFilter
from ...view_context import ViewContext
from ...widgets.controls import (
    count_spin,
    count_value,
    fill_neighborhood_combo,
    set_count,
)
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.guidance_panel import GuidancePanel
from ...widgets.record_page import ListPart, RecordPage
from .common import count_text


class ChannelsPage(RecordPage[Channel]):
    """Communication channels: WhatsApp groups, newsletters, pages."""

    filter: NeighborhoodSearchFilter

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "channel", lambda c: c.id, lambda c: c.neighborhood_id, lambda c: " ".join((c.name, c.run_by)))
        self._build_form()
        self.build()

    def list_footer(self) -> list[ListPart]:
        self.guidance = GuidancePanel(self._context, "communication_tips", "channelsGuidance")
        return [self.guidance]

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Channel"), lambda c: c.name),
            Column(self.tr("Kind"), lambda c: c.kind.label.get(self._language)),
            Column(self.tr("Neighborhood"), lambda c: self.neighborhood_name(c.neighborhood_id)),
            Column(self.tr("Run by"), lambda c: c.run_by),
            Column(self.tr("Members"), lambda c: count_text(c.members), lambda c: c.members or 0),
            Column(self.tr("Last used"), lambda c: date_text(c.last_used), lambda c: date_sort_key(c.last_used)),
        ]

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("channelNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.kind_combo = self.choice("channelKindCombo", [(k.label.get(self._language), k) for k in ChannelKind])
        self.neighborhood_combo = self.choice("channelNeighborhoodCombo", [])
        self.run_by_edit = self.line_edit("channelRunByEdit")
        self.members_spin = count_spin("channelMembersSpin", self.tr("Not recorded"))
        self.members_spin.valueChanged.connect(self.typing)
        self.members_problem = FieldProblem(self.members_spin)
        self.last_used_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.last_used_edit.setObjectName("channelLastUsedEdit")
        self.last_used_edit.changed.connect(self.changed_now)
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Run by:"), self.run_by_edit)
        self.form.addRow(self.tr("Members:"), field_with_problem(self.members_spin, self.members_problem))
        self.form.addRow(self.tr("Last used:"), self.last_used_edit)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))

    def load(self) -> list[Channel]:
        return self._context.workspace.events.channels()

    def title_of(self, record: Channel | None) -> str:
        return record.name if record is not None else self.tr("Choose a channel to see and edit it.")

    def fill(self, record: Channel | None) -> None:
        channel = record if record is not None else Channel(None, "")
        self.name_edit.setText(channel.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(channel.kind))
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(channel.neighborhood_id)))
        self.run_by_edit.setText(channel.run_by)
        set_count(self.members_spin, channel.members)
        self.last_used_edit.set_value(channel.last_used)

    def edited(self, record: Channel) -> Channel:
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            run_by=self.run_by_edit.text(),
            members=count_value(self.members_spin),
            last_used=self.last_used_edit.value(),
        )

    def save(self, record: Channel) -> Channel:
        return self._context.workspace.events.update_channel(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem, "members": self.members_problem}

    def field_of(self, error: InputError, edited: Channel) -> str | None:
        if isinstance(error, NegativeCount):
            return "members"
        return "name" if isinstance(error, EmptyName) else None

    def create_record(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New channel"), self.tr("Name of the channel:"))
        if name is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return self._context.workspace.events.add_channel(Channel(None, name, ChannelKind.WHATSAPP, neighborhood)).id

    def delete_record(self, record: Channel) -> bool:
        assert record.id is not None
        question = self.tr("Remove the channel “{0}”?").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove channel"), question):
            return False
        self._context.workspace.events.remove_channel(record.id)
        return True
