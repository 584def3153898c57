"""A neighborhood's leadership (stage 2): its calls for applications and the candidates who answered them, its
resident-leadership meetings, and the tasks (2.1, 2.2) these show done."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain import document_templates as templates
from ..domain.errors import RecordNotFound, UnknownPerson
from ..domain.evidence import TaskEvidence
from ..domain.leadership import (
    CallForApplications,
    LeadershipMeeting,
    call_evidence,
    clean_call,
    clean_meeting,
    fill_placeholders,
    meeting_evidence,
)
from ..domain.records import Person, PersonRole
from ..storage.leadership_repositories import LeadershipRepository
from ..storage.relations_repositories import PersonRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace

CALL_OPEN_DAYS = 21
"""A new call is open for three weeks, unless the manager says otherwise."""


class LeadershipService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- calls for applications -------------------------------------------------------------------

    def calls(self, neighborhood_id: int | None = None) -> list[CallForApplications]:
        with self._workspace.transaction() as session:
            return LeadershipRepository(session).calls(neighborhood_id)

    def call(self, call_id: int) -> CallForApplications:
        with self._workspace.transaction() as session:
            found = LeadershipRepository(session).call(call_id)
        if found is None:
            raise RecordNotFound()
        return found

    def new_call(self, neighborhood_id: int, language: str) -> CallForApplications:
        """A call for the neighborhood, written from the city's templates, open from today for three weeks."""
        today = self._workspace.clock()
        fill = self._template_filler(neighborhood_id, language)
        call = CallForApplications(
            None, neighborhood_id, fill(templates.CALL_TITLE), fill(templates.CALL_SOUGHT),
            fill(templates.CALL_OFFERED), today, today + dt.timedelta(days=CALL_OPEN_DAYS),
            fill(templates.CALL_HOW_TO_APPLY),
        )
        with self._workspace.transaction() as session:
            call_id = LeadershipRepository(session).add_call(clean_call(call))
        return self.call(call_id)

    def update_call(self, call: CallForApplications) -> CallForApplications:
        cleaned = clean_call(call)
        with self._workspace.transaction() as session:
            _check_people(session, cleaned.respondent_ids)
            version = LeadershipRepository(session).update_call(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_call(self, call_id: int) -> None:
        """Remove a call; the people who answered it stay, with their roles."""
        with self._workspace.transaction() as session:
            if not LeadershipRepository(session).remove_call(call_id):
                raise RecordNotFound()

    def respondents(self, call_id: int) -> list[Person]:
        call = self.call(call_id)
        return sorted(self._workspace.people.many(sorted(call.respondent_ids)), key=lambda person: person.full_name)

    def add_respondent(self, call_id: int, full_name: str, phone: str = "", email: str = "") -> Person:
        """Record one who answered the call: a person of the call's neighborhood with the role "candidate"."""
        call = self.call(call_id)
        person = self._workspace.people.add_person(
            Person(0, full_name, frozenset({PersonRole.CANDIDATE}), call.neighborhood_id, phone, email)
        )
        self.update_call(dataclasses.replace(call, respondent_ids=call.respondent_ids | {person.id}))
        return person

    def move_on(self, person_id: int, role: PersonRole) -> Person:
        """A candidate becomes a leader or a coordinator (the role "candidate" is left behind). A coordinator
        becomes the neighborhood's coordinator when it has none yet."""
        person = self._workspace.people.get(person_id)
        roles = (person.roles - {PersonRole.CANDIDATE}) | {role}
        moved = self._workspace.people.update(dataclasses.replace(person, roles=roles))
        if role is PersonRole.COMMUNITY_COORDINATOR and person.neighborhood_id is not None:
            self._make_coordinator_if_none(person.neighborhood_id, person_id)
        return moved

    # -- resident-leadership meetings -------------------------------------------------------------

    def meetings(self, neighborhood_id: int | None = None) -> list[LeadershipMeeting]:
        with self._workspace.transaction() as session:
            return LeadershipRepository(session).meetings(neighborhood_id)

    def meeting(self, meeting_id: int) -> LeadershipMeeting:
        with self._workspace.transaction() as session:
            found = LeadershipRepository(session).meeting(meeting_id)
        if found is None:
            raise RecordNotFound()
        return found

    def new_meeting(self, neighborhood_id: int, language: str) -> LeadershipMeeting:
        """A meeting today with the agenda of the city's template; the neighborhood's leaders and candidates
        are invited."""
        fill = self._template_filler(neighborhood_id, language)
        invited = {
            person.id for person in self._workspace.people.of_neighborhood(neighborhood_id)
            if person.roles & {PersonRole.CANDIDATE, PersonRole.NEIGHBORHOOD_LEADER, PersonRole.COMMUNITY_COORDINATOR}
        }
        meeting = LeadershipMeeting(
            None, neighborhood_id, self._workspace.clock(), agenda=fill(templates.MEETING_AGENDA),
            invitee_ids=frozenset(invited),
        )
        with self._workspace.transaction() as session:
            meeting_id = LeadershipRepository(session).add_meeting(clean_meeting(meeting))
        return self.meeting(meeting_id)

    def update_meeting(self, meeting: LeadershipMeeting) -> LeadershipMeeting:
        """Store a meeting; a coordinator chosen at it is given the role and becomes the neighborhood's coordinator."""
        cleaned = clean_meeting(meeting)
        with self._workspace.transaction() as session:
            people = cleaned.invitee_ids | ({cleaned.coordinator_id} if cleaned.coordinator_id is not None else set())
            _check_people(session, frozenset(people))
            if not LeadershipRepository(session).update_meeting(cleaned):
                raise RecordNotFound()
        if cleaned.coordinator_id is not None:
            self._appoint(cleaned.neighborhood_id, cleaned.coordinator_id)
        return self.meeting(cleaned.id) if cleaned.id is not None else cleaned

    def remove_meeting(self, meeting_id: int) -> None:
        with self._workspace.transaction() as session:
            if not LeadershipRepository(session).remove_meeting(meeting_id):
                raise RecordNotFound()

    # -- tasks shown done -------------------------------------------------------------------------

    def evidence(self, neighborhood_id: int) -> list[TaskEvidence]:
        """What the neighborhood's calls and meetings show of tasks 2.1 and 2.2."""
        calls, meetings = self.calls(neighborhood_id), self.meetings(neighborhood_id)
        named = {pid for call in calls for pid in call.respondent_ids} | {m.coordinator_id for m in meetings if m.coordinator_id}
        people = {person.id: person for person in self._workspace.people.many(sorted(named))}  # not everyone's
        answered = {pid for call in calls for pid in call.respondent_ids if pid in people}
        moved_on = [pid for pid in answered if people[pid].roles & {PersonRole.NEIGHBORHOOD_LEADER, PersonRole.COMMUNITY_COORDINATOR}]
        names = {pid: person.full_name for pid, person in people.items()}
        return [
            call_evidence(len(answered), len(moved_on)),
            meeting_evidence(meetings, self._workspace.clock(), names),
        ]

    def tasks_to_offer(self, neighborhood_id: int) -> list[TaskEvidence]:
        """The tasks the records show done while the journey does not say so yet."""
        journey = self._workspace.journey
        return [
            found for found in self.evidence(neighborhood_id)
            if found.text is not None and journey.is_open(neighborhood_id, found.task_key)
        ]

    def mark_task_done(self, neighborhood_id: int, task_key: str, language: str) -> None:
        """Mark a task the records show done (the user asked for it), its evidence in the task's notes."""
        found = next((e for e in self.evidence(neighborhood_id) if e.task_key == task_key and e.text), None)
        if found is None or found.text is None:
            raise RecordNotFound()
        self._workspace.journey.mark_done_with_evidence(neighborhood_id, task_key, found.text.get(language))

    # -- helpers ----------------------------------------------------------------------------------

    def _template_filler(self, neighborhood_id: int, language: str) -> Callable[[str], str]:
        """The city's template under a key, with the city's and the neighborhood's names filled in."""
        neighborhood = self._workspace.neighborhoods.get(neighborhood_id)
        city = self._workspace.city.get().name
        texts = self._workspace.texts
        return lambda key: fill_placeholders(texts.text(key, language), city, neighborhood.name)

    def _appoint(self, neighborhood_id: int, person_id: int) -> None:
        person = self._workspace.people.get(person_id)
        if PersonRole.COMMUNITY_COORDINATOR not in person.roles:
            roles = (person.roles - {PersonRole.CANDIDATE}) | {PersonRole.COMMUNITY_COORDINATOR}
            self._workspace.people.update(dataclasses.replace(person, roles=roles))
        neighborhoods = self._workspace.neighborhoods
        neighborhood = neighborhoods.get(neighborhood_id)
        if neighborhood.profile.coordinator_id != person_id:
            neighborhoods.update_profile(neighborhood_id, dataclasses.replace(neighborhood.profile, coordinator_id=person_id))

    def _make_coordinator_if_none(self, neighborhood_id: int, person_id: int) -> None:
        neighborhood = self._workspace.neighborhoods.get(neighborhood_id)
        if neighborhood.profile.coordinator_id is None:
            self._workspace.neighborhoods.update_profile(
                neighborhood_id, dataclasses.replace(neighborhood.profile, coordinator_id=person_id)
            )


def _check_people(session: Session, person_ids: frozenset[int]) -> None:
    known = {person.id for person in PersonRepository(session).list()}
    if person_ids - known:
        raise UnknownPerson(person_ids - known)
