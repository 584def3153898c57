"""A new city's first steps, in the guide's order, and which are done: the journey's checklist shows them until
the city has taken them all."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from ..storage.first_step_counts import first_step_counts

if TYPE_CHECKING:
    from .workspace import Workspace


class FirstStep(Enum):
    NEIGHBORHOODS = "neighborhoods"
    """The city divided into neighborhoods (imported, drawn or named)."""
    BOUNDARIES = "boundaries"
    """Every neighborhood has its boundary on the map."""
    PARTNERS = "partners"
    """The first partners of the partners table."""
    PEOPLE = "people"
    """The first residents and activists."""
    WORK_PLAN = "work_plan"
    """A work plan for the plan year with activities in it."""


@dataclass(frozen=True, slots=True)
class FirstSteps:
    done: dict[FirstStep, bool]

    @property
    def all_done(self) -> bool:
        return all(self.done.values())

    @property
    def next_step(self) -> FirstStep | None:
        return next((step for step, done in self.done.items() if not done), None)


def first_steps(workspace: Workspace) -> FirstSteps:
    year = workspace.city.get().plan_year
    with workspace.transaction() as session:
        counts = first_step_counts(session, year)
    neighborhoods = counts["neighborhoods"]
    return FirstSteps(
        {
            FirstStep.NEIGHBORHOODS: neighborhoods > 0,
            FirstStep.BOUNDARIES: neighborhoods > 0 and counts["boundaries"] == neighborhoods,
            FirstStep.PARTNERS: counts["partners"] > 0,
            FirstStep.PEOPLE: counts["people"] > 0,
            FirstStep.WORK_PLAN: counts["activities"] > 0,
        }
    )
