"""The lists' command line: import-people, import-partners and export-excel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl

from or_communities.domain.records import Person
from or_communities.services.workspace import Workspace
from tests.integration.test_cli import run_cli
from tests.integration.test_list_import import (
    MESSY_HEADERS,
    MESSY_ROWS,
    PARTNER_HEADERS,
    PARTNER_ROWS,
    write_xlsx,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _people(path: Path) -> list[Person]:
    workspace = Workspace.open(path)
    try:
        return workspace.people.list()
    finally:
        workspace.close()


def test_import_people_prints_the_counts_and_each_rejected_row(demo_path, tmp_path):
    """Exit 0; added, merged, skipped (a second row with the same phone) and rejected are counted, one line per refused row."""
    source = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    before = len(_people(demo_path))
    done = run_cli("import-people", str(demo_path), str(source))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:4] == ["added: 4", "merged: 0", "skipped: 1", "rejected: 4"]
    assert "  row 8 (מספר שגוי): not a phone number: 12-345" in lines
    assert "  row 11: no name" in lines
    assert len(_people(demo_path)) == before + 4


def test_import_people_twice_with_merge_and_skip(demo_path, tmp_path):
    """The second run finds every row again: merge merges them, skip skips them, and nobody is added twice."""
    source = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    assert run_cli("import-people", str(demo_path), str(source)).returncode == 0
    count = len(_people(demo_path))
    merged = run_cli("import-people", str(demo_path), str(source), "--on-duplicate", "merge")
    assert merged.stdout.splitlines()[:3] == ["added: 0", "merged: 5", "skipped: 0"]
    skipped = run_cli("import-people", str(demo_path), str(source), "--on-duplicate", "skip", "--sheet", "רשימה")
    assert skipped.stdout.splitlines()[:3] == ["added: 0", "merged: 0", "skipped: 5"]
    assert len(_people(demo_path)) == count


def test_import_partners_from_a_workbook(demo_path, tmp_path):
    """Partners come in with their kinds; the duplicate of a demo partner is skipped by default."""
    source = write_xlsx(tmp_path / "partners.xlsx", PARTNER_HEADERS, PARTNER_ROWS)
    done = run_cli("import-partners", str(demo_path), str(source))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:4] == ["added: 4", "merged: 0", "skipped: 1", "rejected: 2"]


def test_bad_input_is_one_line_and_leaves_the_workspace_unchanged(demo_path, tmp_path):
    """A file that is not a workbook, a missing sheet, a file without names or a missing file: exit 1, one line."""
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    nameless = write_xlsx(tmp_path / "nameless.xlsx", ["טלפון", "הערות"], [["050-1234567", "x"]])
    real = write_xlsx(tmp_path / "real.xlsx", MESSY_HEADERS, MESSY_ROWS)
    before = _digest(demo_path)
    cases = [
        (("import-people", str(demo_path), str(fake)), "not an Excel workbook"),
        (("import-people", str(demo_path), str(real), "--sheet", "אין"), "no sheet named"),
        (("import-partners", str(demo_path), str(nameless)), "no column of names"),
        (("import-people", str(demo_path), str(tmp_path / "missing.csv")), "no such file"),
        (("import-people", str(tmp_path / "missing.orcity"), str(real)), "no such file"),
    ]
    for arguments, expected in cases:
        done = run_cli(*arguments)
        assert done.returncode == 1, arguments
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert expected in done.stderr and "Traceback" not in done.stderr
    assert _digest(demo_path) == before


def test_export_excel_writes_partners_and_people_as_xlsx_or_csv(demo_path, tmp_path):
    """--what partners|people writes the list; the suffix chooses Excel or CSV; the workspace is not changed."""
    before = _digest(demo_path)
    for what, out in (("partners", "partners.xlsx"), ("people", "people.csv")):
        done = run_cli("export-excel", str(demo_path), str(tmp_path / out), "--what", what)
        assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(tmp_path / "partners.xlsx").active
    assert sheet["A1"].value == "שם" and sheet.sheet_view.rightToLeft
    assert (tmp_path / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert _digest(demo_path) == before


def test_export_excel_refuses_bad_requests_in_one_line(demo_path, tmp_path):
    """A neighborhood plan without a known neighborhood (asked as neighborhood or as work-plan), a neighborhood given
    to what has none, a plan as CSV, a bad suffix or folder: refused in one line, no file appears."""
    for arguments, expected in (
        (("--what", "neighborhood"), "--neighborhood"),
        (("--what", "neighborhood", "--neighborhood", "אין שכונה כזו"), "no neighborhood named"),
        (("--what", "work-plan", "--neighborhood", "אין שכונה כזו"), "no neighborhood named"),
        (("--what", "budget", "--neighborhood", "רובע 5"), "--neighborhood goes with --what neighborhood or work-plan"),
        (("--what", "budget", "--out-csv"), ""),
    ):
        if "--out-csv" in arguments:
            done = run_cli("export-excel", str(demo_path), str(tmp_path / "out.csv"), "--what", "budget")
            assert done.returncode == 1 and "write it as .xlsx" in done.stderr
            continue
        done = run_cli("export-excel", str(demo_path), str(tmp_path / "out.xlsx"), *arguments)
        assert done.returncode == 1
        assert len(done.stderr.strip().splitlines()) == 1 and expected in done.stderr
    wrong_suffix = run_cli("export-excel", str(demo_path), str(tmp_path / "out.pdf"), "--what", "people")
    assert wrong_suffix.returncode == 1 and ".xlsx or .csv" in wrong_suffix.stderr
    no_folder = run_cli("export-excel", str(demo_path), str(tmp_path / "nope" / "out.xlsx"), "--what", "people")
    assert no_folder.returncode == 1 and "no such folder" in no_folder.stderr
    assert list(tmp_path.glob("out.*")) == []


def test_a_work_plan_with_a_neighborhood_is_that_neighborhoods_plan(demo_path, tmp_path):
    """`--what work-plan --neighborhood NAME` writes that neighborhood's plan, as `--what neighborhood` does."""
    import openpyxl

    names = {}
    for what in ("work-plan", "neighborhood"):
        out = tmp_path / f"{what}.xlsx"
        done = run_cli("export-excel", str(demo_path), str(out), "--what", what, "--neighborhood", "רובע 5")
        assert done.returncode == 0, done.stderr
        names[what] = openpyxl.load_workbook(out).sheetnames[0]
    assert names["work-plan"] == names["neighborhood"] and names["work-plan"].startswith("רובע 5")
