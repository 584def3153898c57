"""Success metrics the manager defines (a survey's satisfaction score, volunteer hours): a name, a unit, a target,
for the city or one neighborhood, and the values measured on given dates. The latest value stands against the
target by the same rule as the built-in measures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from .errors import InputError
from .measures import Rating, rating
from .validation import clean_name, clean_text, is_number_between

UNIT_LIMIT = 40
VALUE_LIMIT = 1_000_000_000.0


class InvalidMeasurement(InputError):
    def __init__(self, limit: float) -> None:
        super().__init__(f"a measured value or target is a number between 0 and {limit:,.0f}")
        self.limit = limit


@dataclass(frozen=True, slots=True)
class CustomMetric:
    id: int | None
    name: str
    unit: str = ""
    target: float | None = None
    neighborhood_id: int | None = None
    """None: the city's."""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


@dataclass(frozen=True, slots=True)
class MetricReading:
    id: int | None
    metric_id: int
    date: dt.date
    value: float


@dataclass(frozen=True, slots=True)
class MetricStanding:
    """A metric with its latest reading and how that stands against the target."""

    metric: CustomMetric
    latest: MetricReading | None

    @property
    def rating(self) -> Rating:
        if self.metric.target is None or self.latest is None:
            return Rating.NONE
        return rating(self.latest.value, self.metric.target)


def _checked_number(value: float) -> float:
    if not is_number_between(value, 0, VALUE_LIMIT):
        raise InvalidMeasurement(VALUE_LIMIT)
    return float(value)


def clean_metric(metric: CustomMetric) -> CustomMetric:
    return dataclasses.replace(
        metric,
        name=clean_name(metric.name),
        unit=clean_text(metric.unit, UNIT_LIMIT),
        target=None if metric.target is None else _checked_number(metric.target),
    )


def clean_reading(reading: MetricReading) -> MetricReading:
    return dataclasses.replace(reading, value=_checked_number(reading.value))
