"""How a value reads in a cell, the same in every table: dates as 31/01/2026, money as ₪1,200."""

from __future__ import annotations

import datetime as dt

from ...domain.text import left_to_right


def date_text(value: dt.date | None) -> str:
    """A date as every table, date field and Excel file of the app shows it: 31/01/2026."""
    return value.strftime("%d/%m/%Y") if value else ""


def date_sort_key(value: dt.date | None) -> int:
    return value.toordinal() if value else 0


def money_text(amount: float) -> str:
    """₪ with thousands separators, whole shekels unless there are agorot; reads the same in Hebrew and English."""
    digits = f"{abs(amount):,.0f}" if abs(amount - round(amount)) < 0.005 else f"{abs(amount):,.2f}"
    if amount <= -0.005:
        # Isolated left to right, the minus stays on the number's left inside right-to-left text.
        return left_to_right(f"-₪{digits}")
    return f"₪{digits}"
