"""The first neighborhood conference (task 2.6): a checklist counted back from the conference's date, each item with
an owner and a due date; on the day, who came; after it, the committees and activist groups it formed.

The checklist starts from the city's template, one item a line, each line opening with how many days before the
conference it is due ("21 Send the invitations"); a line without a number is due a week before. Moving the
conference moves the items not yet done with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from .evidence import TaskEvidence
from .text import Text
from .validation import clean_name, clean_text

CONFERENCE_TASK = "s2.t6"
DEFAULT_DAYS_BEFORE = 7
LATEST_DAYS_BEFORE = 365
_LEADING_DAYS = re.compile(r"^\s*(\d{1,3})\s*[:.)\-–]?\s+(.+)$")


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: int | None
    conference_id: int
    """The conference (an event of kind conference) the item prepares."""
    name: str
    owner: str = ""
    due: dt.date | None = None
    done: bool = False
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


def checklist_from_template(template: str, conference_date: dt.date) -> list[tuple[str, dt.date]]:
    """The template's items with their due dates, counted back from the conference's date, the earliest first."""
    items = []
    for line in template.splitlines():
        text = line.strip(" \t•-")
        if not text:
            continue
        days = DEFAULT_DAYS_BEFORE
        if found := _LEADING_DAYS.match(text):
            days, text = min(int(found.group(1)), LATEST_DAYS_BEFORE), found.group(2).strip()
        items.append((text, conference_date - dt.timedelta(days=days)))
    return sorted(items, key=lambda item: item[1])


def clean_item(item: ChecklistItem) -> ChecklistItem:
    return dataclasses.replace(item, name=clean_name(item.name), owner=clean_text(item.owner))


def moved_with_conference(items: list[ChecklistItem], old: dt.date, new: dt.date) -> list[ChecklistItem]:
    """The items not done yet, moved by as many days as the conference moved (done ones keep their dates)."""
    shift = new - old
    return [
        dataclasses.replace(item, due=item.due + shift)
        for item in items
        if not item.done and item.due is not None and shift
    ]


def items_behind(items: list[ChecklistItem], today: dt.date) -> list[ChecklistItem]:
    """Items not done whose due date has passed."""
    return [item for item in items if not item.done and item.due is not None and item.due < today]


def conference_evidence(held_on: dt.date | None, today: dt.date, groups_formed: list[str]) -> TaskEvidence:
    """Task 2.6 is shown done by a conference held (on or before today) and a committee or group formed."""
    if held_on is None or held_on > today or not groups_formed:
        return TaskEvidence(CONFERENCE_TASK, None)
    day, names = held_on.strftime("%d/%m/%Y"), ", ".join(groups_formed)
    return TaskEvidence(
        CONFERENCE_TASK,
        Text(f"כנס שכונה ב־{day}; נוצרו: {names}", f"Neighborhood conference on {day}; formed: {names}"),
    )
