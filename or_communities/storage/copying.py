"""Copying a workspace between a file and a PostgreSQL server, either way: every row of every table with its own
id, in one transaction on the receiving side, then compared row by row with the source.

The receiving side gets the schema by the same migrations first. Rows go in the order their references need; a
reference that goes both ways (a person's neighborhood, a neighborhood's coordinator) is filled in after both
sides are there. On PostgreSQL the id sequences are moved past the copied ids, so the next record gets a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, insert, select, text, update

from .database import upgrade_schema
from .person_search import is_search_index_table
from .tables import complete_metadata

Progress = Callable[[int, int], None]


class CopyMismatch(Exception):
    """The copy read back differs from its source (the copy was undone)."""


def _tables() -> list[Table]:
    return list(complete_metadata().sorted_tables)


def _deferred_columns(table: Table) -> list[str]:
    """Columns whose reference is filled in after every table is there (``use_alter``: the cycle's weak side)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.use_alter or (fk.constraint is not None and fk.constraint.use_alter)]


def _rows(connection: Connection, table: Table) -> list[dict[str, Any]]:
    """The table's rows, but for the columns the database's triggers keep (the receiving side writes them again)."""
    order = list(table.primary_key.columns) or list(table.columns)
    columns = [column for column in table.columns if not column.info.get("kept_by_the_database")]
    return [dict(row) for row in connection.execute(select(*columns).order_by(*order)).mappings()]


def copy_rows(source: Engine, target: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Every row of ``source`` into the (empty, migrated) schema of ``target``; the count of rows per table."""
    tables = _tables()
    counts: dict[str, int] = {}
    later: list[tuple[Table, str, list[dict[str, Any]]]] = []
    with source.connect() as reading:
        for done, table in enumerate(tables, start=1):
            rows = _rows(reading, table)
            counts[table.name] = len(rows)
            deferred = _deferred_columns(table)
            if rows:
                target.execute(insert(table), [{**row, **dict.fromkeys(deferred)} for row in rows])
            later.extend((table, column, [row for row in rows if row[column] is not None]) for column in deferred)
            if progress is not None:
                progress(done, len(tables))
    for table, column, rows in later:
        key = next(iter(table.primary_key.columns))
        for row in rows:
            target.execute(update(table).where(key == row[key.name]).values({column: row[column]}))
    if target.dialect.name == "postgresql":
        _move_sequences(target, tables)
    return counts


def _move_sequences(target: Connection, tables: list[Table]) -> None:
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        highest = target.execute(select(func.max(key[0]))).scalar()
        sequence = target.execute(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                  {"table": table.name, "column": key[0].name}).scalar()
        if sequence and highest:
            target.execute(text("SELECT setval(:sequence, :value)"), {"sequence": sequence, "value": highest})


def check_copy(source: Engine, target: Connection) -> None:
    """Every table of the copy holds exactly the source's rows; CopyMismatch names the first that does not."""
    with source.connect() as reading:
        for table in _tables():
            if _rows(reading, table) != _rows(target, table):
                raise CopyMismatch(table.name)


def migrate_and_copy(source: Engine, target: Connection, progress: Progress | None = None) -> dict[str, int]:
    """The schema by the migrations, then the rows, then the row-by-row check; all in ``target``'s transaction."""
    upgrade_schema(target)
    counts = copy_rows(source, target, progress)
    check_copy(source, target)
    return counts


def copy_as_it_is(source: Connection, target: Connection, revision: str) -> dict[str, int]:
    """Every row of ``source``, whose schema is at ``revision`` (older than the app's), into ``target`` built by
    the migrations up to that same revision: a copy taken before an upgrade. The tables are read as they are in the
    database, not as the app's current schema declares them; references are checked when the copy commits."""
    assert target.dialect.name == "sqlite", "a copy taken before an upgrade goes into a workspace file"
    upgrade_schema(target, revision)
    target.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    built = MetaData()
    built.reflect(target)
    counts: dict[str, int] = {}
    for table in built.tables.values():  # any order: the references are checked at commit
        # The file's own search index is not on the server: the file's triggers fill it as the people go in.
        if table.name == "alembic_version" or is_search_index_table(table.name):
            continue
        rows = [dict(row) for row in source.execute(select(Table(table.name, MetaData(), autoload_with=source))).mappings()]
        if rows:
            target.execute(insert(table), rows)
        counts[table.name] = len(rows)
    return counts
