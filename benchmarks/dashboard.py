"""The dashboard and the report on the benchmark city (60 neighborhoods, 20,000 people, 5,000 budget lines, 2,400
activities).

dashboard: the area opened in the window until it is drawn (cards, table, charts), against the floor of the same
counts by plain SQL (sqlite3, one grouped query per measure). Target: under 0.5 s.

report: the report built and printed to PDF by the app's web engine, against the floor of Chromium printing the
same HTML, already built. Target: under 10 s.

    python benchmarks/dashboard.py [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for folder in (ROOT, HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

PLAIN_COUNTS = (
    "SELECT neighborhood_id, count(*) FROM person GROUP BY neighborhood_id",
    "SELECT p.neighborhood_id, count(*) FROM person p JOIN person_role r ON r.person_id = p.id GROUP BY p.neighborhood_id",
    "SELECT neighborhood_id, count(*) FROM event WHERE date >= date('now', '-90 day') GROUP BY neighborhood_id",
    "SELECT neighborhood_id, count(*) FROM partner_neighborhood GROUP BY neighborhood_id",
    "SELECT neighborhood_id, sum(planned), sum(actual) FROM expense GROUP BY neighborhood_id",
    "SELECT a.neighborhood_id, count(*) FROM activity a WHERE a.\"end\" < date('now') GROUP BY a.neighborhood_id",
    "SELECT neighborhood_id, count(*) FROM community_group GROUP BY neighborhood_id",
    "SELECT neighborhood_id, task_key, status FROM task_state",
)


def _city(folder: Path) -> Path:
    from city_workbook import _build_city

    path = folder / "city.orcity"
    _build_city(path).close()
    return path


def _plain_counts(path: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    for query in PLAIN_COUNTS:
        connection.execute(query).fetchall()
    connection.close()
    return time.perf_counter() - start


def measure_dashboard(runs: int) -> dict[str, float]:
    """Needs a QApplication (run through run.py's Qt process): the area opened until drawn, and the floor."""
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication, as the app does
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from or_communities.domain.catalog import Area
    from or_communities.ui.app import AppController
    from or_communities.ui.dialogs import ConsoleDialogs
    from or_communities.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = _city(folder)
        ours, floor = [], []
        for run in range(runs):
            settings = AppSettings(QSettings(str(folder / f"settings{run}.ini"), QSettings.Format.IniFormat))
            controller = AppController(app, settings, "he", ConsoleDialogs())
            controller.window.resize(1366, 768)
            controller.start(path)
            app.processEvents()
            start = time.perf_counter()
            controller.window.shell.show_area(Area.DASHBOARD)
            app.processEvents()
            ours.append(time.perf_counter() - start)
            floor.append(_plain_counts(path))
            controller.shutdown()
            controller.window.close()
        return {"dashboard": statistics.median(ours), "floor": statistics.median(floor)}


def measure_report(runs: int) -> dict[str, float]:
    """Needs a QApplication: the report built and printed, against printing the same HTML already built."""
    from PySide6 import QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from or_communities.files.document_html import document_html
    from or_communities.services.documents import write_document
    from or_communities.services.report import build_report
    from or_communities.services.workspace import Workspace
    from or_communities.ui.document_engine import shared_engine

    QApplication.instance() or QApplication([])
    engine = shared_engine()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        workspace = Workspace.open(_city(folder))
        ours, floor = [], []
        try:
            for run in range(runs):
                start = time.perf_counter()
                document = build_report(workspace, "he")
                write_document(document, folder / f"report{run}.pdf", engine)
                ours.append(time.perf_counter() - start)
                html = document_html(document)
                start = time.perf_counter()
                engine.print_pdf(html, folder / f"plain{run}.pdf")
                floor.append(time.perf_counter() - start)
        finally:
            workspace.close()
        return {"report": statistics.median(ours), "floor": statistics.median(floor)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    dashboard = measure_dashboard(runs)
    print(f"dashboard opened and drawn: {dashboard['dashboard']:.3f} s (floor, the counts by plain SQL: {dashboard['floor']:.3f} s)")
    report = measure_report(runs)
    print(f"report built and printed: {report['report']:.3f} s (floor, printing the same HTML: {report['floor']:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
