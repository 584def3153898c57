"""Checks shared by the use cases."""

from __future__ import annotations

from .errors import EmptyName, NameTooLong, PlanYearOutOfRange

NAME_LIMIT = 200
PLAN_YEAR_RANGE = (2000, 2100)


def clean_name(name: str) -> str:
    """A name as it is stored: trimmed, one line, not empty, not too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise EmptyName()
    if len(cleaned) > NAME_LIMIT:
        raise NameTooLong(NAME_LIMIT)
    return cleaned


def check_plan_year(year: int) -> int:
    low, high = PLAN_YEAR_RANGE
    if not low <= year <= high:
        raise PlanYearOutOfRange(year, low, high)
    return year


TEXT_LIMIT = 300


def clean_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """A short free text (an address): one line, trimmed, not too long; may be empty."""
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise NameTooLong(limit)
    return cleaned
