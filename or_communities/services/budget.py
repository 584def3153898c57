"""The annual budget: income by source, expenses planned against actual, the pipeline of sources being developed,
projects to raise resources for, and where the work plans and the budget disagree."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.budget_rules import (
    DESCRIPTION_LIMIT,
    BudgetSummary,
    PipelineEntry,
    ProjectProgress,
    check_amount,
    clean_expense,
    clean_income,
    clean_project,
    clean_prospect,
    expense_totals,
    income_totals,
    is_overdue,
    project_progress,
)
from ..domain.errors import RecordNotFound
from ..domain.planning import (
    Activity,
    BudgetMismatch,
    Expense,
    ExpenseCategory,
    FundingProspect,
    Income,
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

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace


# -- what the service answers with --------------------------------------------------------


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
            assert cleaned.id is not None
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
            assert cleaned.id is not None
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
            assert cleaned.id is not None
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
            assert cleaned.id is not None
            updated = repository.get(cleaned.id)
        assert updated is not None
        return updated

    def remove_project(self, project_id: int) -> None:
        """Remove a project; prospects that were toward it stay in the pipeline, toward no project."""
        with self._workspace.transaction() as session:
            if not ResourceProjectRepository(session).remove(project_id):
                raise RecordNotFound()

    # -- work plans against the budget ---------------------------------------------------

    def mismatches(self, year: int | None = None, activities: Sequence[Activity] | None = None) -> list[BudgetMismatch]:
        """Activities of the year's work plans whose budget differs from the planned expenses booked to them (the
        year's ``activities`` when they were just read: a city has tens of thousands)."""
        chosen = self._year(year)
        with self._workspace.transaction() as session:
            if activities is None:
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
