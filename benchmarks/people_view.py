"""The people area with 20,000 people: opening it, and search as you type, each beside its floor in the same run.

    python benchmarks/people_view.py [--runs N]

Opening: the people view built and drawn from a workspace of 20,000 people, against a bare QTableView over a
QStandardItemModel of the same rows (read through the same service call, so the ratio counts only the view).
Search: one keystroke of a search typed letter by letter (target under 100 ms), against QSortFilterProxyModel's
plain setFilterFixedString over that QStandardItemModel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

    from or_communities.services.workspace import Workspace
    from or_communities.ui.view_context import ViewContext
    from or_communities.ui.views.people import PeopleView

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PEOPLE = 20_000
NEIGHBORHOODS = 40
TYPED = "מיכל כ"
"""Typed letter by letter: each keystroke narrows the 20,000 rows."""
FIRST_NAMES = ("מיכל", "יוסי", "נועה", "אבי", "שירה", "דוד", "רחל", "משה", "אנה", "איתי")
LAST_NAMES = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "אזולאי", "חדד", "גבאי")


def _write_workspace(path: Path) -> None:
    """A city of 40 neighborhoods and 20,000 activists and volunteers, written in one transaction."""
    from sqlalchemy import insert

    from or_communities.services.workspace import Workspace
    from or_communities.storage.tables import PersonRoleRow, PersonRow

    workspace = Workspace.create(path, "עיר לדוגמה", 2026)
    ids = [workspace.neighborhoods.add(f"שכונה {number}").id for number in range(NEIGHBORHOODS)]
    start = dt.date(2025, 1, 1)
    people = [
        {
            "id": number + 1,
            "full_name": f"{FIRST_NAMES[number % 10]} {LAST_NAMES[number // 10 % 10]} {number}",
            "neighborhood_id": ids[number % NEIGHBORHOODS],
            "phone": f"050-{number:07d}",
            "skills": "צילום" if number % 7 == 0 else "",
            "last_activity": start + dt.timedelta(days=number % 400),
        }
        for number in range(PEOPLE)
    ]
    roles = [{"person_id": number + 1, "role": "activist" if number % 3 else "volunteer"} for number in range(PEOPLE)]
    with workspace.transaction() as session:
        session.execute(insert(PersonRow), people)
        session.execute(insert(PersonRoleRow), roles)
    workspace.close()


def _context(workspace: Workspace, folder: Path) -> ViewContext:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from or_communities.ui.dialogs import Dialogs
    from or_communities.ui.excel_exports import ExcelExports
    from or_communities.ui.settings import AppSettings
    from or_communities.ui.view_context import ViewContext, WorkspaceEvents

    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    dialogs = Dialogs()
    return ViewContext(
        workspace, "he", dialogs, WorkspaceEvents(), lambda *_: None, lambda *_: None, settings, ExcelExports(dialogs),
        lambda *_: None, QUndoStack(),
    )


def _drawn(widget: QWidget, app: QApplication) -> None:
    widget.resize(1400, 850)
    widget.show()
    app.processEvents()
    widget.grab()


def _open_ours(workspace: Workspace, folder: Path, app: QApplication) -> tuple[float, PeopleView]:
    from or_communities.ui.views.people import PeopleView

    start = time.perf_counter()
    view = PeopleView(_context(workspace, folder))
    _drawn(view, app)
    return time.perf_counter() - start, view


def _open_floor(workspace: Workspace, app: QApplication) -> tuple[float, QTableView]:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    start = time.perf_counter()
    people = workspace.people.list()
    model = QStandardItemModel(len(people), 6)
    for row, person in enumerate(people):
        values = (person.full_name, str(person.neighborhood_id), "", person.phone, "", str(person.last_activity))
        for column, value in enumerate(values):
            model.setData(model.index(row, column), value)  # setItem is avoided: it unbalances None's count in PySide
    table = QTableView()
    table.setModel(model)
    _drawn(table, app)
    return time.perf_counter() - start, table


def _keystrokes(set_text: Callable[[str], None], app: QApplication) -> list[float]:
    times = []
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        set_text(TYPED[:length])
        app.processEvents()
        times.append(time.perf_counter() - start)
    set_text("")
    app.processEvents()
    return times


def _floor_filter(table: QTableView, app: QApplication) -> list[float]:
    from PySide6.QtCore import QSortFilterProxyModel

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(table.model())
    proxy.setFilterKeyColumn(0)
    table.setModel(proxy)
    app.processEvents()
    return _keystrokes(proxy.setFilterFixedString, app)


def measure_people_view(runs: int) -> dict[str, float]:
    """Medians in seconds: opening the view and one keystroke of search, ours and the floor."""
    from PySide6.QtWidgets import QApplication

    from or_communities.services.workspace import Workspace
    from or_communities.ui.i18n import install_language

    app = QApplication.instance() or QApplication([])
    install_language(app, "he")
    opens, floor_opens, keys, floor_keys = [], [], [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "people.orcity"
        _write_workspace(path)
        workspace = Workspace.open(path)
        try:
            for _ in range(runs):
                floor_time, table = _open_floor(workspace, app)
                ours_time, view = _open_ours(workspace, folder, app)
                floor_opens.append(floor_time)
                opens.append(ours_time)
                floor_keys += _floor_filter(table, app)
                keys += _keystrokes(view.search_edit.setText, app)
                assert view.model.rowCount() == PEOPLE
                table.close()
                view.close()
                table.deleteLater()
                view.deleteLater()
                app.processEvents()
        finally:
            workspace.close()
    return {
        "open": statistics.median(opens),
        "open_floor": statistics.median(floor_opens),
        "keystroke": statistics.median(keys),
        "keystroke_worst": max(keys),
        "keystroke_floor": statistics.median(floor_keys),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    measures = measure_people_view(parser.parse_args().runs)
    print(f"{'measure':<40}{'ours':>10}{'floor':>10}{'ratio':>8}{'target':>9}")
    for label, ours, floor, target in (
        ("open the people view, 20,000 (s)", measures["open"], measures["open_floor"], "-"),
        ("one search keystroke, median (s)", measures["keystroke"], measures["keystroke_floor"], "<0.100s"),
    ):
        print(f"{label:<40}{ours:>10.3f}{floor:>10.3f}{ours / floor:>8.2f}{target:>9}")
    print(f"{'  ...slowest keystroke (s)':<40}{measures['keystroke_worst']:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
