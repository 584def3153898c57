"""What a work plan's activity may hold, how it is fingerprinted and how it is copied into another year."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from .budget_rules import check_amount
from .catalog import TASKS
from .errors import EndsBeforeStart, UnknownTask
from .planning import Activity, ActivityStatus
from .validation import clean_long_text, clean_name, clean_text

STATUS_COLORS: dict[ActivityStatus, str] = {
    ActivityStatus.PLANNED: "DCE8F5",
    ActivityStatus.IN_PROGRESS: "FFE8A3",
    ActivityStatus.DONE: "BFE3C0",
    ActivityStatus.DELAYED: "F6C1BD",
    ActivityStatus.CANCELLED: "DDDDDD",
}
"""Each status's color (RRGGBB), on the timeline and in Excel."""


def clean_activity(activity: Activity) -> Activity:
    if activity.start and activity.end and activity.end < activity.start:
        raise EndsBeforeStart(activity.start, activity.end)
    task_key = (activity.task_key or "").strip() or None
    if task_key is not None and task_key not in TASKS:
        raise UnknownTask(task_key)
    return dataclasses.replace(
        activity,
        name=clean_name(activity.name),
        task_key=task_key,
        owner=clean_text(activity.owner),
        department=clean_text(activity.department),
        planned_budget=check_amount(activity.planned_budget, "planned budget"),
        metric=clean_long_text(activity.metric),
        target=clean_text(activity.target, 200),
        actual=clean_text(activity.actual, 200),
        notes=clean_long_text(activity.notes),
    )


def activity_fingerprint(activity: Activity, goal_title: str) -> str:
    """A short digest of what a user sees of an activity, to tell whether it changed since a file was written."""
    fields = (
        goal_title, activity.name, activity.neighborhood_id, activity.task_key or "", activity.owner,
        sorted(activity.partner_ids), activity.department, activity.start, activity.end,
        round(activity.planned_budget, 2), activity.metric, activity.target, activity.actual,
        activity.status.value, activity.notes,
    )
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()[:16]


def shift_date(day: dt.date | None, years: int) -> dt.date | None:
    """The same day ``years`` later; 29 February becomes the 28th in a common year."""
    if day is None or years == 0:
        return day
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def copied_activity(activity: Activity, goal_id: int, years: int, neighborhood_id: int | None) -> Activity:
    """An activity for a new plan: dates moved, what was achieved and the status started afresh."""
    return dataclasses.replace(
        activity,
        id=None,
        goal_id=goal_id,
        neighborhood_id=neighborhood_id,
        start=shift_date(activity.start, years),
        end=shift_date(activity.end, years),
        actual="",
        status=ActivityStatus.PLANNED,
    )
