"""Partners coalitions: the city's (stage 1) and each neighborhood's (stage 2), their members with what each
committed, and the coalition's meetings with their decisions and next step.

A coalition with at least two members that has met is the evidence its task asks for; the app then offers to mark
the task done, and the user decides.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from .text import Text
from .validation import clean_long_text, clean_text

COMMITMENT_LIMIT = 300
EVIDENCE_MEMBERS = 2
"""A coalition is more than one partner."""

CITY_COALITION_TASK = "s1.t5"
NEIGHBORHOOD_COALITION_TASK = "s2.t7"


def coalition_task(neighborhood_id: int | None) -> str:
    """The journey's task a coalition of the city (None) or of a neighborhood serves."""
    return CITY_COALITION_TASK if neighborhood_id is None else NEIGHBORHOOD_COALITION_TASK


@dataclass(frozen=True, slots=True)
class CoalitionMember:
    partner_id: int
    neighborhood_id: int | None
    """None: the city's coalition."""
    commitment: str = ""
    """What the partner committed to the coalition, in words."""
    joined_on: dt.date | None = None
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class CoalitionMeeting:
    id: int | None
    neighborhood_id: int | None
    date: dt.date
    attendee_ids: frozenset[int] = frozenset()
    """The partners who came."""
    decisions: str = ""
    next_step: str = ""
    next_step_date: dt.date | None = None
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class CoalitionEvidence:
    """What a coalition shows of its task: how many members, how many meetings, the first one's date."""

    members: int
    meetings: int
    first_meeting: dt.date | None

    @property
    def enough(self) -> bool:
        """Members enough to be a coalition, and a meeting held: what the task asks for."""
        return self.members >= EVIDENCE_MEMBERS and self.meetings >= 1

    @property
    def text(self) -> Text:
        """The evidence in words, for the task's notes."""
        first = self.first_meeting.strftime("%d/%m/%Y") if self.first_meeting else ""
        if self.meetings == 1:
            return Text(
                f"קואליציה של {self.members} שותפים; מפגש אחד, ב־{first}",
                f"A coalition of {self.members} partners; one meeting, on {first}",
            )
        return Text(
            f"קואליציה של {self.members} שותפים; {self.meetings} מפגשים, הראשון ב־{first}",
            f"A coalition of {self.members} partners; {self.meetings} meetings, the first on {first}",
        )


def clean_member(member: CoalitionMember) -> CoalitionMember:
    return dataclasses.replace(member, commitment=clean_text(member.commitment, COMMITMENT_LIMIT))


def clean_meeting(meeting: CoalitionMeeting) -> CoalitionMeeting:
    return dataclasses.replace(
        meeting,
        decisions=clean_long_text(meeting.decisions),
        next_step=clean_text(meeting.next_step, COMMITMENT_LIMIT),
    )


def evidence(members: int, meeting_dates: list[dt.date]) -> CoalitionEvidence:
    return CoalitionEvidence(members, len(meeting_dates), min(meeting_dates) if meeting_dates else None)
