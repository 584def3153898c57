"""The layout of the work-plan and budget sheets: their columns in both languages, the hidden manifest that lets
an edited copy come back in, and the budget summary's formulas over the income and expense sheets."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.budget_rules import BudgetFigure, BudgetSummary, PlannedActual
from ..domain.planning import (
    ActivityStatus,
    ExpenseCategory,
    IncomeSource,
    IncomeStatus,
    PlanKind,
    WorkPlan,
)
from ..domain.text import Text
from .excel import Column, ColumnKind, Formula, SheetSpec, sheet_reference

T, D, N, S = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.NUMBER, ColumnKind.SHEKELS

TOTAL = Text('סה"כ', "Total")


CITY_WIDE = Text("כל העיר", "City-wide")


MANIFEST_TITLE = "orc-manifest"


MANIFEST_HEADERS = ("record", "sheet", "kind", "year", "id", "fingerprint")


@dataclass(frozen=True, slots=True)
class PlanColumn:
    key: str
    header: Text
    kind: ColumnKind = T
    total: bool = False
    hidden: bool = False
    printed: bool = True
    repeated: bool = False


PLAN_COLUMNS: tuple[PlanColumn, ...] = (
    PlanColumn("goal", Text("מטרה", "Goal"), repeated=True),
    PlanColumn("name", Text("פעולה", "Activity"), repeated=True),
    PlanColumn("neighborhood", Text("שכונה", "Neighborhood")),
    PlanColumn("department", Text("אגף ברשות", "Department")),
    PlanColumn("task", Text("משימה בתהליך", "Journey task")),
    PlanColumn("owner", Text("אחראי/ת", "Owner")),
    PlanColumn("partners", Text("שותפים", "Partners")),
    PlanColumn("start", Text("התחלה", "Start"), D),
    PlanColumn("end", Text("סיום", "End"), D),
    PlanColumn("planned", Text("תקציב מתוכנן", "Planned budget"), S, total=True),
    PlanColumn("spent", Text("הוצאה בפועל", "Spent"), S, total=True),
    PlanColumn("difference", Text("הפרש", "Difference"), S, total=True),
    PlanColumn("metric", Text("מדד הצלחה", "Success metric")),
    PlanColumn("target", Text("יעד", "Target")),
    PlanColumn("actual", Text("הושג", "Achieved")),
    PlanColumn("status", Text("סטטוס", "Status")),
    PlanColumn("notes", Text("הערות", "Notes"), printed=False),
    PlanColumn("id", Text("מזהה", "ID"), N, hidden=True),
    PlanColumn("fingerprint", Text("גרסה", "Version"), hidden=True),
)


PLAN_HEADERS: dict[str, str] = {
    header: column.key for column in PLAN_COLUMNS for header in (column.header.get("he"), column.header.get("en"))
}
"""Every header a work plan's sheet may carry, in either language, to its column's key."""


def status_labels(language: str) -> dict[str, ActivityStatus]:
    return {status.label.get(language): status for status in ActivityStatus}


def plan_columns(kind: PlanKind | None) -> list[PlanColumn]:
    """A plan's columns: the neighborhood where a sheet holds more than one, the department in the annual plan.

    ``None`` is the sheet of all the neighborhoods' plans together.
    """
    skipped = set()
    if kind is PlanKind.NEIGHBORHOOD:
        skipped.add("neighborhood")
    if kind is not PlanKind.ANNUAL_CITY:
        skipped.add("department")
    return [column for column in PLAN_COLUMNS if column.key not in skipped]


def plan_title(plan: WorkPlan, neighborhood_name: str, language: str) -> str:
    if plan.kind is PlanKind.NEIGHBORHOOD:
        return f"{neighborhood_name} {plan.year}"
    short = {PlanKind.CITY: Text("תכנית עירונית", "City plan"), PlanKind.ANNUAL_CITY: Text("תכנית שנתית", "Annual plan")}
    return f"{short[plan.kind].get(language)} {plan.year}"


NEIGHBORHOOD_PLANS = Text("תכניות שכונתיות", "Neighborhood plans")


@dataclass
class Manifest:
    rows: list[list[object]]

    def add_city(self, name: str) -> None:
        self.rows.append(["city", name, "", None, None, ""])

    def add_sheet(self, title: str, kind: PlanKind | None, year: int, neighborhood_id: int | None) -> None:
        self.rows.append(["sheet", title, kind.value if kind else PlanKind.NEIGHBORHOOD.value, year, neighborhood_id, ""])

    def add_activity(self, title: str, activity_id: int, fingerprint: str) -> None:
        self.rows.append(["activity", title, "", None, activity_id, fingerprint])

    def sheet(self) -> SheetSpec:
        columns = [Column(header, N if header in ("year", "id") else T) for header in MANIFEST_HEADERS]
        return SheetSpec(MANIFEST_TITLE, columns, self.rows, right_to_left=False, hidden=True)


INCOME_COLORS = ("FFF3C4", "E3F2FD", "C8E6C9")
"""Expected, committed, received."""


class BudgetSummarySheet:
    """The summary's rows: each a formula over the income and expense sheets, so edits there flow through.

    Each formula carries its figure as the domain defines it (``BudgetSummary``), the same number the budget screen
    shows, for readers that do not recalculate; recalculated, the formulas give the same numbers.
    """

    def __init__(
        self, language: str, income: SheetSpec, expenses: SheetSpec, summary: BudgetSummary, places: dict[int | None, str]
    ) -> None:
        """``places``: the name the expenses sheet gives each neighborhood id (None: city-wide)."""
        self._language = language
        self._income = SheetColumns(income)
        self._expenses = SheetColumns(expenses)
        self._summary = summary
        self._places = places
        self._rows: list[list[object]] = []

    def rows(self) -> list[list[object]]:
        self._income_rows()
        self._expense_rows()
        self._balance_rows()
        return self._rows

    def _row_number(self) -> int:
        """The sheet row the next row lands on (row 1 holds the headers)."""
        return len(self._rows) + 2

    def _add(self, part: Text | BudgetFigure, item: str, *cells: object) -> int:
        row = self._row_number()
        self._rows.append([part.label.get(self._language) if isinstance(part, BudgetFigure) else part.get(self._language),
                           item, *cells, *([None] * (3 - len(cells)))])
        return row

    def _income_rows(self) -> None:
        income, language = self._summary.income, self._language
        by_source = Text("הכנסות לפי מקור", "Income by source")
        for source in IncomeSource:
            self._add(by_source, source.label.get(language), self._income.matching("A", "D", income.of_source(source)))
        by_status = Text("הכנסות לפי סטטוס", "Income by status")
        self._status_rows = {
            status: self._add(by_status, status.label.get(language), self._income.matching("C", "D", income.of_status(status)))
            for status in IncomeStatus
        }
        committed, received = self._status_rows[IncomeStatus.COMMITTED], self._status_rows[IncomeStatus.RECEIVED]
        self._secured_row = self._figure_row(BudgetFigure.INCOME_SECURED, f"=C{committed}+C{received}")
        self._figure_row(BudgetFigure.INCOME_TOTAL, f"=SUM({self._income.range('D')})")

    def _expense_rows(self) -> None:
        expenses, language = self._summary.expenses, self._language
        by_place = Text("הוצאות לפי שכונה", "Expenses by neighborhood")
        for place in sorted(expenses.by_neighborhood, key=lambda place: self._places.get(place, "")):
            self._planned_actual(by_place, self._places.get(place, ""), "C", expenses.by_neighborhood[place])
        by_category = Text("הוצאות לפי קטגוריה", "Expenses by category")
        for category in ExpenseCategory:
            amounts = expenses.by_category.get(category, PlannedActual())
            self._planned_actual(by_category, category.label.get(language), "A", amounts)
        total = self._summary.expenses.total
        self._expense_total_row = self._add(
            Text("סך ההוצאות", "Total expenses"), "",
            Formula(f"=SUM({self._expenses.range('E')})", total.planned),
            Formula(f"=SUM({self._expenses.range('F')})", total.actual),
            Formula("=C{row}-D{row}", total.difference),
        )

    def _planned_actual(self, part: Text, item: str, criteria: str, amounts: PlannedActual) -> None:
        self._add(
            part, item,
            self._expenses.matching(criteria, "E", amounts.planned),
            self._expenses.matching(criteria, "F", amounts.actual),
            Formula("=C{row}-D{row}", amounts.difference),
        )

    def _balance_rows(self) -> None:
        expenses, received = self._expense_total_row, self._status_rows[IncomeStatus.RECEIVED]
        # the budget screen's figures, each by its own name, as the screen shows them
        self._figure_row(BudgetFigure.EXPENSES_PLANNED, f"=C{expenses}")
        self._figure_row(BudgetFigure.EXPENSES_ACTUAL, f"=D{expenses}")
        self._figure_row(BudgetFigure.EXPENSES_LEFT, f"=E{expenses}")
        self._figure_row(BudgetFigure.BALANCE, f"=C{self._secured_row}-C{expenses}")
        self._figure_row(BudgetFigure.CASH_BALANCE, f"=C{received}-D{expenses}")

    def _figure_row(self, figure: BudgetFigure, formula: str) -> int:
        return self._add(figure, "", Formula(formula, self._summary.figure(figure)))


class SheetColumns:
    """Another sheet's data columns as a formula names them."""

    def __init__(self, spec: SheetSpec) -> None:
        self._reference = sheet_reference(spec.title)
        self._last = max(2, len(spec.rows) + 1)

    def range(self, letter: str) -> str:
        return f"{self._reference}${letter}${2}:${letter}${self._last}"

    def matching(self, criteria: str, values: str, result: float) -> Formula:
        """The sum of ``values`` on rows whose ``criteria`` column holds exactly the summary's column B; ``result``
        is what it comes to."""
        # SUMPRODUCT compares whole values: a name such as "*" or ">5" is no pattern or condition here.
        return Formula(f"=SUMPRODUCT(({self.range(criteria)}=$B{{row}})*{self.range(values)})", result)


def column_index(letter: str) -> int:
    return ord(letter) - ord("A")
