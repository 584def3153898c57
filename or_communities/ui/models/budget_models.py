"""The budget's lists: income, expenses, the pipeline, projects, plan-against-budget gaps, and totals.

Each list describes its columns once (header, text, editor, how an edit changes the record); the table's
delegate and the add forms build their editors from the same description, so a column is edited the same way
in both places.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.budget_rules import PipelineEntry, ProjectProgress
from ...domain.planning import (
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
)
from ...domain.text import Text
from ..labels import ATTENTION_COLOR
from ..style import PROBLEM
from .cells import date_text, money_text
from .record_table import AnyIndex, Column, EditorKind, RecordFilter, RecordTableModel

NO_NEIGHBORHOOD = -1
"""The neighborhood filter's value for city-wide expenses."""
OVER_BUDGET_COLOR = QColor(PROBLEM)


def _replace(field: str, convert: Callable[[object], Any] = lambda value: value) -> Callable[[Any, object], Any]:
    return lambda record, value: dataclasses.replace(record, **{field: convert(value)})


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _amount(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


class Labelled(Protocol):
    """A member of one of the domain's enumerations, which name themselves in both languages."""

    @property
    def label(self) -> Text: ...


def _enum_choices(kind: Iterable[Labelled], language: str) -> Callable[[], list[tuple[str, object]]]:
    return lambda: [(member.label.get(language), member) for member in kind]


def _choice(header: str, key: str, field: str, kind: Iterable[Labelled], language: str) -> Column:
    """A column of one of an enumeration's members, chosen from a list of their names."""
    return Column(
        header, lambda record: getattr(record, field).label.get(language), key=key,
        value=lambda record: getattr(record, field), editor=EditorKind.CHOICE, apply=_replace(field),
        choices=_enum_choices(kind, language),
    )


def _money(header: str, key: str, amount: Callable[[Any], float], field: str | None = None) -> Column:
    """A sum of money, edited in place when ``field`` names where an edit goes."""
    return Column(
        header, lambda record: money_text(amount(record)), key=key, value=amount, amount=True,
        editor=EditorKind.AMOUNT if field else None, apply=_replace(field, _amount) if field else None,
    )


def _free_text(header: str, key: str, field: str) -> Column:
    return Column(
        header, lambda record: getattr(record, field), key=key, editor=EditorKind.TEXT, apply=_replace(field, _text)
    )


class IncomeTableModel(RecordTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.columns = [
            _choice(self.tr("Source"), "source", "source", IncomeSource, language),
            _free_text(self.tr("Description"), "description", "description"),
            _money(self.tr("Amount"), "amount", lambda income: income.amount, "amount"),
            _choice(self.tr("Status"), "status", "status", IncomeStatus, language),
        ]

    @staticmethod
    def blank(year: int) -> Income:
        return Income(None, year, IncomeSource.MUNICIPALITY, "", 0.0, IncomeStatus.EXPECTED)


class ExpenseTableModel(RecordTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self._neighborhoods: dict[int, str] = {}
        self._activities: dict[int, str] = {}
        over_budget = self.tr("Spent more than planned")
        self.columns = [
            _choice(self.tr("Category"), "category", "category", ExpenseCategory, language),
            _free_text(self.tr("Description"), "description", "description"),
            Column(
                self.tr("Neighborhood"), self.neighborhood_text, key="neighborhood",
                value=lambda expense: expense.neighborhood_id, editor=EditorKind.CHOICE,
                apply=_replace("neighborhood_id"), choices=self.neighborhood_choices,
            ),
            Column(
                self.tr("Work-plan activity"), lambda expense: self._activities.get(expense.activity_id, ""),
                key="activity", value=lambda expense: expense.activity_id, editor=EditorKind.CHOICE,
                apply=_replace("activity_id"), choices=self.activity_choices,
            ),
            _money(self.tr("Planned"), "planned", lambda expense: expense.planned, "planned"),
            _money(self.tr("Actual"), "actual", lambda expense: expense.actual, "actual"),
            dataclasses.replace(
                _money(self.tr("Difference"), "difference", lambda expense: expense.difference),
                foreground=lambda expense: OVER_BUDGET_COLOR if expense.difference < 0 else None,
                tooltip=lambda expense: over_budget if expense.difference < 0 else None,
            ),
        ]

    def set_references(self, neighborhoods: dict[int, str], activities: Sequence[Activity]) -> None:
        self._neighborhoods = dict(neighborhoods)
        self._activities = {activity.id: activity.name for activity in activities if activity.id is not None}

    def neighborhood_text(self, expense: Expense) -> str:
        if expense.neighborhood_id is None:
            return self.tr("City-wide")
        return self._neighborhoods.get(expense.neighborhood_id, "")

    def neighborhood_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("City-wide"), None), *((name, nid) for nid, name in self._neighborhoods.items())]

    def activity_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("No activity"), None), *((name, aid) for aid, name in self._activities.items())]

    @staticmethod
    def blank(year: int) -> Expense:
        return Expense(None, year, ExpenseCategory.ACTIVITIES)


class ExpenseFilter(RecordFilter):
    """Expenses of one neighborhood (or city-wide ones) and of one category."""

    def __init__(self) -> None:
        super().__init__()
        self.neighborhood_id: int | None = None
        self.category: ExpenseCategory | None = None

    def accepts(self, expense: Expense) -> bool:
        if self.category is not None and expense.category is not self.category:
            return False
        if self.neighborhood_id == NO_NEIGHBORHOOD:
            return expense.neighborhood_id is None
        return self.neighborhood_id is None or expense.neighborhood_id == self.neighborhood_id


def _in_prospect(field: str, convert: Callable[[object], Any] = lambda value: value) -> Callable[[Any, object], Any]:
    def apply(entry: PipelineEntry, value: object) -> PipelineEntry:
        return dataclasses.replace(entry, prospect=dataclasses.replace(entry.prospect, **{field: convert(value)}))

    return apply


class PipelineTableModel(RecordTableModel):
    """The budget sources being developed; a row whose next step is overdue is marked."""

    def __init__(self, language: str) -> None:
        super().__init__(row_background=lambda entry: ATTENTION_COLOR if entry.overdue else None)
        self.row_tooltip = self._overdue_text
        self._projects: dict[int, str] = {}
        self.columns = [
            Column(
                self.tr("Who was asked"), lambda entry: entry.prospect.funder, key="funder",
                editor=EditorKind.TEXT, apply=_in_prospect("funder", _text), icon=_overdue_icon,
            ),
            Column(
                self.tr("Amount asked"), lambda entry: money_text(entry.prospect.amount), key="amount",
                value=lambda entry: entry.prospect.amount, editor=EditorKind.AMOUNT,
                apply=_in_prospect("amount", _amount), amount=True,
            ),
            Column(
                self.tr("Where it stands"), lambda entry: entry.prospect.stage.label.get(language), key="stage",
                value=lambda entry: entry.prospect.stage, editor=EditorKind.CHOICE, apply=_in_prospect("stage"),
                choices=_enum_choices(ProspectStage, language),
            ),
            Column(
                self.tr("Next step"), lambda entry: entry.prospect.next_step, key="next_step",
                editor=EditorKind.TEXT, apply=_in_prospect("next_step", _text),
            ),
            Column(
                self.tr("By"), lambda entry: date_text(entry.prospect.next_step_date), key="next_step_date",
                value=lambda entry: entry.prospect.next_step_date, editor=EditorKind.DATE,
                apply=_in_prospect("next_step_date"),
            ),
            Column(
                self.tr("Toward project"), lambda entry: self._projects.get(entry.prospect.project_id, ""),
                key="project", value=lambda entry: entry.prospect.project_id, editor=EditorKind.CHOICE,
                apply=_in_prospect("project_id"), choices=self.project_choices,
            ),
            Column(
                self.tr("Notes"), lambda entry: entry.prospect.notes, key="notes", editor=EditorKind.TEXT,
                apply=_in_prospect("notes", _text),
            ),
        ]

    def set_projects(self, projects: Sequence[ResourceProject]) -> None:
        self._projects = {project.id: project.name for project in projects if project.id is not None}

    def project_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("No project"), None), *((name, pid) for pid, name in self._projects.items())]

    def _overdue_text(self, entry: PipelineEntry) -> str | None:
        if not entry.overdue:
            return None
        return self.tr("The next step was due on {0}.").format(date_text(entry.prospect.next_step_date))

    @staticmethod
    def blank() -> PipelineEntry:
        return PipelineEntry(FundingProspect(None, ""), False)


def _overdue_icon(entry: PipelineEntry) -> object:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if entry.overdue else None


def _in_project(field: str, convert: Callable[[object], Any] = lambda value: value) -> Callable[[Any, object], Any]:
    def apply(progress: ProjectProgress, value: object) -> ProjectProgress:
        return dataclasses.replace(progress, project=dataclasses.replace(progress.project, **{field: convert(value)}))

    return apply


class ProjectTableModel(RecordTableModel):
    """Neighborhood projects to raise resources for, with what the pipeline raised toward each."""

    def __init__(self) -> None:
        super().__init__()
        self._neighborhoods: dict[int, str] = {}
        self.columns = [
            Column(
                self.tr("Project"), lambda progress: progress.project.name, key="name", editor=EditorKind.TEXT,
                apply=_in_project("name", _text),
            ),
            Column(
                self.tr("Neighborhood"), self.neighborhood_text, key="neighborhood",
                value=lambda progress: progress.project.neighborhood_id, editor=EditorKind.CHOICE,
                apply=_in_project("neighborhood_id"), choices=self.neighborhood_choices,
            ),
            Column(
                self.tr("Needed"), lambda progress: money_text(progress.project.amount_needed), key="amount_needed",
                value=lambda progress: progress.project.amount_needed, editor=EditorKind.AMOUNT,
                apply=_in_project("amount_needed", _amount), amount=True,
            ),
            _money(self.tr("Raised"), "raised", lambda progress: progress.raised),
            _money(self.tr("Still asked for"), "in_pipeline", lambda progress: progress.in_pipeline),
            _money(self.tr("Still needed"), "still_needed", lambda progress: progress.still_needed),
            Column(
                self.tr("Description"), lambda progress: progress.project.description, key="description",
                editor=EditorKind.TEXT, apply=_in_project("description", _text),
            ),
        ]

    def set_neighborhoods(self, neighborhoods: dict[int, str]) -> None:
        self._neighborhoods = dict(neighborhoods)

    def neighborhood_text(self, progress: ProjectProgress) -> str:
        if progress.project.neighborhood_id is None:
            return self.tr("City-wide")
        return self._neighborhoods.get(progress.project.neighborhood_id, "")

    def neighborhood_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("City-wide"), None), *((name, nid) for nid, name in self._neighborhoods.items())]

    @staticmethod
    def blank() -> ProjectProgress:
        return ProjectProgress(ResourceProject(None, ""), 0.0, 0.0)


class MismatchTableModel(RecordTableModel):
    """Activities whose work-plan budget and booked planned expenses differ."""

    def __init__(self) -> None:
        super().__init__()
        self.columns = [
            Column(self.tr("Activity"), lambda mismatch: mismatch.activity_name, key="activity"),
            _money(self.tr("In the work plan"), "in_plan", lambda mismatch: mismatch.planned_in_plan),
            _money(self.tr("Planned in the budget"), "in_budget", lambda mismatch: mismatch.planned_in_budget),
            _money(self.tr("Gap"), "gap", lambda mismatch: mismatch.gap),
        ]

    def mismatch(self, row: int) -> BudgetMismatch:
        return self.record(row)


@dataclass(frozen=True)
class TotalsRow:
    label: str
    amounts: tuple[float, ...]
    is_total: bool = False


class TotalsTableModel(RecordTableModel):
    """A small read-only table of sums: a label, then amounts; the total row in bold."""

    def __init__(self, headers: Sequence[str]) -> None:
        label, *amounts = headers
        super().__init__(key=lambda row: row.label)
        self.columns = [
            Column(label, lambda row: row.label),
            *(_total_column(header, number) for number, header in enumerate(amounts)),
        ]

    def set_rows(self, rows: Sequence[TotalsRow]) -> None:
        self.set_records(rows)

    def row_values(self, label: str) -> tuple[float, ...] | None:
        row = self.row_of(label)
        return self.record(row).amounts if row is not None else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.record(index.row()).is_total:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _total_column(header: str, number: int) -> Column:
    return Column(
        header, lambda row: money_text(row.amounts[number]), lambda row: row.amounts[number], amount=True,
        foreground=lambda row: OVER_BUDGET_COLOR if row.amounts[number] < 0 else None,
    )
