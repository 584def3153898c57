"""A city team on one PostgreSQL workspace, its roles carried by the server: a coordinator writes their own
neighborhoods' records and reads the rest, a viewer only reads, the manager writes everything — tried both through
the app and as any other client would, connecting as each member and making the forbidden writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from urllib.parse import urlsplit, urlunsplit

import pytest

from or_communities.cli import run_command
from or_communities.domain.errors import NotPermitted
from or_communities.domain.planning import Event, Expense, Income, IncomeSource
from or_communities.domain.records import NeighborhoodProfile, Person, PersonRole
from or_communities.domain.team import TeamRole
from or_communities.services.workspace import Workspace

TODAY = dt.date(2026, 6, 15)


def _as(url: str, login: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{login}@"))


@pytest.fixture
def team_city(postgres_url):
    """A city of two neighborhoods with a person in each, and a team: a coordinator of the north, a viewer and a
    second manager."""
    owner = Workspace.create_on_server(postgres_url, "ערד", 2026, clock=lambda: TODAY)
    north = owner.neighborhoods.add("צפון").id
    south = owner.neighborhoods.add("דרום").id
    owner.people.add_person(Person(0, "דנה לוי", frozenset({PersonRole.ACTIVIST}), north))
    owner.people.add_person(Person(0, "משה כהן", frozenset({PersonRole.ACTIVIST}), south))
    owner.close()
    for login, role, places in (("dana", "coordinator", ["צפון"]), ("ruth", "viewer", []), ("rina", "manager", [])):
        arguments = [postgres_url, "add-member", login, "--role", role, "--no-password"]
        for place in places:
            arguments += ["--neighborhood", place]
        assert run_command("team", arguments) == 0
    return postgres_url, north, south


def _person_in(workspace: Workspace, neighborhood_id: int) -> Person:
    return next(p for p in workspace.people.list() if p.neighborhood_id == neighborhood_id)


def test_a_coordinator_writes_their_neighborhood_and_is_refused_elsewhere_through_the_app(team_city):
    """Connected as the north's coordinator: the app knows the role; a person, an event and the profile of the north
    are saved; the south's person, an event in the south, a city-wide income and a new neighborhood are refused in
    words, and nothing of them is saved."""
    url, north, south = team_city
    dana = Workspace.connect(_as(url, "dana"), lambda: TODAY)
    try:
        assert dana.access.role is TeamRole.COORDINATOR and dana.access.neighborhood_ids == {north}
        mine = _person_in(dana, north)
        assert dana.people.update(dataclasses.replace(mine, notes="מתנדבת")).notes == "מתנדבת"
        dana.events.add_event(Event(None, "מפגש שכנים", TODAY, neighborhood_id=north))
        dana.neighborhoods.update_profile(north, NeighborhoodProfile(population=5000))

        theirs = _person_in(dana, south)
        with pytest.raises(NotPermitted):
            dana.people.update(dataclasses.replace(theirs, notes="לא שלי"))
        with pytest.raises(NotPermitted):
            dana.events.add_event(Event(None, "כנס", TODAY, neighborhood_id=south))
        with pytest.raises(NotPermitted):
            dana.budget.add_income(Income(None, 2026, IncomeSource.MUNICIPALITY, "תקציב", 1000.0))
        with pytest.raises(NotPermitted):
            dana.neighborhoods.add("מרכז")
    finally:
        dana.close()
    owner = Workspace.connect(url)
    try:
        assert _person_in(owner, south).notes == "" and _person_in(owner, north).notes == "מתנדבת"
        assert [e.title for e in owner.events.events()] == ["מפגש שכנים"]
        assert owner.budget.incomes(2026) == [] and len(owner.neighborhoods.list()) == 2
    finally:
        owner.close()


def test_a_coordinator_connecting_with_any_other_client_cannot_write_another_neighborhood(team_city):
    """As plain SQL from psycopg: updating or deleting the south's person matches nothing, inserting a south event or
    a city income is refused by the server, and the north's person is written."""
    import psycopg

    url, north, south = team_city
    with psycopg.connect(_as(url, "dana"), autocommit=True) as connection:
        assert connection.execute("UPDATE person SET notes = 'x' WHERE neighborhood_id = %s", [south]).rowcount == 0
        assert connection.execute("DELETE FROM person WHERE neighborhood_id = %s", [south]).rowcount == 0
        assert connection.execute("UPDATE neighborhood SET name = 'x' WHERE id = %s", [south]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE person SET neighborhood_id = %s WHERE neighborhood_id = %s", [south, north])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO event (title, date, kind, neighborhood_id, place, time, description, "
                               "committees_formed) VALUES ('x', '2026-06-15', 'community', %s, '', '', '', '')", [south])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO income (year, source, description, amount, status) "
                               "VALUES (2026, 'municipality', 'x', 1, 'expected')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM team_neighborhood")
        assert connection.execute("UPDATE person SET notes = 'שלי' WHERE neighborhood_id = %s", [north]).rowcount == 1
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (2,)
    with psycopg.connect(url) as connection:
        notes = dict(connection.execute("SELECT neighborhood_id, notes FROM person").fetchall())
    assert notes == {north: "שלי", south: ""}


def test_a_viewer_reads_everything_and_writes_nothing(team_city):
    """The viewer's app reads the city and is refused any change in words; as plain SQL every write is refused."""
    import psycopg

    url, north, _south = team_city
    ruth = Workspace.connect(_as(url, "ruth"), lambda: TODAY)
    try:
        assert ruth.access.role is TeamRole.VIEWER and not ruth.access.writes
        assert sorted(n.name for n in ruth.neighborhoods.list()) == ["דרום", "צפון"]
        with pytest.raises(NotPermitted):
            ruth.neighborhoods.update_profile(north, NeighborhoodProfile(population=1))
        with pytest.raises(NotPermitted):
            ruth.people.add("נועה", [PersonRole.ACTIVIST], north)
    finally:
        ruth.close()
    with psycopg.connect(_as(url, "ruth"), autocommit=True) as connection:
        for statement in ("UPDATE person SET notes = 'x'", "DELETE FROM person", "UPDATE city SET name = 'x'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)


def test_a_second_manager_writes_everything(team_city):
    """A manager who is not the database's owner adds a neighborhood, a city income and edits any person."""
    url, _north, south = team_city
    rina = Workspace.connect(_as(url, "rina"), lambda: TODAY)
    try:
        assert rina.access.role is TeamRole.MANAGER
        rina.neighborhoods.add("מרכז")
        rina.budget.add_income(Income(None, 2026, IncomeSource.MUNICIPALITY, "תקציב", 1000.0))
        person = _person_in(rina, south)
        assert rina.people.update(dataclasses.replace(person, notes="ok")).notes == "ok"
    finally:
        rina.close()


def test_the_team_command_lists_members_keeps_a_hash_only_and_refuses_bad_requests(team_city, capsys):
    """`team list` shows each member's role and neighborhoods; a password given on standard input is kept by the
    server as a SCRAM hash; a coordinator without neighborhoods, an unknown neighborhood or a file workspace are
    refused with one line and exit 1, changing nothing."""
    import io
    import sys

    import psycopg

    url, _north, _south = team_city
    capsys.readouterr()
    assert run_command("team", [url, "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed == ["dana\tcoordinator (צפון)", "rina\tmanager", "ruth\tviewer"]

    stdin = sys.stdin
    sys.stdin = io.StringIO("סיסמה-סודית\n")
    try:
        assert run_command("team", [url, "add-member", "noa", "--role", "viewer", "--password-stdin"]) == 0
    finally:
        sys.stdin = stdin
    with psycopg.connect(url) as connection:
        (stored,) = connection.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'noa'").fetchone()
    assert stored.startswith("SCRAM-SHA-256$") and "סיסמה" not in stored

    capsys.readouterr()
    for arguments in (
        [url, "add-member", "yael", "--role", "coordinator", "--no-password"],
        [url, "add-member", "yael", "--role", "coordinator", "--neighborhood", "אין כזו", "--no-password"],
        ["city.orcity", "add-member", "yael", "--role", "viewer", "--no-password"],
    ):
        assert run_command("team", arguments) == 1
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "Traceback" not in error
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT 1 FROM pg_roles WHERE rolname = 'yael'").fetchone() is None


def test_the_window_mirrors_a_coordinators_role(team_city, make_controller, fake_dialogs, qtbot):
    """Opened as the north's coordinator: the status bar says the role and the neighborhood; the north's profile
    and person forms are editable, the south's are read only; adding or removing neighborhoods is not offered."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from or_communities.domain.catalog import Area
    from tests.helpers import click_row

    url, north, _south = team_city
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(_as(url, "dana"))
    qtbot.waitExposed(controller.window)
    window = controller.window
    status = window.findChild(QLabel, "workspaceStatus").text()
    assert "כרכז/ת קהילה" in status and "צפון" in status and "דרום" not in status
    window.shell.show_area(Area.NEIGHBORHOODS)
    view = window.shell.view(Area.NEIGHBORHOODS)
    assert not view.add_button.isEnabled()
    for row in range(view.table.model().rowCount()):
        click_row(qtbot, view.table, row)
        assert view.form_box.isEnabled() == (view.profile_title.text() == "צפון")
        assert not view.remove_button.isEnabled() and not view.rename_button.isEnabled()

    window.shell.show_area(Area.PEOPLE)
    people = window.shell.view(Area.PEOPLE)
    assert people.add_button.isEnabled() and not people.list_files.import_button.isEnabled()
    for row in range(people.filter.rowCount()):
        click_row(qtbot, people.table, row)
        assert people.form_box.isEnabled() == (people.current.neighborhood_id == north)
        assert people.remove_button.isEnabled() == (people.current.neighborhood_id == north)

    window.shell.show_area(Area.MAP)
    map_view = window.shell.view(Area.MAP)
    enabled = {name: map_view.findChild(QPushButton, name).isEnabled()
               for name in ("importBoundariesButton", "drawButton", "importAssetsButton", "importMapButton",
                            "addAssetButton", "editBoundaryButton", "exportMapButton")}
    assert enabled == {"importBoundariesButton": False, "drawButton": False, "importAssetsButton": False,
                       "importMapButton": False, "addAssetButton": True, "editBoundaryButton": True,
                       "exportMapButton": True}
    assert fake_dialogs.errors == []


def test_a_viewers_window_reads_and_says_so_once(team_city, make_controller, fake_dialogs, qtbot):
    """Opened as a viewer: the status bar says nothing can be changed, every form is read only, no add button is
    offered (people, own metrics), and the month's figures are not written by this window."""
    from PySide6.QtWidgets import QLabel

    from or_communities.domain.catalog import Area
    from tests.helpers import click_row

    url, _north, _south = team_city
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(_as(url, "ruth"))
    qtbot.waitExposed(controller.window)
    window = controller.window
    assert "צפייה בלבד" in window.findChild(QLabel, "workspaceStatus").text()
    window.shell.show_area(Area.PEOPLE)
    people = window.shell.view(Area.PEOPLE)
    assert not people.add_button.isEnabled()
    click_row(qtbot, people.table, 0)
    assert not people.form_box.isEnabled() and not people.remove_button.isEnabled()
    window.shell.show_area(Area.DASHBOARD)
    own = window.shell.view(Area.DASHBOARD).own_metrics
    assert not own.new_button.isEnabled() and not own.remove_button.isEnabled()
    assert fake_dialogs.errors == []
    owner = Workspace.connect(url)
    try:
        assert not owner.month_figures_kept()
    finally:
        owner.close()


def test_a_coordinators_budget_and_plans_offer_only_what_the_role_may_change(team_city, make_controller, fake_dialogs,
                                                                              qtbot):
    """In the coordinator's window: the city's income cannot be added or edited in place, an expense of the north
    can and one of the south cannot; the city's work plan offers no new activity or goal, the north's does."""
    from PySide6.QtCore import Qt

    from or_communities.domain.catalog import Area
    from or_communities.domain.planning import ExpenseCategory

    url, north, south = team_city
    owner = Workspace.connect(url, lambda: TODAY)
    try:
        owner.budget.add_income(Income(None, 2026, IncomeSource.MUNICIPALITY, "תקציב", 1000.0))
        for place in (north, south):
            owner.budget.add_expense(Expense(None, 2026, ExpenseCategory.ACTIVITIES, "חוגים", place, None, 100.0, 0.0))
    finally:
        owner.close()
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(_as(url, "dana"))
    qtbot.waitExposed(controller.window)
    shell = controller.window.shell
    shell.show_area(Area.BUDGET)
    budget = shell.view(Area.BUDGET)
    assert not budget.add_income_button.isEnabled() and budget.add_expense_button.isEnabled()
    description = budget.income_model.column_index("description")
    assert not budget.income_model.flags(budget.income_model.index(0, description)) & Qt.ItemFlag.ItemIsEditable
    for row in range(budget.expense_model.rowCount()):
        expense = budget.expense_model.record(row)
        flags = budget.expense_model.flags(budget.expense_model.index(row, budget.expense_model.column_index("description")))
        assert bool(flags & Qt.ItemFlag.ItemIsEditable) == (expense.neighborhood_id == north)

    shell.show_area(Area.WORK_PLANS)
    plans = shell.view(Area.WORK_PLANS)
    plans.show_plan_for(None)
    assert not plans.add_activity_button.isEnabled() and not plans.add_goal_button.isEnabled()
    plans.show_plan_for(north)
    assert plans.add_activity_button.isEnabled() and plans.add_goal_button.isEnabled()
    assert fake_dialogs.errors == []
