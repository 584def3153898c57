"""Work plans, the budget and the events out to Excel: each alone, or all of them in one city workbook.

Totals and differences are formulas a spreadsheet program recalculates; amounts carry the shekel format;
an activity's status is a drop-down, colored by status. A work plan's rows carry their activity's id and
fingerprint in hidden columns, and a hidden sheet lists what was written, so an edited copy can come back in
(services/plan_import.py) with changes, additions, deletions and conflicts told apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.catalog import TASKS, task_label
from ..domain.plan_rules import STATUS_COLORS, activity_fingerprint
from ..domain.planning import (
    Activity,
    ActivityStatus,
    Expense,
    ExpenseCategory,
    Goal,
    IncomeSource,
    IncomeStatus,
    PlanKind,
    WorkPlan,
)
from ..domain.text import Text
from ..files.excel import (
    Cancelled,
    Column,
    ColumnKind,
    Formula,
    Progress,
    SheetSpec,
    WriteCancelled,
    column_letter,
    sheet_title,
)
from ..files.plan_sheets import (
    CITY_WIDE,
    INCOME_COLORS,
    NEIGHBORHOOD_PLANS,
    TOTAL,
    BudgetSummarySheet,
    Manifest,
    PlanColumn,
    plan_columns,
    plan_title,
)
from ..memory import garbage_collection_paused
from ..storage.planning_repositories import (
    ActivityRepository,
    GoalRepository,
    neighborhood_names,
    partner_names,
)

if TYPE_CHECKING:
    from .workspace import Workspace

T, D, N, S = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.NUMBER, ColumnKind.SHEKELS


@dataclass(frozen=True, slots=True)
class _PlanRows:
    """What a plan's sheet is made of, read in one transaction."""

    activities: list[tuple[Activity, Goal]]
    neighborhoods: dict[int, str]
    partners: dict[int, str]
    spent: dict[int, float]


class PlanWorkbook:
    """Builds the sheets of one workbook for one city: plans, budget, events, partners and people."""

    def __init__(self, workspace: Workspace, year: int | None = None, language: str = "he") -> None:
        self._workspace = workspace
        self._plans = workspace.plans
        self.language = language
        self.year = year if year is not None else workspace.city.get().plan_year
        self._used_titles: set[str] = set()
        self._manifest = Manifest([])
        city = workspace.city.get().name
        self._manifest.add_city(city)
        self.page_header = f"{city} · {workspace.clock().strftime('%d/%m/%Y')}"

    def _title(self, wanted: str) -> str:
        return sheet_title(wanted, self._used_titles)

    def _spec(self, title: str, columns: Sequence[Column], rows: list[list[object]], header: str = "") -> SheetSpec:
        page_header = f"{header} · {self.page_header}" if header else self.page_header
        return SheetSpec(
            title, columns, rows, right_to_left=self.language == "he", total_label=TOTAL.get(self.language),
            page_header=page_header,
        )

    # -- work plans -------------------------------------------------------------------------

    def plan_sheet(self, kind: PlanKind, neighborhood_id: int | None = None) -> SheetSpec:
        """One plan of the year (an empty sheet when the plan has nothing yet)."""
        plan = self._plans.find_plan(kind, self.year, neighborhood_id)
        rows = self._read_rows([plan] if plan else [])
        shown = plan or WorkPlan(None, kind, self.year, neighborhood_id)
        title = self._title(plan_title(shown, rows.neighborhoods.get(neighborhood_id or 0, ""), self.language))
        self._manifest.add_sheet(title, kind, self.year, neighborhood_id)
        return self._plan_spec(title, plan_columns(kind), rows, f"{kind.label.get(self.language)} {self.year}")

    def neighborhood_plans_sheet(self) -> SheetSpec:
        """Every neighborhood's plan of the year on one sheet, with a column for the neighborhood."""
        plans = [p for p in self._plans.plans(self.year) if p.kind is PlanKind.NEIGHBORHOOD]
        rows = self._read_rows(plans)
        title = self._title(f"{NEIGHBORHOOD_PLANS.get(self.language)} {self.year}")
        self._manifest.add_sheet(title, None, self.year, None)
        return self._plan_spec(title, plan_columns(None), rows, f"{NEIGHBORHOOD_PLANS.get(self.language)} {self.year}")

    @cached_property
    def _spent_by_activity(self) -> dict[int, float]:
        spent: dict[int, float] = {}
        for expense in self._expenses:
            if expense.activity_id is not None:
                spent[expense.activity_id] = spent.get(expense.activity_id, 0.0) + expense.actual
        return spent

    @cached_property
    def _expenses(self) -> list[Expense]:
        return self._workspace.budget.expenses(self.year)

    def _read_rows(self, plans: list[WorkPlan]) -> _PlanRows:
        spent = self._spent_by_activity
        with self._workspace.transaction() as session:
            goals, activities = GoalRepository(session), ActivityRepository(session)
            pairs = []
            for plan in sorted(plans, key=lambda p: p.id or 0):
                assert plan.id is not None
                by_id = {goal.id: goal for goal in goals.of_plan(plan.id)}
                pairs += [(activity, by_id[activity.goal_id]) for activity in activities.of_plan(plan.id)]
            return _PlanRows(pairs, neighborhood_names(session), partner_names(session), spent)

    def _plan_spec(self, title: str, columns: list[PlanColumn], rows: _PlanRows, header: str) -> SheetSpec:
        language = self.language
        keys = [column.key for column in columns]
        letter = {key: column_letter(index) for index, key in enumerate(keys)}
        difference = f"={letter['planned']}{{row}}-{letter['spent']}{{row}}"
        labels = [status.label.get(language) for status in ActivityStatus]
        colors = [(status.label.get(language), STATUS_COLORS[status]) for status in ActivityStatus]
        sheet_columns = [
            Column(
                column.header.get(language), column.kind,
                choices=labels if column.key == "status" else (),
                colors=colors if column.key == "status" else (),
                total=column.total, hidden=column.hidden, printed=column.printed, repeated=column.repeated,
            )
            for column in columns
        ]
        body = []
        for activity, goal in rows.activities:
            fingerprint = activity_fingerprint(activity, goal.title)
            values = self._activity_values(activity, goal, rows, fingerprint, difference)
            body.append([values[key] for key in keys])
            assert activity.id is not None
            self._manifest.add_activity(title, activity.id, fingerprint)
        return self._spec(title, sheet_columns, body, header)

    def _activity_values(
        self, activity: Activity, goal: Goal, rows: _PlanRows, fingerprint: str, difference: str
    ) -> dict[str, object]:
        language = self.language
        hood = activity.neighborhood_id
        spent = rows.spent.get(activity.id or 0, 0.0)
        return {
            "goal": goal.title,
            "name": activity.name,
            "neighborhood": rows.neighborhoods.get(hood, "") if hood is not None else CITY_WIDE.get(language),
            "department": activity.department,
            "task": task_label(TASKS[activity.task_key], language) if activity.task_key in TASKS else "",
            "owner": activity.owner,
            "partners": ", ".join(sorted(rows.partners[p] for p in activity.partner_ids if p in rows.partners)),
            "start": activity.start,
            "end": activity.end,
            "planned": activity.planned_budget,
            "spent": spent,
            "difference": Formula(difference, activity.planned_budget - spent),
            "metric": activity.metric,
            "target": activity.target,
            "actual": activity.actual,
            "status": activity.status.label.get(language),
            "notes": activity.notes,
            "id": activity.id,
            "fingerprint": fingerprint,
        }

    def manifest_sheet(self) -> SheetSpec:
        return self._manifest.sheet()

    # -- the budget -------------------------------------------------------------------------

    def budget_sheets(self) -> list[SheetSpec]:
        """Income, expenses, and a summary by source, status, neighborhood and category, all in formulas."""
        income = self._income_sheet()
        expenses = self._expenses_sheet()
        return [income, expenses, self._budget_summary(income, expenses)]

    def _income_sheet(self) -> SheetSpec:
        language = self.language
        statuses = [status.label.get(language) for status in IncomeStatus]
        columns = [
            Column(Text("מקור", "Source").get(language), choices=[source.label.get(language) for source in IncomeSource]),
            Column(Text("תיאור", "Description").get(language)),
            Column(Text("סטטוס", "Status").get(language), choices=statuses, colors=list(zip(statuses, INCOME_COLORS, strict=True))),
            Column(Text("סכום", "Amount").get(language), S, total=True),
        ]
        rows: list[list[object]] = [
            [income.source.label.get(language), income.description, income.status.label.get(language), income.amount]
            for income in self._workspace.budget.incomes(self.year)
        ]
        title = self._title(f"{Text('הכנסות', 'Income').get(language)} {self.year}")
        return self._spec(title, columns, rows, Text("הכנסות", "Income").get(language))

    def _expenses_sheet(self) -> SheetSpec:
        language = self.language
        with self._workspace.transaction() as session:
            names = neighborhood_names(session)
        activity_names = {
            activity.id: activity.name for activity in self._workspace.budget.activities(self.year) if activity.id is not None
        }
        columns = [
            Column(Text("קטגוריה", "Category").get(language), choices=[c.label.get(language) for c in ExpenseCategory]),
            Column(Text("תיאור", "Description").get(language)),
            Column(Text("שכונה", "Neighborhood").get(language)),
            Column(Text("פעולה", "Activity").get(language)),
            Column(Text("מתוכנן", "Planned").get(language), S, total=True),
            Column(Text("בפועל", "Actual").get(language), S, total=True),
            Column(Text("הפרש", "Difference").get(language), S, total=True),
        ]
        rows: list[list[object]] = [
            [
                expense.category.label.get(language),
                expense.description,
                names.get(expense.neighborhood_id, "") if expense.neighborhood_id is not None else CITY_WIDE.get(language),
                activity_names.get(expense.activity_id, "") if expense.activity_id is not None else "",
                expense.planned,
                expense.actual,
                Formula("=E{row}-F{row}", expense.planned - expense.actual),
            ]
            for expense in self._expenses
        ]
        title = self._title(f"{Text('הוצאות', 'Expenses').get(language)} {self.year}")
        return self._spec(title, columns, rows, Text("הוצאות", "Expenses").get(language))

    def _budget_summary(self, income: SheetSpec, expenses: SheetSpec) -> SheetSpec:
        language = self.language
        columns = [
            Column(Text("חלק", "Part").get(language)),
            Column(Text("פריט", "Item").get(language)),
            Column(Text("מתוכנן / סכום", "Planned / amount").get(language), S),
            Column(Text("בפועל", "Actual").get(language), S),
            Column(Text("הפרש", "Difference").get(language), S),
        ]
        with self._workspace.transaction() as session:
            places: dict[int | None, str] = {None: CITY_WIDE.get(language)}
            places.update(neighborhood_names(session).items())
        summary = BudgetSummarySheet(language, income, expenses, self._workspace.budget.summary(self.year), places)
        title = self._title(f"{Text('סיכום תקציב', 'Budget summary').get(language)} {self.year}")
        return SheetSpec(
            title, columns, summary.rows(), right_to_left=language == "he",
            page_header=f"{Text('סיכום תקציב', 'Budget summary').get(language)} {self.year} · {self.page_header}",
        )

    # -- events -----------------------------------------------------------------------------

    def events_sheet(self) -> SheetSpec:
        """The year's events, each date also in the Hebrew calendar with the Shabbat or holidays it falls on."""
        from ..domain.calendar_days import day_flags, hebrew_date

        language = self.language
        with self._workspace.transaction() as session:
            names = neighborhood_names(session)
        events = self._workspace.events.events(dt.date(self.year, 1, 1), dt.date(self.year, 12, 31))
        columns = [
            Column(Text("תאריך", "Date").get(language), D),
            Column(Text("תאריך עברי", "Hebrew date").get(language)),
            Column(Text("חל ב", "Falls on").get(language)),
            Column(Text("שעה", "Time").get(language)),
            Column(Text("אירוע", "Event").get(language)),
            Column(Text("סוג", "Kind").get(language)),
            Column(Text("שכונה", "Neighborhood").get(language)),
            Column(Text("מקום", "Place").get(language)),
            Column(Text("משתתפים", "Attendance").get(language), N, total=True),
            Column(Text("תיאור", "Description").get(language)),
            Column(Text("ועדות שהוקמו", "Committees formed").get(language)),
        ]
        rows: list[list[object]] = [
            [
                event.date,
                hebrew_date(event.date).get(language),
                ", ".join(flag.name.get(language) for flag in day_flags(event.date)),
                event.time, event.title, event.kind.label.get(language),
                names.get(event.neighborhood_id, "") if event.neighborhood_id is not None else CITY_WIDE.get(language),
                event.place, event.attendance, event.description, event.committees_formed,
            ]
            for event in events
        ]
        title = self._title(f"{Text('אירועים', 'Events').get(language)} {self.year}")
        return self._spec(title, columns, rows, Text("אירועים", "Events").get(language))

    def city_projects_sheet(self) -> SheetSpec:
        """The city projects running in the year (or undated), each with its partners and milestones."""
        language = self.language
        partners = {partner.id: partner.name for partner in self._workspace.partners.list()}
        milestones: dict[int, list[str]] = {}
        for milestone in self._workspace.projects.milestones():
            mark = "✓" if milestone.done else "○"
            when = milestone.due.strftime("%d/%m/%Y") if milestone.due else ""
            milestones.setdefault(milestone.project_id, []).append(f"{mark} {milestone.name} {when}".strip())
        columns = [
            Column(Text("פרויקט", "Project").get(language)),
            Column(Text("מטרה", "Goal").get(language)),
            Column(Text("אחראי/ת", "Owner").get(language)),
            Column(Text("אגף", "Department").get(language)),
            Column(Text("שותפים", "Partners").get(language)),
            Column(Text("התחלה", "Start").get(language), D),
            Column(Text("סיום", "End").get(language), D),
            Column(Text("תקציב", "Budget").get(language), S, total=True),
            Column(Text("סטטוס", "Status").get(language)),
            Column(Text("אבני דרך", "Milestones").get(language)),
        ]
        rows: list[list[object]] = [
            [
                project.name, project.goal, project.owner, project.department,
                ", ".join(sorted(partners[pid] for pid in project.partner_ids if pid in partners)),
                project.start, project.end, project.budget, project.status.label.get(language),
                "\n".join(milestones.get(project.id or 0, [])),
            ]
            for project in self._workspace.projects.projects()
            if _runs_in(project.start, project.end, self.year)
        ]
        title = self._title(f"{Text('פרויקטים עירוניים', 'City projects').get(language)} {self.year}")
        return self._spec(title, columns, rows, Text("פרויקטים עירוניים", "City projects").get(language))

    # -- lists ------------------------------------------------------------------------------

    def list_sheet(self, which: str) -> SheetSpec:
        from .list_export import partners_sheet, people_sheet

        spec = (people_sheet if which == "people" else partners_sheet)(self._workspace, self.language)
        return replace(spec, title=self._title(spec.title), page_header=f"{spec.title} · {self.page_header}")


def _runs_in(start: dt.date | None, end: dt.date | None, year: int) -> bool:
    """Whether a project with these dates runs in ``year`` (an undated one is listed every year)."""
    return (start is None or start.year <= year) and (end is None or end.year >= year)


# -- writing the files ------------------------------------------------------------------------


def _write(
    path: Path, sheets: list[SheetSpec], progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Path:
    from ..files.excel import write_workbook

    return write_workbook(path, sheets, progress, cancelled)


def export_work_plan(
    workspace: Workspace,
    path: Path,
    kind: PlanKind,
    neighborhood_id: int | None = None,
    year: int | None = None,
    language: str = "he",
) -> Path:
    """One work plan: the city's, a neighborhood's, or the annual city plan."""
    book = PlanWorkbook(workspace, year, language)
    return _write(path, [book.plan_sheet(kind, neighborhood_id), book.manifest_sheet()])


def export_budget(
    workspace: Workspace,
    path: Path,
    year: int | None = None,
    language: str = "he",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """The year's income, expenses and budget summary; ``progress`` and ``cancelled`` as write_workbook takes them."""
    return _write(path, PlanWorkbook(workspace, year, language).budget_sheets(), progress, cancelled)


def export_events(
    workspace: Workspace,
    path: Path,
    year: int | None = None,
    language: str = "he",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """The year's events; ``progress`` and ``cancelled`` as write_workbook takes them."""
    return _write(path, [PlanWorkbook(workspace, year, language).events_sheet()], progress, cancelled)


def city_workbook_sheets(
    workspace: Workspace, year: int | None = None, language: str = "he", on_sheet: Callable[[int, int], None] | None = None
) -> list[SheetSpec]:
    """Every sheet of the city workbook; ``on_sheet`` hears (sheets read, sheets to read) as each is read."""
    book = PlanWorkbook(workspace, year, language)
    parts: list[Callable[[], list[SheetSpec]]] = [
        lambda: [book.plan_sheet(PlanKind.CITY)],
        lambda: [book.plan_sheet(PlanKind.ANNUAL_CITY)],
        lambda: [book.city_projects_sheet()],
        lambda: [book.neighborhood_plans_sheet()],
        book.budget_sheets,
        lambda: [book.events_sheet()],
        lambda: [book.list_sheet("partners")],
        lambda: [book.list_sheet("people")],
        lambda: [book.manifest_sheet()],
    ]
    sheets: list[SheetSpec] = []
    for done, part in enumerate(parts, start=1):
        sheets += part()
        if on_sheet is not None:
            on_sheet(done, len(parts))
    return sheets


def export_city_workbook(
    workspace: Workspace,
    path: Path,
    year: int | None = None,
    language: str = "he",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Everything in one workbook: the plans, the budget, the events, partners and people.

    ``progress`` hears (done, total) over reading and laying out, then (0, 0) while the file is saved;
    WriteCancelled is raised, and nothing written, when ``cancelled`` says yes.
    """
    from ..files.excel import write_workbook

    steps = _ExportSteps(progress, cancelled)
    with garbage_collection_paused():
        # One expression, so the sheets are freed before collection resumes.
        return write_workbook(path, city_workbook_sheets(workspace, year, language, steps.read), steps.write, cancelled)


class _ExportSteps:
    """One bar over two steps: reading the sheets (the first part of it) and laying out their rows (the rest)."""

    SCALE = 1000
    READING_SHARE = 0.4
    """About how much of the time before saving goes to reading (measured on a city of 20,000 people)."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def read(self, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise WriteCancelled()
        self._report(self.READING_SHARE * done / total)

    def write(self, done: int, total: int) -> None:
        if total == 0:
            if self._progress is not None:
                self._progress(0, 0)
            return
        self._report(self.READING_SHARE + (1 - self.READING_SHARE) * done / total)

    def _report(self, share: float) -> None:
        if self._progress is not None:
            self._progress(round(share * self.SCALE), self.SCALE)
