"""Journey 9: the budget's use cases on a real workspace file."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from sqlalchemy import insert

from or_communities.domain.errors import InvalidAmount, RecordNotFound
from or_communities.domain.planning import (
    Expense,
    ExpenseCategory,
    FundingProspect,
    Income,
    IncomeSource,
    IncomeStatus,
    ProspectStage,
    ResourceProject,
)
from or_communities.services.budget import BudgetService
from or_communities.services.workspace import Workspace
from or_communities.storage.planning_tables import ActivityRow, GoalRow, WorkPlanRow

YEAR = 2026
TODAY = dt.date(2026, 5, 10)


@pytest.fixture
def workspace(tmp_path):
    opened = Workspace.create(tmp_path / "city.orcity", "ירוחם", YEAR)
    opened.clock = lambda: TODAY
    yield opened
    opened.close()


def _activity(
    workspace: Workspace, name: str, planned_budget: float, year: int = YEAR, neighborhood_id=None, plan_neighborhood_id=None
) -> int:
    """An activity in a work plan of the year (a neighborhood's plan with ``plan_neighborhood_id``), written straight
    to the tables (work plans are another area's)."""
    kind = "city" if plan_neighborhood_id is None else "neighborhood"
    with workspace.transaction() as session:
        plan = {"kind": kind, "year": year, "title": "", "neighborhood_id": plan_neighborhood_id}
        plan_id = session.execute(insert(WorkPlanRow).values(**plan)).inserted_primary_key[0]
        goal_id = session.execute(insert(GoalRow).values(plan_id=plan_id, title="יעד", position=0)).inserted_primary_key[0]
        row = {"goal_id": goal_id, "name": name, "planned_budget": planned_budget, "neighborhood_id": neighborhood_id}
        return session.execute(insert(ActivityRow).values(**row)).inserted_primary_key[0]


def test_totals_add_up_income_by_source_and_status_and_expenses_by_neighborhood_and_category(workspace):
    """Income sums by source, by status and as secured (committed + received); expenses sum planned, actual and the
    difference by neighborhood, by category and in all; another year's lines stay out."""
    budget = BudgetService(workspace)
    north = workspace.neighborhoods.add("צפון").id
    budget.add_income(Income(None, YEAR, IncomeSource.MUNICIPALITY, "השתתפות העירייה", 100_000, IncomeStatus.RECEIVED))
    budget.add_income(Income(None, YEAR, IncomeSource.MUNICIPALITY, "תוספת", 20_000, IncomeStatus.EXPECTED))
    budget.add_income(Income(None, YEAR, IncomeSource.DONORS, "קרן", 30_000, IncomeStatus.COMMITTED))
    budget.add_income(Income(None, YEAR - 1, IncomeSource.DONORS, "שנה קודמת", 999, IncomeStatus.RECEIVED))
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.EVENTS, "כנס", north, None, 10_000, 12_500))
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.EVENTS, "חג", None, None, 5_000, 1_000))
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.STAFF, "רכזת", north, None, 40_000, 20_000))

    summary = budget.summary()
    assert summary.year == YEAR
    assert summary.income.of_source(IncomeSource.MUNICIPALITY) == 120_000
    assert summary.income.of_status(IncomeStatus.EXPECTED) == 20_000
    assert summary.income.total == 150_000
    assert summary.income.secured == 130_000
    expenses = summary.expenses
    assert (expenses.total.planned, expenses.total.actual, expenses.total.difference) == (55_000, 33_500, 21_500)
    assert expenses.by_neighborhood[north].difference == 17_500
    assert expenses.by_neighborhood[None].planned == 5_000
    assert expenses.by_category[ExpenseCategory.EVENTS].difference == 1_500
    assert summary.balance == 130_000 - 55_000
    assert [e.difference for e in budget.expenses()] == [-2_500, 4_000, 20_000]


def test_edits_and_removals_are_kept_after_reopening(workspace, tmp_path):
    """An income and an expense edited and one removed read back the same from the file."""
    budget = BudgetService(workspace)
    income = budget.add_income(Income(None, YEAR, IncomeSource.GOVERNMENT, "  קול קורא  ", 50_000))
    gone = budget.add_expense(Expense(None, YEAR, ExpenseCategory.PRINTING, "עלון", planned=2_000))
    expense = budget.add_expense(Expense(None, YEAR, ExpenseCategory.TRAINING, "הכשרה", planned=8_000))
    budget.update_income(Income(income.id, YEAR, IncomeSource.GOVERNMENT, "קול קורא", 50_000, IncomeStatus.COMMITTED))
    budget.update_expense(Expense(expense.id, YEAR, ExpenseCategory.TRAINING, "הכשרה", planned=8_000, actual=3_000))
    budget.remove_expense(gone.id)
    workspace.close()

    reopened = BudgetService(Workspace.open(tmp_path / "city.orcity"))
    assert reopened.incomes() == [Income(income.id, YEAR, IncomeSource.GOVERNMENT, "קול קורא", 50_000, IncomeStatus.COMMITTED)]
    assert [(e.description, e.actual, e.difference) for e in reopened.expenses()] == [("הכשרה", 3_000, 5_000)]


@pytest.mark.parametrize("amount", [-1, math.nan, math.inf, 2_000_000_000])
def test_bad_amounts_are_refused_and_nothing_changes(workspace, amount):
    """A negative, infinite, not-a-number or absurdly large amount is refused on add and edit, and nothing is written."""
    budget = BudgetService(workspace)
    kept = budget.add_income(Income(None, YEAR, IncomeSource.DONORS, "קרן", 1_000))
    expense = budget.add_expense(Expense(None, YEAR, ExpenseCategory.EVENTS, "כנס", planned=500))
    with pytest.raises(InvalidAmount):
        budget.add_income(Income(None, YEAR, IncomeSource.DONORS, "עוד", amount))
    with pytest.raises(InvalidAmount):
        budget.update_income(Income(kept.id, YEAR, IncomeSource.DONORS, "קרן", amount))
    with pytest.raises(InvalidAmount) as refused:
        budget.update_expense(Expense(expense.id, YEAR, ExpenseCategory.EVENTS, "כנס", planned=500, actual=amount))
    assert refused.value.field == "actual"
    with pytest.raises(InvalidAmount):
        budget.add_prospect(FundingProspect(None, "בנק", amount))
    with pytest.raises(InvalidAmount):
        budget.add_project(ResourceProject(None, "גינה", amount_needed=amount))
    assert budget.incomes() == [kept]
    assert budget.expenses() == [expense]
    assert budget.pipeline() == [] and budget.projects() == []


def test_records_that_do_not_exist_are_refused(workspace):
    """Editing a removed income, or booking an expense to a missing neighborhood, activity or project, changes nothing."""
    budget = BudgetService(workspace)
    with pytest.raises(RecordNotFound):
        budget.update_income(Income(404, YEAR, IncomeSource.OTHER))
    with pytest.raises(RecordNotFound):
        budget.add_expense(Expense(None, YEAR, ExpenseCategory.OTHER, neighborhood_id=404))
    with pytest.raises(RecordNotFound):
        budget.add_expense(Expense(None, YEAR, ExpenseCategory.OTHER, activity_id=404))
    with pytest.raises(RecordNotFound):
        budget.add_prospect(FundingProspect(None, "קרן", 1_000, project_id=404))
    assert budget.expenses() == [] and budget.pipeline() == []


def test_overdue_next_steps_are_flagged_by_the_workspace_clock(workspace):
    """A next step dated before today is flagged while the prospect is open; today's, a later one, one without a date,
    and a settled (committed or declined) prospect's are not; moving the clock on flags the later one too."""
    budget = BudgetService(workspace)
    yesterday, later = TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=3)
    for funder, stage, date in [
        ("משרד הפנים", ProspectStage.PROPOSAL_SENT, yesterday),
        ("קרן א", ProspectStage.APPROACHED, TODAY),
        ("קרן ב", ProspectStage.NEGOTIATING, later),
        ("קרן ג", ProspectStage.IDENTIFIED, None),
        ("קרן ד", ProspectStage.DECLINED, yesterday),
        ("קרן ה", ProspectStage.COMMITTED, yesterday),
    ]:
        budget.add_prospect(FundingProspect(None, funder, 10_000, stage, "לחזור אליהם", date))
    assert [e.prospect.funder for e in budget.pipeline() if e.overdue] == ["משרד הפנים"]

    workspace.clock = lambda: later + dt.timedelta(days=1)
    assert [e.prospect.funder for e in budget.pipeline() if e.overdue] == ["משרד הפנים", "קרן א", "קרן ב"]


def test_a_project_shows_what_the_pipeline_raised_and_still_asks_for_it(workspace):
    """Committed prospects toward a project count as raised, open ones as asked for, declined ones not at all; removing
    the project leaves its prospects in the pipeline toward no project."""
    budget = BudgetService(workspace)
    garden = budget.add_project(ResourceProject(None, "גינה קהילתית", amount_needed=80_000))
    for funder, amount, stage in [
        ("קרן א", 30_000, ProspectStage.COMMITTED),
        ("קרן ב", 20_000, ProspectStage.NEGOTIATING),
        ("קרן ג", 50_000, ProspectStage.DECLINED),
    ]:
        budget.add_prospect(FundingProspect(None, funder, amount, stage, project_id=garden.id))
    progress = budget.projects()[0]
    assert (progress.raised, progress.in_pipeline, progress.still_needed) == (30_000, 20_000, 50_000)

    budget.remove_project(garden.id)
    assert budget.projects() == []
    assert [entry.prospect.project_id for entry in budget.pipeline()] == [None, None, None]


def test_work_plan_budgets_that_disagree_with_the_budget_are_listed_and_booking_fixes_them(workspace):
    """Activities whose plan budget differs from their booked planned expenses are listed with both amounts; booking the
    plan's amount adds an expense when none was booked, raises the latest one, or lowers booked ones (never below
    zero), after which nothing is listed; another year's activities are not listed."""
    budget = BudgetService(workspace)
    north = workspace.neighborhoods.add("צפון").id
    fair = _activity(workspace, "יריד קהילתי", 12_000, neighborhood_id=north)
    course = _activity(workspace, "קורס מנהיגות", 9_000)
    cleanup = _activity(workspace, "יום ניקיון", 500)
    agreed = _activity(workspace, "מפגש תושבים", 2_000)
    _activity(workspace, "פעילות של שנה אחרת", 5_000, year=YEAR + 1)
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.TRAINING, "מדריך", None, course, 4_000))
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.EQUIPMENT, "שקיות", None, cleanup, 800))
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.HOSPITALITY, "כיבוד", None, cleanup, 700))
    budget.add_expense(Expense(None, YEAR, ExpenseCategory.HOSPITALITY, "כיבוד", None, agreed, 2_000.5))

    found = {m.activity_name: (m.planned_in_plan, m.planned_in_budget) for m in budget.mismatches()}
    assert found == {"יריד קהילתי": (12_000, 0), "קורס מנהיגות": (9_000, 4_000), "יום ניקיון": (500, 1_500)}

    booked = budget.book_plan_amount(fair)
    assert [(e.category, e.description, e.neighborhood_id, e.planned) for e in booked] == [
        (ExpenseCategory.ACTIVITIES, "יריד קהילתי", north, 12_000)
    ]
    assert [e.planned for e in budget.book_plan_amount(course)] == [9_000]
    assert [e.planned for e in budget.book_plan_amount(cleanup)] == [500, 0]
    assert budget.mismatches() == []
    assert budget.summary().expenses.total.planned == 12_000 + 9_000 + 500 + 2_000.5


def test_an_activity_of_a_neighborhoods_plan_is_booked_to_that_neighborhood(workspace):
    """An activity with no neighborhood of its own in a neighborhood's work plan is that neighborhood's: the budget
    lists it there, in the plan's order with the city's, and the expense booked for it goes to that neighborhood."""
    budget = BudgetService(workspace)
    north = workspace.neighborhoods.add("צפון").id
    south = workspace.neighborhoods.add("דרום").id
    city_wide = _activity(workspace, "כנס עירוני", 3_000)
    of_plan = _activity(workspace, "ערב שכונה", 1_000, plan_neighborhood_id=north)
    own = _activity(workspace, "סיור", 500, neighborhood_id=south, plan_neighborhood_id=north)
    assert [(a.id, a.neighborhood_id) for a in budget.activities()] == [(city_wide, None), (of_plan, north), (own, south)]
    [booked] = budget.book_plan_amount(of_plan)
    assert (booked.neighborhood_id, booked.planned) == (north, 1_000)


def test_booking_for_an_activity_outside_the_year_is_refused(workspace):
    """An activity that is not in a work plan of the plan year cannot be booked, and no expense is added."""
    budget = BudgetService(workspace)
    other_year = _activity(workspace, "פעילות של שנה אחרת", 5_000, year=YEAR + 1)
    with pytest.raises(RecordNotFound):
        budget.book_plan_amount(other_year)
    assert budget.expenses() == []
