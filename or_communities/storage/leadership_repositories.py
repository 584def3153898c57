"""Reading and writing calls for applications and resident-leadership meetings; rows never leave this module."""

from __future__ import annotations

import builtins

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.leadership import CallForApplications, LeadershipMeeting
from .base import check_seen_version, delete_row
from .leadership_tables import CallRespondentRow, CallRow, LeadershipMeetingRow, MeetingPersonRow

CALL_FIELDS = ("title", "sought", "offered", "opens", "closes", "how_to_apply", "contact")
MEETING_FIELDS = ("date", "place", "agenda", "decisions", "follow_ups", "coordinator_id")


class LeadershipRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- calls ------------------------------------------------------------------------------------

    def calls(self, neighborhood_id: int | None = None) -> list[CallForApplications]:
        query = select(CallRow).order_by(CallRow.opens.is_(None), CallRow.opens.desc(), CallRow.id.desc())
        if neighborhood_id is not None:
            query = query.where(CallRow.neighborhood_id == neighborhood_id)
        respondents: dict[int, set[int]] = {}
        for call_id, person_id in self._session.execute(select(CallRespondentRow.call_id, CallRespondentRow.person_id)):
            respondents.setdefault(call_id, set()).add(person_id)
        return [_call(row, respondents.get(row.id, set())) for row in self._session.scalars(query)]

    def call(self, call_id: int) -> CallForApplications | None:
        row = self._session.get(CallRow, call_id)
        if row is None:
            return None
        people = self._session.scalars(select(CallRespondentRow.person_id).where(CallRespondentRow.call_id == call_id))
        return _call(row, set(people))

    def add_call(self, call: CallForApplications) -> int:
        row = CallRow(neighborhood_id=call.neighborhood_id)
        _copy(call, row, CALL_FIELDS)
        self._session.add(row)
        self._session.flush()
        self._set_respondents(row.id, call.respondent_ids)
        return row.id

    def update_call(self, call: CallForApplications) -> int | None:
        row = self._session.get(CallRow, call.id)
        if row is None:
            return None
        check_seen_version(row, call.version, call, lambda: self.call(row.id))
        _copy(call, row, CALL_FIELDS)
        self._set_respondents(row.id, call.respondent_ids)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove_call(self, call_id: int) -> bool:
        return delete_row(self._session, CallRow, call_id)

    def _set_respondents(self, call_id: int, person_ids: frozenset[int]) -> None:
        self._session.execute(delete(CallRespondentRow).where(CallRespondentRow.call_id == call_id))
        self._session.add_all(CallRespondentRow(call_id=call_id, person_id=pid) for pid in sorted(person_ids))
        self._session.flush()

    # -- meetings ---------------------------------------------------------------------------------

    def meetings(self, neighborhood_id: int | None = None) -> builtins.list[LeadershipMeeting]:
        query = select(LeadershipMeetingRow).order_by(LeadershipMeetingRow.date.desc(), LeadershipMeetingRow.id.desc())
        if neighborhood_id is not None:
            query = query.where(LeadershipMeetingRow.neighborhood_id == neighborhood_id)
        people: dict[int, list[tuple[int, bool]]] = {}
        for meeting_id, person_id, came in self._session.execute(
            select(MeetingPersonRow.meeting_id, MeetingPersonRow.person_id, MeetingPersonRow.came)
        ):
            people.setdefault(meeting_id, []).append((person_id, came))
        return [_meeting(row, people.get(row.id, [])) for row in self._session.scalars(query)]

    def meeting(self, meeting_id: int) -> LeadershipMeeting | None:
        row = self._session.get(LeadershipMeetingRow, meeting_id)
        if row is None:
            return None
        query = select(MeetingPersonRow.person_id, MeetingPersonRow.came).where(MeetingPersonRow.meeting_id == meeting_id)
        return _meeting(row, [(person_id, came) for person_id, came in self._session.execute(query)])

    def add_meeting(self, meeting: LeadershipMeeting) -> int:
        row = LeadershipMeetingRow(neighborhood_id=meeting.neighborhood_id)
        _copy(meeting, row, MEETING_FIELDS)
        self._session.add(row)
        self._session.flush()
        self._set_people(row.id, meeting)
        return row.id

    def update_meeting(self, meeting: LeadershipMeeting) -> int | None:
        row = self._session.get(LeadershipMeetingRow, meeting.id)
        if row is None:
            return None
        check_seen_version(row, meeting.version, meeting, lambda: self.meeting(row.id))
        _copy(meeting, row, MEETING_FIELDS)
        self._set_people(row.id, meeting)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove_meeting(self, meeting_id: int) -> bool:
        return delete_row(self._session, LeadershipMeetingRow, meeting_id)

    def _set_people(self, meeting_id: int, meeting: LeadershipMeeting) -> None:
        self._session.execute(delete(MeetingPersonRow).where(MeetingPersonRow.meeting_id == meeting_id))
        self._session.add_all(
            MeetingPersonRow(meeting_id=meeting_id, person_id=pid, came=pid in meeting.attendee_ids)
            for pid in sorted(meeting.invitee_ids | meeting.attendee_ids)
        )
        self._session.flush()


def _copy(record: object, row: object, fields: tuple[str, ...]) -> None:
    for name in fields:
        setattr(row, name, getattr(record, name))


def _call(row: CallRow, respondents: set[int]) -> CallForApplications:
    return CallForApplications(
        row.id, row.neighborhood_id, row.title, row.sought, row.offered, row.opens, row.closes, row.how_to_apply,
        row.contact, frozenset(respondents), row.version,
    )


def _meeting(row: LeadershipMeetingRow, people: list[tuple[int, bool]]) -> LeadershipMeeting:
    return LeadershipMeeting(
        row.id, row.neighborhood_id, row.date, row.place, row.agenda,
        frozenset(pid for pid, _came in people), frozenset(pid for pid, came in people if came),
        row.decisions, row.follow_ups, row.coordinator_id, row.version,
    )
