"""What an event, an initiative, a group, a gathering space and a channel may hold."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from .errors import EndsBeforeStart, NegativeCount
from .planning import Channel, Event, GatheringSpace, Group, Initiative
from .validation import clean_name, clean_text

TIME_LIMIT = 50


PERSON_NAME_LIMIT = 200


def _clean_block(text: str) -> str:
    """A longer text (a description, the rules of a space): lines kept, ends trimmed."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _check_count(value: int | None, field: str) -> int | None:
    if value is not None and value < 0:
        raise NegativeCount(field)
    return value


def clean_event(event: Event) -> Event:
    return dataclasses.replace(
        event,
        title=clean_name(event.title),
        place=clean_text(event.place),
        time=clean_text(event.time, TIME_LIMIT),
        description=_clean_block(event.description),
        attendance=_check_count(event.attendance, "attendance"),
        committees_formed=_clean_block(event.committees_formed),
    )


def clean_initiative(initiative: Initiative) -> Initiative:
    if initiative.start and initiative.end and initiative.end < initiative.start:
        raise EndsBeforeStart(initiative.start, initiative.end)
    return dataclasses.replace(
        initiative,
        name=clean_name(initiative.name),
        lead=clean_text(initiative.lead, PERSON_NAME_LIMIT),
        description=_clean_block(initiative.description),
    )


def clean_group(group: Group) -> Group:
    return dataclasses.replace(group, name=clean_name(group.name), purpose=_clean_block(group.purpose))


def clean_space(space: GatheringSpace) -> GatheringSpace:
    return dataclasses.replace(
        space, address=clean_text(space.address), hours=_clean_block(space.hours), rules=_clean_block(space.rules)
    )


def clean_channel(channel: Channel) -> Channel:
    return dataclasses.replace(
        channel,
        name=clean_name(channel.name),
        run_by=clean_text(channel.run_by, PERSON_NAME_LIMIT),
        members=_check_count(channel.members, "members"),
    )


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
