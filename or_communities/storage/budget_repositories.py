"""Reading and writing the budget: income, expenses, the pipeline of sources, projects to raise resources for.

Also reads (never writes) the activities of a year's work plans, to hold the budget against them.
"""

from __future__ import annotations

import builtins
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from ..domain.planning import (
    Activity,
    Expense,
    ExpenseCategory,
    FundingProspect,
    Income,
    IncomeSource,
    IncomeStatus,
    ProspectStage,
    ResourceProject,
)
from .base import check_seen_version, matched_rows
from .planning_repositories import plain_activity, year_activities
from .planning_tables import (
    ActivityRow,
    ExpenseRow,
    FundingProspectRow,
    IncomeRow,
    ResourceProjectRow,
)
from .tables import NeighborhoodRow

# -- income -----------------------------------------------------------------------------


def _income(row: IncomeRow) -> Income:
    return Income(
        row.id, row.year, IncomeSource(row.source), row.description, row.amount, IncomeStatus(row.status), row.version
    )


def _apply_income(row: IncomeRow, income: Income) -> None:
    row.year = income.year
    row.source = income.source.value
    row.description = income.description
    row.amount = income.amount
    row.status = income.status.value


class IncomeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, year: int) -> list[Income]:
        rows = self._session.scalars(select(IncomeRow).where(IncomeRow.year == year).order_by(IncomeRow.id))
        return [_income(row) for row in rows]

    def get(self, income_id: int) -> Income | None:
        row = self._session.get(IncomeRow, income_id)
        return _income(row) if row else None

    def add(self, income: Income) -> int:
        row = IncomeRow()
        _apply_income(row, income)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, income: Income) -> int | None:
        row = self._session.get(IncomeRow, income.id) if income.id is not None else None
        if row is None:
            return None
        check_seen_version(row, income.version, income, lambda: _income(row))
        _apply_income(row, income)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, income_id: int) -> bool:
        return matched_rows(self._session.execute(delete(IncomeRow).where(IncomeRow.id == income_id))) > 0


# -- expenses ---------------------------------------------------------------------------


def _expense(row: ExpenseRow) -> Expense:
    return Expense(
        row.id,
        row.year,
        ExpenseCategory(row.category),
        row.description,
        row.neighborhood_id,
        row.activity_id,
        row.planned,
        row.actual,
        row.version,
    )


def _apply_expense(row: ExpenseRow, expense: Expense) -> None:
    row.year = expense.year
    row.category = expense.category.value
    row.description = expense.description
    row.neighborhood_id = expense.neighborhood_id
    row.activity_id = expense.activity_id
    row.planned = expense.planned
    row.actual = expense.actual


class ExpenseRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, year: int) -> list[Expense]:
        rows = self._session.scalars(select(ExpenseRow).where(ExpenseRow.year == year).order_by(ExpenseRow.id))
        return [_expense(row) for row in rows]

    def get(self, expense_id: int) -> Expense | None:
        row = self._session.get(ExpenseRow, expense_id)
        return _expense(row) if row else None

    def lines_per_activity(self) -> dict[int, int]:
        """How many budget lines point to each activity (of any year)."""
        rows = self._session.execute(
            select(ExpenseRow.activity_id, func.count()).where(ExpenseRow.activity_id.is_not(None)).group_by(ExpenseRow.activity_id)
        )
        return {activity_id: count for activity_id, count in rows if activity_id is not None}

    def booked_to(self, activity_id: int, year: int) -> builtins.list[Expense]:
        """The year's expenses booked to one activity, oldest first."""
        rows = self._session.scalars(
            select(ExpenseRow).where(ExpenseRow.activity_id == activity_id, ExpenseRow.year == year).order_by(ExpenseRow.id)
        )
        return [_expense(row) for row in rows]

    def add(self, expense: Expense) -> int:
        row = ExpenseRow()
        _apply_expense(row, expense)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, expense: Expense) -> int | None:
        row = self._session.get(ExpenseRow, expense.id) if expense.id is not None else None
        if row is None:
            return None
        check_seen_version(row, expense.version, expense, lambda: _expense(row))
        _apply_expense(row, expense)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, expense_id: int) -> bool:
        return matched_rows(self._session.execute(delete(ExpenseRow).where(ExpenseRow.id == expense_id))) > 0


# -- the pipeline of budget sources ---------------------------------------------------


def _prospect(row: FundingProspectRow) -> FundingProspect:
    return FundingProspect(
        row.id,
        row.funder,
        row.amount,
        ProspectStage(row.stage),
        row.next_step,
        row.next_step_date,
        row.project_id,
        row.notes, row.version,
    )


def _apply_prospect(row: FundingProspectRow, prospect: FundingProspect) -> None:
    row.funder = prospect.funder
    row.amount = prospect.amount
    row.stage = prospect.stage.value
    row.next_step = prospect.next_step
    row.next_step_date = prospect.next_step_date
    row.project_id = prospect.project_id
    row.notes = prospect.notes


class ProspectRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[FundingProspect]:
        return [_prospect(row) for row in self._session.scalars(select(FundingProspectRow).order_by(FundingProspectRow.id))]

    def get(self, prospect_id: int) -> FundingProspect | None:
        row = self._session.get(FundingProspectRow, prospect_id)
        return _prospect(row) if row else None

    def add(self, prospect: FundingProspect) -> int:
        row = FundingProspectRow()
        _apply_prospect(row, prospect)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, prospect: FundingProspect) -> int | None:
        row = self._session.get(FundingProspectRow, prospect.id) if prospect.id is not None else None
        if row is None:
            return None
        check_seen_version(row, prospect.version, prospect, lambda: _prospect(row))
        _apply_prospect(row, prospect)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, prospect_id: int) -> bool:
        return matched_rows(self._session.execute(delete(FundingProspectRow).where(FundingProspectRow.id == prospect_id))) > 0


# -- projects to raise resources for --------------------------------------------------


def _project(row: ResourceProjectRow) -> ResourceProject:
    return ResourceProject(row.id, row.name, row.neighborhood_id, row.amount_needed, row.description, row.version)


def _apply_project(row: ResourceProjectRow, project: ResourceProject) -> None:
    row.name = project.name
    row.neighborhood_id = project.neighborhood_id
    row.amount_needed = project.amount_needed
    row.description = project.description


class ResourceProjectRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[ResourceProject]:
        return [_project(row) for row in self._session.scalars(select(ResourceProjectRow).order_by(ResourceProjectRow.id))]

    def get(self, project_id: int) -> ResourceProject | None:
        row = self._session.get(ResourceProjectRow, project_id)
        return _project(row) if row else None

    def add(self, project: ResourceProject) -> int:
        row = ResourceProjectRow()
        _apply_project(row, project)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, project: ResourceProject) -> int | None:
        row = self._session.get(ResourceProjectRow, project.id) if project.id is not None else None
        if row is None:
            return None
        check_seen_version(row, project.version, project, lambda: _project(row))
        _apply_project(row, project)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, project_id: int) -> bool:
        return matched_rows(self._session.execute(delete(ResourceProjectRow).where(ResourceProjectRow.id == project_id))) > 0


# -- what the budget refers to ----------------------------------------------------------


class BudgetReferences:
    """Read-only look-ups: the activities of a year's work plans, and whether a referred-to record exists."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def activities(self, year: int) -> list[Activity]:
        """Every activity of every work plan of the year; an activity without a neighborhood takes its plan's."""
        return self._read(year_activities(year))

    def activity(self, activity_id: int, year: int) -> Activity | None:
        found = self._read(year_activities(year).where(ActivityRow.id == activity_id))
        return found[0] if found else None

    def _read(self, query: Select[*tuple[Any, ...]]) -> list[Activity]:
        rows = self._session.connection().execute(query)
        return [plain_activity(row, place_from_plan=True)[0] for row in rows]

    def _exists(self, table: type[ActivityRow | NeighborhoodRow | ResourceProjectRow], record_id: int) -> bool:
        return bool(self._session.scalar(select(func.count()).select_from(table).where(table.id == record_id)))

    def activity_exists(self, activity_id: int) -> bool:
        return self._exists(ActivityRow, activity_id)

    def neighborhood_exists(self, neighborhood_id: int) -> bool:
        return self._exists(NeighborhoodRow, neighborhood_id)

    def project_exists(self, project_id: int) -> bool:
        return self._exists(ResourceProjectRow, project_id)
