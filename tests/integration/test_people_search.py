"""Finding people in the database without reading them: the search through the trigram index (FTS5 on a file,
pg_trgm on a server), the filters and every order of the people list, kept current as people change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from or_communities.domain.people_rules import ACTIVIST_ROLES
from or_communities.domain.people_search import NO_NEIGHBORHOOD, PeopleOrder, PeopleQuery, searching
from or_communities.domain.records import Person, PersonRole
from or_communities.domain.relations import PersonStatus
from or_communities.services.next_steps import city_attention, count_attention_meanwhile
from or_communities.services.workspace import Workspace
from tests.helpers import CITY_TODAY

TODAY = CITY_TODAY
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ACTIVIST, VOLUNTEER, OFFICIAL = PersonRole.ACTIVIST, PersonRole.VOLUNTEER, PersonRole.MUNICIPAL_OFFICIAL


def _people(workspace: Workspace) -> dict[str, int]:
    north = workspace.neighborhoods.add("צפון").id
    south = workspace.neighborhoods.add("דרום").id
    people = [
        Person(0, "דנה לוי", frozenset({ACTIVIST}), north, phone="050-1234567", skills="צילום",
               last_activity=TODAY - dt.timedelta(days=90)),
        Person(0, "דני כהן", frozenset({VOLUNTEER}), north, email="Dani.Cohen@Example.org",
               last_activity=TODAY - dt.timedelta(days=3)),
        Person(0, "Anna Berg", frozenset({OFFICIAL}), None, phone="052-7654321"),
        Person(0, "משה לוי", frozenset({ACTIVIST, VOLUNTEER}), south, last_activity=TODAY - dt.timedelta(days=10)),
        Person(0, "רות אלון", frozenset({ACTIVIST}), south, last_activity=TODAY - dt.timedelta(days=200)),
    ]
    ids = {person.full_name: workspace.people.add_person(person).id for person in people}
    workspace.people.change_status(ids["רות אלון"], PersonStatus.RESTING, TODAY)
    return {**ids, "north": north, "south": south}


def _names(workspace: Workspace, **criteria) -> list[str]:
    if "search" in criteria:
        criteria["search"] = searching(criteria["search"])
    return [person.full_name for person in workspace.people.many(workspace.people.find(PeopleQuery(**criteria)))]


@pytest.fixture
def city(city_workspace):
    return city_workspace, _people(city_workspace)


def test_a_search_of_three_letters_finds_them_anywhere_in_a_name_phone_email_or_skill(city):
    """Three letters or more match inside a name, a phone, an email (in any case) or a skill."""
    workspace, _ids = city
    assert _names(workspace, search="לוי") == ["דנה לוי", "משה לוי"]
    assert _names(workspace, search="4567") == ["דנה לוי"]
    assert _names(workspace, search="cohen@EXAMPLE") == ["דני כהן"]
    assert _names(workspace, search="ילו") == ["דנה לוי"]
    assert _names(workspace, search="berg") == ["Anna Berg"]
    assert _names(workspace, search="אין כזה") == []


def test_a_shorter_search_finds_the_names_that_begin_with_it(city):
    """One or two letters find the names beginning with them, not every name that holds them."""
    workspace, _ids = city
    assert _names(workspace, search="דנ") == ["דנה לוי", "דני כהן"]
    assert _names(workspace, search="an") == ["Anna Berg"]
    assert _names(workspace, search="ל") == []


def test_the_index_follows_every_change_of_a_person(city):
    """A renamed person is found by the new name only, a removed one no more, a new one at once."""
    workspace, ids = city
    person = workspace.people.get(ids["דנה לוי"])
    workspace.people.update(dataclasses.replace(person, full_name="דנה שמיר", skills="בישול"))
    assert _names(workspace, search="צילום") == []
    assert _names(workspace, search="בישול") == ["דנה שמיר"]
    workspace.people.remove(ids["משה לוי"])
    assert _names(workspace, search="לוי") == []
    workspace.people.add("אורי לוינסון", [VOLUNTEER])
    assert _names(workspace, search="לוי") == ["אורי לוינסון"]


def test_the_filters_are_decided_in_the_database(city):
    """Neighborhood, no neighborhood, role, latest status and the inactive activists, alone and with a search."""
    workspace, ids = city
    assert _names(workspace, neighborhood_id=ids["south"]) == ["משה לוי", "רות אלון"]
    assert _names(workspace, neighborhood_id=NO_NEIGHBORHOOD) == ["Anna Berg"]
    assert _names(workspace, role=VOLUNTEER) == ["דני כהן", "משה לוי"]
    assert _names(workspace, status=PersonStatus.RESTING) == ["רות אלון"]
    assert "רות אלון" not in _names(workspace, status=PersonStatus.ACTIVE)
    assert _names(workspace, inactive_only=True) == ["דנה לוי"]  # the resting one is not chased
    assert _names(workspace, search="לוי", neighborhood_id=ids["north"]) == ["דנה לוי"]


def test_every_column_of_the_list_orders_it_both_ways(city):
    """Each order puts the people as the list's column reads, descending the reverse of its first key."""
    workspace, _ids = city
    names = {order: _names(workspace, order=order) for order in PeopleOrder}
    assert names[PeopleOrder.NAME] == ["Anna Berg", "דנה לוי", "דני כהן", "משה לוי", "רות אלון"]
    assert names[PeopleOrder.NEIGHBORHOOD][0] == "Anna Berg"  # no neighborhood first, then דרום before צפון
    assert names[PeopleOrder.NEIGHBORHOOD][1:3] == ["משה לוי", "רות אלון"]
    assert names[PeopleOrder.LAST_ACTIVITY] == ["Anna Berg", "רות אלון", "דנה לוי", "משה לוי", "דני כהן"]
    assert names[PeopleOrder.STATUS][-1] == "רות אלון"
    assert names[PeopleOrder.RETENTION][0] == "דנה לוי"
    assert names[PeopleOrder.ROLES][:3] == ["דנה לוי", "משה לוי", "רות אלון"]  # activists come first among roles
    assert _names(workspace, order=PeopleOrder.LAST_ACTIVITY, descending=True)[0] == "דני כהן"
    assert _names(workspace, order=PeopleOrder.NAME, descending=True)[0] == "רות אלון"
    assert _names(workspace, order=PeopleOrder.PHONE, descending=True)[:2] == ["Anna Berg", "דנה לוי"]


def test_a_search_keeps_the_order_chosen_and_equal_names_in_the_order_they_came(city):
    """A search through the index comes back in the order chosen (last activity, both ways), and people of one name
    in the order they were added, reversed when descending."""
    workspace, ids = city
    twin = workspace.people.add_person(Person(0, "דנה לוי", frozenset({VOLUNTEER}), None)).id
    assert _names(workspace, search="לוי", order=PeopleOrder.LAST_ACTIVITY) == ["דנה לוי", "דנה לוי", "משה לוי"]
    assert _names(workspace, search="לוי", order=PeopleOrder.LAST_ACTIVITY, descending=True) == [
        "משה לוי", "דנה לוי", "דנה לוי"
    ]
    found = workspace.people.find(PeopleQuery(search=searching("לוי")))
    assert found == [ids["דנה לוי"], twin, ids["משה לוי"]]
    descending = workspace.people.find(PeopleQuery(search=searching("לוי"), descending=True))
    assert descending == [ids["משה לוי"], twin, ids["דנה לוי"]]


def test_an_upgraded_workspace_finds_the_people_it_already_held(tmp_path):
    """A workspace of the schema before the index opens with its people searchable (the index is built)."""
    path = tmp_path / "old.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0015.orcity", path)
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO person (full_name, phone, email, notes, version) VALUES (?, ?, '', '', 1)",
            [("נגה ברק", "050-1112223"), ("עמית ברקוביץ", "")],
        )
    connection.close()
    workspace = Workspace.open(path)
    try:
        assert _names(workspace, search="ברק") == ["נגה ברק", "עמית ברקוביץ"]
        assert _names(workspace, search="2223") == ["נגה ברק"]
    finally:
        workspace.close()


def test_each_database_holds_its_search_index(city):
    """A file holds the FTS5 table and its triggers; a server the pg_trgm index over the same text."""
    from sqlalchemy import text

    workspace, _ids = city
    with workspace.transaction() as session:
        if session.get_bind().dialect.name == "sqlite":
            found = session.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE 'person_search%'")).all()
            assert {"person_search", "person_search_added", "person_search_changed", "person_search_removed"} <= set(found)
        else:
            found = session.scalars(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_person_search'")).all()
            assert len(found) == 1 and "gin_trgm_ops" in found[0]


def test_a_neighborhood_of_forty_thousand_people_is_read_whole(tmp_path):
    """More ids than one SQLite statement takes are read in batches: all 40,000 come back, in the order asked."""
    from or_communities.storage.relations_repositories import PersonRepository

    workspace = Workspace.create(tmp_path / "big.orcity", "ירוחם", 2026, clock=lambda: TODAY)
    try:
        north = workspace.neighborhoods.add("צפון").id
        many = [Person(0, f"תושב {number:05d}", frozenset({VOLUNTEER}), north) for number in range(40_000)]
        with workspace.transaction() as session:
            PersonRepository(session).add_many(many, TODAY)
        people = workspace.people.of_neighborhood(north)
        assert [person.full_name for person in people] == [person.full_name for person in many]
    finally:
        workspace.close()


def test_what_needs_attention_is_counted_beside_the_caller(city):
    """Counted on a worker thread, what needs attention is what the database counts in place (on a file and on a
    server), and the garbage collector runs again once the count is taken."""
    workspace, ids = city
    was_collecting = gc.isenabled()
    seen: list[tuple[str, bool]] = []

    def note(*_arguments) -> None:
        seen.append((threading.current_thread().name, gc.isenabled()))

    event.listen(Engine, "before_cursor_execute", note)
    try:
        counted = count_attention_meanwhile(workspace)()
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert seen and set(seen) == {("attention-count", False)}  # on its thread, the collector waiting
    assert counted == city_attention(workspace)
    assert counted.inactive_activists == {ids["north"]: 1}  # Dana (90 days); Ruth rests, Moshe is active
    assert counted.inactive_in(ids["north"]) == counted.inactive_in_the_city == 1
    assert gc.isenabled() == was_collecting


def test_a_count_that_fails_beside_the_caller_fails_in_the_caller(tmp_path):
    """A count that fails on the worker thread raises where its result is awaited, and the collector runs again."""
    workspace = Workspace.create(tmp_path / "city.orcity", "ירוחם", 2026, clock=lambda: TODAY)
    try:
        with sqlite3.connect(tmp_path / "city.orcity") as damage:
            damage.execute("DROP TABLE partner")
        wait = count_attention_meanwhile(workspace)
        with pytest.raises(OperationalError, match="partner"):
            wait()
        assert gc.isenabled()
    finally:
        workspace.close()


def test_each_role_is_watched_as_the_domain_says(city_workspace):
    """A person long without activity in one role is counted inactive exactly when the domain watches that role:
    the database's triggers hold the same list of roles as domain.people_rules, on a file and on a server."""
    workspace = city_workspace
    place = workspace.neighborhoods.add("מרכז").id
    long_ago = TODAY - dt.timedelta(days=400)
    for role in PersonRole:
        workspace.people.add_person(Person(0, role.value, frozenset({role}), place, last_activity=long_ago))
    assert workspace.people.inactive_counts() == {place: len(ACTIVIST_ROLES)}
    counted = {person.full_name for person in workspace.people.many(workspace.people.find(PeopleQuery(inactive_only=True)))}
    assert counted == {role.value for role in ACTIVIST_ROLES}


def test_the_count_follows_every_change_of_roles_and_statuses(city):
    """The count of inactive activists follows a status (resting, active again), roles changed in the form or in
    the database, two watched roles (counted once) and a person removed, on a file and on a server."""
    from sqlalchemy import text

    workspace, ids = city
    north, dana = ids["north"], ids["דנה לוי"]

    def counted() -> dict[int | None, int]:
        return workspace.people.inactive_counts()

    assert counted() == {north: 1}
    workspace.people.change_status(dana, PersonStatus.RESTING, TODAY)
    assert counted() == {}
    workspace.people.change_status(dana, PersonStatus.ACTIVE, TODAY + dt.timedelta(days=1))
    assert counted() == {north: 1}
    workspace.people.update(dataclasses.replace(workspace.people.get(dana), roles=frozenset({OFFICIAL})))
    assert counted() == {}
    workspace.people.update(dataclasses.replace(workspace.people.get(dana), roles=frozenset({ACTIVIST, VOLUNTEER})))
    assert counted() == {north: 1}
    workspace.people.update(dataclasses.replace(workspace.people.get(dana), roles=frozenset({ACTIVIST})))
    with workspace.transaction() as session:  # a role changed in place, as another writer may
        session.execute(text("UPDATE person_role SET role = 'municipal_official' WHERE person_id = :id"), {"id": dana})
    assert counted() == {}
    with workspace.transaction() as session:
        session.execute(text("UPDATE person_role SET role = 'activist' WHERE person_id = :id"), {"id": dana})
        session.execute(text("DELETE FROM person_status WHERE person_id = :id"), {"id": ids["רות אלון"]})
    assert counted() == {north: 1, ids["south"]: 1}  # Ruth no longer rests: 200 days without activity
    workspace.people.remove(dana)
    assert counted() == {ids["south"]: 1}


def test_an_upgraded_workspace_counts_the_activists_it_held(tmp_path):
    """A workspace of the schema before the watched people opens with its inactive activists counted as before."""
    path = tmp_path / "old.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0016.orcity", path)
    long_ago = (TODAY - dt.timedelta(days=400)).isoformat()
    with sqlite3.connect(path) as connection:
        for name, role, status in (("נגה", "activist", None), ("עמית", "volunteer", "resting"),
                                   ("שירה", "municipal_official", None), ("יואב", "building_coordinator", "active")):
            person = connection.execute(
                "INSERT INTO person (full_name, phone, email, notes, version, last_activity) VALUES (?, '', '', '', 1, ?)",
                (name, long_ago),
            ).lastrowid
            connection.execute("INSERT INTO person_role (person_id, role) VALUES (?, ?)", (person, role))
            if status is not None:
                connection.execute(
                    "INSERT INTO person_status (person_id, status, date, note) VALUES (?, ?, ?, '')", (person, status, long_ago)
                )
    connection.close()
    workspace = Workspace.open(path, clock=lambda: TODAY)
    try:
        assert workspace.people.inactive_counts() == {None: 2}  # נגה and יואב
    finally:
        workspace.close()
