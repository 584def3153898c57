"""A neighborhood's leadership (stage 2): the call for applications that finds its leaders (task 2.1) and the
resident-leadership meetings where a community coordinator is appointed (task 2.2).

The people who answer a call are recorded as candidates and moved on to leaders or coordinators; a call whose
answers gave a leader, and a meeting that was held with residents and appointed a coordinator, show their tasks
done, which the app then offers to mark (the user decides).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from .errors import EndsBeforeStart
from .evidence import TaskEvidence
from .records import PersonRole
from .text import Text
from .validation import clean_long_text, clean_text

CALL_TASK = "s2.t1"
MEETING_TASK = "s2.t2"

MOVED_ON_ROLES = (PersonRole.NEIGHBORHOOD_LEADER, PersonRole.COMMUNITY_COORDINATOR)
"""The roles a candidate may be moved on to."""


@dataclass(frozen=True, slots=True)
class CallForApplications:
    id: int | None
    neighborhood_id: int
    title: str = ""
    sought: str = ""
    """Whom the call looks for, and for what."""
    offered: str = ""
    """What the residents who answer get: training, accompaniment, a budget for initiatives…"""
    opens: dt.date | None = None
    closes: dt.date | None = None
    how_to_apply: str = ""
    contact: str = ""
    respondent_ids: frozenset[int] = frozenset()
    """The people who answered (recorded as candidates, then moved on)."""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class LeadershipMeeting:
    id: int | None
    neighborhood_id: int
    date: dt.date
    place: str = ""
    agenda: str = ""
    invitee_ids: frozenset[int] = frozenset()
    attendee_ids: frozenset[int] = frozenset()
    decisions: str = ""
    follow_ups: str = ""
    """The follow-up tasks: who does what, by when (one a line)."""
    coordinator_id: int | None = None
    """The community coordinator the meeting appointed, if it did."""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


def clean_call(call: CallForApplications) -> CallForApplications:
    if call.opens and call.closes and call.closes < call.opens:
        raise EndsBeforeStart(call.opens, call.closes)
    return dataclasses.replace(
        call,
        title=clean_text(call.title),
        sought=clean_long_text(call.sought),
        offered=clean_long_text(call.offered),
        how_to_apply=clean_long_text(call.how_to_apply),
        contact=clean_text(call.contact),
    )


def clean_meeting(meeting: LeadershipMeeting) -> LeadershipMeeting:
    attendees = meeting.attendee_ids
    return dataclasses.replace(
        meeting,
        place=clean_text(meeting.place),
        agenda=clean_long_text(meeting.agenda),
        decisions=clean_long_text(meeting.decisions),
        follow_ups=clean_long_text(meeting.follow_ups),
        invitee_ids=meeting.invitee_ids | attendees,  # whoever came was invited
    )


def call_evidence(respondents: int, moved_on: int) -> TaskEvidence:
    """A call shows task 2.1 done once one who answered it became a leader or a coordinator."""
    if respondents == 0 or moved_on == 0:
        return TaskEvidence(CALL_TASK, None)
    return TaskEvidence(
        CALL_TASK,
        Text(
            f"קול קורא: {respondents} נענו, {moved_on} מהם מובילים או רכזים",
            f"Call for applications: {respondents} answered, {moved_on} of them leaders or coordinators",
        ),
    )


def meeting_evidence(meetings: list[LeadershipMeeting], today: dt.date, names: dict[int, str]) -> TaskEvidence:
    """Task 2.2 is shown done by a meeting held (on or before today, with residents who came) that appointed a
    community coordinator; ``names`` are the people's names by id."""
    held = [m for m in meetings if m.date <= today and m.attendee_ids and m.coordinator_id in names]
    if not held:
        return TaskEvidence(MEETING_TASK, None)
    meeting = max(held, key=lambda m: m.date)
    assert meeting.coordinator_id is not None
    coordinator_name = names[meeting.coordinator_id]
    day = meeting.date.strftime("%d/%m/%Y")
    count = len(meeting.attendee_ids)
    return TaskEvidence(
        MEETING_TASK,
        Text(
            f"מפגש מנהיגות ב־{day}: {count} תושבים השתתפו, {coordinator_name} מונה/תה לרכז/ת קהילה",
            f"Leadership meeting on {day}: {count} residents came, {coordinator_name} appointed community coordinator",
        ),
    )


def fill_placeholders(template: str, city: str, neighborhood: str) -> str:
    """A template's {city} and {neighborhood} filled in; nothing else in it is read (it stays the user's text)."""
    return template.replace("{city}", city).replace("{neighborhood}", neighborhood)
