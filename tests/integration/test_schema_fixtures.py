"""Every schema the app has written is kept as a fixture, and each is upgraded to the current one: backed up
first, its city and neighborhoods kept, and the upgraded workspace usable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from or_communities.domain.backups import BackupReason
from or_communities.services.workspace import Workspace
from or_communities.storage.backups import list_backups
from or_communities.storage.database import HEAD_REVISION, SCHEMA_REVISIONS
from or_communities.storage.workspace_file import inspect_workspace_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_older_schema_has_its_fixture():
    """A fixture for each revision before the current one, so no upgrade path goes untested."""
    missing = [r for r in SCHEMA_REVISIONS[:-1] if not (FIXTURES / f"workspace_schema_{r}.orcity").is_file()]
    assert missing == []


@pytest.mark.parametrize("revision", SCHEMA_REVISIONS[:-1])
def test_a_workspace_of_each_older_schema_is_upgraded(revision, tmp_path):
    """A workspace of this schema opens: it is backed up, upgraded to the current schema, keeps its city and
    neighborhoods, and takes a new neighborhood."""
    path = tmp_path / f"v{revision}.orcity"
    shutil.copyfile(FIXTURES / f"workspace_schema_{revision}.orcity", path)
    before = set(_names(path))
    workspace = Workspace.open(path)
    try:
        assert workspace.city.get().name
        assert {n.name for n in workspace.neighborhoods.list()} == before and before
        workspace.neighborhoods.add("שכונה חדשה")
    finally:
        workspace.close()
    assert inspect_workspace_file(path).revision == HEAD_REVISION
    assert BackupReason.BEFORE_UPGRADE in [b.reason for b in list_backups(path)]


def _names(path: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM neighborhood")]
    connection.close()
    return names
