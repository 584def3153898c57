"""An index to find people among hundreds of thousands without reading them: on a workspace file, SQLite's full-text
search (FTS5, trigram: any three letters of a name, phone, email or skill), kept current by triggers; on a team
server, a trigram index of the same text when the server offers pg_trgm. An index on the name's sort key orders
the list without sorting it, and one on the neighborhood finds a neighborhood's people without reading the others.

Without FTS5 (a Python built without it) or pg_trgm, nothing here is made but the name's index: the search then
reads the table, as before.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SQLITE_INDEX = (
    (
        "CREATE VIRTUAL TABLE person_search USING fts5(full_name, phone, email, skills, "
        "content='person', content_rowid='id', tokenize='trigram case_sensitive 0')"
    ),
    (
        "CREATE TRIGGER person_search_added AFTER INSERT ON person BEGIN "
        "INSERT INTO person_search(rowid, full_name, phone, email, skills) "
        "VALUES (new.id, new.full_name, new.phone, new.email, new.skills); END"
    ),
    (
        "CREATE TRIGGER person_search_removed AFTER DELETE ON person BEGIN "
        "INSERT INTO person_search(person_search, rowid, full_name, phone, email, skills) "
        "VALUES ('delete', old.id, old.full_name, old.phone, old.email, old.skills); END"
    ),
    (
        "CREATE TRIGGER person_search_changed AFTER UPDATE OF full_name, phone, email, skills ON person BEGIN "
        "INSERT INTO person_search(person_search, rowid, full_name, phone, email, skills) "
        "VALUES ('delete', old.id, old.full_name, old.phone, old.email, old.skills); "
        "INSERT INTO person_search(rowid, full_name, phone, email, skills) "
        "VALUES (new.id, new.full_name, new.phone, new.email, new.skills); END"
    ),
    "INSERT INTO person_search(person_search) VALUES ('rebuild')",
)
POSTGRESQL_INDEX = (
    "CREATE INDEX ix_person_search ON person USING gin "
    "(lower(full_name || ' ' || phone || ' ' || email || ' ' || skills) gin_trgm_ops)"
)


def upgrade() -> None:
    op.create_index("ix_person_name_key", "person", [sa.text("lower(full_name)")])
    op.create_index("ix_person_neighborhood_id", "person", ["neighborhood_id"])
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        _sqlite_search(connection)
    else:
        _server_search(connection)


def _sqlite_search(connection: sa.Connection) -> None:
    options = {row[0] for row in connection.exec_driver_sql("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        return
    for statement in SQLITE_INDEX:
        connection.exec_driver_sql(statement)


def _server_search(connection: sa.Connection) -> None:
    available = connection.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first()
    if available is None:
        return
    try:
        with connection.begin_nested():  # only a role allowed to add the extension may; the others go without
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return
    connection.exec_driver_sql(POSTGRESQL_INDEX)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for trigger in ("person_search_added", "person_search_removed", "person_search_changed"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS person_search")
    else:
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_person_search")
    op.drop_index("ix_person_neighborhood_id", "person")
    op.drop_index("ix_person_name_key", "person")
