"""City projects that promote community (stage 4): each with its goal, owner, department, partners, budget,
status and dates, and its milestones; shown on the synchronized timeline and in the city workbook."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from .budget_rules import check_amount
from .errors import EndsBeforeStart
from .planning import Activity, ActivityStatus
from .validation import clean_long_text, clean_name, clean_text


@dataclass(frozen=True, slots=True)
class CityProject:
    id: int | None
    name: str
    goal: str = ""
    owner: str = ""
    department: str = ""
    """The municipal department that leads it with the manager."""
    partner_ids: frozenset[int] = frozenset()
    budget: float = 0.0
    status: ActivityStatus = ActivityStatus.PLANNED
    start: dt.date | None = None
    end: dt.date | None = None
    notes: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says

    def as_activity(self) -> Activity:
        """The project as the timeline draws a bar: its name, owner, dates, budget and status."""
        return Activity(
            None, 0, self.name, owner=self.owner, department=self.department, start=self.start, end=self.end,
            planned_budget=self.budget, status=self.status, partner_ids=self.partner_ids,
        )


@dataclass(frozen=True, slots=True)
class Milestone:
    id: int | None
    project_id: int
    name: str
    due: dt.date | None = None
    done: bool = False
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


def clean_project(project: CityProject) -> CityProject:
    if project.start and project.end and project.end < project.start:
        raise EndsBeforeStart(project.start, project.end)
    return dataclasses.replace(
        project,
        name=clean_name(project.name),
        goal=clean_long_text(project.goal),
        owner=clean_text(project.owner),
        department=clean_text(project.department),
        budget=check_amount(project.budget, "budget"),
        notes=clean_long_text(project.notes),
    )


def clean_milestone(milestone: Milestone) -> Milestone:
    return dataclasses.replace(milestone, name=clean_name(milestone.name))


def overdue_milestones(milestones: list[Milestone], today: dt.date) -> list[Milestone]:
    """Milestones not done whose date has passed."""
    return [m for m in milestones if not m.done and m.due is not None and m.due < today]
