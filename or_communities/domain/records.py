"""The records a workspace holds, as plain data passed between layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from .relations import Contribution, Membership, PersonStatus


class TaskStatus(Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_RELEVANT = "not_relevant"

    @property
    def is_closed(self) -> bool:
        """Done, or decided not to apply: nothing is left to do."""
        return self in (TaskStatus.DONE, TaskStatus.NOT_RELEVANT)


class PersonRole(Enum):
    ACTIVIST = "activist"
    VOLUNTEER = "volunteer"
    NEIGHBORHOOD_LEADER = "neighborhood_leader"
    BUILDING_COORDINATOR = "building_coordinator"
    COMMUNITY_COORDINATOR = "community_coordinator"
    MUNICIPAL_OFFICIAL = "municipal_official"


class PartnerCircle(Enum):
    INSIDE_SYSTEM = "inside_system"
    CITY_AND_BEYOND = "city_and_beyond"


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

    @property
    def city_wide(self) -> bool:
        return not self.neighborhood_ids
