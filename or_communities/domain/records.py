"""The records a workspace holds, as plain data passed between layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from .relations import Contribution, Membership, PersonStatus
from .text import Text


class TaskStatus(Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_RELEVANT = "not_relevant"

    @property
    def is_closed(self) -> bool:
        """Done, or decided not to apply: nothing is left to do."""
        return self in (TaskStatus.DONE, TaskStatus.NOT_RELEVANT)

    @property
    def label(self) -> Text:
        return TASK_STATUS_LABELS[self]


class PersonRole(Enum):
    ACTIVIST = "activist"
    VOLUNTEER = "volunteer"
    NEIGHBORHOOD_LEADER = "neighborhood_leader"
    BUILDING_COORDINATOR = "building_coordinator"
    COMMUNITY_COORDINATOR = "community_coordinator"
    MUNICIPAL_OFFICIAL = "municipal_official"
    CANDIDATE = "candidate"
    """Answered a call for applications; moved on to leader or coordinator (or kept) by the manager."""

    @property
    def label(self) -> Text:
        return PERSON_ROLE_LABELS[self]


class PartnerCircle(Enum):
    INSIDE_SYSTEM = "inside_system"
    CITY_AND_BEYOND = "city_and_beyond"

    @property
    def label(self) -> Text:
        return PARTNER_CIRCLE_LABELS[self]


class PartnerKind(Enum):
    MUNICIPAL_DEPARTMENT = "municipal_department"
    COMMUNITY_FIELD_UNIT = "community_field_unit"
    COMMUNITY_COORDINATOR = "community_coordinator"
    KEY_COMMUNITY_LEADER = "key_community_leader"
    SOCIAL_ORGANIZATION = "social_organization"
    GOVERNMENT_BODY = "government_body"
    BUSINESS_OR_DONOR = "business_or_donor"
    EDUCATIONAL_INSTITUTION = "educational_institution"
    OR_MOVEMENT = "or_movement"

    @property
    def circle(self) -> PartnerCircle:
        inside = {
            PartnerKind.MUNICIPAL_DEPARTMENT,
            PartnerKind.COMMUNITY_FIELD_UNIT,
            PartnerKind.COMMUNITY_COORDINATOR,
            PartnerKind.KEY_COMMUNITY_LEADER,
        }
        return PartnerCircle.INSIDE_SYSTEM if self in inside else PartnerCircle.CITY_AND_BEYOND

    @property
    def label(self) -> Text:
        return PARTNER_KIND_LABELS[self]


TASK_STATUS_LABELS: dict[TaskStatus, Text] = {
    TaskStatus.NOT_STARTED: Text("טרם החלה", "Not started"),
    TaskStatus.IN_PROGRESS: Text("בתהליך", "In progress"),
    TaskStatus.DONE: Text("הושלם", "Done"),
    TaskStatus.NOT_RELEVANT: Text("לא רלוונטי", "Not relevant"),
}

PERSON_ROLE_LABELS: dict[PersonRole, Text] = {
    PersonRole.ACTIVIST: Text("פעיל/ה", "Activist"),
    PersonRole.VOLUNTEER: Text("מתנדב/ת", "Volunteer"),
    PersonRole.NEIGHBORHOOD_LEADER: Text("מוביל/ת שכונה", "Neighborhood leader"),
    PersonRole.BUILDING_COORDINATOR: Text("רכז/ת בניין", "Building coordinator"),
    PersonRole.COMMUNITY_COORDINATOR: Text("רכז/ת קהילה", "Community coordinator"),
    PersonRole.MUNICIPAL_OFFICIAL: Text("עובד/ת עירייה", "Municipal official"),
    PersonRole.CANDIDATE: Text("מועמד/ת", "Candidate"),
}

PARTNER_CIRCLE_LABELS: dict[PartnerCircle, Text] = {
    PartnerCircle.INSIDE_SYSTEM: Text("בתוך המערכת", "Inside the system"),
    PartnerCircle.CITY_AND_BEYOND: Text("בעיר ומחוצה לה", "In the city and beyond"),
}

PARTNER_KIND_LABELS: dict[PartnerKind, Text] = {
    PartnerKind.MUNICIPAL_DEPARTMENT: Text("אגף עירוני", "Municipal department"),
    PartnerKind.COMMUNITY_FIELD_UNIT: Text("גורם קהילתי בשטח", "Community field unit"),
    PartnerKind.COMMUNITY_COORDINATOR: Text("רכז/ת קהילה", "Community coordinator"),
    PartnerKind.KEY_COMMUNITY_LEADER: Text("מנהיגות קהילתית מרכזית", "Key community leader"),
    PartnerKind.SOCIAL_ORGANIZATION: Text("ארגון חברתי", "Social organization"),
    PartnerKind.GOVERNMENT_BODY: Text("גוף ממשלתי", "Government body"),
    PartnerKind.BUSINESS_OR_DONOR: Text("עסק או תורם", "Business or donor"),
    PartnerKind.EDUCATIONAL_INSTITUTION: Text("מוסד חינוכי", "Educational institution"),
    PartnerKind.OR_MOVEMENT: Text("תנועת אור", "The Or movement"),
}
"""The names of roles, kinds and states, in Hebrew and English: the one source for the screens and the files."""


@dataclass(frozen=True, slots=True)
class City:
    id: int
    name: str
    plan_year: int


@dataclass(frozen=True, slots=True)
class NeighborhoodProfile:
    """What the manager writes about a neighborhood."""

    population: int | None = None
    description: str = ""
    strengths: str = ""
    needs: str = ""
    notes: str = ""
    coordinator_id: int | None = None


@dataclass(frozen=True, slots=True)
class Neighborhood:
    id: int
    name: str
    profile: NeighborhoodProfile = field(default_factory=NeighborhoodProfile)
    coordinator_name: str | None = None
    has_boundary: bool = False
    uid: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class TaskState:
    """The state of one task, for the city (neighborhood_id None) or one neighborhood."""

    task_key: str
    neighborhood_id: int | None
    status: TaskStatus = TaskStatus.NOT_STARTED
    owner: str = ""
    due_date: dt.date | None = None
    done_date: dt.date | None = None
    notes: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    full_name: str
    roles: frozenset[PersonRole] = frozenset()
    neighborhood_id: int | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    skills: str = ""
    trainings: str = ""
    committees: str = ""
    """Committees and activist groups the person is in."""
    last_activity: dt.date | None = None
    consent_to_contact: bool = False
    consent_date: dt.date | None = None
    notes: str = ""
    status: PersonStatus = PersonStatus.ACTIVE
    """The latest status of the history (read from it; written by adding a status change)."""
    strengths: str = ""
    challenges: str = ""
    """A community coordinator's strengths and challenges, for mentoring."""
    added_on: dt.date | None = None
    """The day the person came into the workspace (added or imported), when known."""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class Partner:
    id: int
    name: str
    kind: PartnerKind
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    contribution: str = ""
    """What the partner can contribute, in words."""
    neighborhood_ids: frozenset[int] = frozenset()
    """The neighborhoods the partner works in; none means city-wide."""
    contributions: frozenset[Contribution] = frozenset()
    influence: int = 3
    interest: int = 3
    support_now: str = ""
    support_wanted: str = ""
    memberships: frozenset[Membership] = frozenset()
    last_contact: dt.date | None = None
    next_follow_up: dt.date | None = None
    notes: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says

    @property
    def city_wide(self) -> bool:
        return not self.neighborhood_ids
