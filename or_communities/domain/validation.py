"""Checks shared by the use cases."""

from __future__ import annotations

import math

from ..domain.errors import (
    EmptyName,
    InvalidEmail,
    InvalidPhone,
    NameTooLong,
    PlanYearOutOfRange,
)
from .text import without_hidden_controls

NAME_LIMIT = 200
PLAN_YEAR_RANGE = (2000, 2100)


def clean_name(name: str) -> str:
    """A name as it is stored: trimmed, one line, no hidden controls, not empty, not too long."""
    cleaned = " ".join(without_hidden_controls(name).split())
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
    """A short free text (an address): one line, trimmed, no hidden controls, not too long; may be empty."""
    cleaned = " ".join(without_hidden_controls(text).split())
    if len(cleaned) > limit:
        raise NameTooLong(limit)
    return cleaned


_PHONE_PUNCTUATION = str.maketrans("", "", " -()./")


def clean_phone(phone: str) -> str:
    """A phone number as kept: Israeli numbers as 0XX-XXXXXXX, others as typed; empty stays empty."""
    text = phone.strip()
    if not text:
        return ""
    digits = text.translate(_PHONE_PUNCTUATION)
    if digits.startswith("+972"):
        digits = "0" + digits[4:]
    elif digits.startswith("972") and len(digits) in (11, 12):
        digits = "0" + digits[3:]
    if digits.startswith("+") and digits[1:].isdigit() and 8 <= len(digits) <= 16:
        return digits
    if not digits.isdigit() or not digits.startswith("0") or len(digits) not in (9, 10):
        raise InvalidPhone(phone)
    split = 3 if len(digits) == 10 else 2
    return f"{digits[:split]}-{digits[split:]}"


def clean_email(email: str) -> str:
    text = email.strip()
    if not text:
        return ""
    local, at, domain = text.partition("@")
    if not at or not local or "." not in domain or " " in text or domain.startswith(".") or domain.endswith("."):
        raise InvalidEmail(email)
    return text


LONG_TEXT_LIMIT = 2000


def clean_long_text(text: str) -> str:
    """A few lines of free text (notes, decisions, a goal) trimmed; one longer than the limit is refused."""
    cleaned = without_hidden_controls(text).strip()
    if len(cleaned) > LONG_TEXT_LIMIT:
        raise NameTooLong(LONG_TEXT_LIMIT)
    return cleaned


def is_number_between(value: object, low: float, high: float) -> bool:
    """A real, finite number from ``low`` to ``high`` (not a bool, not NaN, not infinity)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and low <= value <= high
