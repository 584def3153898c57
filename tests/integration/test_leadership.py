"""A neighborhood's leadership (stage 2): a call for applications written from the city's templates, the people
who answer it kept as candidates and moved on, resident-leadership meetings that appoint a coordinator, and the
tasks these show done offered (never marked) until the user asks."""

from __future__ import annotations

import datetime as dt

import pytest

from or_communities.domain import document_templates as templates
from or_communities.domain.errors import EndsBeforeStart, UnknownPerson
from or_communities.domain.records import PersonRole, TaskStatus
from or_communities.services.workspace import Workspace


@pytest.fixture
def city(tmp_path):
    workspace = Workspace.create(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace.clock = lambda: dt.date(2026, 3, 1)
    yield workspace
    workspace.close()


def _status(city, hood, key):
    return next(state.status for task, state in city.journey.tasks(hood) if task.key == key)


def test_a_call_is_written_from_the_city_templates_with_its_names_filled_in(city):
    """A new call takes the city's own wording when it has one, with {city} and {neighborhood} filled in, and is
    open for three weeks from today; nothing else in a template is read."""
    hood = city.neighborhoods.add("העיר העתיקה").id
    city.texts.save(templates.CALL_TITLE, "he", "מחפשים מובילים ל{neighborhood} ב{city} {0.__class__}")
    call = city.leadership.new_call(hood, "he")
    assert call.title == "מחפשים מובילים להעיר העתיקה בעכו {0.__class__}"
    assert "עכו" in call.sought and "העיר העתיקה" in call.sought
    assert (call.opens, call.closes) == (dt.date(2026, 3, 1), dt.date(2026, 3, 22))
    assert city.leadership.calls(hood) == [call]


def test_respondents_become_candidates_and_a_leader_shows_task_2_1_done(city):
    """One who answers is a candidate of the call's neighborhood; moved on to leader the candidate role is left
    behind, and only then is task 2.1 offered; marking it writes the evidence into the task's notes."""
    hood = city.neighborhoods.add("העיר העתיקה").id
    call = city.leadership.new_call(hood, "he")
    dana = city.leadership.add_respondent(call.id, "דנה לוי", "050-1234567")
    city.leadership.add_respondent(call.id, "יוסי כהן")
    assert dana.roles == frozenset({PersonRole.CANDIDATE}) and dana.neighborhood_id == hood
    assert [p.full_name for p in city.leadership.respondents(call.id)] == ["דנה לוי", "יוסי כהן"]
    assert city.leadership.tasks_to_offer(hood) == []

    moved = city.leadership.move_on(dana.id, PersonRole.NEIGHBORHOOD_LEADER)
    assert moved.roles == frozenset({PersonRole.NEIGHBORHOOD_LEADER})
    [offer] = city.leadership.tasks_to_offer(hood)
    assert offer.task_key == "s2.t1" and _status(city, hood, "s2.t1") is TaskStatus.NOT_STARTED
    city.leadership.mark_task_done(hood, "s2.t1", "he")
    state = next(state for task, state in city.journey.tasks(hood) if task.key == "s2.t1")
    assert state.status is TaskStatus.DONE and "2 נענו, 1 מהם" in state.notes
    assert city.leadership.tasks_to_offer(hood) == []


def test_a_meeting_that_appoints_a_coordinator_shows_task_2_2_done(city):
    """A new meeting invites the neighborhood's candidates and leaders with the template's agenda; recording who
    came and the coordinator it appointed gives that person the role, makes them the neighborhood's coordinator,
    and offers task 2.2."""
    hood = city.neighborhoods.add("העיר העתיקה").id
    call = city.leadership.new_call(hood, "he")
    dana = city.leadership.add_respondent(call.id, "דנה לוי")
    yossi = city.leadership.add_respondent(call.id, "יוסי כהן")
    meeting = city.leadership.new_meeting(hood, "he")
    assert meeting.invitee_ids == {dana.id, yossi.id} and meeting.agenda.startswith("היכרות")
    saved = city.leadership.update_meeting(
        meeting.__class__(**{**_fields(meeting), "attendee_ids": frozenset({dana.id}), "coordinator_id": dana.id,
                             "decisions": "דנה מרכזת", "follow_ups": "יוסי – סיור בשכונה עד 15/03"})
    )
    assert saved.attendee_ids == {dana.id} and saved.invitee_ids == {dana.id, yossi.id}
    assert PersonRole.COMMUNITY_COORDINATOR in city.people.get(dana.id).roles
    assert city.neighborhoods.get(hood).profile.coordinator_id == dana.id
    assert [offer.task_key for offer in city.leadership.tasks_to_offer(hood)] == ["s2.t1", "s2.t2"]


def test_wrong_input_is_refused_and_changes_nothing(city):
    """A call that closes before it opens, or a meeting naming a person who does not exist, is refused; the
    records stay as they were."""
    hood = city.neighborhoods.add("העיר העתיקה").id
    call = city.leadership.new_call(hood, "he")
    meeting = city.leadership.new_meeting(hood, "he")
    with pytest.raises(EndsBeforeStart):
        city.leadership.update_call(call.__class__(**{**_fields(call), "closes": dt.date(2026, 1, 1)}))
    with pytest.raises(UnknownPerson):
        city.leadership.update_meeting(meeting.__class__(**{**_fields(meeting), "attendee_ids": frozenset({999})}))
    assert city.leadership.calls(hood) == [call] and city.leadership.meetings(hood) == [meeting]


def _fields(record):
    return {name: getattr(record, name) for name in record.__dataclass_fields__}
