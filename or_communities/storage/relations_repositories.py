"""Reading and writing partners and people, their contact logs, status histories and mentoring sessions."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Label, Select, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from ..domain.coalitions import CoalitionMember
from ..domain.records import Partner, PartnerKind, Person, PersonRole
from ..domain.relations import (
    ContactEntry,
    ContactKind,
    Contribution,
    Membership,
    MentoringSession,
    PersonStatus,
    StatusChange,
)
from .base import check_seen_version, core_table, matched_rows
from .coalition_repositories import CoalitionRepository
from .person_search import inactive_condition, latest_status_value
from .tables import (
    CityRow,
    MentoringSessionRow,
    PartnerContactRow,
    PartnerNeighborhoodRow,
    PartnerRow,
    PersonRoleRow,
    PersonRow,
    PersonStatusRow,
)


def _next_ids(session: Session, table: type[PartnerRow] | type[PersonRow], count: int) -> list[int]:
    """Ids for rows about to be inserted in bulk, given up front: SQLite returns ids row by row, which is slow.

    Inside the transaction that inserts them; a writer slipping in between makes the insert fail, never mix rows.
    """
    first = (session.scalar(select(func.max(table.id))) or 0) + 1
    return list(range(first, first + count))


def _keys(values: Iterable[Contribution | Membership]) -> str:
    return ",".join(sorted(value.value for value in values))


def _contributions(text: str) -> frozenset[Contribution]:
    return frozenset(Contribution(key) for key in text.split(",") if key)


def _memberships(text: str) -> frozenset[Membership]:
    return frozenset(Membership(key) for key in text.split(",") if key)


# -- partners --------------------------------------------------------------------------


COALITION_MARKS = frozenset({Membership.CITY_COALITION, Membership.NEIGHBORHOOD_COALITION})
"""A partner's coalition marks are read from, and written to, the coalitions' members (their one record)."""


def _marks(places: set[int | None]) -> frozenset[Membership]:
    marks = set()
    if None in places:
        marks.add(Membership.CITY_COALITION)
    if any(place is not None for place in places):
        marks.add(Membership.NEIGHBORHOOD_COALITION)
    return frozenset(marks)


def _partner(row: Any, places: set[int | None] | None = None, neighborhood_ids: Iterable[int] | None = None) -> Partner:
    """A partner from its ORM row, or from a plain row of its columns with its ``neighborhood_ids`` read beside."""
    return Partner(
        row.id,
        row.name,
        PartnerKind(row.kind),
        row.contact_person,
        row.phone,
        row.email,
        row.contribution,
        frozenset(link.neighborhood_id for link in row.neighborhoods) if neighborhood_ids is None else frozenset(neighborhood_ids),
        _contributions(row.contributions),
        row.influence,
        row.interest,
        row.support_now,
        row.support_wanted,
        (_memberships(row.memberships) - COALITION_MARKS) | _marks(places or set()),
        row.last_contact,
        row.next_follow_up,
        row.notes,
        row.version,
    )


def _apply_partner(row: PartnerRow, partner: Partner) -> None:
    row.name = partner.name
    row.kind = partner.kind.value
    row.contact_person = partner.contact_person
    row.phone = partner.phone
    row.email = partner.email
    row.contribution = partner.contribution
    row.contributions = _keys(partner.contributions)
    row.influence = partner.influence
    row.interest = partner.interest
    row.support_now = partner.support_now
    row.support_wanted = partner.support_wanted
    row.memberships = _keys(partner.memberships - COALITION_MARKS)
    row.last_contact = partner.last_contact
    row.next_follow_up = partner.next_follow_up
    row.notes = partner.notes
    row.neighborhoods = [PartnerNeighborhoodRow(neighborhood_id=nid) for nid in sorted(partner.neighborhood_ids)]


def _partner_values(partner: Partner) -> dict[str, object]:
    return {
        "name": partner.name,
        "kind": partner.kind.value,
        "contact_person": partner.contact_person,
        "phone": partner.phone,
        "email": partner.email,
        "contribution": partner.contribution,
        "contributions": _keys(partner.contributions),
        "influence": partner.influence,
        "interest": partner.interest,
        "support_now": partner.support_now,
        "support_wanted": partner.support_wanted,
        "memberships": _keys(partner.memberships - COALITION_MARKS),
        "last_contact": partner.last_contact,
        "next_follow_up": partner.next_follow_up,
        "notes": partner.notes,
    }


class PartnerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[Partner]:
        """Everyone, read as plain columns (no ORM objects), so thousands of partners stay quick."""
        places = CoalitionRepository(self._session).places_of()
        where: dict[int, list[int]] = {}
        for partner_id, neighborhood_id in self._session.execute(select(*core_table(PartnerNeighborhoodRow).c)):
            where.setdefault(partner_id, []).append(neighborhood_id)
        rows = self._session.execute(select(*core_table(PartnerRow).c).order_by(PartnerRow.name))
        return [_partner(row, places.get(row.id), where.get(row.id, ())) for row in rows]

    def get(self, partner_id: int) -> Partner | None:
        row = self._session.get(PartnerRow, partner_id)
        return _partner(row, CoalitionRepository(self._session).places_of([partner_id]).get(partner_id)) if row else None

    def add(self, partner: Partner) -> int:
        row = PartnerRow()
        _apply_partner(row, partner)
        self._session.add(row)
        self._session.flush()
        self._follow_marks(row.id, partner)
        return row.id

    def _follow_marks(self, partner_id: int, partner: Partner) -> None:
        """A coalition mark set or cleared on the partner joins or leaves the coalitions: the city's; for the
        neighborhood mark, those of the neighborhoods the partner works in (or, cleared, every neighborhood's)."""
        coalitions = CoalitionRepository(self._session)
        places = coalitions.places_of([partner_id]).get(partner_id, set())
        wants_city = Membership.CITY_COALITION in partner.memberships
        if wants_city != (None in places):
            if wants_city:
                coalitions.add_member(CoalitionMember(partner_id, None))
            else:
                coalitions.remove_member(None, partner_id)
        in_neighborhoods = {place for place in places if place is not None}
        wants_neighborhoods = Membership.NEIGHBORHOOD_COALITION in partner.memberships
        if wants_neighborhoods and not in_neighborhoods:
            for neighborhood_id in sorted(partner.neighborhood_ids):
                coalitions.add_member(CoalitionMember(partner_id, neighborhood_id))
        elif not wants_neighborhoods:
            for neighborhood_id in sorted(in_neighborhoods):
                coalitions.remove_member(neighborhood_id, partner_id)

    def add_many(self, partners: Sequence[Partner]) -> builtins.list[int]:
        """Insert many partners and their neighborhoods in a few statements; their ids, in order."""
        if not partners:
            return []
        ids = _next_ids(self._session, PartnerRow, len(partners))
        self._session.execute(
            insert(core_table(PartnerRow)), [{"id": pid, **_partner_values(partner)} for pid, partner in zip(ids, partners, strict=True)]
        )
        links = [
            {"partner_id": pid, "neighborhood_id": nid}
            for pid, partner in zip(ids, partners, strict=True)
            for nid in sorted(partner.neighborhood_ids)
        ]
        if links:
            self._session.execute(insert(core_table(PartnerNeighborhoodRow)), links)
        for pid, partner in zip(ids, partners, strict=True):
            if partner.memberships & COALITION_MARKS:
                self._follow_marks(pid, partner)
        return ids

    def update(self, partner: Partner) -> int | None:
        row = self._session.get(PartnerRow, partner.id)
        if row is None:
            return None
        check_seen_version(row, partner.version, partner, lambda: self.get(partner.id))
        _apply_partner(row, partner)
        self._session.flush()
        self._follow_marks(partner.id, partner)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, partner_id: int) -> bool:
        row = self._session.get(PartnerRow, partner_id)
        if row is None:
            return False
        self._session.delete(row)
        return True

    def set_scores(self, partner_id: int, influence: int, interest: int) -> bool:
        result = self._session.execute(
            update(PartnerRow)
            .where(PartnerRow.id == partner_id)
            .values(influence=influence, interest=interest, version=PartnerRow.version + 1)
        )
        return bool(matched_rows(result))

    def count_needing_attention(self, today: dt.date, days: int) -> int:
        """Partners not contacted for more than ``days``, or with a follow-up due (as domain.relations.partner_flags)."""
        cutoff = today - dt.timedelta(days=days)
        return int(
            self._session.scalar(
                select(func.count())
                .select_from(PartnerRow)
                .where(
                    or_(
                        PartnerRow.last_contact.is_(None),
                        PartnerRow.last_contact < cutoff,
                        PartnerRow.next_follow_up <= today,
                    )
                )
            )
            or 0
        )

    def contacts(self, partner_id: int) -> builtins.list[ContactEntry]:
        rows = self._session.scalars(
            select(PartnerContactRow)
            .where(PartnerContactRow.partner_id == partner_id)
            .order_by(PartnerContactRow.date.desc(), PartnerContactRow.id.desc())
        )
        return [ContactEntry(r.id, r.partner_id, r.date, ContactKind(r.kind), r.summary) for r in rows]

    def log_contact(self, entry: ContactEntry) -> int:
        """Keep a contact; the partner's last contact moves to its date when that is later."""
        row = PartnerContactRow(partner_id=entry.partner_id, date=entry.date, kind=entry.kind.value, summary=entry.summary)
        self._session.add(row)
        partner = self._session.get(PartnerRow, entry.partner_id)
        if partner is not None and (partner.last_contact is None or partner.last_contact < entry.date):
            partner.last_contact = entry.date
        self._session.flush()
        return row.id


# -- people ----------------------------------------------------------------------------

_PERSON_COLUMNS = (
    PersonRow.id,
    PersonRow.full_name,
    PersonRow.neighborhood_id,
    PersonRow.phone,
    PersonRow.email,
    PersonRow.address,
    PersonRow.skills,
    PersonRow.trainings,
    PersonRow.committees,
    PersonRow.last_activity,
    PersonRow.consent_to_contact,
    PersonRow.consent_date,
    PersonRow.notes,
    PersonRow.strengths,
    PersonRow.challenges,
    PersonRow.added_on,
    PersonRow.version,
)


def _latest_status() -> Label[str]:
    return latest_status_value().label("status")


def _roles_text() -> Label[str]:
    return (
        select(func.aggregate_strings(PersonRoleRow.role, ","))  # group_concat on SQLite, string_agg on PostgreSQL
        .where(PersonRoleRow.person_id == PersonRow.id)
        .scalar_subquery()
        .label("roles")
    )


def _person_from(values: Sequence) -> Person:  # a row of _PERSON_COLUMNS, then status and roles
    (pid, name, nid, phone, email, address, skills, trainings, committees, last_activity, consent, consent_date,
     notes, strengths, challenges, added_on, version, status, roles) = values
    return Person(
        pid,
        name,
        frozenset(PersonRole(role) for role in (roles or "").split(",") if role),
        nid,
        phone,
        email,
        address,
        skills,
        trainings,
        committees,
        last_activity,
        bool(consent),
        consent_date,
        notes,
        PersonStatus(status) if status else PersonStatus.ACTIVE,
        strengths,
        challenges,
        added_on,
        version,
    )


def _person_values(person: Person) -> dict[str, object]:
    return {
        "full_name": person.full_name,
        "neighborhood_id": person.neighborhood_id,
        "phone": person.phone,
        "email": person.email,
        "address": person.address,
        "skills": person.skills,
        "trainings": person.trainings,
        "committees": person.committees,
        "last_activity": person.last_activity,
        "consent_to_contact": person.consent_to_contact,
        "consent_date": person.consent_date,
        "notes": person.notes,
        "strengths": person.strengths,
        "challenges": person.challenges,
        "added_on": person.added_on,
    }


IDS_A_STATEMENT = 10_000
def _insert_in_batches(session: Session, row_class: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert a person's roles or statuses for many people, a thousand rows to a statement.

    Asking for RETURNING is what makes SQLAlchemy send the rows so ("insertmanyvalues"; without it the driver sends
    one statement a row). On a team server the triggers that keep ``person.watched`` then fire once a thousand
    rows, not once a row: an import of 20,000 people 0.3 s quicker there, 0.1 s on a file."""
    if rows:
        table = core_table(row_class)
        session.execute(insert(table).returning(table.c.person_id), list(rows))


class PersonRepository:
    """People are read with plain column queries: a list of 20,000 stays quick."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _select(self) -> Select[*tuple[Any, ...]]:
        return select(*_PERSON_COLUMNS, _latest_status(), _roles_text()).order_by(PersonRow.full_name)

    def list(self) -> list[Person]:
        return [_person_from(values) for values in self._session.execute(self._select())]

    def with_role(self, role: PersonRole) -> builtins.list[Person]:
        query = self._select().where(PersonRow.id.in_(select(PersonRoleRow.person_id).where(PersonRoleRow.role == role.value)))
        return [_person_from(values) for values in self._session.execute(query)]

    def many(self, ids: Sequence[int]) -> builtins.list[Person]:
        """The people of ``ids``, in batches (a statement takes at most 32,766 values on SQLite)."""
        found = []
        for start in range(0, len(ids), IDS_A_STATEMENT):
            query = self._select().where(PersonRow.id.in_(ids[start : start + IDS_A_STATEMENT]))
            found += [_person_from(values) for values in self._session.execute(query)]
        return found

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(PersonRow)) or 0

    def get(self, person_id: int) -> Person | None:
        values = self._session.execute(self._select().where(PersonRow.id == person_id)).first()
        return _person_from(values) if values else None

    def add(
        self,
        full_name: str,
        roles: Iterable[PersonRole],
        neighborhood_id: int | None = None,
        phone: str = "",
        email: str = "",
    ) -> int:
        return self.add_person(Person(0, full_name, frozenset(roles), neighborhood_id, phone, email))

    def add_person(self, person: Person) -> int:
        row = PersonRow()
        self._apply(row, person)
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_many(self, people: Sequence[Person], status_date: dt.date) -> builtins.list[int]:
        """Insert many people with their roles in a few statements (20,000 stay quick); their ids, in order.

        ``status_date`` is the day they come in: a person whose status is not active starts a status history on it,
        and a person not known to have come in earlier is recorded as added on it.
        """
        if not people:
            return []
        ids = _next_ids(self._session, PersonRow, len(people))
        rows = [
            {"id": pid, **_person_values(person), "added_on": person.added_on or status_date}
            for pid, person in zip(ids, people, strict=True)
        ]
        self._session.execute(insert(core_table(PersonRow)), rows)
        pairs = list(zip(ids, people, strict=True))
        roles = [{"person_id": pid, "role": role.value} for pid, person in pairs for role in person.roles]
        _insert_in_batches(self._session, PersonRoleRow, roles)
        statuses = [
            {"person_id": pid, "status": person.status.value, "date": status_date, "note": ""}
            for pid, person in pairs
            if person.status is not PersonStatus.ACTIVE
        ]
        _insert_in_batches(self._session, PersonStatusRow, statuses)
        return ids

    def update(self, person: Person) -> int | None:
        row = self._session.get(PersonRow, person.id)
        if row is None:
            return None
        check_seen_version(row, person.version, person, lambda: self.get(person.id))
        self._apply(row, person)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, person_id: int) -> bool:
        row = self._session.get(PersonRow, person_id)
        if row is None:
            return False
        self._session.delete(row)
        return True

    @staticmethod
    def _apply(row: PersonRow, person: Person) -> None:
        row.full_name = person.full_name
        row.neighborhood_id = person.neighborhood_id
        row.phone = person.phone
        row.email = person.email
        row.address = person.address
        row.skills = person.skills
        row.trainings = person.trainings
        row.committees = person.committees
        row.last_activity = person.last_activity
        row.consent_to_contact = person.consent_to_contact
        row.consent_date = person.consent_date
        row.notes = person.notes
        row.strengths = person.strengths
        row.challenges = person.challenges
        row.added_on = person.added_on
        row.roles = [PersonRoleRow(role=role.value) for role in sorted(person.roles, key=lambda r: r.value)]

    def count_inactive(self, today: dt.date, days: int) -> dict[int | None, int]:
        """Active people in the roles watched for retention with no activity for more than ``days``, counted per
        neighborhood (as domain.relations.is_inactive), from an index, without reading the people themselves."""
        rows = self._session.execute(
            select(PersonRow.neighborhood_id, func.count())
            .where(inactive_condition(today, days))
            .group_by(PersonRow.neighborhood_id)
        )
        return dict(rows.all())

    def status_history(self, person_id: int) -> builtins.list[StatusChange]:
        rows = self._session.scalars(
            select(PersonStatusRow)
            .where(PersonStatusRow.person_id == person_id)
            .order_by(PersonStatusRow.date, PersonStatusRow.id)
        )
        return [StatusChange(r.id, r.person_id, PersonStatus(r.status), r.date, r.note) for r in rows]

    def add_status(self, change: StatusChange) -> int:
        row = PersonStatusRow(person_id=change.person_id, status=change.status.value, date=change.date, note=change.note)
        self._session.add(row)
        self._session.flush()
        return row.id

    def mentoring_sessions(self, person_id: int) -> builtins.list[MentoringSession]:
        rows = self._session.scalars(
            select(MentoringSessionRow)
            .where(MentoringSessionRow.person_id == person_id)
            .order_by(MentoringSessionRow.date.desc(), MentoringSessionRow.id.desc())
        )
        return [MentoringSession(r.id, r.person_id, r.date, r.topics, r.agreed, r.follow_up_by) for r in rows]

    def add_mentoring_session(self, session: MentoringSession) -> int:
        row = MentoringSessionRow(
            person_id=session.person_id,
            date=session.date,
            topics=session.topics,
            agreed=session.agreed,
            follow_up_by=session.follow_up_by,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def remove_mentoring_session(self, session_id: int) -> bool:
        result = self._session.execute(delete(MentoringSessionRow).where(MentoringSessionRow.id == session_id))
        return bool(matched_rows(result))


class RetentionSettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def days(self) -> tuple[int, int]:
        """(partner days, activist days)."""
        row = self._session.execute(
            select(CityRow.partner_retention_days, CityRow.activist_retention_days).order_by(CityRow.id)
        ).one()
        return int(row[0]), int(row[1])

    def set_days(self, partner_days: int, activist_days: int) -> None:
        self._session.execute(
            update(CityRow).values(partner_retention_days=partner_days, activist_retention_days=activist_days)
        )
