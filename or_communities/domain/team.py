"""Who may change what in a team workspace: the manager everything, a community coordinator the records of their
own neighborhoods, a viewer nothing. The server enforces it; the interface mirrors it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .text import Text


class TeamRole(Enum):
    MANAGER = "manager"
    COORDINATOR = "coordinator"
    VIEWER = "viewer"

    @property
    def label(self) -> Text:
        return {
            TeamRole.MANAGER: Text("מנהל/ת קהילות עירוני/ת", "city community manager"),
            TeamRole.COORDINATOR: Text("רכז/ת קהילה", "community coordinator"),
            TeamRole.VIEWER: Text("צפייה בלבד", "viewer"),
        }[self]


@dataclass(frozen=True, slots=True)
class TeamAccess:
    """What the person who opened the workspace may change. A workspace file has one writer, its manager."""

    role: TeamRole = TeamRole.MANAGER
    neighborhood_ids: frozenset[int] = field(default_factory=frozenset)
    """A coordinator's own neighborhoods."""

    @property
    def writes(self) -> bool:
        return self.role is not TeamRole.VIEWER

    @property
    def whole_city(self) -> bool:
        """Whether city-wide records (the city's plan and budget, partners, texts) may be changed."""
        return self.role is TeamRole.MANAGER

    def may_edit(self, neighborhood_id: int | None) -> bool:
        """Whether a record of this neighborhood (None: city-wide) may be changed."""
        if self.role is TeamRole.MANAGER:
            return True
        return self.role is TeamRole.COORDINATOR and neighborhood_id in self.neighborhood_ids


MANAGER_ACCESS = TeamAccess()
