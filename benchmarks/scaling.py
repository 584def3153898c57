"""How the app grows with its city: the measures that depend on the city's size, at 1x, 4x and 16x the benchmark
city, with how their time and the process's peak memory grow.

    python benchmarks/scaling.py [--scales 1 4 16] [--runs N]

The benchmark city at 1x: 60 neighborhoods, each with a work plan of 4 goals and 40 activities (2,400), 5 partners
(300) and 20,000 people; at 16x, 960 neighborhoods, 38,400 activities, 4,800 partners and 320,000 people.
Each scale is measured in a process of its own (its peak memory is that process's), the app opened as a user
opens it: start-up with the workspace (against start-up with the demo, target at most 1.2x at 16x), the longest
the window waits while the workspace is backed up behind it (target under 0.1 s), then each area shown until drawn, and a search typed letter by letter in the people and partners lists (each keystroke's
time is the longest the window waits on it; target under 0.05 s at 16x, the lists open in under 0.5 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

NEIGHBORHOODS, ACTIVITIES_EACH, PARTNERS_EACH, PEOPLE = 60, 40, 5, 20_000
YEAR = 2027
FIRST_NAMES = ("מיכל", "יוסי", "נועה", "אבי", "שירה", "דוד", "רחל", "משה", "אנה", "איתי")
LAST_NAMES = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "אזולאי", "חדד", "גבאי")
TYPED_PEOPLE = "מיכל כ"
TYPED_PARTNERS = "עמותת"


def build_city(path: Path, scale: int) -> None:
    """The benchmark city times ``scale``, written in a few transactions."""
    from city_workbook import add_plans
    from sqlalchemy import insert

    from or_communities.domain.records import Person, PersonRole
    from or_communities.services.workspace import Workspace
    from or_communities.storage.relations_repositories import PersonRepository
    from or_communities.storage.tables import PartnerRow

    workspace = Workspace.create(path, "עיר לדוגמה", YEAR)
    hoods = [workspace.neighborhoods.add(f"שכונה {number}").id for number in range(NEIGHBORHOODS * scale)]
    with workspace.transaction() as session:
        add_plans(session, hoods, ACTIVITIES_EACH)
        session.execute(insert(PartnerRow), [
            {"name": f"עמותת {hood}-{number}", "kind": "social_organization", "contact_person": f"איש קשר {number}"}
            for hood in hoods for number in range(PARTNERS_EACH)
        ])
        roles = (PersonRole.ACTIVIST, PersonRole.VOLUNTEER, PersonRole.CANDIDATE)
        PersonRepository(session).add_many(
            [
                Person(0, f"{FIRST_NAMES[number % 10]} {LAST_NAMES[number // 10 % 10]} {number}",
                       frozenset({roles[number % 3]}), hoods[number % len(hoods)], f"05{number % 10}-{number:07d}",
                       last_activity=dt.date(YEAR - 1, 1, 1) + dt.timedelta(days=number % 500))
                for number in range(PEOPLE * scale)
            ],
            dt.date(YEAR - 1, 1, 1),
        )
    workspace.close()


def measure_app(path: Path, runs: int) -> dict[str, float]:
    """In this process: the app opened on ``path`` and its size-dependent areas, medians over ``runs``."""
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication, as the app does
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from or_communities.domain.catalog import Area
    from or_communities.ui.app import AppController
    from or_communities.ui.dialogs import ConsoleDialogs
    from or_communities.ui.i18n import install_language
    from or_communities.ui.settings import AppSettings
    from or_communities.ui.views.work_plans import TIMELINE_TAB

    app = QApplication.instance() or QApplication([])
    install_language(app, "he")
    measured: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs):
            settings = AppSettings(QSettings(str(Path(scratch) / f"settings{run}.ini"), QSettings.Format.IniFormat))
            controller = AppController(app, settings, "he", ConsoleDialogs())
            controller.window.resize(1366, 768)
            backed_up_before = _opening_backups(path)
            start = time.perf_counter()
            controller.start(path)
            app.processEvents()
            measured.setdefault("open_workspace", []).append(time.perf_counter() - start)
            pause = _longest_pause_until(partial(_backed_up_since, path, backed_up_before))
            measured.setdefault("backup_pause_ms", []).append(pause)
            for area, name in ((Area.PEOPLE, "people"), (Area.PARTNERS, "partners"), (Area.WORK_PLANS, "work_plans"),
                               (Area.BUDGET, "budget"), (Area.DASHBOARD, "dashboard")):
                start = time.perf_counter()
                controller.window.shell.show_area(area)
                app.processEvents()
                controller.window.grab()
                measured.setdefault(f"{name}_open", []).append(time.perf_counter() - start)
            plans = controller.window.shell.view(Area.WORK_PLANS)
            start = time.perf_counter()
            plans.tabs.setCurrentIndex(TIMELINE_TAB)
            app.processEvents()
            controller.window.grab()
            measured.setdefault("timeline_open", []).append(time.perf_counter() - start)
            for area, name, typed in ((Area.PEOPLE, "people", TYPED_PEOPLE), (Area.PARTNERS, "partners", TYPED_PARTNERS)):
                controller.window.shell.show_area(area)
                app.processEvents()
                search = controller.window.shell.view(area).search_edit
                keys = []
                for length in range(1, len(typed) + 1):
                    start = time.perf_counter()
                    search.setText(typed[:length])
                    app.processEvents()
                    keys.append(time.perf_counter() - start)
                search.clear()
                app.processEvents()
                measured.setdefault(f"{name}_keystroke", []).append(statistics.median(keys))
                measured.setdefault(f"{name}_keystroke_worst", []).append(max(keys))
            controller.shutdown()
            controller.window.close()
            app.processEvents()
    result = {name: statistics.median(values) for name, values in measured.items()}
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _opening_backups(path: Path) -> set[tuple[str, int]]:
    """The backups taken on opening ``path``, each as (name, time written): a new one is a backup just finished."""
    from or_communities.domain.backups import BackupReason
    from or_communities.storage.backups import list_backups

    return {(b.path.name, b.path.stat().st_mtime_ns) for b in list_backups(path) if b.reason is BackupReason.OPENED}


def _backed_up_since(path: Path, before: set[tuple[str, int]]) -> bool:
    return bool(_opening_backups(path) - before)


def _longest_pause_until(done: Callable[[], bool], most_seconds: float = 60) -> float:
    """The longest gap (ms) between 5 ms timer ticks on the interface thread until ``done`` (looked at every 50 ms):
    how long the window could not answer meanwhile; not a number when ``done`` never came."""
    from PySide6.QtCore import QTimer
    from window_pauses import longest_pause

    def arrange(loop: Any) -> object:
        started = time.perf_counter()
        looking = QTimer()
        looking.setInterval(50)
        looking.timeout.connect(lambda: (done() or time.perf_counter() - started > most_seconds) and loop.quit())
        looking.start()
        return looking

    pause, _took = longest_pause(arrange)
    return pause if done() else float("nan")


def _child(arguments: list[str]) -> dict:
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, __file__, *arguments], check=True, env=environment, cwd=ROOT,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_scales(scales: list[int], runs: int) -> dict[int, dict[str, float]]:
    from run import startup_with

    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for scale in scales:
            path = Path(folder) / f"city-{scale}x.orcity"
            started = time.perf_counter()
            _child(["--build", str(path), "--scale", str(scale)])
            built = time.perf_counter() - started
            table[scale] = {**_child(["--measure", str(path), "--runs", str(runs)]), "built_s": built}
            table[scale]["startup"], table[scale]["startup_demo"] = startup_with(path, runs)
            path.unlink()
    return table


ROWS = (
    ("start-up with the workspace (s)", "startup"),
    ("workspace opened in the window (s)", "open_workspace"),
    ("  ...longest window pause while it is backed up behind (ms)", "backup_pause_ms"),
    ("people list opened (s)", "people_open"),
    ("  ...search keystroke, median (s)", "people_keystroke"),
    ("  ...slowest keystroke (s)", "people_keystroke_worst"),
    ("partners list opened (s)", "partners_open"),
    ("  ...search keystroke, median (s)", "partners_keystroke"),
    ("work plans opened (s)", "work_plans_open"),
    ("  ...the year's timeline shown (s)", "timeline_open"),
    ("budget opened, the year's plans held against it (s)", "budget_open"),
    ("dashboard opened (s)", "dashboard_open"),
    ("peak memory of the process (MB)", "peak_mb"),
)


def print_table(table: dict[int, dict[str, float]]) -> list[str]:
    """The table as Markdown lines (printed too): each measure at each scale, and how much it grew from the first
    scale to the last against how much the city grew."""
    scales = sorted(table)
    first, last = scales[0], scales[-1]
    lines = [
        "| measure | " + " | ".join(f"{scale}x" for scale in scales) + f" | grew {first}x→{last}x (city x{last // first}) |",
        "|---|" + "---:|" * (len(scales) + 1),
    ]
    for label, key in ROWS:
        values = [table[scale][key] for scale in scales]
        growth = values[-1] / values[0] if values[0] else float("nan")
        whole = key == "peak_mb" or key.endswith("_ms")
        cells = " | ".join(f"{value:.0f}" if whole else f"{value:.3f}" for value in values)
        lines.append(f"| {label.strip()} | {cells} | x{growth:.1f} |")
    demo = statistics.median(table[scale]["startup_demo"] for scale in scales)
    lines.append(f"| start-up with the demo, for comparison (s) | {demo:.3f} |" + " |" * len(scales))
    for line in lines:
        print(line)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=int, default=1, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.build is not None:
        build_city(options.build, options.scale)
        print(json.dumps({}))
        return 0
    if options.measure is not None:
        print(json.dumps(measure_app(options.measure, options.runs)), flush=True)
        os._exit(0)  # the measure is printed; PySide6 can crash while it finalizes
    print_table(measure_scales(sorted(options.scales), options.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
