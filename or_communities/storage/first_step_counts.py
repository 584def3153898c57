"""How far a city has come on its first steps, counted in SQL (a count is all the checklist needs).

Plain SQL over the table names: the journey asks at start-up, and the planning tables' mapped classes load with
the first planning screen, not before.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

FIRST_STEP_COUNTS = text(
    """
    SELECT
        (SELECT count(*) FROM neighborhood),
        (SELECT count(*) FROM neighborhood WHERE boundary_geojson IS NOT NULL),
        (SELECT count(*) FROM partner),
        (SELECT count(*) FROM person),
        (SELECT count(*) FROM activity
            JOIN goal ON goal.id = activity.goal_id
            JOIN work_plan ON work_plan.id = goal.plan_id
            WHERE work_plan.year = :year)
    """
)


def first_step_counts(session: Session, year: int) -> dict[str, int]:
    """Neighborhoods, those with a boundary, partners, people, and activities in the work plans of ``year``."""
    row = session.execute(FIRST_STEP_COUNTS, {"year": year}).one()
    return dict(zip(("neighborhoods", "boundaries", "partners", "people", "activities"), map(int, row), strict=True))
