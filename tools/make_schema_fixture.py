"""Write a workspace of one schema revision, with a city and two neighborhoods, as a test fixture:

    python tools/make_schema_fixture.py 0009

Run it for the current head before adding a migration, so every schema the app has written stays a fixture that
the tests upgrade (tests/integration/test_schema_fixtures.py)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from or_communities.storage.database import APPLICATION_ID, sqlite_engine, upgrade_schema  # noqa: E402

ROWS = {
    "city": [{"name": "עכו", "plan_year": 2026}],
    "neighborhood": [{"name": "העיר העתיקה", "population": 5200}, {"name": "צפון העיר", "population": 12000}],
}


def main(revision: str) -> Path:
    target = ROOT / "tests" / "fixtures" / f"workspace_schema_{revision}.orcity"
    target.unlink(missing_ok=True)
    engine = sqlite_engine(target)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    with engine.begin() as connection:
        upgrade_schema(connection, revision)
    engine.dispose()
    with sqlite3.connect(target) as connection:
        for table, rows in ROWS.items():
            columns = connection.execute(f"PRAGMA table_info({table})").fetchall()
            for number, row in enumerate(rows, start=1):
                values = dict(row)
                for _cid, name, kind, not_null, default, primary in columns:
                    if name not in values and not_null and default is None and not primary:
                        values[name] = f"{table}-{number}" if "CHAR" in kind.upper() or "TEXT" in kind.upper() else 0
                names = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                statement = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - our own table and column names
                connection.execute(statement, list(values.values()))
    connection.close()
    return target


if __name__ == "__main__":
    print(main(sys.argv[1]))
