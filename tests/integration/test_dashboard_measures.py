"""The success metrics on a workspace built with known numbers: each measure for a neighborhood and for the city,
rated against its target, and the budget figure the same as the budget area's."""

from __future__ import annotations

import datetime as dt

import pytest

from or_communities.domain import catalog
from or_communities.domain.measures import Measure, Rating
from or_communities.domain.planning import (
    Activity,
    ActivityStatus,
    Event,
    Expense,
    ExpenseCategory,
    Group,
    PlanKind,
)
from or_communities.domain.progress import NeighborhoodStage
from or_communities.domain.records import Partner, PartnerKind, Person, PersonRole, TaskState, TaskStatus
from or_communities.domain.relations import PersonStatus
from or_communities.services.work_plans import WorkPlanService
from or_communities.services.workspace import Workspace

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def city(tmp_path):
    """Two neighborhoods: North well under way, South just begun."""
    workspace = Workspace.create(tmp_path / "city.orcity", "ערד", 2026, clock=lambda: TODAY)
    north = workspace.neighborhoods.add("צפון").id
    south = workspace.neighborhoods.add("דרום").id
    for task in catalog.stage_two_tasks():
        workspace.journey.save(TaskState(task.key, north, TaskStatus.DONE))
    workspace.journey.save(TaskState(catalog.stage_two_tasks()[0].key, south, TaskStatus.IN_PROGRESS))
    recent, old = TODAY - dt.timedelta(days=10), TODAY - dt.timedelta(days=400)
    people = [
        Person(0, "מובילה א", frozenset({PersonRole.NEIGHBORHOOD_LEADER}), north, last_activity=recent),
        Person(0, "רכז ב", frozenset({PersonRole.COMMUNITY_COORDINATOR}), north, last_activity=recent),
        Person(0, "מובילה בהפסקה", frozenset({PersonRole.NEIGHBORHOOD_LEADER}), north, status=PersonStatus.RESTING),
        Person(0, "פעיל פעיל", frozenset({PersonRole.ACTIVIST}), north, last_activity=recent),
        Person(0, "פעיל רדום", frozenset({PersonRole.ACTIVIST}), north, last_activity=old),
        Person(0, "פעילה בדרום", frozenset({PersonRole.VOLUNTEER}), south, last_activity=recent),
    ]
    for person in people:
        workspace.people.add_person(person)
    for days, hood in ((5, north), (30, north), (200, north), (20, south)):
        workspace.events.add_event(Event(None, f"אירוע {days}", TODAY - dt.timedelta(days=days), neighborhood_id=hood))
    partners = [
        Partner(0, "מתנ\"ס", PartnerKind.MUNICIPAL_DEPARTMENT, neighborhood_ids=frozenset({north, south}), last_contact=recent),
        Partner(0, "עמותה", PartnerKind.SOCIAL_ORGANIZATION, neighborhood_ids=frozenset({north}), last_contact=old),
    ]
    for partner in partners:
        workspace.partners.add(partner)
    budget = workspace.budget
    budget.add_expense(Expense(None, 2026, ExpenseCategory.ACTIVITIES, "חוגים", north, None, 1000.0, 600.0))
    budget.add_expense(Expense(None, 2026, ExpenseCategory.ACTIVITIES, "כנס", south, None, 500.0, 100.0))
    budget.add_expense(Expense(None, 2026, ExpenseCategory.ACTIVITIES, "עירוני", None, None, 500.0, 300.0))
    plans = WorkPlanService(workspace)
    goal = plans.add_goal(plans.plan(PlanKind.NEIGHBORHOOD, 2026, north).id, "מנהיגות")
    for name, end, status in (
        ("הושלמה", TODAY - dt.timedelta(days=3), ActivityStatus.DONE),
        ("באיחור", TODAY - dt.timedelta(days=3), ActivityStatus.IN_PROGRESS),
        ("בוטלה", TODAY - dt.timedelta(days=3), ActivityStatus.CANCELLED),
        ("עתידית", TODAY + dt.timedelta(days=30), ActivityStatus.PLANNED),
    ):
        plans.add_activity(Activity(None, goal.id, name, end=end, status=status))
    workspace.events.add_group(Group(None, "ועדת תרבות", neighborhood_id=north))
    yield workspace, north, south
    workspace.close()


def test_each_measure_of_a_neighborhood_counts_what_it_says(city):
    """North: all nine stage-2 tasks, two active leaders (the resting one aside), two activists still active (the
    leader counts, as in the people area; the one idle for 400 days does not), two events in 90 days, one partner in
    touch, 60% of its budget, one of two activities due done, one committee."""
    workspace, north, south = city
    board = workspace.dashboard.dashboard()
    rows = {row.neighborhood_id: row for row in board.neighborhoods}
    assert rows[north].stage is NeighborhoodStage.STAGE_3 and rows[south].stage is NeighborhoodStage.STAGE_2
    assert rows[north].values == {
        Measure.STAGE_TWO_DONE: 9,
        Measure.ACTIVE_LEADERS: 2,
        Measure.ACTIVE_ACTIVISTS: 2,
        Measure.RECENT_EVENTS: 2,
        Measure.PARTNERS_ENGAGED: 1,
        Measure.BUDGET_USED: 60.0,
        Measure.ACTIVITIES_ON_TIME: 50.0,
        Measure.ACTIVE_GROUPS: 1,
    }
    assert rows[south].values[Measure.ACTIVITIES_ON_TIME] is None  # nothing due: nothing to judge
    assert rows[north].rating(Measure.STAGE_TWO_DONE) is Rating.MET
    assert rows[north].rating(Measure.ACTIVE_ACTIVISTS) is Rating.BEHIND
    assert rows[south].rating(Measure.ACTIVITIES_ON_TIME) is Rating.NONE
    assert board.stage_counts() == {NeighborhoodStage.NOT_STARTED: 0, NeighborhoodStage.STAGE_2: 1, NeighborhoodStage.STAGE_3: 1}


def test_the_city_adds_its_neighborhoods_and_counts_a_partner_once(city):
    """The city row sums the neighborhoods and the city-wide lines; a partner working in both neighborhoods is one
    partner in touch; targets scale with the number of neighborhoods, shares stay shares."""
    workspace, _north, _south = city
    board = workspace.dashboard.dashboard()
    values = board.city.values
    assert values[Measure.STAGE_TWO_DONE] == 9
    assert values[Measure.ACTIVE_LEADERS] == 2 and values[Measure.ACTIVE_ACTIVISTS] == 3
    assert values[Measure.RECENT_EVENTS] == 3
    assert values[Measure.PARTNERS_ENGAGED] == 1
    assert board.city.targets[Measure.ACTIVE_ACTIVISTS] == 20 and board.city.targets[Measure.BUDGET_USED] == 80


def test_the_citys_budget_used_is_the_budget_areas_figure(city):
    """One truth: the dashboard's budget used is the budget area's actual over planned for the year."""
    workspace, _north, _south = city
    summary = workspace.budget.summary(2026)
    expected = round(100 * summary.expenses.total.actual / summary.expenses.total.planned, 1)
    assert workspace.dashboard.dashboard().city.values[Measure.BUDGET_USED] == expected == 50.0


def test_the_figures_are_kept_once_a_month_and_outlive_the_records(city):
    """Opened in May, the month's figures are kept once; in June, June's too; the history then keeps May's count of
    events even after those events are deleted."""
    workspace, north, _south = city
    dashboard = workspace.dashboard
    workspace.clock = lambda: dt.date(2026, 5, 20)
    assert dashboard.record_if_new_month() and not dashboard.record_if_new_month()
    may_events = dashboard.dashboard().city.values[Measure.RECENT_EVENTS]
    for event in workspace.events.events():
        workspace.events.remove_event(event.id)
    workspace.clock = lambda: dt.date(2026, 6, 3)
    assert dashboard.record_if_new_month()
    history = dashboard.history(Measure.RECENT_EVENTS)
    assert history == [("2026-05", may_events), ("2026-06", 0)] and may_events > 0
    north_uid = next(n.uid for n in workspace.neighborhoods.list() if n.id == north)
    assert [month for month, _value in dashboard.history(Measure.STAGE_TWO_DONE, north_uid)] == ["2026-05", "2026-06"]


def test_a_metric_of_my_own_stands_by_its_latest_reading_against_its_target(city):
    """A metric defined for a neighborhood, measured twice, stands by the later value against its target; a negative
    or endless value is refused and changes nothing; removed, it goes with its readings."""
    from or_communities.domain.custom_metrics import CustomMetric, InvalidMeasurement, MetricReading

    workspace, north, _south = city
    dashboard = workspace.dashboard
    metric = dashboard.add_metric(CustomMetric(None, "  שביעות רצון  ", "אחוז", 80.0, north))
    assert (metric.name, metric.unit, metric.neighborhood_id) == ("שביעות רצון", "אחוז", north)
    dashboard.add_reading(MetricReading(None, metric.id, dt.date(2026, 3, 1), 85.0))
    dashboard.add_reading(MetricReading(None, metric.id, dt.date(2026, 6, 1), 50.0))
    for bad in (-1.0, float("nan"), float("inf")):
        with pytest.raises(InvalidMeasurement):
            dashboard.add_reading(MetricReading(None, metric.id, dt.date(2026, 6, 2), bad))
    [standing] = dashboard.custom_metrics()
    assert standing.latest.value == 50.0 and standing.rating is Rating.BEHIND
    assert [reading.value for reading in dashboard.readings(metric.id)] == [85.0, 50.0]
    dashboard.remove_metric(metric.id)
    assert dashboard.custom_metrics() == []
