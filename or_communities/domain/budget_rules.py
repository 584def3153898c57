"""The budget's rules: what an amount may be, when a prospect is overdue, and how income and expenses add up.

Every total the window, the workbook and the report show is computed here, once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from .errors import InvalidAmount
from .planning import (
    Expense,
    ExpenseCategory,
    FundingProspect,
    Income,
    IncomeSource,
    IncomeStatus,
    ProspectStage,
    ResourceProject,
)
from .text import Text
from .validation import check_plan_year, clean_name, clean_text, is_number_between

AMOUNT_LIMIT = 1_000_000_000.0
"""No community budget line comes near a billion shekels; a larger number is a typing slip."""


DESCRIPTION_LIMIT = 300


OPEN_STAGES = frozenset({ProspectStage.IDENTIFIED, ProspectStage.APPROACHED, ProspectStage.PROPOSAL_SENT, ProspectStage.NEGOTIATING})
"""A prospect in these stages may still bring money in; committed and declined ones are settled."""


def check_amount(amount: float, field: str) -> float:
    if not is_number_between(amount, 0, AMOUNT_LIMIT):
        raise InvalidAmount(field, AMOUNT_LIMIT)
    return float(amount)


def clean_income(income: Income) -> Income:
    return dataclasses.replace(
        income,
        year=check_plan_year(income.year),
        description=clean_text(income.description, DESCRIPTION_LIMIT),
        amount=check_amount(income.amount, "amount"),
    )


def clean_expense(expense: Expense) -> Expense:
    return dataclasses.replace(
        expense,
        year=check_plan_year(expense.year),
        description=clean_text(expense.description, DESCRIPTION_LIMIT),
        planned=check_amount(expense.planned, "planned"),
        actual=check_amount(expense.actual, "actual"),
    )


def clean_prospect(prospect: FundingProspect) -> FundingProspect:
    return dataclasses.replace(
        prospect,
        funder=clean_name(prospect.funder),
        amount=check_amount(prospect.amount, "amount"),
        next_step=clean_text(prospect.next_step, DESCRIPTION_LIMIT),
        notes=prospect.notes.strip(),
    )


def clean_project(project: ResourceProject) -> ResourceProject:
    return dataclasses.replace(
        project,
        name=clean_name(project.name),
        amount_needed=check_amount(project.amount_needed, "amount_needed"),
        description=project.description.strip(),
    )


def is_overdue(prospect: FundingProspect, today: dt.date) -> bool:
    """The next step's date has passed and the prospect is still being worked on."""
    return prospect.next_step_date is not None and prospect.next_step_date < today and prospect.stage in OPEN_STAGES


@dataclass(frozen=True, slots=True)
class PlannedActual:
    planned: float = 0.0
    actual: float = 0.0

    @property
    def difference(self) -> float:
        """Planned less actual: positive is money left, negative is over budget."""
        return self.planned - self.actual

    def __add__(self, other: PlannedActual) -> PlannedActual:
        return PlannedActual(self.planned + other.planned, self.actual + other.actual)


@dataclass(frozen=True, slots=True)
class IncomeTotals:
    by_source_and_status: dict[tuple[IncomeSource, IncomeStatus], float]

    def of_source(self, source: IncomeSource) -> float:
        return sum(amount for (src, _status), amount in self.by_source_and_status.items() if src is source)

    def of_status(self, status: IncomeStatus) -> float:
        return sum(amount for (_src, sts), amount in self.by_source_and_status.items() if sts is status)

    @property
    def total(self) -> float:
        return sum(self.by_source_and_status.values())

    @property
    def secured(self) -> float:
        """Committed or received: money the budget can count on."""
        return self.of_status(IncomeStatus.COMMITTED) + self.of_status(IncomeStatus.RECEIVED)


@dataclass(frozen=True, slots=True)
class ExpenseTotals:
    by_neighborhood: dict[int | None, PlannedActual]
    """None: city-wide expenses."""
    by_category: dict[ExpenseCategory, PlannedActual]
    total: PlannedActual


class BudgetFigure(Enum):
    """The figures a budget is read by, each defined once: the screen, the workbook and the report show these."""

    INCOME_EXPECTED = "income_expected"
    INCOME_COMMITTED = "income_committed"
    INCOME_RECEIVED = "income_received"
    INCOME_SECURED = "income_secured"
    """Committed or received: money the budget can count on."""
    INCOME_TOTAL = "income_total"
    EXPENSES_PLANNED = "expenses_planned"
    EXPENSES_ACTUAL = "expenses_actual"
    EXPENSES_LEFT = "expenses_left"
    """Planned less actual: what is left to spend of the plan (below zero: spent beyond it)."""
    BALANCE = "balance"
    """Secured income less planned expenses: below zero, the plan is not yet covered."""
    CASH_BALANCE = "cash_balance"
    """Income received less what was spent: the money in hand."""

    @property
    def label(self) -> Text:
        return BUDGET_FIGURE_LABELS[self]


BUDGET_FIGURE_LABELS: dict[BudgetFigure, Text] = {
    BudgetFigure.INCOME_EXPECTED: Text("הכנסות צפויות", "Income expected"),
    BudgetFigure.INCOME_COMMITTED: Text("הכנסות מאושרות", "Income committed"),
    BudgetFigure.INCOME_RECEIVED: Text("הכנסות שהתקבלו", "Income received"),
    BudgetFigure.INCOME_SECURED: Text("הכנסות מובטחות (מאושרות והתקבלו)", "Income secured (committed and received)"),
    BudgetFigure.INCOME_TOTAL: Text("סך ההכנסות, כולל צפויות", "All income, expected included"),
    BudgetFigure.EXPENSES_PLANNED: Text("הוצאות מתוכננות", "Expenses planned"),
    BudgetFigure.EXPENSES_ACTUAL: Text("הוצאות בפועל", "Spent so far"),
    BudgetFigure.EXPENSES_LEFT: Text("יתרת ההוצאות המתוכננות", "Left of the planned expenses"),
    BudgetFigure.BALANCE: Text("יתרה: הכנסות מובטחות פחות הוצאות מתוכננות", "Balance: secured income less planned expenses"),
    BudgetFigure.CASH_BALANCE: Text("בקופה: הכנסות שהתקבלו פחות הוצאות בפועל", "In hand: income received less spent"),
}


@dataclass(frozen=True, slots=True)
class BudgetSummary:
    year: int
    income: IncomeTotals
    expenses: ExpenseTotals

    @property
    def balance(self) -> float:
        return self.figure(BudgetFigure.BALANCE)

    def figure(self, which: BudgetFigure) -> float:
        """A figure of the budget, by its one definition."""
        income, expenses = self.income, self.expenses.total
        values = {
            BudgetFigure.INCOME_EXPECTED: income.of_status(IncomeStatus.EXPECTED),
            BudgetFigure.INCOME_COMMITTED: income.of_status(IncomeStatus.COMMITTED),
            BudgetFigure.INCOME_RECEIVED: income.of_status(IncomeStatus.RECEIVED),
            BudgetFigure.INCOME_SECURED: income.secured,
            BudgetFigure.INCOME_TOTAL: income.total,
            BudgetFigure.EXPENSES_PLANNED: expenses.planned,
            BudgetFigure.EXPENSES_ACTUAL: expenses.actual,
            BudgetFigure.EXPENSES_LEFT: expenses.difference,
            BudgetFigure.BALANCE: income.secured - expenses.planned,
            BudgetFigure.CASH_BALANCE: income.of_status(IncomeStatus.RECEIVED) - expenses.actual,
        }
        return values[which]

    def figures(self) -> dict[BudgetFigure, float]:
        return {which: self.figure(which) for which in BudgetFigure}


@dataclass(frozen=True, slots=True)
class PipelineEntry:
    prospect: FundingProspect
    overdue: bool


@dataclass(frozen=True, slots=True)
class ProjectProgress:
    project: ResourceProject
    raised: float
    """Committed by prospects toward the project."""
    in_pipeline: float
    """Asked for from prospects still being worked on."""

    @property
    def still_needed(self) -> float:
        return max(0.0, self.project.amount_needed - self.raised)


def income_totals(incomes: Iterable[Income]) -> IncomeTotals:
    totals: dict[tuple[IncomeSource, IncomeStatus], float] = {}
    for income in incomes:
        key = (income.source, income.status)
        totals[key] = totals.get(key, 0.0) + income.amount
    return IncomeTotals(totals)


def expense_totals(expenses: Iterable[Expense]) -> ExpenseTotals:
    by_neighborhood: dict[int | None, PlannedActual] = {}
    by_category: dict[ExpenseCategory, PlannedActual] = {}
    total = PlannedActual()
    for expense in expenses:
        amounts = PlannedActual(expense.planned, expense.actual)
        by_neighborhood[expense.neighborhood_id] = by_neighborhood.get(expense.neighborhood_id, PlannedActual()) + amounts
        by_category[expense.category] = by_category.get(expense.category, PlannedActual()) + amounts
        total = total + amounts
    return ExpenseTotals(by_neighborhood, by_category, total)


def project_progress(project: ResourceProject, prospects: Iterable[FundingProspect]) -> ProjectProgress:
    toward = [prospect for prospect in prospects if prospect.project_id == project.id]
    raised = sum((prospect.amount for prospect in toward if prospect.stage is ProspectStage.COMMITTED), 0.0)
    asked = sum((prospect.amount for prospect in toward if prospect.stage in OPEN_STAGES), 0.0)
    return ProjectProgress(project, raised, asked)
