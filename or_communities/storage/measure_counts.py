"""The counts the success metrics are computed from, per neighborhood, in SQL: a handful of grouped queries, never
the records themselves, so the dashboard of a city of sixty neighborhoods and twenty thousand people opens at once.

Each function returns {neighborhood id (None: the city level): value}. People's activity is judged by the same
rule as the people area's retention (storage.relations_repositories counts the inactive ones).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session

from ..domain.planning import ActivityStatus
from ..domain.records import PersonRole
from ..domain.relations import PersonStatus
from .person_search import latest_status_value
from .planning_tables import ActivityRow, EventRow, ExpenseRow, GoalRow, GroupRow, WorkPlanRow
from .tables import PartnerNeighborhoodRow, PartnerRow, PersonRoleRow, PersonRow

Counts = dict[int | None, int]


def active_people(session: Session, roles: Iterable[PersonRole]) -> Counts:
    """People in ``roles`` whose status is active (or never set)."""
    status = latest_status_value()
    with_role = select(PersonRoleRow.person_id).where(PersonRoleRow.role.in_([role.value for role in roles]))
    rows = session.execute(
        select(PersonRow.neighborhood_id, func.count())
        .where(PersonRow.id.in_(with_role), or_(status.is_(None), status == PersonStatus.ACTIVE.value))
        .group_by(PersonRow.neighborhood_id)
    )
    return {neighborhood: int(count) for neighborhood, count in rows}


def watched_people(session: Session) -> Counts:
    """Active people in the roles watched for retention (domain.people_rules.ACTIVIST_ROLES), from the index on
    ``person.watched`` rather than each one's roles and latest status."""
    rows = session.execute(
        select(PersonRow.neighborhood_id, func.count()).where(PersonRow.watched == true()).group_by(PersonRow.neighborhood_id)
    )
    return {neighborhood: int(count) for neighborhood, count in rows}


def events_between(session: Session, first: dt.date, last: dt.date) -> Counts:
    rows = session.execute(
        select(EventRow.neighborhood_id, func.count())
        .where(EventRow.date >= first, EventRow.date <= last)
        .group_by(EventRow.neighborhood_id)
    )
    return {neighborhood: int(count) for neighborhood, count in rows}


def partners_contacted_since(session: Session, since: dt.date) -> Counts:
    """Partners last contacted on or after ``since``, in each neighborhood they work in (None: the city's)."""
    recent = select(PartnerRow.id).where(PartnerRow.last_contact >= since)
    by_neighborhood = session.execute(
        select(PartnerNeighborhoodRow.neighborhood_id, func.count())
        .where(PartnerNeighborhoodRow.partner_id.in_(recent))
        .group_by(PartnerNeighborhoodRow.neighborhood_id)
    )
    counts: Counts = {neighborhood: int(count) for neighborhood, count in by_neighborhood}
    counts[None] = int(session.scalar(select(func.count()).select_from(recent.subquery())) or 0)
    return counts


def budget_by_neighborhood(session: Session, year: int) -> dict[int | None, tuple[float, float]]:
    """(planned, actual) of the year's expenses in each neighborhood (None: the city-wide lines)."""
    rows = session.execute(
        select(ExpenseRow.neighborhood_id, func.sum(ExpenseRow.planned), func.sum(ExpenseRow.actual))
        .where(ExpenseRow.year == year)
        .group_by(ExpenseRow.neighborhood_id)
    )
    return {neighborhood: (float(planned or 0), float(actual or 0)) for neighborhood, planned, actual in rows}


def activities_due(session: Session, year: int, today: dt.date) -> dict[int | None, tuple[int, int]]:
    """(due, done) of the year's activities whose end date has passed, cancelled ones aside, per neighborhood."""
    neighborhood = func.coalesce(ActivityRow.neighborhood_id, WorkPlanRow.neighborhood_id)
    done = func.sum((ActivityRow.status == ActivityStatus.DONE.value).cast(ActivityRow.id.type))
    rows = session.execute(
        select(neighborhood, func.count(), done)
        .join(GoalRow, GoalRow.id == ActivityRow.goal_id)
        .join(WorkPlanRow, WorkPlanRow.id == GoalRow.plan_id)
        .where(
            WorkPlanRow.year == year,
            ActivityRow.end.is_not(None),
            ActivityRow.end < today,
            ActivityRow.status != ActivityStatus.CANCELLED.value,
        )
        .group_by(neighborhood)
    )
    return {hood: (int(count), int(finished or 0)) for hood, count, finished in rows}


def groups(session: Session) -> Counts:
    rows = session.execute(select(GroupRow.neighborhood_id, func.count()).group_by(GroupRow.neighborhood_id))
    return {neighborhood: int(count) for neighborhood, count in rows}
