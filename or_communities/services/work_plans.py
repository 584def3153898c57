"""Work plans: the city plan, a plan per neighborhood and the annual city plan with the municipality's
departments, per year; goals and activities; copying a plan forward; and one synchronized timeline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..domain.errors import (
    PlanNeedsNeighborhood,
    PlanNotEmpty,
    RecordNotFound,
    UnknownPartner,
)
from ..domain.plan_rules import (
    activity_fingerprint,
    clean_activity,
    clean_long_text,
    copied_activity,
)
from ..domain.planning import Activity, ActivityStatus, Goal, PlanKind, WorkPlan
from ..domain.starter_plans import starter_goals
from ..domain.validation import check_plan_year, clean_name, clean_text
from ..memory import garbage_collection_paused
from ..storage.planning_repositories import (
    ActivityRepository,
    GoalRepository,
    WorkPlanRepository,
    neighborhood_names,
    partner_names,
)

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One activity on the synchronized timeline: a bar over the months it runs in."""

    activity: Activity
    plan_kind: PlanKind
    neighborhood_id: int | None
    neighborhood_name: str
    """Empty for a city activity."""
    goal_title: str
    months: frozenset[int]
    """The months (1-12) of the year the activity runs in."""
    project_id: int | None = None
    """A city project's bar (``activity`` then stands for the project), after the plans' activities."""


class WorkPlanService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- plans ------------------------------------------------------------------------------

    def plans(self, year: int | None = None) -> list[WorkPlan]:
        with self._workspace.transaction() as session:
            return WorkPlanRepository(session).list(year)

    def years(self) -> list[int]:
        """The years that have a plan, and the city's plan year."""
        with self._workspace.transaction() as session:
            years = set(WorkPlanRepository(session).years())
        return sorted(years | {self._workspace.city.get().plan_year})

    def find_plan(self, kind: PlanKind, year: int, neighborhood_id: int | None = None) -> WorkPlan | None:
        with self._workspace.transaction() as session:
            return WorkPlanRepository(session).find(kind, year, neighborhood_id)

    def plan(self, kind: PlanKind, year: int, neighborhood_id: int | None = None) -> WorkPlan:
        """The plan of that kind, year (and neighborhood); an empty one is made the first time it is asked for."""
        _check_kind(kind, neighborhood_id)
        check_plan_year(year)
        with self._workspace.transaction() as session:
            return _plan_for(session, kind, year, neighborhood_id)

    def get_plan(self, plan_id: int) -> WorkPlan:
        with self._workspace.transaction() as session:
            found = WorkPlanRepository(session).get(plan_id)
        if found is None:
            raise RecordNotFound()
        return found

    def set_title(self, plan_id: int, title: str) -> WorkPlan:
        with self._workspace.transaction() as session:
            if not WorkPlanRepository(session).set_title(plan_id, clean_text(title, 200)):
                raise RecordNotFound()
        return self.get_plan(plan_id)

    def remove_plan(self, plan_id: int) -> None:
        with self._workspace.transaction() as session:
            if not WorkPlanRepository(session).remove(plan_id):
                raise RecordNotFound()

    # -- goals ------------------------------------------------------------------------------

    def goals(self, plan_id: int) -> list[Goal]:
        with self._workspace.transaction() as session:
            return GoalRepository(session).of_plan(plan_id)

    def add_goal(self, plan_id: int, title: str) -> Goal:
        cleaned = clean_long_text(title) or clean_name(title)
        with self._workspace.transaction() as session:
            if WorkPlanRepository(session).get(plan_id) is None:
                raise RecordNotFound()
            repository = GoalRepository(session)
            added = repository.get(repository.add(plan_id, cleaned))
        assert added is not None
        return added

    def update_goal(self, goal: Goal) -> Goal:
        cleaned = dataclasses.replace(goal, title=clean_long_text(goal.title) or clean_name(goal.title))
        with self._workspace.transaction() as session:
            version = GoalRepository(session).update(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def rename_goal(self, goal_id: int, title: str) -> Goal:
        cleaned = clean_long_text(title) or clean_name(title)
        with self._workspace.transaction() as session:
            repository = GoalRepository(session)
            if not repository.set_title(goal_id, cleaned):
                raise RecordNotFound()
            renamed = repository.get(goal_id)
        assert renamed is not None
        return renamed

    def move_goal(self, goal_id: int, step: int) -> list[Goal]:
        """Move a goal ``step`` places down its plan (up when negative), no further than either end; the plan's
        goals in their new order."""
        with self._workspace.transaction() as session:
            repository = GoalRepository(session)
            goal = repository.get(goal_id)
            if goal is None:
                raise RecordNotFound()
            order = [other.id for other in repository.of_plan(goal.plan_id) if other.id is not None]
            index = order.index(goal_id)
            order.pop(index)
            order.insert(max(0, min(len(order), index + step)), goal_id)
            repository.set_order(goal.plan_id, order)
            session.flush()
            return repository.of_plan(goal.plan_id)

    def remove_goal(self, goal_id: int) -> None:
        """Remove a goal with its activities."""
        with self._workspace.transaction() as session:
            if not GoalRepository(session).remove(goal_id):
                raise RecordNotFound()

    # -- activities -------------------------------------------------------------------------

    def activities(self, plan_id: int) -> list[Activity]:
        """The plan's activities, goal by goal, each goal's by start date."""
        with self._workspace.transaction() as session:
            return ActivityRepository(session).of_plan(plan_id)

    def get_activity(self, activity_id: int) -> Activity:
        with self._workspace.transaction() as session:
            found = ActivityRepository(session).get(activity_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add_activity(self, activity: Activity) -> Activity:
        cleaned = clean_activity(activity)
        with self._workspace.transaction() as session:
            cleaned = _with_plan_neighborhood(session, cleaned)
            _check_references(session, cleaned)
            repository = ActivityRepository(session)
            added = repository.get(repository.add(cleaned))
        assert added is not None
        return added

    def update_activity(self, activity: Activity) -> Activity:
        cleaned = clean_activity(activity)
        with self._workspace.transaction() as session:
            _check_references(session, cleaned)
            repository = ActivityRepository(session)
            if not repository.update(cleaned):
                raise RecordNotFound()
            saved = repository.get(cleaned.id) if cleaned.id is not None else None
        assert saved is not None
        return saved

    def remove_activity(self, activity_id: int) -> None:
        with self._workspace.transaction() as session:
            if not ActivityRepository(session).remove(activity_id):
                raise RecordNotFound()

    # -- copying ----------------------------------------------------------------------------

    def copy_plan(self, source_plan_id: int, year: int, neighborhood_id: int | None = None) -> WorkPlan:
        """Start a plan from another: the next year's from this year's, or a neighborhood's from another's.

        The goals and activities are added to the plan of the same kind for ``year`` (and ``neighborhood_id``
        for a neighborhood plan), their dates moved by the years between, what was achieved and the status
        started afresh.
        """
        check_plan_year(year)
        with self._workspace.transaction() as session:
            source = WorkPlanRepository(session).get(source_plan_id)
            if source is None:
                raise RecordNotFound()
            target_neighborhood = neighborhood_id if source.kind is PlanKind.NEIGHBORHOOD else None
            _check_kind(source.kind, target_neighborhood)
            target = _plan_for(session, source.kind, year, target_neighborhood)
            if target.id == source.id:
                return target
            _copy_contents(session, source, target)
        return target

    def start_from_guide(self, plan_id: int, language: str) -> list[Activity]:
        """Lay an empty plan out as the guide's stages and tasks of its scope (goals and activities, each activity
        tied to its task), named in ``language``; the activities added. A plan with goals is refused."""
        with self._workspace.transaction() as session:
            plan = WorkPlanRepository(session).get(plan_id)
            if plan is None:
                raise RecordNotFound()
            goals = GoalRepository(session)
            if goals.of_plan(plan_id):
                raise PlanNotEmpty()
            activities = ActivityRepository(session)
            added = []
            for starter in starter_goals(plan.kind):
                goal_id = goals.add(plan_id, starter.title.get(language))
                for task in starter.tasks:
                    activity = Activity(None, goal_id, task.name.get(language), plan.neighborhood_id, task.key)
                    added.append(activities.add(activity))
            return [found for found in map(activities.get, added) if found is not None]

    # -- the synchronized timeline ----------------------------------------------------------

    def timeline(
        self,
        year: int,
        neighborhood_id: int | None = None,
        owner: str | None = None,
        status: ActivityStatus | None = None,
    ) -> list[TimelineEntry]:
        """Every plan's activities in ``year``, by month: grouped by neighborhood (city activities first)."""
        with garbage_collection_paused(), self._workspace.transaction() as session:  # a city's year: 38,400 bars
            rows = ActivityRepository(session).on_timeline(year, neighborhood_id, owner, status)
            names = neighborhood_names(session)
            entries = [
                TimelineEntry(activity, plan_kind, hood, names.get(hood, "") if hood else "", goal_title, activity.months_in(year))
                for activity, plan_kind, hood, goal_title in rows
            ]
        if neighborhood_id is None:
            entries += self._project_entries(year, owner, status)
        entries.sort(key=_timeline_order)
        return entries

    def _project_entries(self, year: int, owner: str | None, status: ActivityStatus | None) -> list[TimelineEntry]:
        """The city projects that run in ``year``, as bars under their own heading."""
        entries = []
        for project in self._workspace.projects.projects():
            bar = project.as_activity()
            months = bar.months_in(year)
            if not months or (owner and bar.owner.casefold() != owner.casefold()) or (status and bar.status is not status):
                continue
            entries.append(TimelineEntry(bar, PlanKind.ANNUAL_CITY, None, "", "", months, project.id))
        return entries

    def owners(self, year: int) -> list[str]:
        """The owners named in the year's activities and city projects, for the timeline's filter."""
        with self._workspace.transaction() as session:
            owners = set(ActivityRepository(session).owners_of_year(year))
        owners |= {entry.activity.owner for entry in self._project_entries(year, None, None) if entry.activity.owner}
        return sorted(owners)

    def fingerprints(self, plan_id: int) -> dict[int, str]:
        """Each activity's fingerprint (see ``activity_fingerprint``), by id."""
        with self._workspace.transaction() as session:
            goals = {goal.id: goal.title for goal in GoalRepository(session).of_plan(plan_id)}
            activities = ActivityRepository(session).of_plan(plan_id)
        return {a.id: activity_fingerprint(a, goals.get(a.goal_id, "")) for a in activities if a.id is not None}

    def partner_names(self) -> dict[int, str]:
        with self._workspace.transaction() as session:
            return partner_names(session)


def _timeline_order(entry: TimelineEntry) -> tuple:
    start = entry.activity.start or dt.date.max
    return (entry.project_id is not None, entry.neighborhood_id is not None, entry.neighborhood_name, start, entry.activity.name)


def _check_kind(kind: PlanKind, neighborhood_id: int | None) -> None:
    if (kind is PlanKind.NEIGHBORHOOD) != (neighborhood_id is not None):
        raise PlanNeedsNeighborhood()


def _plan_for(session: Session, kind: PlanKind, year: int, neighborhood_id: int | None) -> WorkPlan:
    repository = WorkPlanRepository(session)
    found = repository.find(kind, year, neighborhood_id)
    if found is not None:
        return found
    if neighborhood_id is not None and neighborhood_id not in neighborhood_names(session):
        raise RecordNotFound()
    made = repository.get(repository.add(WorkPlan(None, kind, year, neighborhood_id)))
    assert made is not None
    return made


def _copy_contents(session: Session, source: WorkPlan, target: WorkPlan) -> None:
    goals, activities = GoalRepository(session), ActivityRepository(session)
    assert target.id is not None and source.id is not None
    by_goal: dict[int, list[Activity]] = {}
    for activity in activities.of_plan(source.id):
        by_goal.setdefault(activity.goal_id, []).append(activity)
    years = target.year - source.year
    for goal in goals.of_plan(source.id):
        new_goal = goals.add(target.id, goal.title)
        for activity in by_goal.get(goal.id or 0, []):
            hood = target.neighborhood_id if target.kind is PlanKind.NEIGHBORHOOD else activity.neighborhood_id
            activities.add(copied_activity(activity, new_goal, years, hood))


def _with_plan_neighborhood(session: Session, activity: Activity) -> Activity:
    """An activity added to a neighborhood's plan belongs to that neighborhood unless it says otherwise."""
    goal = GoalRepository(session).get(activity.goal_id)
    if goal is None:
        raise RecordNotFound()
    plan = WorkPlanRepository(session).get(goal.plan_id)
    if activity.neighborhood_id is None and plan is not None and plan.neighborhood_id is not None:
        return dataclasses.replace(activity, neighborhood_id=plan.neighborhood_id)
    return activity


def _check_references(session: Session, activity: Activity) -> None:
    if GoalRepository(session).get(activity.goal_id) is None:
        raise RecordNotFound()
    if activity.neighborhood_id is not None and activity.neighborhood_id not in neighborhood_names(session):
        raise RecordNotFound()
    missing = activity.partner_ids - partner_names(session).keys()
    if missing:
        raise UnknownPartner(missing)
