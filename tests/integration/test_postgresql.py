"""A workspace on a real PostgreSQL server: the same migrations, and the same use cases giving the same answers as
on a file — neighborhoods, people, partners, plans, budget, events, the dashboard's figures and the map package."""

from __future__ import annotations

import datetime as dt
import os
from urllib.parse import urlsplit

import pytest
from sqlalchemy import text

from or_communities.domain.errors import DuplicateName, WorkspaceFileError, WorkspaceProblem
from or_communities.domain.measures import Measure
from or_communities.domain.people_search import PeopleQuery, searching
from or_communities.domain.planning import Activity, ActivityStatus, Event, Expense, ExpenseCategory, PlanKind
from or_communities.domain.records import Partner, PartnerKind, Person, PersonRole
from or_communities.services.work_plans import WorkPlanService
from or_communities.services.workspace import Workspace
from or_communities.storage.database import HEAD_REVISION

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def server_city(postgres_url):
    workspace = Workspace.create_on_server(postgres_url, "ערד", 2026, clock=lambda: TODAY)
    yield workspace
    workspace.close()


def _fill(workspace: Workspace) -> None:
    north = workspace.neighborhoods.add("צפון").id
    workspace.neighborhoods.add("דרום")
    workspace.people.add_person(Person(0, "דנה לוי", frozenset({PersonRole.ACTIVIST, PersonRole.VOLUNTEER}), north,
                                       "050-1234567", last_activity=TODAY))
    workspace.partners.add(Partner(0, "מתנ\"ס", PartnerKind.MUNICIPAL_DEPARTMENT, neighborhood_ids=frozenset({north}),
                                   last_contact=TODAY))
    workspace.events.add_event(Event(None, "כנס שכונה", TODAY - dt.timedelta(days=3), neighborhood_id=north))
    workspace.budget.add_expense(Expense(None, 2026, ExpenseCategory.ACTIVITIES, "חוגים", north, None, 1000.0, 250.0))
    plans = WorkPlanService(workspace)
    goal = plans.add_goal(plans.plan(PlanKind.NEIGHBORHOOD, 2026, north).id, "מנהיגות")
    plans.add_activity(Activity(None, goal.id, "מפגש", end=TODAY - dt.timedelta(days=1), status=ActivityStatus.DONE))


def test_the_migrations_build_the_schema_on_postgresql(server_city):
    """A new server workspace is at the current schema, with its city, like a new file."""
    with server_city.transaction() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
    assert server_city.city.get().name == "ערד" and server_city.on_server
    assert str(server_city.path).startswith("workspace_") and " on " in str(server_city.path)


def test_the_use_cases_give_the_same_answers_on_a_server_as_on_a_file(server_city, tmp_path):
    """The same records written to a file and to the server read back the same, and the dashboard's figures agree."""
    file_city = Workspace.create(tmp_path / "ערד.orcity", "ערד", 2026, clock=lambda: TODAY)
    try:
        for workspace in (file_city, server_city):
            _fill(workspace)
        for read in (
            lambda w: [(n.name, n.profile.population) for n in w.neighborhoods.list()],
            lambda w: [(p.full_name, p.phone, sorted(r.value for r in p.roles)) for p in w.people.list()],
            lambda w: [(p.name, p.last_contact) for p in w.partners.list()],
            lambda w: [(e.title, e.date) for e in w.events.events()],
            lambda w: [(e.description, e.planned, e.actual) for e in w.budget.expenses(2026)],
            lambda w: {m: w.dashboard.dashboard().city.values[m] for m in Measure},
        ):
            assert read(server_city) == read(file_city)
    finally:
        file_city.close()


def test_a_refusal_on_the_server_is_the_same_refusal(server_city):
    """A duplicate name is refused on the server too, and nothing is added."""
    server_city.neighborhoods.add("צפון")
    with pytest.raises(DuplicateName):
        server_city.neighborhoods.add("צפון")
    assert [n.name for n in server_city.neighborhoods.list()] == ["צפון"]


def test_the_label_of_a_server_workspace_never_shows_its_password():
    """A URL with a password is named by its database and server only."""
    from or_communities.storage.server import shown

    assert str(shown("postgresql://dana:secret@db.city.gov.il:5432/arad")) == "arad on db.city.gov.il"


def test_an_empty_database_and_a_server_that_does_not_answer_are_named(postgres_url):
    """Opening a database that holds no workspace says so; a server that is not there is unreachable, not damaged."""
    with pytest.raises(WorkspaceFileError) as empty:
        Workspace.connect(postgres_url)
    assert empty.value.problem is WorkspaceProblem.NOT_A_WORKSPACE
    with pytest.raises(WorkspaceFileError) as nowhere:
        Workspace.connect("postgresql://postgres@/nothing?host=/nonexistent&port=1")
    assert nowhere.value.problem is WorkspaceProblem.UNREACHABLE


def test_the_command_line_takes_a_postgresql_url_for_the_workspace(server_city, postgres_url, tmp_path):
    """`import-people` and `export-excel` given the server's URL work as with a file, read back by openpyxl."""
    import openpyxl

    from or_communities.cli import run_command

    listing = tmp_path / "people.csv"
    listing.write_text("שם,טלפון\nנועה ברק,050-7654321\n", encoding="utf-8")
    assert run_command("import-people", [postgres_url, str(listing)]) == 0
    out = tmp_path / "people.xlsx"
    assert run_command("export-excel", [postgres_url, str(out), "--what", "people"]) == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert "נועה ברק" in [cell.value for cell in sheet["A"]]


def test_the_demo_city_goes_to_the_server_and_back_record_for_record(demo_path, postgres_url, tmp_path, capsys):
    """`copy` takes the demo city to the server and back to a new file; both copies were checked row by row, the
    file that comes back holds every table as the first did, and the server takes new records after the copied ids."""
    from or_communities.cli import run_command
    from or_communities.storage.copying import check_copy
    from or_communities.storage.database import sqlite_engine

    back = tmp_path / "חזרה.orcity"
    assert run_command("copy", [str(demo_path), postgres_url]) == 0
    assert "checked against the source" in capsys.readouterr().out
    assert run_command("copy", [postgres_url, str(back)]) == 0
    first, second = sqlite_engine(demo_path), sqlite_engine(back)
    try:
        with second.connect() as returned:
            check_copy(first, returned)  # every table, row by row, value by value
    finally:
        first.dispose()
        second.dispose()
    server = Workspace.connect(postgres_url)
    try:
        added = server.neighborhoods.add("שכונה חדשה")
        assert added.id > max(n.id for n in server.neighborhoods.list() if n.name != "שכונה חדשה")
    finally:
        server.close()


def test_a_copy_leaves_who_is_watched_to_the_receiving_side(demo_path, postgres_url):
    """Who the retention count watches is written again by the server's triggers from the roles and statuses
    copied: a file whose column went wrong is still copied, checked, and its inactive activists counted right."""
    import sqlite3

    from or_communities.cli import run_command

    demo = Workspace.open(demo_path)
    try:
        counted = demo.people.inactive_counts()
    finally:
        demo.close()
    assert counted
    with sqlite3.connect(demo_path) as spoiled:
        spoiled.execute("UPDATE person SET watched = NOT watched")
    spoiled.close()
    assert run_command("copy", [str(demo_path), postgres_url]) == 0
    server = Workspace.connect(postgres_url)
    try:
        assert server.people.inactive_counts() == counted
    finally:
        server.close()


@pytest.mark.parametrize(
    ("first_change", "second_change"),
    [
        ("INSERT INTO person_status (person_id, status, date, note) VALUES (%(person)s, 'resting', %(today)s, '')",
         "UPDATE person_role SET role = 'volunteer' WHERE person_id = %(person)s"),
        ("UPDATE person_role SET role = 'municipal_official' WHERE person_id = %(person)s",
         "INSERT INTO person_status (person_id, status, date, note) VALUES (%(person)s, 'active', %(today)s, '')"),
    ],
    ids=["rested-then-role", "role-then-status"],
)
def test_two_teammates_changing_one_person_at_once_leave_the_count_right(
    server_city, postgres_url, first_change, second_change
):
    """Two teammates change one activist at once, the first so that they are no longer watched (resting them, or a
    role not watched) and the second in a way that alone keeps them watched: the second waits for the first and
    reads its change, so the activist is no longer counted inactive."""
    import threading
    import time

    import psycopg

    place = server_city.neighborhoods.add("צפון").id
    person = server_city.people.add_person(
        Person(0, "רון כץ", frozenset({PersonRole.ACTIVIST}), place, last_activity=TODAY - dt.timedelta(days=400))
    ).id
    assert server_city.people.inactive_counts() == {place: 1}
    with psycopg.connect(postgres_url) as first, psycopg.connect(postgres_url) as second, \
            psycopg.connect(postgres_url, autocommit=True) as watcher:
        values = {"person": person, "today": TODAY}
        first.execute(first_change, values)
        second_pid = second.info.backend_pid

        def change_second() -> None:
            second.execute(second_change, values)
            second.commit()

        changing = threading.Thread(target=change_second)
        changing.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # until the second teammate's change waits for the first's
            waiting = watcher.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (second_pid,))
            if waiting.fetchone() == ("Lock",):
                break
            time.sleep(0.01)
        else:
            pytest.fail("the second change did not wait for the first")
        first.commit()
        changing.join(timeout=10)
    assert server_city.people.inactive_counts() == {}


def test_a_copy_never_lands_on_a_workspace(demo_path, postgres_url, tmp_path):
    """Onto a database that holds a workspace, or a file that exists, the copy is refused in one line and the
    destination is left as it was."""
    from or_communities.cli import run_command

    assert run_command("copy", [str(demo_path), postgres_url]) == 0
    assert run_command("copy", [str(demo_path), postgres_url]) == 1
    existing = tmp_path / "קיים.orcity"
    existing.write_bytes(b"mine")
    assert run_command("copy", [postgres_url, str(existing)]) == 1
    assert existing.read_bytes() == b"mine"


def test_the_window_opens_a_team_workspace_through_the_server_dialog(make_controller, fake_dialogs, qtbot, server_city,
                                                                     postgres_url, postgres_socket):
    """From the welcome page's team-server button: server, port, database and user typed in, the window shows the
    city, says it is on the team server, offers no file backups, and a change made there is on the server."""
    from urllib.parse import parse_qs, urlsplit

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox

    from or_communities.domain.catalog import Area
    from tests.helpers import type_text, when_modal

    server_city.neighborhoods.add("צפון")
    parts = urlsplit(postgres_url)
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    qtbot.waitExposed(controller.window)

    def connect(dialog):
        type_text(dialog.findChild(QLineEdit, "serverHostEdit"), postgres_socket)
        dialog.findChild(QSpinBox, "serverPortSpin").setValue(int(parse_qs(parts.query)["port"][0]))
        type_text(dialog.findChild(QLineEdit, "serverDatabaseEdit"), parts.path.lstrip("/"))
        type_text(dialog.findChild(QLineEdit, "serverUserEdit"), "postgres")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(connect)
    qtbot.mouseClick(controller.window.welcome.server_button, Qt.MouseButton.LeftButton)
    assert controller.workspace is not None and controller.workspace.on_server, fake_dialogs.errors
    window = controller.window
    assert "ערד" in window.windowTitle() and not window.backups_action.isEnabled()
    window.shell.show_area(Area.NEIGHBORHOODS)
    fake_dialogs.texts.append("דרום")
    qtbot.mouseClick(window.shell.view(Area.NEIGHBORHOODS).add_button, Qt.MouseButton.LeftButton)
    assert sorted(n.name for n in server_city.neighborhoods.list()) == ["דרום", "צפון"]


def test_a_teammates_change_appears_in_the_window_within_seconds(make_controller, fake_dialogs, qtbot, server_city,
                                                                 postgres_url):
    """Two people on one server workspace: what the other adds appears in this window's neighborhoods area within a
    few seconds, without reopening anything."""
    from or_communities.domain.catalog import Area

    server_city.neighborhoods.add("צפון")
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(postgres_url)
    qtbot.waitExposed(controller.window)
    shell = controller.window.shell
    shell.show_area(Area.NEIGHBORHOODS)
    view = shell.view(Area.NEIGHBORHOODS)

    def shown() -> list[str]:
        model = view.table.model()
        return sorted(model.index(row, 0).data() for row in range(model.rowCount()))

    assert shown() == ["צפון"]
    assert controller.workspace.following_changes(10)
    teammate = Workspace.connect(postgres_url)
    try:
        teammate.neighborhoods.add("דרום")
    finally:
        teammate.close()
    qtbot.waitUntil(lambda: shown() == ["דרום", "צפון"], timeout=10_000)


def test_a_lost_server_refuses_the_change_in_words_and_the_next_one_connects_again(postgres_socket):  # skips as it does
    """The server stops between two edits: the edit is refused as unreachable (a message, nothing saved), and once
    the server is back the next edit goes through on a new connection, without reopening the workspace."""
    import shutil
    import tempfile
    from pathlib import Path

    from or_communities.domain.errors import ServerUnreachable
    from tests.postgres_server import control, new_database, running_server

    folder = Path(tempfile.mkdtemp(prefix="or-communities-postgresql-lost-"))
    try:
        with running_server(folder, port=55434) as socket:
            url = new_database(socket, port=55434)
            workspace = Workspace.create_on_server(url, "ערד", 2026)
            try:
                workspace.neighborhoods.add("צפון")
                control(folder, "stop", 55434)
                with pytest.raises(ServerUnreachable):
                    workspace.neighborhoods.add("דרום")
                control(folder, "start", 55434)
                workspace.neighborhoods.add("מרכז")
                assert sorted(n.name for n in workspace.neighborhoods.list()) == ["מרכז", "צפון"]
            finally:
                workspace.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_check_backup_privacy_and_restore_take_a_server_url(server_city, postgres_url, tmp_path, capsys):
    """`check` reports a server workspace's schema and counts; `backup` writes it into a workspace file that opens
    with the same neighborhoods; `privacy` counts its personal fields; `restore` onto a server is refused in one
    line, changing nothing."""
    from or_communities.cli import run_command

    server_city.neighborhoods.add("צפון")
    server_city.people.add("דנה לוי", [PersonRole.ACTIVIST])
    capsys.readouterr()
    assert run_command("check", [postgres_url]) == 0
    out = capsys.readouterr().out
    assert f"schema version: {HEAD_REVISION}" in out and "neighborhood: 1" in out and "person: 1" in out

    assert run_command("backup", [postgres_url, str(tmp_path)]) == 0
    (backup,) = tmp_path.glob("*.orcity")
    copy = Workspace.open(backup)
    try:
        assert [n.name for n in copy.neighborhoods.list()] == ["צפון"]
    finally:
        copy.close()

    assert run_command("privacy", [postgres_url]) == 0
    assert "person.full_name (names): 1 of 1 records" in capsys.readouterr().out

    assert run_command("restore", [str(backup), postgres_url, "--yes"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "nothing was changed" in error
    assert [n.name for n in server_city.neighborhoods.list()] == ["צפון"]


def test_the_connection_uses_tls_when_the_server_offers_it(postgres_socket):  # skips as the others do
    """A server listening on TCP with a certificate: the workspace's own connection is encrypted without anything
    asked of the user (libpq's sslmode=prefer), and the server confirms it for that connection."""
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    from tests.postgres_server import new_database, running_server

    folder = Path(tempfile.mkdtemp(prefix="or-communities-postgresql-tls-"))
    try:
        folder.chmod(0o755)
        certificate, key = folder / "server.crt", folder / "server.key"
        openssl = shutil.which("openssl")
        assert openssl, "openssl (Debian's openssl package) makes the server's certificate"
        subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-keyout", str(key), "-out", str(certificate)], check=True, capture_output=True, timeout=60)
        key.chmod(0o600)
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            for path in (certificate, key):
                shutil.chown(path, "postgres")
        settings = f"-c ssl=on -c ssl_cert_file={certificate} -c ssl_key_file={key} -c listen_addresses=127.0.0.1"
        with running_server(folder / "server", port=55437, settings=settings) as socket:
            name = urlsplit(new_database(socket, port=55437)).path
            workspace = Workspace.create_on_server(f"postgresql://postgres@127.0.0.1:55437{name}", "ערד", 2026)
            try:
                with workspace.engine.connect() as connection:
                    encrypted = connection.execute(
                        text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    ).scalar_one()
                assert encrypted is True
                assert workspace.neighborhoods.add("צפון").name == "צפון"
            finally:
                workspace.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_an_older_team_workspace_is_backed_up_in_a_file_then_upgraded_by_its_owner_only(postgres_url, tmp_path):
    """A server workspace at the schema before this one: a member who is not the owner is told the manager must
    open it first, a login outside the team that it is not in it, and nothing changes; the owner's opening copies
    it into a workspace file (which opens, with its neighborhoods) and then upgrades it."""
    import psycopg

    from or_communities import paths
    from or_communities.cli import run_command
    from or_communities.domain.team import TeamRole
    from or_communities.storage.database import SCHEMA_REVISIONS, upgrade_schema
    from or_communities.storage.server import server_engine
    from or_communities.storage.team_roles import add_member

    older = SCHEMA_REVISIONS[-2]
    engine = server_engine(postgres_url)
    with engine.begin() as connection:
        upgrade_schema(connection, older)
        connection.execute(text("INSERT INTO city (name, plan_year) VALUES ('ערד', 2026)"))
        connection.execute(text("INSERT INTO neighborhood (uid, name, description, strengths, needs, notes) "
                                "VALUES ('u1', 'צפון', '', '', '', ''), ('u2', 'דרום', '', '', '', '')"))
        connection.execute(text("INSERT INTO person (full_name, phone, email, notes, version, last_activity) "
                                "VALUES ('נגה ברקוביץ', '', '', '', 1, '2020-01-01')"))
        connection.execute(text("INSERT INTO person_role (person_id, role) SELECT id, 'activist' FROM person"))
        add_member(connection, "avi", TeamRole.VIEWER, [], None)
    engine.dispose()
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("CREATE ROLE zoe LOGIN")
    for login, problem in (("avi", WorkspaceProblem.NEEDS_UPGRADE), ("zoe", WorkspaceProblem.NOT_A_MEMBER)):
        with pytest.raises(WorkspaceFileError) as refused:
            Workspace.connect(postgres_url.replace("postgres@", f"{login}@", 1))
        assert refused.value.problem is problem
    assert run_command("check", [postgres_url.replace("postgres@", "avi@", 1)]) == 1

    before = set(paths.server_backups_dir().glob("*.orcity"))
    workspace = Workspace.connect(postgres_url)
    try:
        assert sorted(n.name for n in workspace.neighborhoods.list()) == ["דרום", "צפון"]
        with workspace.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        assert workspace.people.inactive_counts() == {None: 1}  # the activist it held, watched by the upgrade
    finally:
        workspace.close()
    (backup,) = set(paths.server_backups_dir().glob("*.orcity")) - before
    assert "before upgrade" in backup.name
    copy = tmp_path / "copy.orcity"
    copy.write_bytes(backup.read_bytes())
    opened = Workspace.open(copy)
    try:
        assert sorted(n.name for n in opened.neighborhoods.list()) == ["דרום", "צפון"]
        found = opened.people.find(PeopleQuery(search=searching("ברקו")))  # the file's own index holds them
        assert [person.full_name for person in opened.people.many(found)] == ["נגה ברקוביץ"]
    finally:
        opened.close()


def test_the_window_says_when_the_team_server_is_lost_and_when_it_is_back(make_controller, fake_dialogs, qtbot,
                                                                         postgres_socket):
    """The server stops while the window is open: within seconds the status bar says changes are refused until it is
    back; started again, the status bar says where the workspace is again, and a teammate's change made meanwhile
    is in the window."""
    import shutil
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QLabel

    from or_communities.domain.catalog import Area
    from tests.postgres_server import control, new_database, running_server

    folder = Path(tempfile.mkdtemp(prefix="or-communities-postgresql-window-"))
    try:
        with running_server(folder, port=55438) as socket:
            url = new_database(socket, port=55438)
            Workspace.create_on_server(url, "ערד", 2026).close()
            controller = make_controller(dialogs=fake_dialogs)
            controller.start(url)
            qtbot.waitExposed(controller.window)
            status = controller.window.findChild(QLabel, "workspaceStatus")
            assert controller.workspace.following_changes(10)
            control(folder, "stop", 55438)
            qtbot.waitUntil(lambda: "אינו עונה" in status.text(), timeout=15_000)
            control(folder, "start", 55438)
            teammate = Workspace.connect(url)
            try:
                teammate.neighborhoods.add("צפון")
            finally:
                teammate.close()
            qtbot.waitUntil(lambda: "בשרת הצוות" in status.text(), timeout=15_000)
            shell = controller.window.shell
            shell.show_area(Area.NEIGHBORHOODS)
            model = shell.view(Area.NEIGHBORHOODS).table.model()
            qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
            controller.workspace.close()
            controller.workspace = None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
