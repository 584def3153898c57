"""The months an activity's bar covers on a year's timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from or_communities.domain.planning import Activity


def _activity(start: dt.date | None, end: dt.date | None) -> Activity:
    return Activity(None, 1, "מפגש שכונתי", start=start, end=end)


@pytest.mark.parametrize(
    ("start", "end", "year", "months"),
    [
        (dt.date(2027, 3, 10), dt.date(2027, 5, 2), 2027, {3, 4, 5}),
        (dt.date(2027, 3, 10), None, 2027, {3}),
        (dt.date(2026, 11, 1), dt.date(2027, 2, 1), 2027, {1, 2}),
        (dt.date(2026, 11, 1), dt.date(2027, 2, 1), 2026, {11, 12}),
        (dt.date(2025, 6, 1), dt.date(2028, 1, 1), 2027, set(range(1, 13))),
        (dt.date(2028, 1, 1), dt.date(2028, 3, 1), 2027, set()),
        (None, None, 2027, set()),
    ],
)
def test_an_activity_covers_the_months_of_the_year_it_runs_in(start, end, year, months):
    """Its months within the year, from its start (or January) to its end (or December); none without a start or
    outside the year; without an end, its start month."""
    assert _activity(start, end).months_in(year) == months
