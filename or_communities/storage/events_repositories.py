"""Reading and writing the events calendar, initiatives, committees and groups, gathering spaces and channels."""

from __future__ import annotations

import builtins
import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.planning import (
    ActivityStatus,
    Channel,
    ChannelKind,
    Event,
    EventKind,
    GatheringSpace,
    Group,
    GroupKind,
    Initiative,
)
from .base import check_seen_version, matched_rows
from .planning_tables import (
    ChannelRow,
    EventRow,
    GatheringSpaceRow,
    GroupMemberRow,
    GroupRow,
    InitiativeRow,
)
from .tables import NeighborhoodRow, PersonRow


def neighborhood_exists(session: Session, neighborhood_id: int) -> bool:
    return session.get(NeighborhoodRow, neighborhood_id) is not None


def missing_people(session: Session, person_ids: frozenset[int]) -> frozenset[int]:
    """Which of these ids name no person."""
    if not person_ids:
        return frozenset()
    found = session.scalars(select(PersonRow.id).where(PersonRow.id.in_(person_ids)))
    return person_ids - frozenset(found)


# -- events --------------------------------------------------------------------------------------


def _event(row: EventRow) -> Event:
    return Event(
        row.id,
        row.title,
        row.date,
        EventKind(row.kind),
        row.neighborhood_id,
        row.place,
        row.time,
        row.description,
        row.attendance,
        row.committees_formed,
        row.version,
    )


def _apply_event(row: EventRow, event: Event) -> None:
    row.title = event.title
    row.date = event.date
    row.kind = event.kind.value
    row.neighborhood_id = event.neighborhood_id
    row.place = event.place
    row.time = event.time
    row.description = event.description
    row.attendance = event.attendance
    row.committees_formed = event.committees_formed


class EventRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def between(self, first: dt.date | None = None, last: dt.date | None = None) -> list[Event]:
        """Events from ``first`` to ``last`` (both included; None leaves that side open), by date and time."""
        query = select(EventRow).order_by(EventRow.date, EventRow.time, EventRow.title, EventRow.id)
        if first is not None:
            query = query.where(EventRow.date >= first)
        if last is not None:
            query = query.where(EventRow.date <= last)
        return [_event(row) for row in self._session.scalars(query)]

    def of_kind(self, kind: EventKind) -> list[Event]:
        query = select(EventRow).where(EventRow.kind == kind.value).order_by(EventRow.date, EventRow.id)
        return [_event(row) for row in self._session.scalars(query)]

    def get(self, event_id: int) -> Event | None:
        row = self._session.get(EventRow, event_id)
        return _event(row) if row else None

    def add(self, event: Event) -> int:
        row = EventRow()
        _apply_event(row, event)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, event: Event) -> int | None:
        row = self._session.get(EventRow, event.id)
        if row is None:
            return None
        check_seen_version(row, event.version, event, lambda: _event(row))
        _apply_event(row, event)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, event_id: int) -> bool:
        return bool(matched_rows(self._session.execute(delete(EventRow).where(EventRow.id == event_id))))


# -- initiatives -----------------------------------------------------------------------------------


def _initiative(row: InitiativeRow) -> Initiative:
    return Initiative(
        row.id, row.neighborhood_id, row.name, row.description, row.lead, row.start, row.end, ActivityStatus(row.status), row.version
    )


def _apply_initiative(row: InitiativeRow, initiative: Initiative) -> None:
    row.neighborhood_id = initiative.neighborhood_id
    row.name = initiative.name
    row.description = initiative.description
    row.lead = initiative.lead
    row.start = initiative.start
    row.end = initiative.end
    row.status = initiative.status.value


class InitiativeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, neighborhood_id: int | None = None) -> list[Initiative]:
        query = select(InitiativeRow).order_by(InitiativeRow.name, InitiativeRow.id)
        if neighborhood_id is not None:
            query = query.where(InitiativeRow.neighborhood_id == neighborhood_id)
        return [_initiative(row) for row in self._session.scalars(query)]

    def get(self, initiative_id: int) -> Initiative | None:
        row = self._session.get(InitiativeRow, initiative_id)
        return _initiative(row) if row else None

    def add(self, initiative: Initiative) -> int:
        row = InitiativeRow()
        _apply_initiative(row, initiative)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, initiative: Initiative) -> int | None:
        row = self._session.get(InitiativeRow, initiative.id)
        if row is None:
            return None
        check_seen_version(row, initiative.version, initiative, lambda: _initiative(row))
        _apply_initiative(row, initiative)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, initiative_id: int) -> bool:
        return bool(matched_rows(self._session.execute(delete(InitiativeRow).where(InitiativeRow.id == initiative_id))))


# -- committees and activist groups ----------------------------------------------------------------


class GroupRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, neighborhood_id: int | None = None) -> list[Group]:
        query = select(GroupRow).order_by(GroupRow.name, GroupRow.id)
        if neighborhood_id is not None:
            query = query.where(GroupRow.neighborhood_id == neighborhood_id)
        rows = list(self._session.scalars(query))
        members = self._members_of([row.id for row in rows])
        return [self._group(row, members.get(row.id, frozenset())) for row in rows]

    def get(self, group_id: int) -> Group | None:
        row = self._session.get(GroupRow, group_id)
        return self._group(row, self._members_of([group_id]).get(group_id, frozenset())) if row else None

    def add(self, group: Group) -> int:
        row = GroupRow(name=group.name, kind=group.kind.value, neighborhood_id=group.neighborhood_id, purpose=group.purpose)
        self._session.add(row)
        self._session.flush()
        self._set_members(row.id, group.member_ids)
        return row.id

    def update(self, group: Group) -> int | None:
        row = self._session.get(GroupRow, group.id)
        if row is None:
            return None
        check_seen_version(row, group.version, group, lambda: self.get(row.id))
        row.name = group.name
        row.kind = group.kind.value
        row.neighborhood_id = group.neighborhood_id
        row.purpose = group.purpose
        self._set_members(row.id, group.member_ids)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, group_id: int) -> bool:
        return bool(matched_rows(self._session.execute(delete(GroupRow).where(GroupRow.id == group_id))))

    def _set_members(self, group_id: int, person_ids: frozenset[int]) -> None:
        self._session.execute(delete(GroupMemberRow).where(GroupMemberRow.group_id == group_id))
        self._session.add_all(GroupMemberRow(group_id=group_id, person_id=pid) for pid in sorted(person_ids))
        self._session.flush()

    def _members_of(self, group_ids: builtins.list[int]) -> dict[int, frozenset[int]]:
        if not group_ids:
            return {}
        pairs = self._session.execute(
            select(GroupMemberRow.group_id, GroupMemberRow.person_id).where(GroupMemberRow.group_id.in_(group_ids))
        )
        members: dict[int, set[int]] = {}
        for group_id, person_id in pairs:
            members.setdefault(group_id, set()).add(person_id)
        return {group_id: frozenset(ids) for group_id, ids in members.items()}

    @staticmethod
    def _group(row: GroupRow, member_ids: frozenset[int]) -> Group:
        return Group(row.id, row.name, GroupKind(row.kind), row.neighborhood_id, row.purpose, member_ids, row.version)


# -- gathering spaces ------------------------------------------------------------------------------


def _space(row: GatheringSpaceRow) -> GatheringSpace:
    return GatheringSpace(row.neighborhood_id, row.address, row.hours, row.rules, row.version)


class GatheringSpaceRepository:
    """At most one gathering space per neighborhood."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[GatheringSpace]:
        rows = self._session.scalars(select(GatheringSpaceRow).order_by(GatheringSpaceRow.neighborhood_id))
        return [_space(row) for row in rows]

    def get(self, neighborhood_id: int) -> GatheringSpace | None:
        row = self._session.get(GatheringSpaceRow, neighborhood_id)
        return _space(row) if row else None

    def save(self, space: GatheringSpace) -> int:
        row = self._session.get(GatheringSpaceRow, space.neighborhood_id)
        if row is not None:
            found = row
            check_seen_version(found, space.version, space, lambda: _space(found))
        else:
            row = GatheringSpaceRow(neighborhood_id=space.neighborhood_id)
            self._session.add(row)
        row.address = space.address
        row.hours = space.hours
        row.rules = space.rules
        self._session.flush()
        return row.version

    def remove(self, neighborhood_id: int) -> bool:
        result = self._session.execute(delete(GatheringSpaceRow).where(GatheringSpaceRow.neighborhood_id == neighborhood_id))
        return bool(matched_rows(result))


# -- communication channels ------------------------------------------------------------------------


def _channel(row: ChannelRow) -> Channel:
    return Channel(row.id, row.name, ChannelKind(row.kind), row.neighborhood_id, row.run_by, row.members, row.last_used, row.version)


def _apply_channel(row: ChannelRow, channel: Channel) -> None:
    row.name = channel.name
    row.kind = channel.kind.value
    row.neighborhood_id = channel.neighborhood_id
    row.run_by = channel.run_by
    row.members = channel.members
    row.last_used = channel.last_used


class ChannelRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, neighborhood_id: int | None = None) -> list[Channel]:
        query = select(ChannelRow).order_by(ChannelRow.name, ChannelRow.id)
        if neighborhood_id is not None:
            query = query.where(ChannelRow.neighborhood_id == neighborhood_id)
        return [_channel(row) for row in self._session.scalars(query)]

    def get(self, channel_id: int) -> Channel | None:
        row = self._session.get(ChannelRow, channel_id)
        return _channel(row) if row else None

    def add(self, channel: Channel) -> int:
        row = ChannelRow()
        _apply_channel(row, channel)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, channel: Channel) -> int | None:
        row = self._session.get(ChannelRow, channel.id)
        if row is None:
            return None
        check_seen_version(row, channel.version, channel, lambda: _channel(row))
        _apply_channel(row, channel)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, channel_id: int) -> bool:
        return bool(matched_rows(self._session.execute(delete(ChannelRow).where(ChannelRow.id == channel_id))))
