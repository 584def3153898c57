"""The budget's lists: income, expenses, the pipeline, projects, plan-against-budget gaps, and totals.

Each list model describes its columns once (header, text, editor, how an edit changes the record); the table's
delegate and the add forms build their editors from the same description, so a column is edited the same way
in both places.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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
from ..labels import ATTENTION_COLOR
from .headed_table import HeadedTableModel
from .partner_table_model import date_sort_key, date_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 2
"""Which editor a cell takes (an EditorKind), or None when it is not edited in place."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
"""For a choice cell: [(label, value), …]."""
NO_NEIGHBORHOOD = -1
"""The neighborhood filter's value for city-wide expenses."""
OVER_BUDGET_COLOR = QColor("#b3261e")

LRM = "\u200e"


def money_text(amount: float) -> str:
    """₪ with thousands separators, whole shekels unless there are agorot; reads the same in Hebrew and English."""
    digits = f"{abs(amount):,.0f}" if abs(amount - round(amount)) < 0.005 else f"{abs(amount):,.2f}"
    if amount <= -0.005:
        # The mark keeps the minus on the number's left inside right-to-left text.
        return f"{LRM}-₪{digits}"
    return f"₪{digits}"


class EditorKind(Enum):
    TEXT = "text"
    AMOUNT = "amount"
    CHOICE = "choice"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    display: Callable[[Any], str]
    value: Callable[[Any], object] | None = None
    """The cell's value for an editor and for sorting; the displayed text when not given."""
    editor: EditorKind | None = None
    apply: Callable[[Any, object], Any] | None = None
    """A copy of the row's record with the edited value."""
    choices: Callable[[], list[tuple[str, object]]] | None = None
    amount: bool = False


class RecordTableModel(QAbstractTableModel):
    """A list of records whose columns are described by ``Column``s; edits go through ``save``.

    ``save`` gets the edited record and returns the record as stored, or None when it was refused
    (the view has said why).
    """

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._records: list[Any] = []
        self.columns: list[Column] = []
        self.save: Callable[[Any], Any | None] = lambda record: record

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def column_index(self, key: str) -> int:
        return next(number for number, column in enumerate(self.columns) if column.key == key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editor is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            value = column.value(record) if column.value else column.display(record)
            return self._sortable(value) if role == SORT_ROLE else value
        if role == EDITOR_ROLE:
            return column.editor
        if role == CHOICES_ROLE:
            return column.choices() if column.choices else []
        if role == Qt.ItemDataRole.TextAlignmentRole and column.amount:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return self._decoration(record, column, role)

    def _sortable(self, value: object) -> object:
        if isinstance(value, Enum):
            return list(type(value)).index(value)
        if isinstance(value, dt.date) or value is None:
            return date_sort_key(value if isinstance(value, dt.date) else None)
        if isinstance(value, str):
            return value.casefold()
        return value

    def _decoration(self, record: Any, column: Column, role: int) -> object:
        """Colors, icons and tooltips of a row; none unless a list says otherwise."""
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.apply is None or role != Qt.ItemDataRole.EditRole:
            return False
        current = self._records[index.row()]
        edited = column.apply(current, value)
        if edited == current:
            return True
        saved = self.save(edited)
        if saved is None:
            return False
        self.replace_row(index.row(), saved)
        self.edited.emit()
        return True

    def replace_row(self, row: int, record: Any) -> None:
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def _replace(field: str) -> Callable[[Any, object], Any]:
    return lambda record, value: dataclasses.replace(record, **{field: value})


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _amount(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _enum_choices(kind: type[Enum], language: str) -> Callable[[], list[tuple[str, object]]]:
    return lambda: [(member.label.get(language), member) for member in kind]  # type: ignore[attr-defined]


class IncomeTableModel(RecordTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.columns = [
            Column("source", self.tr("Source"), lambda i: i.source.label.get(language), lambda i: i.source,
                   EditorKind.CHOICE, _replace("source"), _enum_choices(IncomeSource, language)),
            Column("description", self.tr("Description"), lambda i: i.description, None, EditorKind.TEXT,
                   lambda i, v: dataclasses.replace(i, description=_text(v))),
            Column("amount", self.tr("Amount"), lambda i: money_text(i.amount), lambda i: i.amount, EditorKind.AMOUNT,
                   lambda i, v: dataclasses.replace(i, amount=_amount(v)), amount=True),
            Column("status", self.tr("Status"), lambda i: i.status.label.get(language), lambda i: i.status,
                   EditorKind.CHOICE, _replace("status"), _enum_choices(IncomeStatus, language)),
        ]

    @staticmethod
    def blank(year: int) -> Income:
        return Income(None, year, IncomeSource.MUNICIPALITY, "", 0.0, IncomeStatus.EXPECTED)


class ExpenseTableModel(RecordTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self._neighborhoods: dict[int, str] = {}
        self._activities: dict[int, str] = {}
        self.columns = [
            Column("category", self.tr("Category"), lambda e: e.category.label.get(language), lambda e: e.category,
                   EditorKind.CHOICE, _replace("category"), _enum_choices(ExpenseCategory, language)),
            Column("description", self.tr("Description"), lambda e: e.description, None, EditorKind.TEXT,
                   lambda e, v: dataclasses.replace(e, description=_text(v))),
            Column("neighborhood", self.tr("Neighborhood"), self.neighborhood_text, lambda e: e.neighborhood_id,
                   EditorKind.CHOICE, _replace("neighborhood_id"), self.neighborhood_choices),
            Column("activity", self.tr("Work-plan activity"), lambda e: self._activities.get(e.activity_id, ""),
                   lambda e: e.activity_id, EditorKind.CHOICE, _replace("activity_id"), self.activity_choices),
            Column("planned", self.tr("Planned"), lambda e: money_text(e.planned), lambda e: e.planned,
                   EditorKind.AMOUNT, lambda e, v: dataclasses.replace(e, planned=_amount(v)), amount=True),
            Column("actual", self.tr("Actual"), lambda e: money_text(e.actual), lambda e: e.actual,
                   EditorKind.AMOUNT, lambda e, v: dataclasses.replace(e, actual=_amount(v)), amount=True),
            Column("difference", self.tr("Difference"), lambda e: money_text(e.difference), lambda e: e.difference,
                   amount=True),
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

    def _decoration(self, record: Expense, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "difference" and record.difference < 0:
            return OVER_BUDGET_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "difference" and record.difference < 0:
            return self.tr("Spent more than planned")
        return None

    @staticmethod
    def blank(year: int) -> Expense:
        return Expense(None, year, ExpenseCategory.ACTIVITIES)


class ExpenseFilter(QSortFilterProxyModel):
    """Expenses of one neighborhood (or city-wide ones) and of one category."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.neighborhood_id: int | None = None
        self.category: ExpenseCategory | None = None

    def set_criteria(self, **criteria: object) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._apply(criteria)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._apply(criteria)
            self.invalidateFilter()

    def _apply(self, criteria: dict[str, object]) -> None:
        for name, value in criteria.items():
            if name not in ("neighborhood_id", "category"):
                raise AttributeError(name)
            setattr(self, name, value)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ExpenseTableModel)
        expense: Expense = model.record(source_row)
        if self.category is not None and expense.category is not self.category:
            return False
        if self.neighborhood_id == NO_NEIGHBORHOOD:
            return expense.neighborhood_id is None
        return self.neighborhood_id is None or expense.neighborhood_id == self.neighborhood_id

    def shown(self) -> list[Expense]:
        model = self.sourceModel()
        assert isinstance(model, ExpenseTableModel)
        return [model.record(self.mapToSource(self.index(row, 0)).row()) for row in range(self.rowCount())]


def _prospect_field(field: str, convert: Callable[[object], object] = lambda v: v) -> Callable[[Any, object], Any]:
    def apply(entry: PipelineEntry, value: object) -> PipelineEntry:
        return dataclasses.replace(entry, prospect=dataclasses.replace(entry.prospect, **{field: convert(value)}))

    return apply


class PipelineTableModel(RecordTableModel):
    """The budget sources being developed; a row whose next step is overdue is marked."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._projects: dict[int, str] = {}
        self.columns = [
            Column("funder", self.tr("Who was asked"), lambda e: e.prospect.funder, None, EditorKind.TEXT,
                   _prospect_field("funder", _text)),
            Column("amount", self.tr("Amount asked"), lambda e: money_text(e.prospect.amount), lambda e: e.prospect.amount,
                   EditorKind.AMOUNT, _prospect_field("amount", _amount), amount=True),
            Column("stage", self.tr("Where it stands"), lambda e: e.prospect.stage.label.get(language),
                   lambda e: e.prospect.stage, EditorKind.CHOICE, _prospect_field("stage"),
                   _enum_choices(ProspectStage, language)),
            Column("next_step", self.tr("Next step"), lambda e: e.prospect.next_step, None, EditorKind.TEXT,
                   _prospect_field("next_step", _text)),
            Column("next_step_date", self.tr("By"), lambda e: date_text(e.prospect.next_step_date),
                   lambda e: e.prospect.next_step_date, EditorKind.DATE, _prospect_field("next_step_date")),
            Column("project", self.tr("Toward project"), lambda e: self._projects.get(e.prospect.project_id, ""),
                   lambda e: e.prospect.project_id, EditorKind.CHOICE, _prospect_field("project_id"), self.project_choices),
            Column("notes", self.tr("Notes"), lambda e: e.prospect.notes, None, EditorKind.TEXT, _prospect_field("notes", _text)),
        ]

    def set_projects(self, projects: Sequence[ResourceProject]) -> None:
        self._projects = {project.id: project.name for project in projects if project.id is not None}

    def project_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("No project"), None), *((name, pid) for pid, name in self._projects.items())]

    def _decoration(self, record: PipelineEntry, column: Column, role: int) -> object:
        if not record.overdue:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return ATTENTION_COLOR
        if role == Qt.ItemDataRole.DecorationRole and column.key == "funder":
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The next step was due on {0}.").format(date_text(record.prospect.next_step_date))
        return None

    @staticmethod
    def blank() -> PipelineEntry:
        return PipelineEntry(FundingProspect(None, ""), False)


def _project_field(field: str, convert: Callable[[object], object] = lambda v: v) -> Callable[[Any, object], Any]:
    def apply(progress: ProjectProgress, value: object) -> ProjectProgress:
        return dataclasses.replace(progress, project=dataclasses.replace(progress.project, **{field: convert(value)}))

    return apply


class ProjectTableModel(RecordTableModel):
    """Neighborhood projects to raise resources for, with what the pipeline raised toward each."""

    def __init__(self) -> None:
        super().__init__()
        self._neighborhoods: dict[int, str] = {}
        self.columns = [
            Column("name", self.tr("Project"), lambda p: p.project.name, None, EditorKind.TEXT, _project_field("name", _text)),
            Column("neighborhood", self.tr("Neighborhood"), self.neighborhood_text, lambda p: p.project.neighborhood_id,
                   EditorKind.CHOICE, _project_field("neighborhood_id"), self.neighborhood_choices),
            Column("amount_needed", self.tr("Needed"), lambda p: money_text(p.project.amount_needed),
                   lambda p: p.project.amount_needed, EditorKind.AMOUNT, _project_field("amount_needed", _amount), amount=True),
            Column("raised", self.tr("Raised"), lambda p: money_text(p.raised), lambda p: p.raised, amount=True),
            Column("in_pipeline", self.tr("Still asked for"), lambda p: money_text(p.in_pipeline), lambda p: p.in_pipeline,
                   amount=True),
            Column("still_needed", self.tr("Still needed"), lambda p: money_text(p.still_needed), lambda p: p.still_needed,
                   amount=True),
            Column("description", self.tr("Description"), lambda p: p.project.description, None, EditorKind.TEXT,
                   _project_field("description", _text)),
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
            Column("activity", self.tr("Activity"), lambda m: m.activity_name),
            Column("in_plan", self.tr("In the work plan"), lambda m: money_text(m.planned_in_plan),
                   lambda m: m.planned_in_plan, amount=True),
            Column("in_budget", self.tr("Planned in the budget"), lambda m: money_text(m.planned_in_budget),
                   lambda m: m.planned_in_budget, amount=True),
            Column("gap", self.tr("Gap"), lambda m: money_text(m.gap), lambda m: m.gap, amount=True),
        ]

    def mismatch(self, row: int) -> BudgetMismatch:
        return self.record(row)


@dataclass(frozen=True)
class TotalsRow:
    label: str
    amounts: tuple[float, ...]
    is_total: bool = False


class TotalsTableModel(HeadedTableModel):
    """A small read-only table of sums: a label, then amounts; the total row in bold."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[TotalsRow] = []

    def set_rows(self, rows: Sequence[TotalsRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_values(self, label: str) -> tuple[float, ...] | None:
        return next((row.amounts for row in self._rows if row.label == label), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if column == 0 else money_text(row.amounts[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column > 0 and row.amounts[column - 1] < 0:
            return OVER_BUDGET_COLOR
        return None
