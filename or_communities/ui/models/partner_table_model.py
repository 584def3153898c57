"""The partners table: name, kind, where they work, influence and interest, last contact and follow-up; flags marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.records import Partner, PartnerCircle, PartnerKind
from ...domain.relations import Membership, PartnerFlag
from ..labels import ATTENTION_COLOR, partner_circle_label, partner_kind_label

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CITY_WIDE = -1
"""The neighborhood filter's value for partners who work city-wide."""


def date_text(value: dt.date | None) -> str:
    """A date as every table, date field and Excel file of the app shows it: 31/01/2026."""
    return value.strftime("%d/%m/%Y") if value else ""


def date_sort_key(value: dt.date | None) -> int:
    return value.toordinal() if value else 0


class PartnerTableModel(QAbstractTableModel):
    NAME, KIND, WHERE, INFLUENCE, INTEREST, LAST_CONTACT, FOLLOW_UP = range(7)

    def __init__(self) -> None:
        super().__init__()
        self._partners: list[Partner] = []
        self._flags: dict[int, frozenset[PartnerFlag]] = {}
        self._neighborhood_names: dict[int, str] = {}
        self.retention_days = 60

    def set_partners(
        self,
        partners: list[Partner],
        flags: dict[int, frozenset[PartnerFlag]],
        neighborhood_names: dict[int, str],
        retention_days: int,
    ) -> None:
        self.beginResetModel()
        self._partners = list(partners)
        self._flags = dict(flags)
        self._neighborhood_names = dict(neighborhood_names)
        self.retention_days = retention_days
        self.endResetModel()

    def update_partner(self, partner: Partner, flags: dict[int, frozenset[PartnerFlag]]) -> None:
        """One partner changed (and perhaps everyone's flags): refresh its row without a reset."""
        self._flags = dict(flags)
        row = self.row_of(partner.id)
        if row is None:
            return
        self._partners[row] = partner
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if self._partners:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._partners) - 1, 0))

    def partner(self, row: int) -> Partner:
        return self._partners[row]

    def partners(self) -> list[Partner]:
        return list(self._partners)

    def flags_of(self, partner_id: int) -> frozenset[PartnerFlag]:
        return self._flags.get(partner_id, frozenset())

    def row_of(self, partner_id: int) -> int | None:
        return next((row for row, partner in enumerate(self._partners) if partner.id == partner_id), None)

    def where_text(self, partner: Partner) -> str:
        if partner.city_wide:
            return self.tr("City-wide")
        names = sorted(self._neighborhood_names.get(nid, "") for nid in partner.neighborhood_ids)
        return ", ".join(name for name in names if name)

    def flag_text(self, flags: frozenset[PartnerFlag], partner: Partner) -> str:
        lines = []
        if PartnerFlag.NOT_CONTACTED_LONG in flags:
            if partner.last_contact is None:
                lines.append(self.tr("No contact recorded yet."))
            else:
                lines.append(self.tr("Not contacted for more than {0} days.").format(self.retention_days))
        if PartnerFlag.FOLLOW_UP_DUE in flags:
            lines.append(self.tr("Follow-up due since {0}.").format(date_text(partner.next_follow_up)))
        return "\n".join(lines)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._partners)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Partner"),
            self.tr("Kind"),
            self.tr("Where"),
            self.tr("Influence"),
            self.tr("Interest"),
            self.tr("Last contact"),
            self.tr("Next follow-up"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        partner = self._partners[index.row()]
        flags = self._flags.get(partner.id, frozenset())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(partner, column)
        if role == SORT_ROLE:
            return self._sort_value(partner, column)
        if role == Qt.ItemDataRole.BackgroundRole and flags:
            return ATTENTION_COLOR
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME and flags:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if flags:
                return self.flag_text(flags, partner)
            if column == self.KIND:
                return partner_circle_label(partner.kind.circle)
        return None

    def _display(self, partner: Partner, column: int) -> str:
        values = {
            self.NAME: partner.name,
            self.KIND: partner_kind_label(partner.kind),
            self.WHERE: self.where_text(partner),
            self.INFLUENCE: str(partner.influence),
            self.INTEREST: str(partner.interest),
            self.LAST_CONTACT: date_text(partner.last_contact),
            self.FOLLOW_UP: date_text(partner.next_follow_up),
        }
        return values[column]

    def _sort_value(self, partner: Partner, column: int) -> object:
        if column == self.INFLUENCE:
            return partner.influence
        if column == self.INTEREST:
            return partner.interest
        if column == self.LAST_CONTACT:
            return date_sort_key(partner.last_contact)
        if column == self.FOLLOW_UP:
            return date_sort_key(partner.next_follow_up)
        if column == self.KIND:
            return list(PartnerKind).index(partner.kind)
        return self._display(partner, column).casefold()


class PartnerFilter(QSortFilterProxyModel):
    """Partners of one kind or circle, in one neighborhood or city-wide, in one forum, needing attention, or matching a search."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.kind: PartnerKind | None = None
        self.circle: PartnerCircle | None = None
        self.neighborhood_id: int | None = None
        self.membership: Membership | None = None
        self.needs_attention = False
        self.search = ""

    def set_criteria(self, **criteria: object) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._apply(criteria)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._apply(criteria)
            self.invalidateFilter()

    def _apply(self, criteria: dict[str, object]) -> None:
        for name, value in criteria.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value.casefold().strip() if name == "search" and isinstance(value, str) else value)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, PartnerTableModel)
        partner = model.partner(source_row)
        return (
            (self.kind is None or partner.kind is self.kind)
            and (self.circle is None or partner.kind.circle is self.circle)
            and self._in_neighborhood(partner)
            and (self.membership is None or self.membership in partner.memberships)
            and (not self.needs_attention or bool(model.flags_of(partner.id)))
            and (not self.search or self.search in _search_text(partner))
        )

    def _in_neighborhood(self, partner: Partner) -> bool:
        if self.neighborhood_id is None:
            return True
        if self.neighborhood_id == CITY_WIDE:
            return partner.city_wide
        return self.neighborhood_id in partner.neighborhood_ids


def _search_text(partner: Partner) -> str:
    return " ".join(
        (partner.name, partner.contact_person, partner.phone, partner.email, partner.contribution, partner.notes)
    ).casefold()
