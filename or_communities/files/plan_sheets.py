"""The layout of the work-plan and budget sheets: their columns in both languages, the hidden manifest that lets
an edited copy come back in, and the budget summary's formulas over the income and expense sheets."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.planning import (
    ActivityStatus,
    ExpenseCategory,
    IncomeSource,
    IncomeStatus,
    PlanKind,
    WorkPlan,
)
from ..domain.text import Text
from .excel import Column, ColumnKind, Formula, SheetSpec, is_number, sheet_reference

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


PLAN_COLUMNS: tuple[PlanColumn, ...] = (
    PlanColumn("goal", Text("מטרה", "Goal")),
    PlanColumn("name", Text("פעולה", "Activity")),
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
    PlanColumn("notes", Text("הערות", "Notes")),
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

    Each formula carries the result our code computes from the same rows, for readers that do not recalculate.
    """

    def __init__(self, language: str, income: SheetSpec, expenses: SheetSpec) -> None:
        self._language = language
        self._income = SheetColumns(income)
        self._expenses = SheetColumns(expenses)
        self._rows: list[list[object]] = []

    def rows(self) -> list[list[object]]:
        text = self._language
        income, expenses = self._income, self._expenses
        self._income_part(Text("הכנסות לפי מקור", "Income by source"), "A", [s.label.get(text) for s in IncomeSource])
        self._income_part(Text("הכנסות לפי סטטוס", "Income by status"), "C", [s.label.get(text) for s in IncomeStatus])
        income_total = len(self._rows) + 2
        income_sum = income.total("D")
        self._rows.append([Text("סך ההכנסות", "Total income").get(text), "", income.sum_formula("D"), None, None])
        hoods = sorted({str(row[2]) for row in expenses.rows})
        self._expense_part(Text("הוצאות לפי שכונה", "Expenses by neighborhood"), "C", hoods)
        self._expense_part(Text("הוצאות לפי קטגוריה", "Expenses by category"), "A", [c.label.get(text) for c in ExpenseCategory])
        expense_total = len(self._rows) + 2
        planned, actual = expenses.total("E"), expenses.total("F")
        self._rows.append(
            [
                Text("סך ההוצאות", "Total expenses").get(text), "",
                expenses.sum_formula("E"), expenses.sum_formula("F"), Formula("=C{row}-D{row}", planned - actual),
            ]
        )
        self._rows.append(
            [
                Text("יתרה", "Balance").get(text),
                Text("הכנסות פחות הוצאות", "Income less expenses").get(text),
                Formula(f"=C{income_total}-C{expense_total}", income_sum - planned),
                Formula(f"=C{income_total}-D{expense_total}", income_sum - actual),
                None,
            ]
        )
        return self._rows

    def _income_part(self, part: Text, letter: str, items: list[str]) -> None:
        for item in items:
            self._rows.append([part.get(self._language), item, self._income.matching(letter, item, "D"), None, None])

    def _expense_part(self, part: Text, letter: str, items: list[str]) -> None:
        for item in items:
            planned = self._expenses.matching(letter, item, "E")
            actual = self._expenses.matching(letter, item, "F")
            assert planned.value is not None and actual.value is not None
            self._rows.append(
                [part.get(self._language), item, planned, actual, Formula("=C{row}-D{row}", planned.value - actual.value)]
            )


class SheetColumns:
    """Another sheet's data columns as a formula names them, and the sums a formula over them gives."""

    def __init__(self, spec: SheetSpec) -> None:
        self.rows = spec.rows
        self._reference = sheet_reference(spec.title)
        self._last = max(2, len(spec.rows) + 1)
        self._grouped: dict[tuple[str, str], dict[object, float]] = {}

    def range(self, letter: str) -> str:
        return f"{self._reference}${letter}${2}:${letter}${self._last}"

    def total(self, letter: str) -> float:
        index = column_index(letter)
        return float(sum(value for row in self.rows if is_number(value := row[index])))

    def _totals_by(self, criteria: str, letter: str) -> dict[object, float]:
        """Sums of ``letter`` by the value in ``criteria``, added up once per pair of columns."""
        key = (criteria, letter)
        if key not in self._grouped:
            index, criteria_index = column_index(letter), column_index(criteria)
            sums: dict[object, float] = {}
            for row in self.rows:
                if is_number(value := row[index]):
                    sums[row[criteria_index]] = sums.get(row[criteria_index], 0.0) + value
            self._grouped[key] = sums
        return self._grouped[key]

    def sum_formula(self, letter: str) -> Formula:
        return Formula(f"=SUM({self.range(letter)})", self.total(letter))

    def matching(self, criteria: str, item: str, values: str) -> Formula:
        """The sum of ``values`` on rows whose ``criteria`` column holds exactly ``item`` (the summary's column B)."""
        # SUMPRODUCT compares whole values: a name such as "*" or ">5" is no pattern or condition here.
        return Formula(
            f"=SUMPRODUCT(({self.range(criteria)}=$B{{row}})*{self.range(values)})",
            self._totals_by(criteria, values).get(item, 0.0),
        )


def column_index(letter: str) -> int:
    return ord(letter) - ord("A")
