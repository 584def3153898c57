"""Every file of the hostile corpus given to the command line: a refusal is one clear line, exit 1 and the
workspace byte for byte as it was; a file read safely keeps its text as text."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from or_communities.cli import run_command
from tests.hostile_corpus import HostileCase, all_cases

LONGEST_ANSWER = 400
"""No line of an answer is longer than this: a 100 kB name is never echoed whole."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(workspace: Path, table: str, column: str = "name") -> list[str]:
    connection = sqlite3.connect(workspace)
    try:
        return [row[0] for row in connection.execute(f"SELECT {column} FROM {table}")]  # noqa: S608 - fixed names
    finally:
        connection.close()


@pytest.fixture
def run_case(demo_template: Path, tmp_path: Path, capsys):
    def run(case: HostileCase) -> tuple[int, str, str, Path, str]:
        workspace = tmp_path / "city.orcity"
        shutil.copyfile(demo_template, workspace)
        arguments = case.arguments(tmp_path, workspace)
        before = _digest(workspace)
        code = run_command(case.command, arguments)
        out, err = capsys.readouterr()
        return code, out, err, workspace, before

    return run


@pytest.mark.parametrize("case", [case for case in all_cases() if case.refused], ids=lambda case: case.name)
def test_a_hostile_file_is_refused_in_one_line_and_changes_nothing(case, run_case):
    """The command exits 1 with one line naming what is wrong — no traceback, no "unexpected failure" — and the
    workspace is byte-identical."""
    code, out, err, workspace, before = run_case(case)
    assert code == 1, out
    assert err.count("\n") == 1 and len(err) < LONGEST_ANSWER, err
    assert case.expect.lower() in err.lower()
    assert "Traceback" not in err and "unexpected failure" not in err
    assert _digest(workspace) == before


@pytest.mark.parametrize("case", [case for case in all_cases() if not case.refused], ids=lambda case: case.name)
def test_a_file_read_safely_keeps_its_text_as_text(case, run_case):
    """The command exits 0 and says what it did in short lines; nothing that was typed is run or echoed whole."""
    code, out, err, _workspace, _before = run_case(case)
    assert code == 0, err
    assert case.expect.lower() in out.lower()
    assert all(len(line) < LONGEST_ANSWER for line in out.splitlines())


def test_names_with_script_formulas_and_hidden_controls_are_kept_as_plain_text(run_case):
    """Areas named <script>, ${}, backticks and =formulas come in as typed; the right-to-left override that hides
    text is taken out, and no name keeps a NUL (the map reader ends a name at it)."""
    case = next(case for case in all_cases() if case.name == "hostile-names")
    _code, _out, _err, workspace, _before = run_case(case)
    names = _names(workspace, "neighborhood")
    assert "<script>alert(1)</script>" in names and "${7*7} `whoami`" in names and '=HYPERLINK("http://x")' in names
    assert "שכונה" in names and "שם" in names
    assert not any("\x00" in name or "\u202e" in name for name in names)


def test_a_nul_in_a_list_is_taken_out_of_the_name(run_case):
    """A CSV whose name cell holds NUL bytes brings the person in under the name without them."""
    case = next(case for case in all_cases() if case.name == "csv-nul")
    _code, _out, _err, workspace, _before = run_case(case)
    names = _names(workspace, "person", "full_name")
    assert "דנה" in names
    assert not any("\x00" in name for name in names)
