"""Workspace files: created whole, reopened intact, migrated after a backup, bad files refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError

from or_communities.domain.errors import WorkspaceFileError, WorkspaceProblem
from or_communities.domain.records import NeighborhoodProfile, TaskState, TaskStatus
from or_communities.services.workspace import Workspace
from or_communities.storage import database
from or_communities.storage.backups import BackupReason, list_backups
from or_communities.storage.tables import TaskStateRow, complete_metadata
from or_communities.storage.workspace_file import inspect_workspace_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_create_reopen_keeps_everything(tmp_path):
    """A city, its neighborhood, profile and task state are all there after closing and reopening."""
    path = tmp_path / "רהט.orcity"
    workspace = Workspace.create(path, "רהט", 2027)
    neighborhood = workspace.neighborhoods.add("שכונה 1", NeighborhoodProfile(population=4200, needs="מועדון"))
    workspace.journey.save(TaskState("s2.t2", neighborhood.id, TaskStatus.IN_PROGRESS, owner="סמיר"))
    workspace.close()

    reopened = Workspace.open(path)
    assert reopened.city.get().name == "רהט" and reopened.city.get().plan_year == 2027
    [only] = reopened.neighborhoods.list()
    assert only.profile.population == 4200 and only.profile.needs == "מועדון"
    states = {task.key: state for task, state in reopened.journey.tasks(only.id)}
    assert states["s2.t2"].status is TaskStatus.IN_PROGRESS and states["s2.t2"].owner == "סמיר"
    reopened.close()


def test_creation_refuses_an_existing_file_and_leaves_it(tmp_path):
    """Creating a city over an existing file fails and the file keeps its bytes."""
    path = tmp_path / "taken.orcity"
    path.write_bytes(b"precious")
    with pytest.raises(WorkspaceFileError) as caught:
        Workspace.create(path, "עיר", 2026)
    assert caught.value.problem is WorkspaceProblem.ALREADY_EXISTS
    assert path.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["taken.orcity"]


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: p.write_text("שלום, this is a letter"), WorkspaceProblem.NOT_A_WORKSPACE),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), WorkspaceProblem.NOT_A_WORKSPACE),
        (lambda p: p.write_bytes(b""), WorkspaceProblem.NOT_A_WORKSPACE),
    ],
)
def test_files_that_are_not_workspaces_are_refused_unchanged(tmp_path, make, problem):
    """A text file, a foreign SQLite database or an empty file is refused and not touched."""
    path = tmp_path / "other.orcity"
    make(path)
    before = _fingerprint(path)
    with pytest.raises(WorkspaceFileError) as caught:
        Workspace.open(path)
    assert caught.value.problem is problem
    assert _fingerprint(path) == before


def test_damaged_workspace_is_refused_unchanged(tmp_path, demo_template):
    """A workspace with garbage written over its pages is reported damaged and left as it was."""
    path = tmp_path / "damaged.orcity"
    shutil.copyfile(demo_template, path)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 6] = b"\x07" * (4096 * 5)
    path.write_bytes(bytes(data))
    before = _fingerprint(path)
    with pytest.raises(WorkspaceFileError) as caught:
        Workspace.open(path)
    assert caught.value.problem is WorkspaceProblem.DAMAGED
    assert _fingerprint(path) == before


def test_workspace_from_a_newer_version_is_refused_unchanged(tmp_path, demo_template):
    """A workspace whose schema this version does not know is refused, with no change to it."""
    path = tmp_path / "future.orcity"
    shutil.copyfile(demo_template, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _fingerprint(path)
    with pytest.raises(WorkspaceFileError) as caught:
        Workspace.open(path)
    assert caught.value.problem is WorkspaceProblem.NEWER_VERSION and caught.value.detail == "9999"
    assert _fingerprint(path) == before


def test_known_revisions_match_the_migration_scripts():
    """The revision list the app checks at start-up is exactly the migration scripts' history."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(database.paths.migrations_dir()))
    scripts = ScriptDirectory.from_config(config)
    history = [revision.revision for revision in scripts.walk_revisions()][::-1]
    assert tuple(history) == database.SCHEMA_REVISIONS


def test_migrations_build_exactly_the_orm_schema(tmp_path):
    """The schema the migrations build has no difference from the ORM tables (but the people's search index, which
    is SQLite's own full-text table, outside the ORM)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from or_communities.storage.person_search import is_search_index_table

    def compared(_object, name, kind, _reflected, _compare_to) -> bool:
        return not (kind == "table" and is_search_index_table(str(name)))

    path = tmp_path / "schema.orcity"
    Workspace.create(path, "עיר", 2026).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": compared})
        differences = compare_metadata(context, complete_metadata())
    engine.dispose()
    assert differences == []


def test_first_schema_fixture_opens_and_holds_the_demo(tmp_path):
    """The workspace kept from schema 0001 opens with this version and keeps its records."""
    path = tmp_path / "old.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0001.orcity", path)
    workspace = Workspace.open(path)
    assert len(workspace.neighborhoods.list()) == 10
    assert inspect_workspace_file(path).revision == database.HEAD_REVISION
    workspace.close()


def test_first_schema_is_backed_up_then_upgraded_to_the_mapping_schema(tmp_path):
    """A workspace of schema 0001 is copied aside, then migrated: every neighborhood gets its own identity."""
    path = tmp_path / "old.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0001.orcity", path)
    Workspace.open(path).close()
    backups = [b.path for b in list_backups(path) if b.reason is BackupReason.BEFORE_UPGRADE]
    assert len(backups) == 1
    restored = sqlite3.connect(backups[0])
    assert restored.execute("SELECT count(*) FROM neighborhood").fetchone()[0] == 10
    restored.close()
    upgraded = sqlite3.connect(path)
    uids = [row[0] for row in upgraded.execute("SELECT uid FROM neighborhood")]
    tables = {row[0] for row in upgraded.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    upgraded.close()
    assert len(uids) == 10 and len(set(uids)) == 10 and all(len(uid) == 32 for uid in uids)
    assert {"asset", "statistical_area"} <= tables
    assert inspect_workspace_file(path).revision == database.HEAD_REVISION


def test_foreign_keys_are_enforced(tmp_path):
    """A task state for a neighborhood that does not exist is refused by the database."""
    path = tmp_path / "fk.orcity"
    workspace = Workspace.create(path, "עיר", 2026)
    with pytest.raises(IntegrityError), workspace.transaction() as session:
        session.add(TaskStateRow(task_key="s2.t1", neighborhood_id=999, status="done", owner="", notes=""))
    workspace.close()


def test_removing_a_neighborhood_removes_its_task_states(tmp_path):
    """Removing a neighborhood takes its task states with it and keeps the city's."""
    workspace = Workspace.create(tmp_path / "c.orcity", "עיר", 2026)
    neighborhood = workspace.neighborhoods.add("גבעה")
    workspace.journey.save(TaskState("s2.t1", neighborhood.id, TaskStatus.DONE))
    workspace.journey.save(TaskState("s1.t1", None, TaskStatus.DONE))
    workspace.neighborhoods.remove(neighborhood.id)
    with workspace.transaction() as session:
        keys = [row.task_key for row in session.query(TaskStateRow).all()]
    assert keys == ["s1.t1"]
    workspace.close()


def test_neighborhood_lists_know_which_have_a_boundary(tmp_path, demo_template):
    """Listing neighborhoods tells those with a boundary from those without, without reading the shapes."""
    path = tmp_path / "demo.orcity"
    shutil.copy(demo_template, path)
    workspace = Workspace.open(path)
    workspace.neighborhoods.add("שכונה בלי גבול")
    standing = {n.name: n.has_boundary for n in workspace.neighborhoods.list()}
    workspace.close()
    assert standing.pop("שכונה בלי גבול") is False
    assert standing and all(standing.values())


def test_third_schema_workspace_upgrades_and_keeps_partners_and_people(tmp_path):
    """A demo workspace of schema 0003 is backed up and upgraded, with its partners, flags and people intact."""
    path = tmp_path / "v3.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0003.orcity", path)
    before = sqlite3.connect(path)
    partners = before.execute("SELECT count(*) FROM partner").fetchone()[0]
    contacts = before.execute("SELECT count(*) FROM partner_contact").fetchone()[0]
    before.close()
    workspace = Workspace.open(path)
    try:
        assert len(workspace.partners.list()) == partners and partners > 0
        assert sum(len(workspace.partners.contacts(p.id)) for p in workspace.partners.list()) == contacts
        assert len(workspace.people.list()) > 0
    finally:
        workspace.close()
    assert [b.reason for b in list_backups(path)] == [BackupReason.BEFORE_UPGRADE]
    assert inspect_workspace_file(path).revision == database.HEAD_REVISION


def test_home_view_counts_agree_with_the_flags(demo_path):
    """The counts the home view reads from the database equal the partners and people the rules flag, on a fixed day."""
    import collections
    import datetime as dt

    workspace = Workspace.open(demo_path)
    try:
        for day in (dt.date(2026, 11, 23), dt.date(2027, 3, 1)):
            workspace.clock = lambda day=day: day
            assert workspace.partners.count_needing_attention() == len(workspace.partners.flags())
            by_neighborhood = collections.Counter(p.neighborhood_id for p in workspace.people.inactive())
            assert workspace.people.inactive_counts() == dict(by_neighborhood)
        assert sum(workspace.people.inactive_counts().values()) > 0
    finally:
        workspace.close()


def test_fifth_schema_workspace_upgrades_and_takes_the_citys_own_texts(tmp_path):
    """A schema-0005 workspace is backed up and upgraded to hold the city's own texts; its records stay, and a
    guidance text written in it is kept and restored to the default."""
    path = tmp_path / "v5.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0005.orcity", path)
    workspace = Workspace.open(path)
    try:
        assert [n.name for n in workspace.neighborhoods.list()] == ["העיר העתיקה", "וולפסון"]
        assert [c.name for c in workspace.events.channels()] == ["קבוצת הורים"]
        key = "guidance.communication_tips"
        default = workspace.texts.text(key, "he")
        assert default.startswith("• לכל ערוץ") and not workspace.texts.is_own(key, "he")
        workspace.texts.save(key, "he", "  בעכו: עדכון כל יום ראשון.  ")
        assert workspace.texts.text(key, "he") == "בעכו: עדכון כל יום ראשון."
        assert workspace.texts.text(key, "en").startswith("• Every channel")
    finally:
        workspace.close()
    workspace = Workspace.open(path)
    try:
        assert workspace.texts.is_own(key, "he")
        assert workspace.texts.restore_default(key, "he") == default
        assert workspace.texts.text(key, "he") == default and not workspace.texts.is_own(key, "he")
    finally:
        workspace.close()
    assert [b.reason for b in list_backups(path)] == [BackupReason.BEFORE_UPGRADE]
    assert inspect_workspace_file(path).revision == database.HEAD_REVISION
