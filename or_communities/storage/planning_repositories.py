"""Reading and writing work plans: the plans of each year, their goals, and the activities under the goals."""

from __future__ import annotations

import builtins
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from ..domain.planning import Activity, ActivityStatus, Goal, PlanKind, WorkPlan
from .base import check_seen_version, matched_rows
from .planning_tables import ActivityRow, GoalRow, WorkPlanRow
from .tables import NeighborhoodRow, PartnerRow


def _plan(row: WorkPlanRow) -> WorkPlan:
    return WorkPlan(row.id, PlanKind(row.kind), row.year, row.neighborhood_id, row.title)


def _goal(row: GoalRow) -> Goal:
    return Goal(row.id, row.plan_id, row.title, row.position, row.version)


_NO_PARTNERS: frozenset[int] = frozenset()
_STATUSES = {status.value: status for status in ActivityStatus}
"""Each status by its stored value: a dict lookup, where the enum's call costs a microsecond a row (a timeline reads
38,400 of them)."""
_PLAN_KINDS = {kind.value: kind for kind in PlanKind}


def _partner_ids(text: str) -> frozenset[int]:
    if not text:
        return _NO_PARTNERS
    return frozenset(int(part) for part in text.split(",") if part.strip().isdigit())


def activity_from_row(row: ActivityRow) -> Activity:
    """An activity from its ORM row."""
    return Activity(
        row.id,
        row.goal_id,
        row.name,
        row.neighborhood_id,
        row.task_key,
        row.owner,
        _partner_ids(row.partner_ids),
        row.department,
        row.start,
        row.end,
        row.planned_budget,
        row.metric,
        row.target,
        row.actual,
        _STATUSES[row.status],
        row.notes,
        row.version,
    )


def year_activities(year: int) -> Select[*tuple[Any, ...]]:
    """The year's activities as plain columns, in the plans' order, each with its plan's kind and neighborhood and its
    goal's title; read them through the session's connection (a city has tens of thousands, and the ORM's loading of
    each would take most of the time) and each row with ``plain_activity``."""
    activity = ActivityRow
    return (
        select(
            activity.id, activity.goal_id, activity.name, activity.neighborhood_id, activity.task_key, activity.owner,
            activity.partner_ids, activity.department, activity.start, activity.end, activity.planned_budget,
            activity.metric, activity.target, activity.actual, activity.status, activity.notes, activity.version,
            WorkPlanRow.kind, WorkPlanRow.neighborhood_id, GoalRow.title,
        )
        .join(GoalRow, GoalRow.id == ActivityRow.goal_id)
        .join(WorkPlanRow, WorkPlanRow.id == GoalRow.plan_id)
        .where(WorkPlanRow.year == year)
        .order_by(WorkPlanRow.id, GoalRow.position, GoalRow.id, ActivityRow.id)
    )


def plain_activity(row: Any, place_from_plan: bool = False) -> tuple[Activity, PlanKind, int | None, str]:
    """A row of ``year_activities``, read by position (looking 17 columns up by name took three times as long as
    the rest): the activity (``place_from_plan``: with its plan's neighborhood when it has none of its own), its
    plan's kind, its place (its own neighborhood, else its plan's) and its goal's title."""
    (
        id_, goal_id, name, neighborhood_id, task_key, owner, partner_ids, department, start, end, planned_budget,
        metric, target, actual, status, notes, version, plan_kind, plan_neighborhood_id, goal_title,
    ) = row
    place = neighborhood_id if neighborhood_id is not None else plan_neighborhood_id
    activity = Activity(
        id_, goal_id, name, place if place_from_plan else neighborhood_id, task_key, owner, _partner_ids(partner_ids),
        department, start, end, planned_budget, metric, target, actual, _STATUSES[status], notes, version,
    )
    return activity, _PLAN_KINDS[plan_kind], place, goal_title


def _apply_activity(row: ActivityRow, activity: Activity) -> None:
    row.goal_id = activity.goal_id
    row.name = activity.name
    row.neighborhood_id = activity.neighborhood_id
    row.task_key = activity.task_key
    row.owner = activity.owner
    row.partner_ids = ",".join(str(partner_id) for partner_id in sorted(activity.partner_ids))
    row.department = activity.department
    row.start = activity.start
    row.end = activity.end
    row.planned_budget = activity.planned_budget
    row.metric = activity.metric
    row.target = activity.target
    row.actual = activity.actual
    row.status = activity.status.value
    row.notes = activity.notes


class WorkPlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, year: int | None = None) -> list[WorkPlan]:
        query = select(WorkPlanRow).order_by(WorkPlanRow.year, WorkPlanRow.kind, WorkPlanRow.id)
        if year is not None:
            query = query.where(WorkPlanRow.year == year)
        return [_plan(row) for row in self._session.scalars(query)]

    def get(self, plan_id: int) -> WorkPlan | None:
        row = self._session.get(WorkPlanRow, plan_id)
        return _plan(row) if row else None

    def find(self, kind: PlanKind, year: int, neighborhood_id: int | None) -> WorkPlan | None:
        same_neighborhood = (
            WorkPlanRow.neighborhood_id.is_(None) if neighborhood_id is None else WorkPlanRow.neighborhood_id == neighborhood_id
        )
        query = select(WorkPlanRow).where(WorkPlanRow.kind == kind.value, WorkPlanRow.year == year, same_neighborhood)
        row = self._session.scalars(query.order_by(WorkPlanRow.id)).first()
        return _plan(row) if row else None

    def add(self, plan: WorkPlan) -> int:
        row = WorkPlanRow(kind=plan.kind.value, year=plan.year, neighborhood_id=plan.neighborhood_id, title=plan.title)
        self._session.add(row)
        self._session.flush()
        return row.id

    def set_title(self, plan_id: int, title: str) -> bool:
        row = self._session.get(WorkPlanRow, plan_id)
        if row is None:
            return False
        row.title = title
        return True

    def remove(self, plan_id: int) -> bool:
        return matched_rows(self._session.execute(delete(WorkPlanRow).where(WorkPlanRow.id == plan_id))) > 0

    def years(self) -> builtins.list[int]:
        return list(self._session.scalars(select(WorkPlanRow.year).distinct().order_by(WorkPlanRow.year)))


class GoalRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def of_plan(self, plan_id: int) -> list[Goal]:
        rows = self._session.scalars(select(GoalRow).where(GoalRow.plan_id == plan_id).order_by(GoalRow.position, GoalRow.id))
        return [_goal(row) for row in rows]

    def get(self, goal_id: int) -> Goal | None:
        row = self._session.get(GoalRow, goal_id)
        return _goal(row) if row else None

    def add(self, plan_id: int, title: str) -> int:
        last = self._session.scalar(select(func.max(GoalRow.position)).where(GoalRow.plan_id == plan_id))
        row = GoalRow(plan_id=plan_id, title=title, position=(last if last is not None else -1) + 1)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, goal: Goal) -> int | None:
        row = self._session.get(GoalRow, goal.id) if goal.id is not None else None
        if row is None:
            return None
        check_seen_version(row, goal.version, goal, lambda: _goal(row))
        row.title = goal.title
        row.position = goal.position
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, goal_id: int) -> bool:
        return matched_rows(self._session.execute(delete(GoalRow).where(GoalRow.id == goal_id))) > 0

    def set_title(self, goal_id: int, title: str) -> bool:
        row = self._session.get(GoalRow, goal_id)
        if row is None:
            return False
        row.title = title
        return True

    def set_order(self, plan_id: int, goal_ids: list[int]) -> None:
        """Number the plan's goals 0, 1, 2… in the order given."""
        rows = {row.id: row for row in self._session.scalars(select(GoalRow).where(GoalRow.plan_id == plan_id))}
        for position, goal_id in enumerate(goal_ids):
            rows[goal_id].position = position


class ActivityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def of_plan(self, plan_id: int) -> list[Activity]:
        query = (
            select(ActivityRow)
            .join(GoalRow, GoalRow.id == ActivityRow.goal_id)
            .where(GoalRow.plan_id == plan_id)
            .order_by(GoalRow.position, GoalRow.id, ActivityRow.start.is_(None), ActivityRow.start, ActivityRow.id)
        )
        return [activity_from_row(row) for row in self._session.scalars(query)]

    def of_year(self, year: int) -> list[tuple[Activity, WorkPlan, Goal]]:
        """Every activity of the year's plans, with its plan and goal."""
        query = (
            select(ActivityRow, WorkPlanRow, GoalRow)
            .join(GoalRow, GoalRow.id == ActivityRow.goal_id)
            .join(WorkPlanRow, WorkPlanRow.id == GoalRow.plan_id)
            .where(WorkPlanRow.year == year)
            .order_by(WorkPlanRow.id, GoalRow.position, GoalRow.id, ActivityRow.start, ActivityRow.id)
        )
        return [(activity_from_row(a), _plan(p), _goal(g)) for a, p, g in self._session.execute(query)]

    def on_timeline(
        self, year: int, neighborhood_id: int | None, owner: str | None, status: ActivityStatus | None
    ) -> list[tuple[Activity, PlanKind, int | None, str]]:
        """The year's activities the timeline's filters keep, each with its plan's kind, its neighborhood (its own,
        else its plan's) and its goal's title: filtered in the database and read as plain columns (no ORM objects),
        so a city of 38,400 activities stays quick."""
        query = year_activities(year)
        if neighborhood_id is not None:
            query = query.where(func.coalesce(ActivityRow.neighborhood_id, WorkPlanRow.neighborhood_id) == neighborhood_id)
        if owner:
            query = query.where(func.lower(ActivityRow.owner) == owner.lower())
        if status is not None:
            query = query.where(ActivityRow.status == status.value)
        return [plain_activity(row) for row in self._session.connection().execute(query)]

    def owners_of_year(self, year: int) -> list[str]:
        """The owners named in the year's activities, each once."""
        query = (
            select(ActivityRow.owner)
            .distinct()
            .join(GoalRow, GoalRow.id == ActivityRow.goal_id)
            .join(WorkPlanRow, WorkPlanRow.id == GoalRow.plan_id)
            .where(WorkPlanRow.year == year, ActivityRow.owner != "")
        )
        return list(self._session.scalars(query))

    def get(self, activity_id: int) -> Activity | None:
        row = self._session.get(ActivityRow, activity_id)
        return activity_from_row(row) if row else None

    def add(self, activity: Activity) -> int:
        row = ActivityRow()
        _apply_activity(row, activity)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, activity: Activity) -> int | None:
        row = self._session.get(ActivityRow, activity.id) if activity.id is not None else None
        if row is None:
            return None
        check_seen_version(row, activity.version, activity, lambda: activity_from_row(row))
        _apply_activity(row, activity)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, activity_id: int) -> bool:
        return matched_rows(self._session.execute(delete(ActivityRow).where(ActivityRow.id == activity_id))) > 0


def neighborhood_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(NeighborhoodRow.id, NeighborhoodRow.name)).all())


def partner_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(PartnerRow.id, PartnerRow.name)).all())
