"""Importing a list of people: the dialog's path (read, preview, apply) against openpyxl reading the same file."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from or_communities.services.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ROW_COUNT = 20_000
HEADERS = ["שם מלא", "טלפון נייד", 'דוא"ל', "שכונה", "תפקיד", "כתובת", "הערות"]
NEIGHBORHOODS = ["רובע 1", "רובע 2", "רובע 3", "רובע 4", "רובע 5"]
ROLES = ["פעיל/ה", "מתנדבת", "רכז בניין", "", "מתנדב, פעיל"]


def _write_people(path: Path) -> Path:
    """20,000 people in Hebrew, as a manager's workbook holds them (a blank row here and there)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("פעילים")
    sheet.append(HEADERS)
    for number in range(ROW_COUNT):
        if number % 1000 == 999:
            sheet.append([])
        sheet.append(
            [
                f"תושב/ת מספר {number}",
                f"05{number % 10}{number:07d}",
                f"person{number}@example.org" if number % 3 else "",
                NEIGHBORHOODS[number % len(NEIGHBORHOODS)],
                ROLES[number % len(ROLES)],
                f"רחוב הגפן {number % 200}",
                "זמין/ה בערבים" if number % 7 == 0 else "",
            ]
        )
    workbook.save(path)
    return path


def _new_workspace(path: Path) -> Workspace:
    from or_communities.services.workspace import Workspace

    workspace = Workspace.create(path, "עיר", 2027)
    for name in NEIGHBORHOODS:
        workspace.neighborhoods.add(name)
    return workspace


def _ours(source: Path, folder: Path, run: int) -> float:
    """What the import dialog does: read the sheet, match the columns, preview, then store in one transaction."""
    from or_communities.files.list_columns import ColumnMapping, ListKind
    from or_communities.services.list_import import DuplicateChoices, ListImporter, read_list

    workspace = _new_workspace(folder / f"people-{run}.orcity")
    start = time.perf_counter()
    table = read_list(source)
    importer = ListImporter(workspace)
    preview = importer.preview(ListKind.PEOPLE, table, ColumnMapping.guess(ListKind.PEOPLE, table.headers))
    result = importer.apply(preview, DuplicateChoices())
    elapsed = time.perf_counter() - start
    workspace.close()
    assert result.added == ROW_COUNT, result
    return elapsed


def _floor(source: Path) -> float:
    import openpyxl

    start = time.perf_counter()
    workbook = openpyxl.load_workbook(source, read_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def measure_people_import(runs: int) -> tuple[float, float]:
    """Median seconds (ours, floor) for 20,000 people from Excel: into a workspace, against only reading the rows."""
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = _write_people(folder / "people.xlsx")
        _ours(source, folder, -1)  # warm the imports and the file cache for both
        _floor(source)
        ours, floor = [], []
        for run in range(runs):
            floor.append(_floor(source))
            ours.append(_ours(source, folder, run))
    return statistics.median(ours), statistics.median(floor)


if __name__ == "__main__":
    ours_seconds, floor_seconds = measure_people_import(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    print(f"20,000 people from Excel: ours {ours_seconds:.2f} s, floor {floor_seconds:.2f} s, ratio {ours_seconds / floor_seconds:.2f}")
