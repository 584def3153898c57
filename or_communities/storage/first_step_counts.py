"""How far a city has come on its first steps, counted in SQL (a count is all the checklist needs)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .planning_tables import ActivityRow, GoalRow, WorkPlanRow
from .tables import NeighborhoodRow, PartnerRow, PersonRow


def first_step_counts(session: Session, year: int) -> dict[str, int]:
    """Neighborhoods, those with a boundary, partners, people, and activities in the work plans of ``year``."""

    def count(query: Select[Any]) -> int:
        return int(session.scalar(query) or 0)

    in_year = (
        select(func.count(ActivityRow.id))
        .join(GoalRow, GoalRow.id == ActivityRow.goal_id)
        .join(WorkPlanRow, WorkPlanRow.id == GoalRow.plan_id)
        .where(WorkPlanRow.year == year)
    )
    return {
        "neighborhoods": count(select(func.count(NeighborhoodRow.id))),
        "boundaries": count(select(func.count(NeighborhoodRow.id)).where(NeighborhoodRow.boundary_geojson.is_not(None))),
        "partners": count(select(func.count(PartnerRow.id))),
        "people": count(select(func.count(PersonRow.id))),
        "activities": count(in_year),
    }
