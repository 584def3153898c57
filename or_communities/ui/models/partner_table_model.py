"""The partners table: name, kind, where they work, influence and interest, last contact and follow-up; flags marked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle

from ...domain.records import Partner, PartnerCircle, PartnerKind
from ...domain.relations import Membership, PartnerFlag
from ..labels import ATTENTION_COLOR, partner_circle_label, partner_kind_label
from .cells import date_sort_key, date_text
from .record_table import Column, RecordFilter, RecordTableModel

CITY_WIDE = -1
"""The neighborhood filter's value for partners who work city-wide."""


class PartnerTableModel(RecordTableModel):
    NAME, KIND, WHERE, INFLUENCE, INTEREST, LAST_CONTACT, FOLLOW_UP = range(7)

    def __init__(self) -> None:
        super().__init__(key=lambda partner: partner.id, row_background=self._flag_color)
        self.row_tooltip = self._flag_tooltip
        self._flags: dict[int, frozenset[PartnerFlag]] = {}
        self._neighborhood_names: dict[int, str] = {}
        self.retention_days = 60
        self.columns = [
            Column(self.tr("Partner"), lambda partner: partner.name, icon=self._flag_icon),
            Column(
                self.tr("Kind"), lambda partner: partner_kind_label(partner.kind),
                lambda partner: list(PartnerKind).index(partner.kind),
                tooltip=lambda partner: partner_circle_label(partner.kind.circle),
            ),
            Column(self.tr("Where"), self.where_text),
            Column(self.tr("Influence"), lambda partner: str(partner.influence), lambda partner: partner.influence),
            Column(self.tr("Interest"), lambda partner: str(partner.interest), lambda partner: partner.interest),
            Column(
                self.tr("Last contact"), lambda partner: date_text(partner.last_contact),
                lambda partner: date_sort_key(partner.last_contact),
            ),
            Column(
                self.tr("Next follow-up"), lambda partner: date_text(partner.next_follow_up),
                lambda partner: date_sort_key(partner.next_follow_up),
            ),
        ]

    def set_partners(
        self,
        partners: list[Partner],
        flags: dict[int, frozenset[PartnerFlag]],
        neighborhood_names: dict[int, str],
        retention_days: int,
    ) -> None:
        self._flags = dict(flags)
        self._neighborhood_names = dict(neighborhood_names)
        self.retention_days = retention_days
        self.set_records(partners)

    def update_partner(self, partner: Partner, flags: frozenset[PartnerFlag] | None) -> None:
        """One partner changed, with its flags now (a partner's flags are its own dates against the retention days,
        so no other row's move): refresh its row without a reset."""
        if flags:
            self._flags[partner.id] = flags
        else:
            self._flags.pop(partner.id, None)
        self.replace_record(partner)

    def partner(self, row: int) -> Partner:
        return self.record(row)

    def partners(self) -> list[Partner]:
        return self.records()

    def flags_of(self, partner_id: int) -> frozenset[PartnerFlag]:
        return self._flags.get(partner_id, frozenset())

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

    def _flag_color(self, partner: Partner) -> object:
        return ATTENTION_COLOR if self.flags_of(partner.id) else None

    def _flag_icon(self, partner: Partner) -> object:
        if not self.flags_of(partner.id):
            return None
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _flag_tooltip(self, partner: Partner) -> str | None:
        flags = self.flags_of(partner.id)
        return self.flag_text(flags, partner) if flags else None


class PartnerFilter(RecordFilter):
    """Partners of one kind or circle, in one neighborhood or city-wide, in one forum, needing attention, or
    matching a search."""

    def __init__(self) -> None:
        super().__init__()
        self.kind: PartnerKind | None = None
        self.circle: PartnerCircle | None = None
        self.neighborhood_id: int | None = None
        self.membership: Membership | None = None
        self.needs_attention = False
        self.search = ""

    def accepts(self, partner: Partner) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PartnerTableModel)
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
