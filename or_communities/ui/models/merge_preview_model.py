"""The records of an incoming map package and what merging each would do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...services.map_exchange import ConflictReason, ItemKind, MergeItem, MergeState

AnyIndex = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's MergeState."""

STATE_COLORS: dict[MergeState, QColor] = {
    MergeState.NEW: QColor("#8fd19e"),
    MergeState.CHANGED: QColor("#ffd971"),
    MergeState.CONFLICTING: QColor("#f4a3a3"),
    MergeState.UNCHANGED: QColor("#f7f7f7"),
}


class MergePreviewModel(QAbstractTableModel):
    KIND, NAME, STATE, FIELDS, YOURS, THEIRS = range(6)

    def __init__(self, items: Sequence[MergeItem]) -> None:
        super().__init__()
        # Conflicts first: they need a decision; unchanged records last.
        order = [MergeState.CONFLICTING, MergeState.CHANGED, MergeState.NEW, MergeState.UNCHANGED]
        self._items = sorted(items, key=lambda item: order.index(item.state))

    def item(self, row: int) -> MergeItem:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Kind"),
            self.tr("Name"),
            self.tr("State"),
            self.tr("What differs"),
            self.tr("Yours"),
            self.tr("Theirs"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.STATE:
            return STATE_COLORS[item.state]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATE:
            return QColor("#1f1f1f")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._reason(item)
        if role == STATE_ROLE:
            return item.state
        return None

    def _text(self, item: MergeItem, column: int) -> str:
        if column == self.KIND:
            return self._kind(item.kind)
        if column == self.NAME:
            return item.name
        if column == self.STATE:
            return self.state_label(item.state)
        if column == self.FIELDS:
            return ", ".join(self._field(key) for key in item.changed_fields)
        values = item.local_values if column == self.YOURS else item.incoming_values
        return "; ".join(value for value in values if value)

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

    def _reason(self, item: MergeItem) -> str | None:
        if item.reason is ConflictReason.MADE_IN_BOTH_PLACES:
            return self.tr("A record with this name was made separately in your workspace.")
        if item.reason is ConflictReason.NAME_TAKEN:
            return self.tr("The package renames it to a name another of your neighborhoods has.")
        return None
