"""A workspace file: recognise it, create it, open it (migrating after a backup)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, text

from ..domain.errors import WorkspaceFileError, WorkspaceProblem
from .backups import BackupReason, backups_dir, make_backup
from .database import (
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_REVISIONS,
    read_only_connection,
    read_only_engine,
    sqlite_engine,
    upgrade_schema,
)
from .sound_files import unchanged_since_closed

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_SECONDS = 5.0
"""How long an open waits for another program's write to end before saying the workspace is in use."""


@dataclass(frozen=True, slots=True)
class WorkspaceFileInfo:
    path: Path
    revision: str
    integrity: str
    recovered_from: Path | None = None
    """When a write had been cut off (a crash): the folder holding the files as they were before the recovery."""

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != HEAD_REVISION


def inspect_workspace_file(path: Path, trust_a_clean_close: bool = False) -> WorkspaceFileInfo:
    """Tell whether ``path`` is a sound workspace this version can open, without writing to it — except to finish
    what a crash left half done: a write cut off is rolled back to the last committed state (see below).

    With ``trust_a_clean_close``, a file unchanged since this app closed it as its writer is not read whole again
    (storage/sound_files.py); the command line's ``check`` always reads every page."""
    if not path.is_file():
        raise WorkspaceFileError(WorkspaceProblem.NOT_FOUND, path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise WorkspaceFileError(WorkspaceProblem.NOT_A_WORKSPACE, path)
    recovered_from = recover_interrupted_write(path)
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, str(error)) from error
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise WorkspaceFileError(WorkspaceProblem.NOT_A_WORKSPACE, path)
        if trust_a_clean_close and recovered_from is None and unchanged_since_closed(path):
            integrity = "ok"
        else:
            integrity = "; ".join(row[0] for row in connection.execute("PRAGMA quick_check"))
        if integrity != "ok":
            raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, integrity)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        raise _problem_of(error, path) from error
    except sqlite3.DatabaseError as error:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, str(error)) from error
    finally:
        connection.close()
    if row is None:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, "no schema revision")
    revision = row[0]
    if revision not in SCHEMA_REVISIONS:
        raise WorkspaceFileError(WorkspaceProblem.NEWER_VERSION, path, revision)
    return WorkspaceFileInfo(path, revision, integrity, recovered_from)


def journal_of(path: Path) -> Path:
    """SQLite's rollback journal beside a workspace: present only while a write is under way, or cut off."""
    return path.with_name(f"{path.name}-journal")


def recover_interrupted_write(path: Path, now: dt.datetime | None = None) -> Path | None:
    """Roll back a write that a crash cut off, after copying both files aside.

    A kill during a write leaves SQLite's journal beside the workspace ("hot"). SQLite rolls it back on the first
    open that may write, and the workspace then holds its last committed state; a read-only look would instead see
    a file it cannot read. The workspace and its journal are first copied into the backups folder, so the state
    before recovery is kept whatever happens. Returns that copy's folder, or None when there was nothing to do.
    """
    journal = journal_of(path)
    if not journal.is_file() or journal.stat().st_size == 0:
        return None
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = backups_dir(path) / f"before-recovery-{stamp}"
    try:
        kept.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, kept / path.name)
        shutil.copy2(journal, kept / journal.name)
    except FileNotFoundError:
        return None  # the writer finished meanwhile: its journal is gone, nothing was cut off
    except OSError as error:
        raise WorkspaceFileError(WorkspaceProblem.CANNOT_WRITE, path, f"cannot recover an interrupted write: {error}") from error
    connection = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        connection.execute("PRAGMA schema_version").fetchone()  # the first read rolls a hot journal back
    except sqlite3.OperationalError as error:
        raise _problem_of(error, path) from error
    except sqlite3.DatabaseError as error:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, str(error)) from error
    finally:
        connection.close()
    return kept


def _problem_of(error: sqlite3.OperationalError, path: Path) -> WorkspaceFileError:
    """A lock that did not clear in time is another program writing, not damage."""
    if "locked" in str(error) or "busy" in str(error):
        return WorkspaceFileError(WorkspaceProblem.IN_USE, path, str(error))
    return WorkspaceFileError(WorkspaceProblem.DAMAGED, path, str(error))


def create_workspace_file(path: Path, city_name: str, plan_year: int) -> None:
    """Write a new workspace at ``path``: built aside, then moved into place in one step."""

    def schema_and_city(connection: Connection) -> None:
        upgrade_schema(connection)
        connection.execute(
            text("INSERT INTO city (name, plan_year) VALUES (:name, :year)"), {"name": city_name, "year": plan_year}
        )

    build_workspace_file(path, schema_and_city)


def build_workspace_file(path: Path, fill: Callable[[Connection], T]) -> T:
    """A new workspace file at ``path``, filled by ``fill`` in one transaction under another name and moved into
    place only when it succeeded; nothing is left behind when it did not."""
    if path.exists():
        raise WorkspaceFileError(WorkspaceProblem.ALREADY_EXISTS, path)
    if not path.parent.is_dir():
        raise WorkspaceFileError(WorkspaceProblem.CANNOT_WRITE, path, "no such folder")
    staging = path.with_name(f".{path.name}.creating")
    try:
        staging.unlink(missing_ok=True)
        engine = sqlite_engine(staging)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            with engine.begin() as connection:
                filled = fill(connection)
        finally:
            engine.dispose()
        os.replace(staging, path)
        return filled
    except (OSError, sqlite3.OperationalError) as error:
        staging.unlink(missing_ok=True)
        raise WorkspaceFileError(WorkspaceProblem.CANNOT_WRITE, path, str(error)) from error
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def open_workspace_engine(
    path: Path, read_only_for: str | None = None, trust_a_clean_close: bool = False
) -> tuple[Engine, WorkspaceFileInfo]:
    """Open a workspace for use; an older schema is upgraded after a backup copy is written.

    With ``read_only_for`` (who holds it for writing) it is opened to read only, and an older schema, which only
    its writer may upgrade, is refused as in use. ``trust_a_clean_close``: see ``inspect_workspace_file``."""
    info = inspect_workspace_file(path, trust_a_clean_close)
    if read_only_for is not None:
        if info.needs_upgrade:
            raise WorkspaceFileError(WorkspaceProblem.IN_USE, path, "its schema is upgraded when it is free")
        return read_only_engine(path, read_only_for), info
    if info.needs_upgrade:
        make_backup(path, BackupReason.BEFORE_UPGRADE)
    engine = sqlite_engine(path)
    if info.needs_upgrade:
        with engine.begin() as connection:
            upgrade_schema(connection)
    return engine, info


RECORD_TABLES = ("city", "neighborhood", "person", "partner", "task_state")


def count_records(path: Path) -> dict[str, int]:
    """How many rows of each kind a workspace holds, read without writing to it."""
    connection = read_only_connection(path)
    try:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
            for table in RECORD_TABLES
        }
    finally:
        connection.close()


def full_integrity_check(path: Path) -> str:
    """SQLite's complete integrity check ("ok" when sound)."""
    connection = read_only_connection(path)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()
