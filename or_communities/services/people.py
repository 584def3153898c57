"""Partners and people: the partner map, contact logs, status histories, mentoring and retention."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..domain.errors import RecordNotFound
from ..domain.people_rules import (
    ACTIVIST_ROLES,
    RetentionDays,
    check_score,
    clean_partner,
    clean_person,
)
from ..domain.people_search import NO_NEIGHBORHOOD, PeopleQuery
from ..domain.records import Partner, Person, PersonRole
from ..domain.relations import (
    ContactEntry,
    MentoringSession,
    PartnerFlag,
    PersonStatus,
    StatusChange,
    is_inactive,
    partner_flags,
)
from ..storage.person_search import matching_ids
from ..storage.relations_repositories import (
    PartnerRepository,
    PersonRepository,
    RetentionSettingsRepository,
)

if TYPE_CHECKING:
    from .workspace import Workspace


class PeopleService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self) -> list[Person]:
        with self._workspace.transaction() as session:
            return PersonRepository(session).list()

    def find(self, query: PeopleQuery) -> builtins.list[int]:
        """The ids of the people a search and filters find, in the order asked, without reading the people."""
        with self._workspace.transaction() as session:
            activists = RetentionSettingsRepository(session).days()[1]
            return matching_ids(session, query, self._workspace.clock(), activists)

    def of_neighborhood(self, neighborhood_id: int | None) -> builtins.list[Person]:
        """The people of one neighborhood (None: those with none), by name, read without reading everyone."""
        return self.many(self.find(PeopleQuery(neighborhood_id=NO_NEIGHBORHOOD if neighborhood_id is None else neighborhood_id)))

    def count(self) -> int:
        with self._workspace.transaction() as session:
            return PersonRepository(session).count()

    def many(self, ids: Sequence[int]) -> builtins.list[Person]:
        """The people of ``ids`` in that order (one no longer there is left out)."""
        with self._workspace.transaction() as session:
            found = {person.id: person for person in PersonRepository(session).many(ids)}
        return [found[person_id] for person_id in ids if person_id in found]

    def get(self, person_id: int) -> Person:
        with self._workspace.transaction() as session:
            found = PersonRepository(session).get(person_id)
        if found is None:
            raise RecordNotFound()
        return found

    def coordinators(self) -> builtins.list[Person]:
        with self._workspace.transaction() as session:
            return PersonRepository(session).with_role(PersonRole.COMMUNITY_COORDINATOR)

    def add(
        self,
        full_name: str,
        roles: Iterable[PersonRole],
        neighborhood_id: int | None = None,
        phone: str = "",
        email: str = "",
    ) -> int:
        return self.add_person(Person(0, full_name, frozenset(roles), neighborhood_id, phone, email)).id

    def add_person(self, person: Person) -> Person:
        cleaned = clean_person(person)
        if cleaned.added_on is None:
            cleaned = dataclasses.replace(cleaned, added_on=self._workspace.clock())
        with self._workspace.transaction() as session:
            repository = PersonRepository(session)
            new_id = repository.add_person(cleaned)
            if cleaned.status is not PersonStatus.ACTIVE:
                repository.add_status(StatusChange(None, new_id, cleaned.status, self._workspace.clock()))
            added = repository.get(new_id)
        assert added is not None
        return added

    def update(self, person: Person) -> Person:
        cleaned = clean_person(person)
        with self._workspace.transaction() as session:
            if not PersonRepository(session).update(cleaned):
                raise RecordNotFound()
        return self.get(person.id)

    def remove(self, person_id: int) -> None:
        with self._workspace.transaction() as session:
            if not PersonRepository(session).remove(person_id):
                raise RecordNotFound()

    def status_history(self, person_id: int) -> builtins.list[StatusChange]:
        with self._workspace.transaction() as session:
            return PersonRepository(session).status_history(person_id)

    def change_status(self, person_id: int, status: PersonStatus, date: dt.date | None = None, note: str = "") -> None:
        """Add to the person's status history (earlier entries are kept)."""
        with self._workspace.transaction() as session:
            repository = PersonRepository(session)
            if repository.get(person_id) is None:
                raise RecordNotFound()
            repository.add_status(StatusChange(None, person_id, status, date or self._workspace.clock(), note.strip()))

    def inactive(self, days: int | None = None, among: Iterable[Person] | None = None) -> builtins.list[Person]:
        """Active activists with no activity for longer than the set number of days.

        ``among`` checks people already read (a list on the screen) instead of reading everyone again.
        """
        limit = days if days is not None else self._workspace.people.retention().activists
        today = self._workspace.clock()
        return [
            person
            for person in (self.list() if among is None else among)
            if person.roles & ACTIVIST_ROLES and is_inactive(person.last_activity, person.status, today, limit, person.added_on)
        ]

    def inactive_counts(self) -> dict[int | None, int]:
        """How many activists are inactive in each neighborhood (None: no neighborhood), counted in the database."""
        with self._workspace.transaction() as session:
            activists = RetentionSettingsRepository(session).days()[1]
            return PersonRepository(session).count_inactive(self._workspace.clock(), activists)

    def retention(self) -> RetentionDays:
        with self._workspace.transaction() as session:
            partners, activists = RetentionSettingsRepository(session).days()
        return RetentionDays(partners, activists)

    def set_retention(self, days: RetentionDays) -> None:
        with self._workspace.transaction() as session:
            RetentionSettingsRepository(session).set_days(max(1, days.partners), max(1, days.activists))

    # -- coordinators' mentoring -----------------------------------------------------

    def mentoring_sessions(self, person_id: int) -> builtins.list[MentoringSession]:
        with self._workspace.transaction() as session:
            return PersonRepository(session).mentoring_sessions(person_id)

    def add_mentoring_session(self, mentoring: MentoringSession) -> int:
        with self._workspace.transaction() as session:
            repository = PersonRepository(session)
            if repository.get(mentoring.person_id) is None:
                raise RecordNotFound()
            return repository.add_mentoring_session(
                dataclasses.replace(mentoring, topics=mentoring.topics.strip(), agreed=mentoring.agreed.strip())
            )

    def remove_mentoring_session(self, session_id: int) -> None:
        with self._workspace.transaction() as session:
            if not PersonRepository(session).remove_mentoring_session(session_id):
                raise RecordNotFound()


class PartnerService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self) -> list[Partner]:
        with self._workspace.transaction() as session:
            return PartnerRepository(session).list()

    def get(self, partner_id: int) -> Partner:
        with self._workspace.transaction() as session:
            found = PartnerRepository(session).get(partner_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add(self, partner: Partner) -> int:
        cleaned = clean_partner(partner)
        with self._workspace.transaction() as session:
            return PartnerRepository(session).add(cleaned)

    def update(self, partner: Partner) -> Partner:
        cleaned = clean_partner(partner)
        with self._workspace.transaction() as session:
            if not PartnerRepository(session).update(cleaned):
                raise RecordNotFound()
        return self.get(partner.id)

    def remove(self, partner_id: int) -> None:
        with self._workspace.transaction() as session:
            if not PartnerRepository(session).remove(partner_id):
                raise RecordNotFound()

    def move_on_grid(self, partner_id: int, influence: int, interest: int) -> None:
        """Where the partner sits on the power/interest grid."""
        check_score(influence)
        check_score(interest)
        with self._workspace.transaction() as session:
            if not PartnerRepository(session).set_scores(partner_id, influence, interest):
                raise RecordNotFound()

    def contacts(self, partner_id: int) -> builtins.list[ContactEntry]:
        with self._workspace.transaction() as session:
            return PartnerRepository(session).contacts(partner_id)

    def log_contact(self, entry: ContactEntry) -> int:
        with self._workspace.transaction() as session:
            repository = PartnerRepository(session)
            if repository.get(entry.partner_id) is None:
                raise RecordNotFound()
            return repository.log_contact(dataclasses.replace(entry, summary=entry.summary.strip()))

    def count_needing_attention(self) -> int:
        """How many partners are flagged, counted in the database (for the home view)."""
        with self._workspace.transaction() as session:
            days = RetentionSettingsRepository(session).days()[0]
            return PartnerRepository(session).count_needing_attention(self._workspace.clock(), days)

    def flags(
        self, days: int | None = None, among: Iterable[Partner] | None = None
    ) -> dict[int, frozenset[PartnerFlag]]:
        """Each partner that needs attention: not contacted for too long, or a follow-up due.

        ``among`` judges partners already read (a list on the screen) instead of reading everyone again.
        """
        limit = days if days is not None else self._workspace.people.retention().partners
        today = self._workspace.clock()
        flagged = {}
        for partner in self.list() if among is None else among:
            flags = partner_flags(partner.last_contact, partner.next_follow_up, today, limit)
            if flags:
                flagged[partner.id] = flags
        return flagged
