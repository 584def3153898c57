"""The dashboard's figures: each success metric for the city and for every neighborhood, against its target.

Stages come from the journey's own overview, the activists' activity from the people area's retention rule and the
budget from the same expense lines as the budget area, so every figure here is the one shown elsewhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain import catalog
from ..domain.custom_metrics import (
    CustomMetric,
    MetricReading,
    MetricStanding,
    clean_metric,
    clean_reading,
)
from ..domain.errors import RecordNotFound
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
from ..domain.progress import NeighborhoodStage
from ..domain.records import PersonRole
from ..storage import measure_counts, measure_history
from ..storage.custom_metric_repositories import CustomMetricRepository
from ..storage.relations_repositories import PersonRepository, RetentionSettingsRepository
from ..storage.repositories import NeighborhoodRepository

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

    # -- the manager's own metrics ----------------------------------------------------

    def custom_metrics(self) -> list[MetricStanding]:
        """Every metric the manager defined, with its latest reading."""
        with self._workspace.transaction() as session:
            repository = CustomMetricRepository(session)
            latest = repository.latest_readings()
            return [MetricStanding(metric, latest.get(metric.id or 0)) for metric in repository.list()]

    def add_metric(self, metric: CustomMetric) -> CustomMetric:
        cleaned = clean_metric(metric)
        with self._workspace.transaction() as session:
            _check_neighborhood(session, cleaned.neighborhood_id)
            return CustomMetricRepository(session).add(cleaned)

    def update_metric(self, metric: CustomMetric) -> CustomMetric:
        cleaned = clean_metric(metric)
        with self._workspace.transaction() as session:
            _check_neighborhood(session, cleaned.neighborhood_id)
            updated = CustomMetricRepository(session).update(cleaned)
        if updated is None:
            raise RecordNotFound()
        return updated

    def remove_metric(self, metric_id: int) -> None:
        with self._workspace.transaction() as session:
            if not CustomMetricRepository(session).remove(metric_id):
                raise RecordNotFound()

    def readings(self, metric_id: int) -> list[MetricReading]:
        with self._workspace.transaction() as session:
            return CustomMetricRepository(session).readings(metric_id)

    def add_reading(self, reading: MetricReading) -> MetricReading:
        cleaned = clean_reading(reading)
        with self._workspace.transaction() as session:
            repository = CustomMetricRepository(session)
            if repository.get(cleaned.metric_id) is None:
                raise RecordNotFound()
            return repository.add_reading(cleaned)

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
    activists = measure_counts.watched_people(session)
    inactive = people.count_inactive(today, activist_days)
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


def _check_neighborhood(session: Session, neighborhood_id: int | None) -> None:
    if neighborhood_id is not None and NeighborhoodRepository(session).get(neighborhood_id) is None:
        raise RecordNotFound()
