"""The records of an incoming map package and what merging each would do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...services.map_exchange import ConflictReason, ItemKind, MergeItem, MergeState
from .record_table import AnyIndex, Column, RecordTableModel

STATE_ROLE = Qt.ItemDataRole.UserRole + 10
"""The row's MergeState."""

STATE_COLORS: dict[MergeState, QColor] = {
    MergeState.NEW: QColor("#8fd19e"),
    MergeState.CHANGED: QColor("#ffd971"),
    MergeState.CONFLICTING: QColor("#f4a3a3"),
    MergeState.UNCHANGED: QColor("#f7f7f7"),
}
STATE_TEXT_COLOR = QColor("#1f1f1f")


class MergePreviewModel(RecordTableModel):
    KIND, NAME, STATE, FIELDS, YOURS, THEIRS, BASE = range(7)

    def __init__(self, items: Sequence[MergeItem]) -> None:
        super().__init__(row_tooltip=self._reason)
        self.columns = [
            Column(self.tr("Kind"), lambda item: self._kind(item.kind)),
            Column(self.tr("Name"), lambda item: item.name),
            Column(
                self.tr("State"), lambda item: self.state_label(item.state),
                background=lambda item: STATE_COLORS[item.state], foreground=lambda _item: STATE_TEXT_COLOR,
            ),
            Column(self.tr("What differs"), self._differs),
            Column(self.tr("Yours"), lambda item: self._values(item, item.local_values)),
            Column(self.tr("Theirs"), lambda item: self._values(item, item.incoming_values)),
            Column(self.tr("Both started from"), lambda item: self._values(item, item.base_values)),
        ]
        # Conflicts first: they need a decision; unchanged records last.
        order = [MergeState.CONFLICTING, MergeState.CHANGED, MergeState.NEW, MergeState.UNCHANGED]
        self.set_records(sorted(items, key=lambda item: order.index(item.state)))

    def item(self, row: int) -> MergeItem:
        return self.record(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == STATE_ROLE and index.isValid():
            return self.record(index.row()).state
        return super().data(index, role)

    def state_label(self, state: MergeState) -> str:
        return {
            MergeState.NEW: self.tr("New"),
            MergeState.CHANGED: self.tr("Changed"),
            MergeState.CONFLICTING: self.tr("Conflicting"),
            MergeState.UNCHANGED: self.tr("Unchanged"),
        }[state]

    def _kind(self, kind: ItemKind) -> str:
        return {
            ItemKind.NEIGHBORHOOD: self.tr("Neighborhood"),
            ItemKind.ASSET: self.tr("Asset"),
            ItemKind.CITY_BOUNDARY: self.tr("City boundary"),
        }[kind]

    def _field(self, key: str) -> str:
        names = {
            "name": self.tr("name"),
            "population": self.tr("population"),
            "description": self.tr("description"),
            "strengths": self.tr("strengths"),
            "needs": self.tr("needs"),
            "boundary": self.tr("boundary"),
            "category": self.tr("category"),
            "neighborhood": self.tr("neighborhood"),
            "address": self.tr("address"),
            "notes": self.tr("notes"),
            "position": self.tr("position"),
        }
        return names.get(key, key)

    def _differs(self, item: MergeItem) -> str:
        changed = ", ".join(
            self._field(key) + (" ⚠" if key in item.conflicting_fields else "") for key in item.changed_fields
        )
        if not item.kept_fields:
            return changed
        kept = self.tr("yours kept: {0}").format(", ".join(self._field(key) for key in item.kept_fields))
        return f"{changed}; {kept}" if changed else kept

    def _values(self, item: MergeItem, values: Sequence[str]) -> str:
        """Each changed field's value, named: "population: 5000; needs: a club"."""
        return "; ".join(f"{self._field(key)}: {value}" for key, value in zip(item.changed_fields, values, strict=False) if value)

    def _reason(self, item: MergeItem) -> str | None:
        if item.reason is ConflictReason.CHANGED_IN_BOTH:
            return self.tr(
                "Changed here and there since you last shared it (marked ⚠): the choice below decides whose value stays."
            )
        if item.reason is ConflictReason.MADE_IN_BOTH_PLACES:
            return self.tr("A record with this name was made separately in your workspace.")
        if item.reason is ConflictReason.NAME_TAKEN:
            return self.tr("The package renames it to a name another of your neighborhoods has.")
        return None

