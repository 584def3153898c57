"""What the events area's pages share: short texts for a table cell."""

from __future__ import annotations


def one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def count_text(value: int | None) -> str:
    return "" if value is None else str(value)
