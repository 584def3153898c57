"""What the people list asks for: a search, filters and an order; the list reads only the ids that match, in that
order, and each person's row when it comes into view."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .records import PersonRole
from .relations import PersonStatus

NO_NEIGHBORHOOD = -1
"""The neighborhood filter's value for people with no neighborhood."""

SHORTEST_SEARCH_INSIDE = 3
"""A search this long or longer finds its text anywhere in a name, phone, email or skill (through the trigram index);
a shorter one finds the names that begin with it."""


class PeopleOrder(Enum):
    NAME = "name"
    NEIGHBORHOOD = "neighborhood"
    ROLES = "roles"
    PHONE = "phone"
    STATUS = "status"
    LAST_ACTIVITY = "last_activity"
    RETENTION = "retention"
    """The inactive first (ascending)."""


@dataclass(frozen=True)
class PeopleQuery:
    search: str = ""
    """Folded and trimmed by ``searching``; a person's neighborhood and roles are found by the filters beside it."""
    neighborhood_id: int | None = None
    """None: every neighborhood; NO_NEIGHBORHOOD: people with none."""
    role: PersonRole | None = None
    status: PersonStatus | None = None
    inactive_only: bool = False
    order: PeopleOrder = PeopleOrder.NAME
    descending: bool = False

    @property
    def searches_inside(self) -> bool:
        return len(self.search) >= SHORTEST_SEARCH_INSIDE


def searching(text: str) -> str:
    """A search as it is matched: trimmed, case folded."""
    return text.strip().casefold()
