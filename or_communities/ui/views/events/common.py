"""What the events area's pages share: dates between Python and Qt, and short texts for a table cell."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def count_text(value: int | None) -> str:
    return "" if value is None else str(value)
