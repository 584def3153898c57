"""Partners coalitions, the city's and each neighborhood's: members with their commitments, meetings with who came
and what was decided, the partner's coalition marks as one record with them, and the task offered as done."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from or_communities.domain.coalitions import CoalitionMeeting
from or_communities.domain.errors import UnknownPartner
from or_communities.domain.records import Partner, PartnerKind, TaskStatus
from or_communities.domain.relations import Membership
from or_communities.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def city(tmp_path):
    workspace = Workspace.create(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace.clock = lambda: dt.date(2026, 3, 1)
    yield workspace
    workspace.close()


def _partner(workspace, name, neighborhood_ids=(), marks=()):
    return workspace.partners.add(
        Partner(0, name, PartnerKind.SOCIAL_ORGANIZATION, neighborhood_ids=frozenset(neighborhood_ids), memberships=frozenset(marks))
    )


def test_partners_chosen_into_the_city_coalition_carry_its_mark(city):
    """Two partners chosen into the city's coalition are listed by name, joined today, and each partner reads as a
    member of the city coalition; leaving the coalition clears the mark."""
    education = _partner(city, "אגף החינוך")
    welfare = _partner(city, "אגף הרווחה")
    assert city.coalitions.add_members(None, [welfare, education]) == 2
    assert city.coalitions.add_members(None, [welfare]) == 0

    members = city.coalitions.members(None)
    assert [entry.partner.name for entry in members] == ["אגף החינוך", "אגף הרווחה"]
    assert {entry.member.joined_on for entry in members} == {dt.date(2026, 3, 1)}
    assert Membership.CITY_COALITION in city.partners.get(education).memberships

    city.coalitions.remove_member(None, education)
    assert Membership.CITY_COALITION not in city.partners.get(education).memberships


def test_a_neighborhood_mark_set_on_the_partner_joins_the_coalitions_where_it_works(city):
    """Marking a partner that works in two neighborhoods as a neighborhood-coalition member puts it in both
    coalitions; clearing the mark takes it out of every neighborhood coalition, the city's untouched."""
    old_city = city.neighborhoods.add("העיר העתיקה")
    wolfson = city.neighborhoods.add("וולפסון")
    hood_ids = (old_city.id, wolfson.id)
    partner_id = _partner(city, "מתנ״ס", hood_ids, [Membership.NEIGHBORHOOD_COALITION, Membership.CITY_COALITION])
    assert [e.partner.id for e in city.coalitions.members(old_city.id)] == [partner_id]
    assert [e.partner.id for e in city.coalitions.members(wolfson.id)] == [partner_id]

    partner = city.partners.get(partner_id)
    city.partners.update(dataclasses.replace(partner, memberships=frozenset({Membership.CITY_COALITION})))
    assert city.coalitions.members(old_city.id) == [] and city.coalitions.members(wolfson.id) == []
    assert [e.partner.id for e in city.coalitions.members(None)] == [partner_id]


def test_a_meeting_records_who_came_and_an_unknown_partner_changes_nothing(city):
    """A coalition meeting keeps its attendees, decisions and next step; naming a partner that does not exist is
    refused and leaves the meetings as they were."""
    a, b = _partner(city, "א"), _partner(city, "ב")
    city.coalitions.add_members(None, [a, b])
    meeting = city.coalitions.add_meeting(
        CoalitionMeeting(None, None, dt.date(2026, 2, 10), frozenset({a, b}), "חלוקת אחריות", "סיור בשכונות", dt.date(2026, 3, 15))
    )
    assert city.coalitions.meetings(None) == [meeting]
    assert meeting.attendee_ids == {a, b} and meeting.decisions == "חלוקת אחריות"
    with pytest.raises(UnknownPartner):
        city.coalitions.add_meeting(CoalitionMeeting(None, None, dt.date(2026, 2, 20), frozenset({a, 999})))
    assert city.coalitions.meetings(None) == [meeting]


def test_a_coalition_that_met_offers_its_task_and_marks_it_done_with_its_evidence(city):
    """One member is not yet a coalition; with two members and a meeting the city's task 1.5 is offered, and marking
    it done writes the evidence into the task's notes; a done task is not offered again."""
    a, b = _partner(city, "א"), _partner(city, "ב")
    city.coalitions.add_members(None, [a])
    city.coalitions.add_meeting(CoalitionMeeting(None, None, dt.date(2026, 2, 10), frozenset({a})))
    assert city.coalitions.task_to_offer(None) is None
    city.coalitions.add_members(None, [b])
    assert city.coalitions.task_to_offer(None) == "s1.t5"

    state = city.coalitions.mark_task_done(None, "he")
    assert state.status is TaskStatus.DONE and state.done_date == dt.date(2026, 3, 1)
    assert "קואליציה של 2 שותפים; מפגש אחד, ב־10/02/2026" in state.notes  # one meeting in the singular
    assert city.coalitions.task_to_offer(None) is None


def test_the_evidence_of_several_meetings_names_the_first():
    """Two meetings or more are counted, and the first one's date given, in either language."""
    from or_communities.domain.coalitions import evidence

    words = evidence(6, [dt.date(2026, 3, 5), dt.date(2026, 1, 20)]).text
    assert words.he == "קואליציה של 6 שותפים; 2 מפגשים, הראשון ב־20/01/2026"
    assert words.en == "A coalition of 6 partners; 2 meetings, the first on 20/01/2026"
    assert evidence(6, [dt.date(2026, 1, 20)]).text.en == "A coalition of 6 partners; one meeting, on 20/01/2026"


def test_a_workspace_from_before_coalitions_keeps_its_partners_marks(tmp_path):
    """The demo workspace of schema 0003 marked partners as coalition members: after the upgrade each reads the
    same marks, now as members of the city's coalition or of the coalitions of its neighborhoods."""
    path = tmp_path / "v3.orcity"
    shutil.copyfile(FIXTURES / "workspace_schema_0003.orcity", path)
    connection = sqlite3.connect(path)
    before = dict(connection.execute("SELECT id, memberships FROM partner").fetchall())
    located = {pid for (pid,) in connection.execute("SELECT DISTINCT partner_id FROM partner_neighborhood")}
    connection.close()
    marked = {pid for pid, marks in before.items() if "coalition" in (marks or "")}
    assert marked, "the fixture has coalition members"
    workspace = Workspace.open(path)
    try:
        for partner in workspace.partners.list():
            marks = {Membership(mark) for mark in (before[partner.id] or "").split(",") if mark}
            if partner.id not in located:
                marks.discard(Membership.NEIGHBORHOOD_COALITION)
            assert partner.memberships == marks, partner.name
        city_members = {entry.partner.id for entry in workspace.coalitions.members(None)}
        assert city_members == {pid for pid, marks in before.items() if "city_coalition" in (marks or "")}
    finally:
        workspace.close()
