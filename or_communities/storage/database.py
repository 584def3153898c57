"""Engines, connection pragmas and schema migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import QueuePool

from .. import paths
from ..domain.errors import ReadOnlyWorkspace

APPLICATION_ID = 0x4F52434D
"""SQLite's application_id of a workspace file ("ORCM"): tells our files from other SQLite files."""

SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0015", "0016", "0017")
"""Every schema revision, oldest first. A test keeps it equal to the migration scripts,
so opening a current workspace never needs to import Alembic."""

HEAD_REVISION = SCHEMA_REVISIONS[-1]


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # A rollback journal keeps the workspace one file (safe on network drives, easy
    # to email); FULL makes every committed edit survive a power cut.
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


READING_STATEMENTS = ("SELECT", "WITH", "PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK")


def read_only_engine(path: Path, holder: str = "") -> Engine:
    """An engine that reads the workspace and cannot write it: SQLite opens it read-only, and any statement that
    would change it is refused first with ReadOnlyWorkspace (a message for the user, not a database error)."""

    def refuse_writes(_connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if not statement.lstrip().upper().startswith(READING_STATEMENTS):
            raise ReadOnlyWorkspace(holder)

    # A pool of connections any thread may use, as a file's engine has (a creator alone would get one connection a
    # thread, which only that thread can close: a count on a worker thread left the file open after closing).
    engine = create_engine(
        "sqlite://", creator=lambda: read_only_connection(path, across_threads=True), poolclass=QueuePool
    )
    event.listen(engine, "connect", _set_reading_pragmas)
    event.listen(engine, "before_cursor_execute", refuse_writes)
    return engine


def _set_reading_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def upgrade_schema(connection: Connection, revision: str = "head") -> None:
    """Run the migration scripts up to ``revision`` on an open connection."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


class BackupStopped(Exception):
    """A backup given up halfway (the window closing meanwhile)."""


def read_only_connection(path: Path, across_threads: bool = False) -> sqlite3.Connection:
    """Open a SQLite file without any chance of writing to it (``across_threads``: for a pool, whose connections
    one thread uses at a time, but not always the same thread)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=not across_threads)


def backup_sqlite_file(source: Path, target: Path, stopped: Callable[[], bool] | None = None) -> None:
    """Copy a live SQLite database consistently (the backup API, not a file copy); a copy ``stopped`` meanwhile
    ends in BackupStopped, its target left unfinished."""

    def step(_status: int, _remaining: int, _total: int) -> None:
        if stopped is not None and stopped():
            raise BackupStopped()

    src = read_only_connection(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=1024, progress=step)
    finally:
        dst.close()
        src.close()
