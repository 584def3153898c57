"""A workspace file: recognise it, create it, open it (migrating after a backup)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from ..domain.errors import WorkspaceFileError, WorkspaceProblem
from .database import (
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_REVISIONS,
    backup_sqlite_file,
    read_only_connection,
    sqlite_engine,
    upgrade_schema,
)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class WorkspaceFileInfo:
    path: Path
    revision: str
    integrity: str

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != HEAD_REVISION


def inspect_workspace_file(path: Path) -> WorkspaceFileInfo:
    """Tell whether ``path`` is a sound workspace this version can open, without writing to it."""
    if not path.is_file():
        raise WorkspaceFileError(WorkspaceProblem.NOT_FOUND, path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise WorkspaceFileError(WorkspaceProblem.NOT_A_WORKSPACE, path)
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, str(error)) from error
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise WorkspaceFileError(WorkspaceProblem.NOT_A_WORKSPACE, path)
        integrity = "; ".join(row[0] for row in connection.execute("PRAGMA quick_check"))
        if integrity != "ok":
            raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, integrity)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, str(error)) from error
    finally:
        connection.close()
    if row is None:
        raise WorkspaceFileError(WorkspaceProblem.DAMAGED, path, "no schema revision")
    revision = row[0]
    if revision not in SCHEMA_REVISIONS:
        raise WorkspaceFileError(WorkspaceProblem.NEWER_VERSION, path, revision)
    return WorkspaceFileInfo(path, revision, integrity)


def create_workspace_file(path: Path, city_name: str, plan_year: int) -> None:
    """Write a new workspace at ``path``: built aside, then moved into place in one step."""
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
                upgrade_schema(connection)
            with engine.begin() as connection:
                connection.execute(
                    text("INSERT INTO city (name, plan_year) VALUES (:name, :year)"),
                    {"name": city_name, "year": plan_year},
                )
        finally:
            engine.dispose()
        os.replace(staging, path)
    except (OSError, sqlite3.OperationalError) as error:
        staging.unlink(missing_ok=True)
        raise WorkspaceFileError(WorkspaceProblem.CANNOT_WRITE, path, str(error)) from error
    except Exception:
        staging.unlink(missing_ok=True)
        raise


def backup_path_before_upgrade(path: Path, revision: str, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.before-upgrade-from-{revision}-{stamp}.bak")


def open_workspace_engine(path: Path) -> Engine:
    """Open a workspace for use; an older schema is upgraded after a backup copy is written."""
    info = inspect_workspace_file(path)
    if info.needs_upgrade:
        backup_sqlite_file(path, backup_path_before_upgrade(path, info.revision))
    engine = sqlite_engine(path)
    if info.needs_upgrade:
        with engine.begin() as connection:
            upgrade_schema(connection)
    return engine


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
