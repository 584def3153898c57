"""Partners coalitions, the city's and each neighborhood's: choosing partners in with what each commits, logging
the coalition's meetings, and offering the journey's task as done when the coalition shows it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..domain.coalitions import (
    CoalitionEvidence,
    CoalitionMeeting,
    CoalitionMember,
    clean_meeting,
    clean_member,
    coalition_task,
    evidence,
)
from ..domain.errors import RecordNotFound, UnknownPartner
from ..domain.records import Partner, TaskState
from ..storage.coalition_repositories import CoalitionRepository
from ..storage.relations_repositories import PartnerRepository
from ..storage.repositories import NeighborhoodRepository

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class CoalitionEntry:
    """A member with the partner it is."""

    member: CoalitionMember
    partner: Partner


class CoalitionService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def members(self, neighborhood_id: int | None) -> list[CoalitionEntry]:
        """The coalition of the city (None) or a neighborhood, each member with its partner, by name."""
        with self._workspace.transaction() as session:
            partners = {partner.id: partner for partner in PartnerRepository(session).list()}
            members = CoalitionRepository(session).members(neighborhood_id)
        entries = [CoalitionEntry(member, partners[member.partner_id]) for member in members if member.partner_id in partners]
        return sorted(entries, key=lambda entry: entry.partner.name)

    def add_members(self, neighborhood_id: int | None, partner_ids: Iterable[int]) -> int:
        """Choose partners into the coalition, joined today; how many were not in it yet."""
        wanted = set(partner_ids)
        today = self._workspace.clock()
        with self._workspace.transaction() as session:
            self._check_place(session, neighborhood_id)
            known = {partner.id for partner in PartnerRepository(session).list()}
            if wanted - known:
                raise UnknownPartner(wanted - known)
            coalitions = CoalitionRepository(session)
            return sum(
                coalitions.add_member(CoalitionMember(partner_id, neighborhood_id, joined_on=today))
                for partner_id in sorted(wanted)
            )

    def update_member(self, member: CoalitionMember) -> CoalitionMember:
        cleaned = clean_member(member)
        with self._workspace.transaction() as session:
            version = CoalitionRepository(session).update_member(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_member(self, neighborhood_id: int | None, partner_id: int) -> None:
        with self._workspace.transaction() as session:
            if not CoalitionRepository(session).remove_member(neighborhood_id, partner_id):
                raise RecordNotFound()

    def meetings(self, neighborhood_id: int | None) -> list[CoalitionMeeting]:
        with self._workspace.transaction() as session:
            return CoalitionRepository(session).meetings(neighborhood_id)

    def add_meeting(self, meeting: CoalitionMeeting) -> CoalitionMeeting:
        cleaned = clean_meeting(meeting)
        with self._workspace.transaction() as session:
            self._check_place(session, cleaned.neighborhood_id)
            self._check_attendees(session, cleaned)
            repository = CoalitionRepository(session)
            added = repository.get_meeting(repository.add_meeting(cleaned))
        assert added is not None
        return added

    def update_meeting(self, meeting: CoalitionMeeting) -> CoalitionMeeting:
        cleaned = clean_meeting(meeting)
        with self._workspace.transaction() as session:
            self._check_attendees(session, cleaned)
            version = CoalitionRepository(session).update_meeting(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_meeting(self, meeting_id: int) -> None:
        with self._workspace.transaction() as session:
            if not CoalitionRepository(session).remove_meeting(meeting_id):
                raise RecordNotFound()

    # -- the task the coalition serves --------------------------------------------------------------

    def evidence(self, neighborhood_id: int | None) -> CoalitionEvidence:
        with self._workspace.transaction() as session:
            coalitions = CoalitionRepository(session)
            return evidence(len(coalitions.members(neighborhood_id)), [m.date for m in coalitions.meetings(neighborhood_id)])

    def task_to_offer(self, neighborhood_id: int | None) -> str | None:
        """The coalition's task when the coalition shows it done and the journey does not say so yet."""
        key = coalition_task(neighborhood_id)
        if not self.evidence(neighborhood_id).enough:
            return None
        return key if self._workspace.journey.is_open(neighborhood_id, key) else None

    def mark_task_done(self, neighborhood_id: int | None, language: str) -> TaskState:
        """Mark the coalition's task done, its evidence added to the task's notes (the user asked for it)."""
        shown = self.evidence(neighborhood_id).text.get(language)
        return self._workspace.journey.mark_done_with_evidence(neighborhood_id, coalition_task(neighborhood_id), shown)

    @staticmethod
    def _check_place(session: Session, neighborhood_id: int | None) -> None:
        if neighborhood_id is not None and NeighborhoodRepository(session).get(neighborhood_id) is None:
            raise RecordNotFound()

    @staticmethod
    def _check_attendees(session: Session, meeting: CoalitionMeeting) -> None:
        known = {partner.id for partner in PartnerRepository(session).list()}
        if meeting.attendee_ids - known:
            raise UnknownPartner(meeting.attendee_ids - known)
