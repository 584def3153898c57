"""Success metrics (מדדי הצלחה): what each is, how it is computed from a neighborhood's counts, and how a value
stands against its target. One definition, so the dashboard, its history and the report show the same figure.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum

from . import catalog
from .text import Text

STAGE_TWO_TASK_COUNT = len(catalog.stage_two_tasks())
RECENT_EVENT_DAYS = 90
NEAR_TARGET_SHARE = 0.7
"""A value at 70% of its target or more is near it (amber); below, it is behind (red)."""


class Measure(Enum):
    STAGE_TWO_DONE = "stage_two_done"
    ACTIVE_LEADERS = "active_leaders"
    ACTIVE_ACTIVISTS = "active_activists"
    RECENT_EVENTS = "recent_events"
    PARTNERS_ENGAGED = "partners_engaged"
    BUDGET_USED = "budget_used"
    ACTIVITIES_ON_TIME = "activities_on_time"
    ACTIVE_GROUPS = "active_groups"

    @property
    def label(self) -> Text:
        return MEASURE_LABELS[self]

    @property
    def is_share(self) -> bool:
        """A percentage (of the budget planned, of the activities due) rather than a count."""
        return self in (Measure.BUDGET_USED, Measure.ACTIVITIES_ON_TIME)


MEASURE_LABELS: dict[Measure, Text] = {
    # Closed: done, or marked not relevant to the neighborhood. The journey counts the done among the relevant ones
    # ("22 of 89 done"); here a neighborhood with all nine closed is ready for stage 3, as in the stage-2 matrix.
    Measure.STAGE_TWO_DONE: Text("משימות שלב 2 שנסגרו", "Stage 2 tasks closed"),
    Measure.ACTIVE_LEADERS: Text("מובילים ורכזים", "Leaders and coordinators"),
    Measure.ACTIVE_ACTIVISTS: Text("פעילים פעילים", "Active activists"),
    Measure.RECENT_EVENTS: Text("אירועים ב-90 יום", "Events, last 90 days"),
    Measure.PARTNERS_ENGAGED: Text("שותפים בקשר", "Partners in touch"),
    Measure.BUDGET_USED: Text("ניצול התקציב", "Budget used"),
    Measure.ACTIVITIES_ON_TIME: Text("פעולות בזמן", "Activities on time"),
    Measure.ACTIVE_GROUPS: Text("ועדות וקבוצות", "Committees and groups"),
}

NEIGHBORHOOD_TARGETS: dict[Measure, float] = {
    Measure.STAGE_TWO_DONE: STAGE_TWO_TASK_COUNT,
    Measure.ACTIVE_LEADERS: 3,
    Measure.ACTIVE_ACTIVISTS: 10,
    Measure.RECENT_EVENTS: 2,
    Measure.PARTNERS_ENGAGED: 5,
    Measure.BUDGET_USED: 80,
    Measure.ACTIVITIES_ON_TIME: 80,
    Measure.ACTIVE_GROUPS: 2,
}
"""What a neighborhood in its stride reaches, by the guide: a leadership of a few, ten activists who stay, an event a
month and a half, partners kept in touch, most of the budget and most activities on time, a committee or two. The
city's targets are these times the number of neighborhoods (shares stay shares)."""


class Rating(Enum):
    MET = "met"
    NEAR = "near"
    BEHIND = "behind"
    NONE = "none"
    """Nothing to judge: no budget planned, no activity due yet."""


@dataclass(frozen=True, slots=True)
class MeasureCounts:
    """What the measures are computed from, for one neighborhood or the whole city."""

    stage_two_closed: int = 0
    """Stage-2 tasks done or not relevant, as the journey counts them."""
    leaders: int = 0
    activists: int = 0
    inactive_activists: int = 0
    recent_events: int = 0
    partners_engaged: int = 0
    budget_planned: float = 0.0
    budget_actual: float = 0.0
    activities_due: int = 0
    activities_done_when_due: int = 0
    groups: int = 0

    def __add__(self, other: MeasureCounts) -> MeasureCounts:
        return dataclasses.replace(
            self, **{name: getattr(self, name) + getattr(other, name) for name in MeasureCounts.__slots__}
        )


def measure_values(counts: MeasureCounts) -> dict[Measure, float | None]:
    """Each measure's value; None where there is nothing to measure yet (no budget planned, no activity due)."""
    return {
        Measure.STAGE_TWO_DONE: counts.stage_two_closed,
        Measure.ACTIVE_LEADERS: counts.leaders,
        Measure.ACTIVE_ACTIVISTS: max(0, counts.activists - counts.inactive_activists),
        Measure.RECENT_EVENTS: counts.recent_events,
        Measure.PARTNERS_ENGAGED: counts.partners_engaged,
        Measure.BUDGET_USED: _percent(counts.budget_actual, counts.budget_planned),
        Measure.ACTIVITIES_ON_TIME: _percent(counts.activities_done_when_due, counts.activities_due),
        Measure.ACTIVE_GROUPS: counts.groups,
    }


def _percent(part: float, whole: float) -> float | None:
    return None if whole <= 0 else round(100 * part / whole, 1)


def city_target(measure: Measure, neighborhoods: int) -> float:
    target = NEIGHBORHOOD_TARGETS[measure]
    return target if measure.is_share else target * max(1, neighborhoods)


def rating(value: float | None, target: float) -> Rating:
    if value is None or target <= 0:
        return Rating.NONE
    if value >= target:
        return Rating.MET
    return Rating.NEAR if value >= NEAR_TARGET_SHARE * target else Rating.BEHIND


def measure_text(measure: Measure, value: float | None) -> str:
    """A measure's value as shown: a count, or a share with its percent sign; a dash where there is none."""
    if value is None:
        return "—"
    if measure.is_share:
        return f"{value:.0f}%"
    return f"{value:,.0f}"
