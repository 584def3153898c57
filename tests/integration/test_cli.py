"""The command line: demo and check work; bad input gets one readable line and a non-zero exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from or_communities.storage.database import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "or_communities", *arguments], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_demo_then_check_reports_a_sound_workspace(tmp_path):
    """`demo PATH` writes the demo city and `check` prints its schema, counts and integrity."""
    path = tmp_path / "demo.orcity"
    written = run_cli("demo", str(path))
    assert written.returncode == 0, written.stderr
    checked = run_cli("check", str(path))
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert f"schema version: {HEAD_REVISION}" in lines
    assert "neighborhood: 10" in lines
    assert "integrity: ok" in lines
    assert any(line.startswith("partner: ") and int(line.split()[-1]) >= 10 for line in lines)


def test_demo_refuses_to_overwrite(tmp_path):
    """`demo` onto an existing file exits 1 with one line and leaves the file."""
    path = tmp_path / "mine.orcity"
    path.write_text("mine")
    result = run_cli("demo", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "already exists" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text() == "mine"


def test_check_of_bad_files_is_one_line_and_non_zero(tmp_path):
    """`check` of a missing file or a non-workspace exits non-zero with one readable line."""
    letter = tmp_path / "letter.orcity"
    letter.write_text("hello")
    for target, words in ((tmp_path / "missing.orcity", "no such file"), (letter, "not an Or Communities workspace")):
        result = run_cli("check", str(target))
        assert result.returncode == 1
        assert words in result.stderr and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr


def test_version_and_unknown_language():
    """--version prints the version; an unknown --lang is refused by the argument parser."""
    from or_communities import __version__

    assert __version__ in run_cli("--version").stdout
    refused = run_cli("--lang", "fr", "--quit-when-ready")
    assert refused.returncode == 2 and "invalid choice" in refused.stderr
