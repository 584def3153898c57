"""Work plans, the budget and the events calendar: the records, their choices, and the rules between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

from .text import Text


class PlanKind(Enum):
    CITY = "city"
    NEIGHBORHOOD = "neighborhood"
    ANNUAL_CITY = "annual_city"
    """The annual city work plan that includes the municipality's departments."""

    @property
    def label(self) -> Text:
        return {
            PlanKind.CITY: Text("תכנית עבודה עירונית", "City work plan"),
            PlanKind.NEIGHBORHOOD: Text("תכנית עבודה שכונתית", "Neighborhood work plan"),
            PlanKind.ANNUAL_CITY: Text("תכנית עבודה שנתית עירונית", "Annual city work plan"),
        }[self]


class ActivityStatus(Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        return {
            ActivityStatus.PLANNED: Text("מתוכנן", "Planned"),
            ActivityStatus.IN_PROGRESS: Text("בביצוע", "In progress"),
            ActivityStatus.DONE: Text("בוצע", "Done"),
            ActivityStatus.DELAYED: Text("מתעכב", "Delayed"),
            ActivityStatus.CANCELLED: Text("בוטל", "Cancelled"),
        }[self]


@dataclass(frozen=True, slots=True)
class WorkPlan:
    id: int | None
    kind: PlanKind
    year: int
    neighborhood_id: int | None = None
    title: str = ""


@dataclass(frozen=True, slots=True)
class Goal:
    id: int | None
    plan_id: int
    title: str
    position: int = 0
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class Activity:
    id: int | None
    goal_id: int
    name: str
    neighborhood_id: int | None = None
    """None: a city activity."""
    task_key: str | None = None
    """The stage task it serves (catalog key such as "s2.t4")."""
    owner: str = ""
    partner_ids: frozenset[int] = frozenset()
    department: str = ""
    """The municipal department, in the annual city plan."""
    start: dt.date | None = None
    end: dt.date | None = None
    planned_budget: float = 0.0
    metric: str = ""
    target: str = ""
    actual: str = ""
    status: ActivityStatus = ActivityStatus.PLANNED
    notes: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says

    def months_in(self, year: int) -> frozenset[int]:
        """The months (1-12) of ``year`` the activity runs in, for the timeline; none without a start."""
        if self.start is None:
            return frozenset()
        end = self.end or self.start
        if self.start.year > year or end.year < year:
            return frozenset()
        return _month_span(self.start.month if self.start.year == year else 1, end.month if end.year == year else 12)


@cache
def _month_span(first: int, last: int) -> frozenset[int]:
    """Months ``first`` to ``last``: one set for every activity that spans them."""
    return frozenset(range(first, last + 1))


class IncomeSource(Enum):
    MUNICIPALITY = "municipality"
    OR_MOVEMENT = "or_movement"
    GOVERNMENT = "government"
    DONORS = "donors"
    BUSINESSES = "businesses"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return {
            IncomeSource.MUNICIPALITY: Text("עירייה", "Municipality"),
            IncomeSource.OR_MOVEMENT: Text("תנועת אור", "The Or movement"),
            IncomeSource.GOVERNMENT: Text("משרדי ממשלה", "Government ministries"),
            IncomeSource.DONORS: Text("תורמים", "Donors"),
            IncomeSource.BUSINESSES: Text("עסקים", "Businesses"),
            IncomeSource.OTHER: Text("אחר", "Other"),
        }[self]


class IncomeStatus(Enum):
    EXPECTED = "expected"
    COMMITTED = "committed"
    RECEIVED = "received"

    @property
    def label(self) -> Text:
        return {
            IncomeStatus.EXPECTED: Text("צפוי", "Expected"),
            IncomeStatus.COMMITTED: Text("מאושר", "Committed"),
            IncomeStatus.RECEIVED: Text("התקבל", "Received"),
        }[self]


class ExpenseCategory(Enum):
    ACTIVITIES = "activities"
    EVENTS = "events"
    TRAINING = "training"
    EQUIPMENT = "equipment"
    PRINTING = "printing"
    HOSPITALITY = "hospitality"
    STAFF = "staff"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return {
            ExpenseCategory.ACTIVITIES: Text("פעילויות", "Activities"),
            ExpenseCategory.EVENTS: Text("אירועים", "Events"),
            ExpenseCategory.TRAINING: Text("הכשרות", "Training"),
            ExpenseCategory.EQUIPMENT: Text("ציוד", "Equipment"),
            ExpenseCategory.PRINTING: Text("דפוס ופרסום", "Printing and publicity"),
            ExpenseCategory.HOSPITALITY: Text("כיבוד", "Hospitality"),
            ExpenseCategory.STAFF: Text("כוח אדם", "Staff"),
            ExpenseCategory.OTHER: Text("אחר", "Other"),
        }[self]


@dataclass(frozen=True, slots=True)
class Income:
    id: int | None
    year: int
    source: IncomeSource
    description: str = ""
    amount: float = 0.0
    status: IncomeStatus = IncomeStatus.EXPECTED
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class Expense:
    id: int | None
    year: int
    category: ExpenseCategory
    description: str = ""
    neighborhood_id: int | None = None
    activity_id: int | None = None
    planned: float = 0.0
    actual: float = 0.0
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says

    @property
    def difference(self) -> float:
        """Planned less actual: positive is money left, negative is over budget."""
        return self.planned - self.actual


class ProspectStage(Enum):
    IDENTIFIED = "identified"
    APPROACHED = "approached"
    PROPOSAL_SENT = "proposal_sent"
    NEGOTIATING = "negotiating"
    COMMITTED = "committed"
    DECLINED = "declined"

    @property
    def label(self) -> Text:
        return {
            ProspectStage.IDENTIFIED: Text("זוהה", "Identified"),
            ProspectStage.APPROACHED: Text("נוצר קשר", "Approached"),
            ProspectStage.PROPOSAL_SENT: Text("נשלחה הצעה", "Proposal sent"),
            ProspectStage.NEGOTIATING: Text("במשא ומתן", "Negotiating"),
            ProspectStage.COMMITTED: Text("התחייב", "Committed"),
            ProspectStage.DECLINED: Text("סירב", "Declined"),
        }[self]


@dataclass(frozen=True, slots=True)
class FundingProspect:
    """A budget source being developed: who was asked, for how much, where it stands, what is next."""

    id: int | None
    funder: str
    amount: float = 0.0
    stage: ProspectStage = ProspectStage.IDENTIFIED
    next_step: str = ""
    next_step_date: dt.date | None = None
    project_id: int | None = None
    notes: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class ResourceProject:
    """A neighborhood project to raise resources for."""

    id: int | None
    name: str
    neighborhood_id: int | None = None
    amount_needed: float = 0.0
    description: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


class EventKind(Enum):
    COMMUNITY = "community"
    CONFERENCE = "conference"
    MEETING = "meeting"
    TRAINING = "training"
    HOLIDAY = "holiday"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return {
            EventKind.COMMUNITY: Text("אירוע קהילתי", "Community event"),
            EventKind.CONFERENCE: Text("כנס", "Conference"),
            EventKind.MEETING: Text("מפגש", "Meeting"),
            EventKind.TRAINING: Text("הכשרה", "Training"),
            EventKind.HOLIDAY: Text("אירוע חג", "Holiday event"),
            EventKind.OTHER: Text("אחר", "Other"),
        }[self]


@dataclass(frozen=True, slots=True)
class Event:
    id: int | None
    title: str
    date: dt.date
    kind: EventKind = EventKind.COMMUNITY
    neighborhood_id: int | None = None
    place: str = ""
    time: str = ""
    description: str = ""
    attendance: int | None = None
    committees_formed: str = ""
    """For a neighborhood conference: the committees it formed."""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class Initiative:
    id: int | None
    neighborhood_id: int | None
    name: str
    description: str = ""
    lead: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


class GroupKind(Enum):
    COMMITTEE = "committee"
    ACTIVIST_GROUP = "activist_group"

    @property
    def label(self) -> Text:
        return {GroupKind.COMMITTEE: Text("ועדה", "Committee"), GroupKind.ACTIVIST_GROUP: Text("קבוצת פעילים", "Activist group")}[self]


@dataclass(frozen=True, slots=True)
class Group:
    """A committee or an activist group, with its members."""

    id: int | None
    name: str
    kind: GroupKind = GroupKind.COMMITTEE
    neighborhood_id: int | None = None
    purpose: str = ""
    member_ids: frozenset[int] = frozenset()
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class GatheringSpace:
    neighborhood_id: int
    address: str = ""
    hours: str = ""
    rules: str = ""
    """The rules agreed for using the space."""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


class ChannelKind(Enum):
    WHATSAPP = "whatsapp"
    NEWSLETTER = "newsletter"
    PAGE = "page"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return {
            ChannelKind.WHATSAPP: Text("קבוצת וואטסאפ", "WhatsApp group"),
            ChannelKind.NEWSLETTER: Text("ניוזלטר", "Newsletter"),
            ChannelKind.PAGE: Text("עמוד ברשת", "Page"),
            ChannelKind.OTHER: Text("אחר", "Other"),
        }[self]


@dataclass(frozen=True, slots=True)
class Channel:
    id: int | None
    name: str
    kind: ChannelKind = ChannelKind.WHATSAPP
    neighborhood_id: int | None = None
    run_by: str = ""
    members: int | None = None
    last_used: dt.date | None = None
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


# -- the rule between work plans and the budget ------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetMismatch:
    """Where a work plan's budget and the budget disagree."""

    activity_id: int
    activity_name: str
    planned_in_plan: float
    planned_in_budget: float

    @property
    def gap(self) -> float:
        return self.planned_in_plan - self.planned_in_budget


def budget_mismatches(activities: Iterable[Activity], expenses: Sequence[Expense]) -> list[BudgetMismatch]:
    """Activities whose planned budget differs from the planned expenses booked to them (by more than ₪1)."""
    booked: dict[int, float] = {}
    for expense in expenses:
        if expense.activity_id is not None:
            booked[expense.activity_id] = booked.get(expense.activity_id, 0.0) + expense.planned
    found = []
    for activity in activities:
        if activity.id is None:
            continue
        in_budget = booked.get(activity.id, 0.0)
        if abs(activity.planned_budget - in_budget) > 1.0:
            found.append(BudgetMismatch(activity.id, activity.name, activity.planned_budget, in_budget))
    return found
