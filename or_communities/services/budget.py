"""The annual budget: income by source, expenses planned against actual, the pipeline of sources being developed,
projects to raise resources for, and where the work plans and the budget disagree."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.planning import (
    Activity,
    BudgetMismatch,
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
from ..storage.budget_repositories import (
    BudgetReferences,
    ExpenseRepository,
    IncomeRepository,
    ProspectRepository,
    ResourceProjectRepository,
)
from ..domain.errors import InvalidAmount, RecordNotFound
from .validation import check_plan_year, clean_name, clean_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace

AMOUNT_LIMIT = 1_000_000_000.0
"""No community budget line comes near a billion shekels; a larger number is a typing slip."""

DESCRIPTION_LIMIT = 300
OPEN_STAGES = frozenset({ProspectStage.IDENTIFIED, ProspectStage.APPROACHED, ProspectStage.PROPOSAL_SENT, ProspectStage.NEGOTIATING})
"""A prospect in these stages may still bring money in; committed and declined ones are settled."""


def check_amount(amount: float, field: str) -> float:
    if not isinstance(amount, (int, float)) or not math.isfinite(amount) or not 0 <= amount <= AMOUNT_LIMIT:
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


# -- what the service answers with --------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class BudgetSummary:
    year: int
    income: IncomeTotals
    expenses: ExpenseTotals

    @property
    def balance(self) -> float:
        """Secured income less planned expenses: below zero, the plan is not yet covered."""
        return self.income.secured - self.expenses.total.planned


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


class BudgetService:
    """The plan year's budget. Income and expenses belong to a year (the city's plan year unless told);
    the pipeline and the projects run across years."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def plan_year(self) -> int:
        return self._workspace.city.get().plan_year

    def _year(self, year: int | None) -> int:
        return year if year is not None else self.plan_year()

    # -- income --------------------------------------------------------------------------

    def incomes(self, year: int | None = None) -> list[Income]:
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            return IncomeRepository(session).list(chosen)

    def add_income(self, income: Income) -> Income:
        cleaned = clean_income(income)
        with self._workspace.transaction() as session:
            repository = IncomeRepository(session)
            added = repository.get(repository.add(cleaned))
        assert added is not None
        return added

    def update_income(self, income: Income) -> Income:
        cleaned = clean_income(income)
        with self._workspace.transaction() as session:
            repository = IncomeRepository(session)
            if not repository.update(cleaned):
                raise RecordNotFound()
            updated = repository.get(cleaned.id)
        assert updated is not None
        return updated

    def remove_income(self, income_id: int) -> None:
        with self._workspace.transaction() as session:
            if not IncomeRepository(session).remove(income_id):
                raise RecordNotFound()

    # -- expenses ------------------------------------------------------------------------

    def expenses(self, year: int | None = None) -> list[Expense]:
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            return ExpenseRepository(session).list(chosen)

    def add_expense(self, expense: Expense) -> Expense:
        cleaned = clean_expense(expense)
        with self._workspace.transaction() as session:
            _check_expense_refers(session, cleaned)
            repository = ExpenseRepository(session)
            added = repository.get(repository.add(cleaned))
        assert added is not None
        return added

    def update_expense(self, expense: Expense) -> Expense:
        cleaned = clean_expense(expense)
        with self._workspace.transaction() as session:
            _check_expense_refers(session, cleaned)
            repository = ExpenseRepository(session)
            if not repository.update(cleaned):
                raise RecordNotFound()
            updated = repository.get(cleaned.id)
        assert updated is not None
        return updated

    def remove_expense(self, expense_id: int) -> None:
        with self._workspace.transaction() as session:
            if not ExpenseRepository(session).remove(expense_id):
                raise RecordNotFound()

    def activities(self, year: int | None = None) -> list[Activity]:
        """The activities of the year's work plans, which expenses can be booked to."""
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            return BudgetReferences(session).activities(chosen)

    # -- totals --------------------------------------------------------------------------

    def summary(self, year: int | None = None) -> BudgetSummary:
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            incomes = IncomeRepository(session).list(chosen)
            expenses = ExpenseRepository(session).list(chosen)
        return BudgetSummary(chosen, income_totals(incomes), expense_totals(expenses))

    # -- the pipeline of budget sources --------------------------------------------------

    def pipeline(self) -> list[PipelineEntry]:
        """Every prospect, with its next step flagged when its date has passed (by the workspace clock)."""
        today = self._workspace.clock()
        with self._workspace.transaction() as session:
            prospects = ProspectRepository(session).list()
        return [PipelineEntry(prospect, is_overdue(prospect, today)) for prospect in prospects]

    def add_prospect(self, prospect: FundingProspect) -> FundingProspect:
        cleaned = clean_prospect(prospect)
        with self._workspace.transaction() as session:
            _check_project_exists(session, cleaned.project_id)
            repository = ProspectRepository(session)
            added = repository.get(repository.add(cleaned))
        assert added is not None
        return added

    def update_prospect(self, prospect: FundingProspect) -> FundingProspect:
        cleaned = clean_prospect(prospect)
        with self._workspace.transaction() as session:
            _check_project_exists(session, cleaned.project_id)
            repository = ProspectRepository(session)
            if not repository.update(cleaned):
                raise RecordNotFound()
            updated = repository.get(cleaned.id)
        assert updated is not None
        return updated

    def remove_prospect(self, prospect_id: int) -> None:
        with self._workspace.transaction() as session:
            if not ProspectRepository(session).remove(prospect_id):
                raise RecordNotFound()

    # -- projects to raise resources for -------------------------------------------------

    def projects(self) -> list[ProjectProgress]:
        """Each project with what the pipeline has raised toward it and what is still being asked for."""
        with self._workspace.transaction() as session:
            projects = ResourceProjectRepository(session).list()
            prospects = ProspectRepository(session).list()
        return [project_progress(project, prospects) for project in projects]

    def add_project(self, project: ResourceProject) -> ResourceProject:
        cleaned = clean_project(project)
        with self._workspace.transaction() as session:
            _check_neighborhood_exists(session, cleaned.neighborhood_id)
            repository = ResourceProjectRepository(session)
            added = repository.get(repository.add(cleaned))
        assert added is not None
        return added

    def update_project(self, project: ResourceProject) -> ResourceProject:
        cleaned = clean_project(project)
        with self._workspace.transaction() as session:
            _check_neighborhood_exists(session, cleaned.neighborhood_id)
            repository = ResourceProjectRepository(session)
            if not repository.update(cleaned):
                raise RecordNotFound()
            updated = repository.get(cleaned.id)
        assert updated is not None
        return updated

    def remove_project(self, project_id: int) -> None:
        """Remove a project; prospects that were toward it stay in the pipeline, toward no project."""
        with self._workspace.transaction() as session:
            if not ResourceProjectRepository(session).remove(project_id):
                raise RecordNotFound()

    # -- work plans against the budget ---------------------------------------------------

    def mismatches(self, year: int | None = None) -> list[BudgetMismatch]:
        """Activities of the year's work plans whose budget differs from the planned expenses booked to them."""
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            activities = BudgetReferences(session).activities(chosen)
            expenses = ExpenseRepository(session).list(chosen)
        return budget_mismatches(activities, expenses)

    def book_plan_amount(self, activity_id: int, year: int | None = None) -> list[Expense]:
        """Make the planned expenses booked to an activity add up to the activity's budget in its work plan.

        With nothing booked yet, one planned expense is added (category: activities). Otherwise the latest
        booked expense takes the gap; when the plan is lower than what is booked, earlier ones are lowered too,
        never below zero. Returns the expenses booked to the activity afterwards.
        """
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            activity = BudgetReferences(session).activity(activity_id, chosen)
            if activity is None:
                raise RecordNotFound()
            repository = ExpenseRepository(session)
            booked = repository.booked_to(activity_id, chosen)
            if not booked:
                repository.add(_expense_for(activity, chosen))
            else:
                for expense in _spread_gap(booked, activity.planned_budget - sum(e.planned for e in booked)):
                    repository.update(expense)
            return repository.booked_to(activity_id, chosen)


def _expense_for(activity: Activity, year: int) -> Expense:
    planned = check_amount(activity.planned_budget, "planned")
    return Expense(None, year, ExpenseCategory.ACTIVITIES, activity.name[:DESCRIPTION_LIMIT], activity.neighborhood_id, activity.id, planned)


def _spread_gap(booked: list[Expense], gap: float) -> list[Expense]:
    """The expenses changed so their planned amounts grow (or shrink) by ``gap``, the latest first."""
    changed: list[Expense] = []
    for expense in reversed(booked):
        if abs(gap) < 0.005:
            break
        planned = max(0.0, expense.planned + gap)
        gap -= planned - expense.planned
        changed.append(dataclasses.replace(expense, planned=planned))
    return changed


def _check_expense_refers(session: Session, expense: Expense) -> None:
    references = BudgetReferences(session)
    _check_neighborhood_exists(session, expense.neighborhood_id)
    if expense.activity_id is not None and not references.activity_exists(expense.activity_id):
        raise RecordNotFound()


def _check_neighborhood_exists(session: Session, neighborhood_id: int | None) -> None:
    if neighborhood_id is not None and not BudgetReferences(session).neighborhood_exists(neighborhood_id):
        raise RecordNotFound()


def _check_project_exists(session: Session, project_id: int | None) -> None:
    if project_id is not None and not BudgetReferences(session).project_exists(project_id):
        raise RecordNotFound()
