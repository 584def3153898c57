"""Reading and writing the coalitions: members and meetings; rows never leave this module."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..domain.coalitions import CoalitionMeeting, CoalitionMember
from .base import check_seen_version
from .tables import CoalitionAttendanceRow, CoalitionMeetingRow, CoalitionMemberRow


def _place(query: Select[Any], column: InstrumentedAttribute[int | None], neighborhood_id: int | None) -> Select[Any]:
    """Only the city's coalition (None) or one neighborhood's."""
    return query.where(column.is_(None) if neighborhood_id is None else column == neighborhood_id)


class CoalitionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- members -------------------------------------------------------------------------------

    def members(self, neighborhood_id: int | None) -> list[CoalitionMember]:
        query = _place(select(CoalitionMemberRow), CoalitionMemberRow.neighborhood_id, neighborhood_id)
        rows = self._session.scalars(query.order_by(CoalitionMemberRow.id))
        return [CoalitionMember(row.partner_id, row.neighborhood_id, row.commitment, row.joined_on, row.version) for row in rows]

    def places_of(self, partner_ids: Iterable[int] | None = None) -> dict[int, set[int | None]]:
        """The coalitions each partner is in: None for the city's, else the neighborhood's id."""
        query = select(CoalitionMemberRow.partner_id, CoalitionMemberRow.neighborhood_id)
        if partner_ids is not None:
            query = query.where(CoalitionMemberRow.partner_id.in_(list(partner_ids)))
        places: dict[int, set[int | None]] = {}
        for partner_id, neighborhood_id in self._session.execute(query):
            places.setdefault(partner_id, set()).add(neighborhood_id)
        return places

    def _member_row(self, neighborhood_id: int | None, partner_id: int) -> CoalitionMemberRow | None:
        query = _place(select(CoalitionMemberRow), CoalitionMemberRow.neighborhood_id, neighborhood_id)
        return self._session.scalar(query.where(CoalitionMemberRow.partner_id == partner_id))

    def add_member(self, member: CoalitionMember) -> bool:
        """Add a member; False when the partner is in that coalition already."""
        if self._member_row(member.neighborhood_id, member.partner_id) is not None:
            return False
        self._session.add(
            CoalitionMemberRow(
                neighborhood_id=member.neighborhood_id,
                partner_id=member.partner_id,
                commitment=member.commitment,
                joined_on=member.joined_on,
            )
        )
        self._session.flush()
        return True

    def update_member(self, member: CoalitionMember) -> int | None:
        row = self._member_row(member.neighborhood_id, member.partner_id)
        if row is None:
            return None
        check_seen_version(row, member.version, member, lambda: CoalitionMember(row.partner_id, row.neighborhood_id, row.commitment, row.joined_on, row.version))
        row.commitment = member.commitment
        row.joined_on = member.joined_on
        self._session.flush()
        return row.version

    def remove_member(self, neighborhood_id: int | None, partner_id: int) -> bool:
        row = self._member_row(neighborhood_id, partner_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True

    # -- meetings ------------------------------------------------------------------------------

    def meetings(self, neighborhood_id: int | None) -> list[CoalitionMeeting]:
        query = _place(select(CoalitionMeetingRow), CoalitionMeetingRow.neighborhood_id, neighborhood_id)
        rows = list(self._session.scalars(query.order_by(CoalitionMeetingRow.date, CoalitionMeetingRow.id)))
        attendance: dict[int, set[int]] = {}
        if rows:
            pairs = self._session.execute(
                select(CoalitionAttendanceRow.meeting_id, CoalitionAttendanceRow.partner_id).where(
                    CoalitionAttendanceRow.meeting_id.in_([row.id for row in rows])
                )
            )
            for meeting_id, partner_id in pairs:
                attendance.setdefault(meeting_id, set()).add(partner_id)
        return [_meeting(row, attendance.get(row.id, set())) for row in rows]

    def get_meeting(self, meeting_id: int) -> CoalitionMeeting | None:
        row = self._session.get(CoalitionMeetingRow, meeting_id)
        if row is None:
            return None
        attendees = self._session.scalars(
            select(CoalitionAttendanceRow.partner_id).where(CoalitionAttendanceRow.meeting_id == meeting_id)
        )
        return _meeting(row, set(attendees))

    def add_meeting(self, meeting: CoalitionMeeting) -> int:
        row = CoalitionMeetingRow(neighborhood_id=meeting.neighborhood_id)
        _apply(row, meeting)
        self._session.add(row)
        self._session.flush()
        self._set_attendees(row.id, meeting.attendee_ids)
        return row.id

    def update_meeting(self, meeting: CoalitionMeeting) -> int | None:
        row = self._session.get(CoalitionMeetingRow, meeting.id)
        if row is None:
            return None
        check_seen_version(row, meeting.version, meeting, lambda: self.get_meeting(row.id))
        _apply(row, meeting)
        self._set_attendees(row.id, meeting.attendee_ids)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove_meeting(self, meeting_id: int) -> bool:
        row = self._session.get(CoalitionMeetingRow, meeting_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True

    def _set_attendees(self, meeting_id: int, partner_ids: frozenset[int]) -> None:
        self._session.execute(delete(CoalitionAttendanceRow).where(CoalitionAttendanceRow.meeting_id == meeting_id))
        self._session.add_all(CoalitionAttendanceRow(meeting_id=meeting_id, partner_id=pid) for pid in sorted(partner_ids))
        self._session.flush()


def _apply(row: CoalitionMeetingRow, meeting: CoalitionMeeting) -> None:
    row.date = meeting.date
    row.decisions = meeting.decisions
    row.next_step = meeting.next_step
    row.next_step_date = meeting.next_step_date


def _meeting(row: CoalitionMeetingRow, attendees: set[int]) -> CoalitionMeeting:
    return CoalitionMeeting(
        row.id, row.neighborhood_id, row.date, frozenset(attendees), row.decisions, row.next_step, row.next_step_date, row.version
    )
