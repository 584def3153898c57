"""The budget's pure rules, without a workspace, Qt or a file: amounts, totals, overdue prospects, and where the
work plans and the budget disagree."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from or_communities.domain.budget_rules import (
    AMOUNT_LIMIT,
    BudgetSummary,
    PlannedActual,
    check_amount,
    expense_totals,
    income_totals,
    is_overdue,
    project_progress,
)
from or_communities.domain.errors import InvalidAmount
from or_communities.domain.planning import (
    Activity,
    Expense,
    ExpenseCategory,
    FundingProspect,
    Income,
    IncomeSource,
    IncomeStatus,
    ProspectStage,
    ResourceProject,
    budget_mismatches,
)

TODAY = dt.date(2026, 6, 15)


def _activity(activity_id: int, planned: float, name: str = "פעולה") -> Activity:
    return Activity(activity_id, goal_id=1, name=name, planned_budget=planned)


def _expense(planned: float, actual: float = 0.0, activity_id: int | None = None, neighborhood_id: int | None = None,
             category: ExpenseCategory = ExpenseCategory.ACTIVITIES) -> Expense:
    return Expense(None, 2026, category, planned=planned, actual=actual, activity_id=activity_id,
                   neighborhood_id=neighborhood_id)


# -- the plans-vs-budget rule ---------------------------------------------------------------------


def test_an_activity_whose_booked_expenses_match_its_plan_is_no_mismatch():
    """Planned expenses booked to an activity that add up to its planned budget leave nothing to report."""
    activities = [_activity(1, 5000)]
    expenses = [_expense(3000, activity_id=1), _expense(2000, activity_id=1)]
    assert budget_mismatches(activities, expenses) == []


def test_an_activity_with_nothing_booked_is_a_mismatch_of_its_whole_budget():
    """An activity with a planned budget and no expense booked to it shows the whole amount as the gap."""
    [mismatch] = budget_mismatches([_activity(7, 1200, "כנס שכונה")], [])
    assert (mismatch.activity_id, mismatch.activity_name) == (7, "כנס שכונה")
    assert (mismatch.planned_in_plan, mismatch.planned_in_budget, mismatch.gap) == (1200, 0, 1200)


def test_more_booked_than_planned_gives_a_negative_gap():
    """Expenses booked beyond the plan's budget show as a negative gap."""
    [mismatch] = budget_mismatches([_activity(1, 1000)], [_expense(1500, activity_id=1)])
    assert mismatch.gap == -500


def test_a_difference_of_a_shekel_or_less_is_rounding_not_a_mismatch():
    """The rule tolerates up to ₪1 of difference, and reports ₪1.01."""
    assert budget_mismatches([_activity(1, 1000)], [_expense(999, activity_id=1)]) == []
    assert len(budget_mismatches([_activity(1, 1000)], [_expense(998.99, activity_id=1)])) == 1


def test_expenses_of_other_activities_and_unsaved_activities_do_not_count():
    """An expense booked to another activity, or to none, is not this activity's; an activity not yet stored is
    skipped."""
    activities = [_activity(1, 400), Activity(None, goal_id=1, name="טיוטה", planned_budget=900)]
    expenses = [_expense(400, activity_id=2), _expense(400)]
    [mismatch] = budget_mismatches(activities, expenses)
    assert mismatch.activity_id == 1 and mismatch.planned_in_budget == 0


# -- amounts and totals ---------------------------------------------------------------------------


@pytest.mark.parametrize("amount", [0, 0.5, 1200, AMOUNT_LIMIT])
def test_amounts_from_zero_to_the_limit_are_accepted_as_floats(amount):
    """Any amount from ₪0 to the limit comes back as a float."""
    assert check_amount(amount, "amount") == float(amount)
    assert isinstance(check_amount(amount, "amount"), float)


@pytest.mark.parametrize("amount", [-1, AMOUNT_LIMIT + 1, math.nan, math.inf, "100", None])
def test_negative_huge_or_non_numbers_are_refused_naming_the_field(amount):
    """A negative amount, one past the limit, NaN, infinity or text is refused with the field's name."""
    with pytest.raises(InvalidAmount) as refused:
        check_amount(amount, "planned")
    assert refused.value.field == "planned"


def test_planned_actual_adds_up_and_says_what_is_left():
    """PlannedActual sums planned and actual separately, and the difference is what is left (negative: over)."""
    total = PlannedActual(1000, 400) + PlannedActual(500, 900)
    assert (total.planned, total.actual, total.difference) == (1500, 1300, 200)
    assert PlannedActual(100, 250).difference == -150


def test_expense_totals_by_neighborhood_by_category_and_overall():
    """Expenses add up per neighborhood (None: city-wide), per category, and overall."""
    expenses = [
        _expense(1000, 800, neighborhood_id=1),
        _expense(500, 600, neighborhood_id=1, category=ExpenseCategory.EVENTS),
        _expense(300, 0),
    ]
    totals = expense_totals(expenses)
    assert totals.by_neighborhood[1] == PlannedActual(1500, 1400)
    assert totals.by_neighborhood[None] == PlannedActual(300, 0)
    assert totals.by_category[ExpenseCategory.EVENTS] == PlannedActual(500, 600)
    assert totals.by_category[ExpenseCategory.ACTIVITIES] == PlannedActual(1300, 800)
    assert totals.total == PlannedActual(1800, 1400)


def test_secured_income_counts_committed_and_received_but_not_expected():
    """Income is secured once committed or received; expected income is in the total but not secured."""
    incomes = [
        Income(None, 2026, IncomeSource.MUNICIPALITY, amount=10000, status=IncomeStatus.RECEIVED),
        Income(None, 2026, IncomeSource.MUNICIPALITY, amount=4000, status=IncomeStatus.COMMITTED),
        Income(None, 2026, IncomeSource.DONORS, amount=25000, status=IncomeStatus.EXPECTED),
    ]
    totals = income_totals(incomes)
    assert totals.secured == 14000
    assert totals.total == 39000
    assert totals.of_source(IncomeSource.MUNICIPALITY) == 14000
    assert totals.of_status(IncomeStatus.EXPECTED) == 25000


def test_the_balance_is_secured_income_less_planned_expenses():
    """The budget's balance counts only secured income against what is planned to be spent."""
    income = income_totals([Income(None, 2026, IncomeSource.MUNICIPALITY, amount=5000, status=IncomeStatus.COMMITTED),
                            Income(None, 2026, IncomeSource.DONORS, amount=9000, status=IncomeStatus.EXPECTED)])
    summary = BudgetSummary(2026, income, expense_totals([_expense(7000, 100)]))
    assert summary.balance == -2000


# -- the pipeline -------------------------------------------------------------------------------


def _prospect(stage: ProspectStage, next_step_date: dt.date | None, amount: float = 1000,
              project_id: int | None = None) -> FundingProspect:
    return FundingProspect(None, "קרן", amount=amount, stage=stage, next_step_date=next_step_date,
                           project_id=project_id)


def test_a_prospect_still_worked_on_with_its_next_step_past_is_overdue():
    """A next step dated before today, on a prospect not yet settled, is overdue; today's is not."""
    assert is_overdue(_prospect(ProspectStage.APPROACHED, TODAY - dt.timedelta(days=1)), TODAY)
    assert not is_overdue(_prospect(ProspectStage.APPROACHED, TODAY), TODAY)
    assert not is_overdue(_prospect(ProspectStage.APPROACHED, None), TODAY)


@pytest.mark.parametrize("stage", [ProspectStage.COMMITTED, ProspectStage.DECLINED])
def test_a_settled_prospect_is_never_overdue(stage):
    """Committed and declined prospects are settled: an old next-step date does not flag them."""
    assert not is_overdue(_prospect(stage, TODAY - dt.timedelta(days=30)), TODAY)


def test_a_project_counts_what_was_committed_and_what_is_still_asked_for():
    """A project's raised money is its committed prospects; open ones are in the pipeline; declined ones count for
    nothing; what is still needed never goes below zero."""
    project = ResourceProject(5, "גינה קהילתית", amount_needed=10000)
    prospects = [
        _prospect(ProspectStage.COMMITTED, None, 6000, project_id=5),
        _prospect(ProspectStage.NEGOTIATING, None, 3000, project_id=5),
        _prospect(ProspectStage.DECLINED, None, 9000, project_id=5),
        _prospect(ProspectStage.COMMITTED, None, 7000, project_id=6),
    ]
    progress = project_progress(project, prospects)
    assert (progress.raised, progress.in_pipeline, progress.still_needed) == (6000, 3000, 4000)
    assert project_progress(project, [_prospect(ProspectStage.COMMITTED, None, 12000, project_id=5)]).still_needed == 0
