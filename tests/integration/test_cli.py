"""The command line: demo and check work; bad input gets one readable line and a non-zero exit."""

from __future__ import annotations

import os
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


def test_an_unexpected_failure_is_one_line_with_its_details_in_a_log(tmp_path):
    """A workspace whose people table was dropped by hand makes `check` fail unexpectedly: one line naming a log
    file, exit 1, no traceback on the terminal; the log holds the traceback."""
    import sqlite3

    path = tmp_path / "demo.orcity"
    assert run_cli("demo", str(path)).returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DROP TABLE person_role")
        connection.execute("DROP TABLE person")
    logs = tmp_path / "logs"
    result = subprocess.run(
        [sys.executable, "-m", "or_communities", "check", str(path)], capture_output=True, text=True, cwd=ROOT,
        timeout=120, env={**os.environ, "OR_COMMUNITIES_LOG_DIR": str(logs)},
    )
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and "unexpected failure (OperationalError)" in result.stderr
    [log] = logs.iterdir()
    assert str(log) in result.stderr and "Traceback" in log.read_text(encoding="utf-8")


def test_demo_into_a_missing_folder_is_one_line(tmp_path):
    """`demo` into a folder that does not exist says so in one line and writes nothing."""
    result = run_cli("demo", str(tmp_path / "missing" / "city.orcity"))
    assert result.returncode == 1 and "no such folder" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "missing").exists()


def test_privacy_counts_the_personal_data_without_printing_any(tmp_path):
    """`privacy` names every personal field with how many records fill it — people's names and phones, partners'
    contacts, consent, notes — and prints no value itself."""
    path = tmp_path / "demo.orcity"
    assert run_cli("demo", str(path)).returncode == 0
    result = run_cli("privacy", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "person.full_name (names): 18 of 18 records" in lines
    assert any(line.startswith("person.phone (contact details): ") for line in lines)
    assert any(line.startswith("person.consent_to_contact (consent to be contacted): ") for line in lines)
    assert any(line.startswith("partner.email (contact details): ") for line in lines)
    from or_communities.services.workspace import Workspace

    workspace = Workspace.open(path)
    people = workspace.people.list()
    workspace.close()
    phones = [person.phone for person in people if person.phone]
    assert phones and not any(phone in result.stdout for phone in phones) and "@" not in result.stdout


def test_the_table_of_commands_names_each_command_where_it_is_defined():
    """Every subcommand a cli module defines is in the table start-up reads, under that module, and no other."""
    import importlib
    import pkgutil

    import or_communities.cli as cli

    defined: dict[str, str] = {}
    for module_info in pkgutil.iter_modules(cli.__path__):
        module = importlib.import_module(f"{cli.__name__}.{module_info.name}")
        for name in getattr(module, "COMMANDS", {}):
            defined[name] = module_info.name
    assert defined == cli.COMMAND_MODULES
