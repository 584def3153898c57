"""Partners and people beyond their names: the guide's partner map, contacts, status, mentoring, retention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .text import Text


class Contribution(Enum):
    MONEY = "money"
    IN_KIND = "in_kind"
    VOLUNTEERS = "volunteers"
    SPACE = "space"
    KNOWLEDGE = "knowledge"

    @property
    def label(self) -> Text:
        return CONTRIBUTION_LABELS[self]


CONTRIBUTION_LABELS = {
    Contribution.MONEY: Text("כסף", "Money"),
    Contribution.IN_KIND: Text("שווה כסף", "In kind"),
    Contribution.VOLUNTEERS: Text("מתנדבים", "Volunteers"),
    Contribution.SPACE: Text("מקום", "Space"),
    Contribution.KNOWLEDGE: Text("ידע", "Knowledge"),
}


class Membership(Enum):
    CITY_PARTNERS_TABLE = "city_partners_table"
    CITY_COALITION = "city_coalition"
    NEIGHBORHOOD_COALITION = "neighborhood_coalition"

    @property
    def label(self) -> Text:
        return MEMBERSHIP_LABELS[self]


MEMBERSHIP_LABELS = {
    Membership.CITY_PARTNERS_TABLE: Text("שולחן שותפים עירוני", "City partners table"),
    Membership.CITY_COALITION: Text("קואליציה עירונית", "City coalition"),
    Membership.NEIGHBORHOOD_COALITION: Text("קואליציה שכונתית", "Neighborhood coalition"),
}


class ContactKind(Enum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return CONTACT_KIND_LABELS[self]


CONTACT_KIND_LABELS = {
    ContactKind.MEETING: Text("פגישה", "Meeting"),
    ContactKind.CALL: Text("שיחת טלפון", "Call"),
    ContactKind.EMAIL: Text("דוא\"ל", "Email"),
    ContactKind.MESSAGE: Text("הודעה", "Message"),
    ContactKind.EVENT: Text("אירוע", "Event"),
    ContactKind.OTHER: Text("אחר", "Other"),
}


class PersonStatus(Enum):
    ACTIVE = "active"
    RESTING = "resting"
    LEFT = "left"

    @property
    def label(self) -> Text:
        return PERSON_STATUS_LABELS[self]


PERSON_STATUS_LABELS = {
    PersonStatus.ACTIVE: Text("פעיל/ה", "Active"),
    PersonStatus.RESTING: Text("בהפסקה", "Resting"),
    PersonStatus.LEFT: Text("עזב/ה", "Left"),
}

SCORE_RANGE = (1, 5)
"""Influence and interest on the power/interest grid."""
HIGH_SCORE = 4
"""Influence and interest count as high from 4 up, on both axes alike. The scale's middle, 3, counts as low: the high
side of the grid is where the manager works closely with a partner (keep satisfied, manage closely), a place a partner
earns with a score above the middle; one threshold for both axes keeps a middle mark from being high along one axis
and low along the other."""
DEFAULT_RETENTION_DAYS = 60


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One contact with a partner, kept in its log."""

    id: int | None
    partner_id: int
    date: dt.date
    kind: ContactKind
    summary: str = ""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A person's status from a date on; the history is kept, never overwritten."""

    id: int | None
    person_id: int
    status: PersonStatus
    date: dt.date
    note: str = ""


@dataclass(frozen=True, slots=True)
class MentoringSession:
    """The guide's personal professional accompaniment of a community coordinator."""

    id: int | None
    person_id: int
    date: dt.date
    topics: str = ""
    agreed: str = ""
    follow_up_by: dt.date | None = None


class PartnerFlag(Enum):
    NOT_CONTACTED_LONG = "not_contacted_long"
    FOLLOW_UP_DUE = "follow_up_due"


def partner_flags(
    last_contact: dt.date | None, next_follow_up: dt.date | None, today: dt.date, days: int
) -> frozenset[PartnerFlag]:
    """What a partner's retention needs: no contact for longer than ``days``, or a follow-up that is due."""
    flags = set()
    if last_contact is None or (today - last_contact).days > days:
        flags.add(PartnerFlag.NOT_CONTACTED_LONG)
    if next_follow_up is not None and next_follow_up <= today:
        flags.add(PartnerFlag.FOLLOW_UP_DUE)
    return frozenset(flags)


def is_inactive(
    last_activity: dt.date | None, status: PersonStatus, today: dt.date, days: int, added_on: dt.date | None = None
) -> bool:
    """An active person with no activity for longer than ``days`` (resting and left people are not chased).

    With no activity recorded, the days count from when the person came into the workspace, when that is known.
    """
    if status is not PersonStatus.ACTIVE:
        return False
    since = last_activity or added_on
    return since is None or (today - since).days > days


