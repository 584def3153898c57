"""What a person and a partner may hold, and whose activity is watched for retention."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .errors import ScoreOutOfRange
from .records import Partner, Person, PersonRole
from .relations import SCORE_RANGE
from .validation import clean_email, clean_name, clean_phone, clean_text

ACTIVIST_ROLES = frozenset(
    {PersonRole.ACTIVIST, PersonRole.VOLUNTEER, PersonRole.NEIGHBORHOOD_LEADER, PersonRole.BUILDING_COORDINATOR}
)
"""The roles whose activity is watched for retention. A workspace's triggers hold the same list (migration 0017,
which keeps ``person.watched``): changing it takes a migration that writes the triggers again."""


def clean_person(person: Person) -> Person:
    return dataclasses.replace(
        person,
        full_name=clean_name(person.full_name),
        phone=clean_phone(person.phone),
        email=clean_email(person.email),
        address=clean_text(person.address),
    )


def check_score(value: int) -> int:
    low, high = SCORE_RANGE
    if not low <= value <= high:
        raise ScoreOutOfRange(low, high)
    return value


def clean_partner(partner: Partner) -> Partner:
    return dataclasses.replace(
        partner,
        name=clean_name(partner.name),
        contact_person=clean_text(partner.contact_person),
        phone=clean_phone(partner.phone),
        email=clean_email(partner.email),
        influence=check_score(partner.influence),
        interest=check_score(partner.interest),
    )


@dataclass(frozen=True, slots=True)
class RetentionDays:
    partners: int
    activists: int
