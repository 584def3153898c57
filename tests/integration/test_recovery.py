"""A workspace a crash left mid-write is recovered, not refused; one another program is writing is "in use", not
"damaged". The crash is real: a process killed with SIGKILL in the middle of a write transaction."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from or_communities.domain.errors import WorkspaceFileError, WorkspaceProblem
from or_communities.services.workspace import Workspace
from or_communities.storage.workspace_file import inspect_workspace_file, journal_of

ROOT = Path(__file__).resolve().parents[2]

KILLED_MID_WRITE = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=5")  # a few pages: the change spills into the file before any commit
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE neighborhood SET description = ?", ("cut off " * 400,))
connection.execute("CREATE TABLE half_done (x TEXT)")
for _ in range(300):
    connection.execute("INSERT INTO half_done VALUES (?)", ("y" * 2000,))
os.kill(os.getpid(), signal.SIGKILL)
"""

HOLDS_A_WRITE = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
time.sleep(30)
"""


@pytest.fixture
def killed_mid_write(tmp_path):
    """A workspace with three neighborhoods whose writer was killed mid-transaction, leaving a hot journal."""
    path = tmp_path / "עכו.orcity"
    workspace = Workspace.create(path, "עכו", 2026)
    for name in ("העיר העתיקה", "צפון", "דרום"):
        workspace.neighborhoods.add(name)
    workspace.close()
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, str(path)], timeout=60, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert journal_of(path).stat().st_size > 0
    return path


def test_a_workspace_killed_mid_write_opens_with_its_last_committed_state(killed_mid_write):
    """Opening rolls the cut-off write back: the neighborhoods are as committed, the half-made table is gone, no
    journal is left, and the files as they were are kept in the backups folder."""
    workspace = Workspace.open(killed_mid_write)
    try:
        assert [n.profile.description for n in workspace.neighborhoods.list()] == ["", "", ""]
        kept = workspace.recovered_from
    finally:
        workspace.close()
    assert kept is not None and kept.parent == killed_mid_write.with_name("עכו backups")
    assert sorted(p.name for p in kept.iterdir()) == ["עכו.orcity", "עכו.orcity-journal"]
    assert not journal_of(killed_mid_write).exists()
    with sqlite3.connect(killed_mid_write) as connection:
        assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall() == []


def test_check_recovers_and_says_so(killed_mid_write):
    """`check` of a workspace killed mid-write reports it sound and says where the files before recovery are."""
    result = subprocess.run(
        [sys.executable, "-m", "or_communities", "check", str(killed_mid_write)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout and "recovered: a write cut off by a crash was rolled back" in result.stdout


def test_the_window_says_the_workspace_was_recovered(make_controller, fake_dialogs, killed_mid_write):
    """The window opens the recovered workspace and tells the user what happened and where the copy is."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(killed_mid_write)
    assert controller.workspace is not None
    [(title, text)] = fake_dialogs.infos
    assert title == "קובץ העבודה שוחזר" and "עכו backups" in text and not fake_dialogs.errors


def test_a_workspace_another_program_is_writing_is_in_use_not_damaged(tmp_path):
    """While another process holds a write lock, opening waits a few seconds, then says "in use" — not "damaged" —
    and the file is untouched."""
    path = tmp_path / "עכו.orcity"
    Workspace.create(path, "עכו", 2026).close()
    before = path.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", HOLDS_A_WRITE, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        with pytest.raises(WorkspaceFileError) as refused:
            inspect_workspace_file(path)
        assert refused.value.problem is WorkspaceProblem.IN_USE
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()
    assert path.read_bytes() == before



def test_a_short_run_of_kills_loses_nothing(tmp_path):
    """The crash harness, short: a worker adding neighborhoods, importing people and exporting them is killed with
    SIGKILL eight times; every open after a kill succeeds, no acknowledged edit is lost, no import is half applied."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "crash_harness.py"), str(tmp_path / "c.orcity"), "8"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("kills: 8; edits, imports and exports done: ")
    assert "; edits lost: 0; half-applied imports: 0; opens called damaged: 0;" in result.stdout
