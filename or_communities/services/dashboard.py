"""The dashboard's figures: each success metric for the city and for every neighborhood, against its target.

Stages come from the journey's own overview, the activists' activity from the people area's retention rule and the
budget from the same expense lines as the budget area, so every figure here is the one shown elsewhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain import catalog
from ..domain.measures import (
    NEIGHBORHOOD_TARGETS,
    RECENT_EVENT_DAYS,
    Measure,
    MeasureCounts,
    Rating,
    city_target,
    measure_values,
    rating,
)
from ..domain.people_rules import ACTIVIST_ROLES
from ..domain.progress import NeighborhoodStage
from ..domain.records import PersonRole
from ..storage import measure_counts, measure_history
from ..storage.relations_repositories import PersonRepository, RetentionSettingsRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .journey import JourneyOverview
    from .workspace import Workspace

LEADER_ROLES = frozenset(
    {PersonRole.NEIGHBORHOOD_LEADER, PersonRole.COMMUNITY_COORDINATOR, PersonRole.BUILDING_COORDINATOR}
)


@dataclass(frozen=True, slots=True)
class MeasureRow:
    """One line of the dashboard: the city, or one neighborhood."""

    neighborhood_id: int | None
    name: str
    stage: NeighborhoodStage | None
    """None for the city."""
    values: dict[Measure, float | None]
    targets: dict[Measure, float]

    def rating(self, measure: Measure) -> Rating:
        return rating(self.values[measure], self.targets[measure])


@dataclass(frozen=True, slots=True)
class Dashboard:
    year: int
    today: dt.date
    city: MeasureRow
    neighborhoods: list[MeasureRow]
    budget: dict[int | None, tuple[float, float]] = field(default_factory=dict)
    """(planned, actual) of the year's expenses, by neighborhood (None: city-wide lines)."""

    def stage_counts(self) -> dict[NeighborhoodStage, int]:
        counts = dict.fromkeys(NeighborhoodStage, 0)
        for row in self.neighborhoods:
            if row.stage is not None:
                counts[row.stage] += 1
        return counts


class DashboardService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def dashboard(self, year: int | None = None) -> Dashboard:
        workspace = self._workspace
        plan_year = year if year is not None else workspace.city.get().plan_year
        today = workspace.clock()
        overview = workspace.journey.overview()
        with workspace.transaction() as session:
            counts, budget = _counts(session, overview, plan_year, today)
        neighborhoods = [
            MeasureRow(
                standing.neighborhood.id,
                standing.neighborhood.name,
                standing.stage,
                measure_values(counts.get(standing.neighborhood.id, MeasureCounts())),
                dict(NEIGHBORHOOD_TARGETS),
            )
            for standing in overview.neighborhoods
        ]
        city = MeasureRow(
            None,
            workspace.city.get().name,
            None,
            measure_values(counts[None]),
            {measure: city_target(measure, len(neighborhoods)) for measure in Measure},
        )
        return Dashboard(plan_year, today, city, neighborhoods, budget)

    # -- history ---------------------------------------------------------------------

    def record_month(self) -> str:
        """Keep this month's figures (replacing any kept earlier this month); returns the month, YYYY-MM."""
        board = self.dashboard()
        month = board.today.strftime("%Y-%m")
        uids = {n.id: n.uid for n in self._workspace.neighborhoods.list()}
        values = [
            (uids.get(row.neighborhood_id, "") if row.neighborhood_id is not None else "", row.name, measure.value, value)
            for row in [board.city, *board.neighborhoods]
            for measure, value in row.values.items()
        ]
        with self._workspace.transaction() as session:
            measure_history.replace_month(session, month, values)
        return month

    def record_if_new_month(self) -> bool:
        """On opening: the figures of a month not kept yet are kept; True when they were."""
        if self._workspace.month_figures_kept():
            return False
        self.record_month()
        return True

    def history(self, measure: Measure, neighborhood_uid: str = "") -> list[tuple[str, float | None]]:
        """(month, value) of a measure for the city (or one neighborhood, by uid), oldest first."""
        with self._workspace.transaction() as session:
            return measure_history.series(session, measure.value, neighborhood_uid)


def _counts(
    session: Session, overview: JourneyOverview, year: int, today: dt.date
) -> tuple[dict[int | None, MeasureCounts], dict[int | None, tuple[float, float]]]:
    """Each neighborhood's counts, and the city's under None (the sum, with partners counted once)."""
    partner_days, activist_days = RetentionSettingsRepository(session).days()
    people = PersonRepository(session)
    leaders = measure_counts.active_people(session, LEADER_ROLES)
    activists = measure_counts.active_people(session, ACTIVIST_ROLES)
    inactive = people.count_inactive(ACTIVIST_ROLES, today, activist_days)
    events = measure_counts.events_between(session, today - dt.timedelta(days=RECENT_EVENT_DAYS), today)
    partners = measure_counts.partners_contacted_since(session, today - dt.timedelta(days=partner_days))
    budget = measure_counts.budget_by_neighborhood(session, year)
    due = measure_counts.activities_due(session, year, today)
    groups = measure_counts.groups(session)
    stage_two = [task.key for task in catalog.stage_two_tasks()]
    closed = {
        standing.neighborhood.id: sum(1 for key in stage_two if standing.status(key).is_closed)
        for standing in overview.neighborhoods
    }
    keys = {*closed, *leaders, *activists, *events, *budget, *due, *groups, None}
    counts = {
        key: MeasureCounts(
            stage_two_closed=closed.get(key, 0) if key is not None else 0,
            leaders=leaders.get(key, 0),
            activists=activists.get(key, 0),
            inactive_activists=inactive.get(key, 0),
            recent_events=events.get(key, 0),
            partners_engaged=partners.get(key, 0) if key is not None else 0,
            budget_planned=budget.get(key, (0.0, 0.0))[0],
            budget_actual=budget.get(key, (0.0, 0.0))[1],
            activities_due=due.get(key, (0, 0))[0],
            activities_done_when_due=due.get(key, (0, 0))[1],
            groups=groups.get(key, 0),
        )
        for key in keys
    }
    city = sum((counts[key] for key in keys), MeasureCounts())
    counts[None] = MeasureCounts(
        **{name: getattr(city, name) for name in MeasureCounts.__slots__ if name != "partners_engaged"},
        partners_engaged=partners.get(None, 0),
    )
    return counts, budget
