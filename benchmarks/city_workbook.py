"""The city workbook: 60 neighborhoods x 40 activities, 5,000 budget lines and 20,000 people, written by the app
(plans, budget with its formulas, events, partners, people; formatted and print-ready), against openpyxl's
write-only mode writing the same number of cells of plain text.

Also the window while it is written: the longest pause of the interface thread's event loop while the export
runs on its worker thread, against the longest pause of the same idle loop for as long.

    python benchmarks/city_workbook.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from window_pauses import longest_pause

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from or_communities.services.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NEIGHBORHOODS, ACTIVITIES, BUDGET_LINES, PEOPLE = 60, 40, 5_000, 20_000
YEAR = 2027


def add_plans(session: Session, hoods: list[int], activities_each: int = ACTIVITIES) -> list[int]:
    """Each neighborhood's work plan of the year: 4 goals and ``activities_each`` activities over its months; the
    activities' ids."""
    from or_communities.domain.planning import Activity, ActivityStatus, PlanKind, WorkPlan
    from or_communities.storage.planning_repositories import ActivityRepository, GoalRepository, WorkPlanRepository

    plans, goals, activities = WorkPlanRepository(session), GoalRepository(session), ActivityRepository(session)
    statuses = list(ActivityStatus)
    activity_ids = []
    for hood in hoods:
        plan = plans.add(WorkPlan(None, PlanKind.NEIGHBORHOOD, YEAR, hood))
        goal_ids = [goals.add(plan, f"יעד {number} של השכונה") for number in range(4)]
        for number in range(activities_each):
            month = number % 12 + 1
            activity_ids.append(activities.add(Activity(
                None, goal_ids[number % 4], f"פעילות {number} בשכונה {hood}", hood, None, f"אחראי {number % 7}",
                frozenset(), "", dt.date(YEAR, month, 1), dt.date(YEAR, month, 28), 1000.0 + number, "משתתפים",
                "30", "", statuses[number % len(statuses)], "הערה",
            )))
    return activity_ids


def _build_city(path: Path) -> Workspace:
    from or_communities.domain.planning import Expense, ExpenseCategory
    from or_communities.domain.records import Person, PersonRole
    from or_communities.services.workspace import Workspace
    from or_communities.storage.relations_repositories import PersonRepository

    workspace = Workspace.create(path, "עיר לדוגמה", YEAR)
    hoods = [workspace.neighborhoods.add(f"שכונה {number}").id for number in range(NEIGHBORHOODS)]
    with workspace.transaction() as session:
        activity_ids = add_plans(session, hoods)
        PersonRepository(session).add_many(
            [
                Person(0, f"תושב/ת מספר {number}", frozenset({PersonRole.ACTIVIST}), hoods[number % NEIGHBORHOODS],
                       f"05{number % 10}{number:07d}", f"person{number}@example.org", f"רחוב הגפן {number % 200}")
                for number in range(PEOPLE)
            ],
            dt.date(YEAR, 1, 1),
        )
    categories = list(ExpenseCategory)
    budget = workspace.budget
    with workspace.transaction() as session:
        from or_communities.storage.budget_repositories import ExpenseRepository

        expenses = ExpenseRepository(session)
        for number in range(BUDGET_LINES):
            expenses.add(Expense(None, YEAR, categories[number % len(categories)], f"הוצאה {number}",
                                 hoods[number % NEIGHBORHOODS], activity_ids[number % len(activity_ids)], 500.0, 250.0))
    assert len(budget.expenses(YEAR)) == BUDGET_LINES
    return workspace


def _cell_count(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row if value is not None)
    book.close()
    return count


def _floor(path: Path, cells: int) -> float:
    from openpyxl import Workbook

    width = 16
    row = [f"טקסט רגיל {column}" for column in range(width)]
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("floor")
    for _ in range(cells // width):
        sheet.append(row)
    workbook.save(path)
    return time.perf_counter() - start


def _ours(workspace: Workspace, path: Path) -> float:
    from or_communities.services.plan_export import export_city_workbook

    start = time.perf_counter()
    export_city_workbook(workspace, path, YEAR)
    return time.perf_counter() - start


def measure_city_workbook(runs: int) -> tuple[float, float]:
    """Median seconds (ours, floor), alternating, the city workbook against the same number of plain cells."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        workspace = _build_city(base / "city.orcity")
        try:
            _ours(workspace, base / "warm.xlsx")
            cells = _cell_count(base / "warm.xlsx")
            ours, floor = [], []
            for run in range(runs):
                floor.append(_floor(base / f"floor-{run}.xlsx", cells))
                ours.append(_ours(workspace, base / f"ours-{run}.xlsx"))
        finally:
            workspace.close()
    return statistics.median(ours), statistics.median(floor)


def _longest_pause_ms(seconds: float | None, job: Callable[..., object] | None = None) -> tuple[float, float]:
    """The longest gap between 5 ms timer ticks on the interface thread, over ``seconds`` idle or while ``job``
    runs in the app's BackgroundTask; and how long that took."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from or_communities.ui.background import BackgroundTask

    def arrange(loop: Any) -> object:
        if job is None:
            QTimer.singleShot(int((seconds or 0) * 1000), loop.quit)
            return None
        parent = QWidget()
        task = BackgroundTask(job, "…", parent)
        task.succeeded.connect(lambda _result: loop.quit())
        task.failed.connect(lambda error: (print(error), loop.quit()))
        task.start()
        return parent

    return longest_pause(arrange)


def measure_export_pauses(runs: int) -> dict[str, float]:
    """Median over runs of the window's longest pause while the city workbook is written, and idle for as long."""
    from PySide6.QtWidgets import QApplication

    from or_communities.services.plan_export import export_city_workbook

    _app = QApplication.instance() or QApplication([])  # kept alive for the loop
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        workspace = _build_city(base / "city.orcity")
        try:
            ours, floor = [], []
            for run in range(runs):
                target = base / f"city-{run}.xlsx"
                pause, took = _longest_pause_ms(None, partial(export_city_workbook, workspace, target, YEAR, "he"))
                ours.append(pause)
                floor.append(_longest_pause_ms(took)[0])
        finally:
            workspace.close()
    return {"pause_ms": statistics.median(ours), "idle_ms": statistics.median(floor)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    ours, floor = measure_city_workbook(parser.parse_args().runs)
    print(f"{'city workbook written (median s)':<44}{ours:>10.3f}{floor:>10.3f}{ours / floor:>8.2f}{'<=1.30':>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
