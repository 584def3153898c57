"""What is next for the city or for one neighborhood: one to three steps, each with its reason taken from the
workspace and the tool of the guide to take it with.

Pure rules over ``PlaceFacts``, a snapshot the services gather; the journey shows the steps and opens their tools.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from . import catalog
from .catalog import Task
from .records import TaskStatus
from .text import Text, count_text

SILENT_CHANNEL_DAYS = 30
"""A channel not used for this long is going quiet (the guide's tips for keeping channels alive)."""
MOST_STEPS = 3

SETTLED = frozenset({TaskStatus.DONE, TaskStatus.NOT_RELEVANT})
"""A task in these states does not hold the next one back."""


class Reason(Enum):
    """Why a step is next, most pressing first."""

    TASK_SHOWN_DONE = "task_shown_done"
    """A tool holds the evidence a task asks for: the task may be marked done."""
    FOLLOW_UPS_DUE = "follow_ups_due"
    CONFERENCE_BEHIND = "conference_behind"
    CANDIDATES_WAITING = "candidates_waiting"
    SILENT_CHANNEL = "silent_channel"
    INACTIVE_ACTIVISTS = "inactive_activists"
    SPACE_WITHOUT_RULES = "space_without_rules"
    TASK_READY = "task_ready"
    TASK_UNDER_WAY = "task_under_way"


@dataclass(frozen=True, slots=True)
class Attention:
    """What needs the manager's attention across the city, counted once for every place that shows it (the
    attention box and the next steps of the city and of each neighborhood)."""

    partners_to_contact: int
    """Partners not contacted for too long or with a follow-up due."""
    inactive_activists: Mapping[int | None, int]
    """Inactive activists by neighborhood (None: those of no neighborhood); a neighborhood with none is left out."""

    @property
    def inactive_in_the_city(self) -> int:
        return sum(self.inactive_activists.values())

    def inactive_in(self, neighborhood_id: int) -> int:
        return self.inactive_activists.get(neighborhood_id, 0)


@dataclass(frozen=True, slots=True)
class ChannelFact:
    name: str
    last_used: dt.date | None


@dataclass(frozen=True, slots=True)
class PlaceFacts:
    """What the rules read about the city (``neighborhood_id`` None) or one neighborhood."""

    today: dt.date
    neighborhood_id: int | None
    statuses: dict[str, TaskStatus] = field(default_factory=dict)
    """Each task's status by its key; a task missing here has not started."""
    partners_needing_attention: int = 0
    """Partners not contacted for too long or with a follow-up due (the city's)."""
    inactive_activists: int = 0
    channels: tuple[ChannelFact, ...] = ()
    space_without_rules: bool = False
    """The place has a gathering space whose rules were never agreed."""
    tasks_shown_done: tuple[tuple[str, str], ...] = ()
    """(task key, tool key) of tasks whose tool holds the evidence they ask for, not yet marked done."""
    conference_soon: dt.date | None = None
    """The day of the place's conference when it is within three weeks and its checklist is behind."""
    checklist_items_late: int = 0
    candidates_without_meeting: int = 0
    """Candidates who answered a call while the neighborhood has held no leadership meeting."""


@dataclass(frozen=True, slots=True)
class NextStep:
    reason: Reason
    text: Text
    """The step and its reason, in words."""
    task_key: str | None = None
    """The task the step serves, when it serves one."""
    tool_key: str | None = None
    """The guide's tool to take it with (a key of ``catalog.TOOLS``)."""


def next_steps(facts: PlaceFacts, most: int = MOST_STEPS) -> list[NextStep]:
    """The place's next steps, most pressing first: reminders that are due, then the journey's next task."""
    steps = [
        *_evidence(facts),
        *_reminders(facts),
        *_ready_tasks(facts),
        *_tasks_under_way(facts),
    ]
    return steps[:most]


def _tasks_of(neighborhood_id: int | None) -> list[Task]:
    return catalog.city_tasks() if neighborhood_id is None else catalog.neighborhood_tasks()


def _status(facts: PlaceFacts, task: Task) -> TaskStatus:
    return facts.statuses.get(task.key, TaskStatus.NOT_STARTED)


def _number(task: Task) -> str:
    return f"{task.stage_number}.{task.number}"


def _first_tool(task: Task) -> str | None:
    return task.tool_keys[0] if task.tool_keys else None


def _ready_tasks(facts: PlaceFacts) -> list[NextStep]:
    """The first task not started whose earlier tasks (in the guide's order, for this place) are all settled."""
    for task in _tasks_of(facts.neighborhood_id):
        status = _status(facts, task)
        if status in SETTLED:
            continue
        if status is not TaskStatus.NOT_STARTED:
            return []  # an earlier task is under way: it comes first
        number = _number(task)
        first = task is _tasks_of(facts.neighborhood_id)[0]
        why = Text("כאן מתחיל המסע", "the journey starts here") if first else Text(
            "המשימות שלפניה הושלמו", "the tasks before it are done"
        )
        return [
            NextStep(
                Reason.TASK_READY,
                Text(f"משימה {number}: {task.name.he} — {why.he}", f"Task {number}: {task.name.en} — {why.en}"),
                task.key,
                _first_tool(task),
            )
        ]
    return []


def _tasks_under_way(facts: PlaceFacts) -> list[NextStep]:
    steps = []
    for task in _tasks_of(facts.neighborhood_id):
        if _status(facts, task) is TaskStatus.IN_PROGRESS:
            number = _number(task)
            steps.append(
                NextStep(
                    Reason.TASK_UNDER_WAY,
                    Text(f"להמשיך במשימה {number}: {task.name.he} — בתהליך", f"Carry on with task {number}: {task.name.en} — in progress"),
                    task.key,
                    _first_tool(task),
                )
            )
    return steps


def _evidence(facts: PlaceFacts) -> list[NextStep]:
    steps = []
    for task_key, tool_key in facts.tasks_shown_done:
        task = catalog.TASKS[task_key]
        number = _number(task)
        steps.append(
            NextStep(
                Reason.TASK_SHOWN_DONE,
                Text(
                    f"משימה {number}: {task.name.he} — יש לה כבר את מה שהיא דורשת; אפשר לסמן אותה כהושלמה",
                    f"Task {number}: {task.name.en} — it has what it asks for; it can be marked done",
                ),
                task_key,
                tool_key,
            )
        )
    return steps


def _reminders(facts: PlaceFacts) -> list[NextStep]:
    steps = []
    if facts.neighborhood_id is None and facts.partners_needing_attention:
        count = facts.partners_needing_attention
        steps.append(
            NextStep(
                Reason.FOLLOW_UPS_DUE,
                _counted(
                    count,
                    Text("שותף אחד ממתין לקשר או למעקב שהגיע מועדו", "One partner waits for a contact or a follow-up that is due"),
                    Text("{0} שותפים ממתינים לקשר או למעקב שהגיע מועדו", "{0} partners wait for a contact or a follow-up that is due"),
                ),
                None,
                "partner_retention",
            )
        )
    if facts.conference_soon is not None and facts.checklist_items_late:
        days = (facts.conference_soon - facts.today).days
        steps.append(
            NextStep(
                Reason.CONFERENCE_BEHIND,
                Text(
                    f"הכנס בעוד {days} ימים ו־{facts.checklist_items_late} פריטים ברשימת ההכנות עברו את מועדם",
                    f"The conference is in {days} days and {facts.checklist_items_late} checklist items are past due",
                ),
                "s2.t6",
                "first_conference",
            )
        )
    if facts.candidates_without_meeting:
        count = facts.candidates_without_meeting
        steps.append(
            NextStep(
                Reason.CANDIDATES_WAITING,
                _counted(
                    count,
                    Text("מועמד/ת אחד/ת נענה/תה לקול הקורא ועדיין לא נערך מפגש מנהיגות", "One candidate answered the call and no leadership meeting was held yet"),
                    Text("{0} מועמדים נענו לקול הקורא ועדיין לא נערך מפגש מנהיגות", "{0} candidates answered the call and no leadership meeting was held yet"),
                ),
                "s2.t2",
                "leadership_meeting",
            )
        )
    steps += [_silent_channel(facts, channel) for channel in facts.channels if _is_silent(facts.today, channel)]
    if facts.inactive_activists:
        count = facts.inactive_activists
        steps.append(
            NextStep(
                Reason.INACTIVE_ACTIVISTS,
                _counted(
                    count,
                    Text("פעיל/ה אחד/ת ללא פעילות זמן רב — כדאי ליצור קשר", "One activist has gone quiet — time to get in touch"),
                    Text("{0} פעילים ללא פעילות זמן רב — כדאי ליצור קשר", "{0} activists have gone quiet — time to get in touch"),
                ),
                None,
                "activist_retention",
            )
        )
    if facts.space_without_rules:
        steps.append(
            NextStep(
                Reason.SPACE_WITHOUT_RULES,
                Text("למרחב ההתכנסות עדיין אין כללים מוסכמים", "The gathering space has no agreed rules yet"),
                "s2.t8",
                "gathering_space_rules",
            )
        )
    return steps


def most_inactive_first(counts: Mapping[int | None, int], names: Mapping[int, str]) -> list[int | None]:
    """The places of ``counts`` (inactive activists by neighborhood, None: of no neighborhood), the most first; equal
    counts by the neighborhood's name, those of no neighborhood before."""
    return sorted(counts, key=lambda place: (-counts[place], names.get(place, "") if place is not None else ""))


def _counted(count: int, one: Text, many: Text) -> Text:
    return one if count == 1 else Text(many.he.format(count_text(count)), many.en.format(count_text(count)))


def _is_silent(today: dt.date, channel: ChannelFact) -> bool:
    return channel.last_used is not None and (today - channel.last_used).days >= SILENT_CHANNEL_DAYS


def _silent_channel(facts: PlaceFacts, channel: ChannelFact) -> NextStep:
    assert channel.last_used is not None
    days = (facts.today - channel.last_used).days
    return NextStep(
        Reason.SILENT_CHANNEL,
        Text(f"הערוץ \u2068{channel.name}\u2069 שקט כבר {days} ימים", f"The channel \u2068{channel.name}\u2069 has been silent for {days} days"),
        "s2.t9" if facts.neighborhood_id is not None else None,
        "communication_tips",
    )

