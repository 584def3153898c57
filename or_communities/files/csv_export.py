"""CSV out, for Excel in Hebrew: UTF-8 with a BOM, and nothing a user typed read as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

from .excel import ColumnKind, SheetSpec

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_text(text: str) -> str:
    """Text Excel will not run: a value that starts like a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_value(kind: ColumnKind, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date) and kind is ColumnKind.DATE:
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and kind in (ColumnKind.NUMBER, ColumnKind.MONEY):
        return f"{value:.2f}" if kind is ColumnKind.MONEY else str(value)
    return safe_csv_text(str(value))


def write_csv(path: Path, spec: SheetSpec) -> Path:
    """One sheet as CSV (the title and direction are not kept: CSV has neither)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([safe_csv_text(column.header) for column in spec.columns])
            for row in spec.rows:
                writer.writerow(
                    [_csv_value(column.kind, row[index] if index < len(row) else None) for index, column in enumerate(spec.columns)]
                )
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path
