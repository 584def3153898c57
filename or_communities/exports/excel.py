"""The one Excel writer: sheets described as data, written so nothing a user typed becomes a formula.

Every sheet is right-to-left when asked, its header row bold and frozen, with an auto-filter, columns as
wide as their content and dates as real dates. Text cells are stored as strings with Excel's quote
prefix, so a value such as ``=1+1`` or ``@SUM(A1)`` stays text, also after someone edits the cell.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any


class ColumnKind(Enum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    MONEY = "money"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True, slots=True)
class SheetSpec:
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    """One value per column: text, a date, a number, or None for an empty cell."""
    right_to_left: bool = True


DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = "#,##0.00"
CELL_LIMIT = 32_767
"""Excel's longest cell text."""
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 8, 60


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> Path:
    """Write ``sheets`` as one workbook at ``path`` (through a temporary file, so a failure leaves no half file)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    used_titles: set[str] = set()
    for spec in sheets:
        _fill_sheet(workbook.create_sheet(_sheet_title(spec.title, used_titles)), spec)
    if not sheets:
        workbook.create_sheet("Sheet")
    _save_replacing(workbook, path)
    return path


def safe_text(value: str) -> str:
    """Text as a cell can hold it: without the control characters Excel refuses, and not too long."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)[:CELL_LIMIT]


def _sheet_title(title: str, used: set[str]) -> str:
    base = _TITLE_FORBIDDEN.sub(" ", safe_text(title)).strip().strip("'")[:31] or "Sheet"
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


def _fill_sheet(sheet: Any, spec: SheetSpec) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.sheet_view.rightToLeft = spec.right_to_left
    bold = Font(bold=True)
    widths = [_width(column.header) for column in spec.columns]
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=index)
        _put_text(cell, column.header)
        cell.font = bold
    for row_index, values in enumerate(spec.rows, start=2):
        for index, column in enumerate(spec.columns, start=1):
            value = values[index - 1] if index - 1 < len(values) else None
            shown = _put(sheet.cell(row=row_index, column=index), column.kind, value)
            widths[index - 1] = max(widths[index - 1], _width(shown))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width, _MIN_WIDTH), _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if spec.columns:
        last = get_column_letter(len(spec.columns))
        sheet.auto_filter.ref = f"A1:{last}{max(1, len(spec.rows) + 1)}"


def _width(text: str) -> float:
    longest = max((len(line) for line in text.split("\n")), default=0)
    return longest * 1.15 + 2


def _put(cell: Any, kind: ColumnKind, value: object) -> str:
    """Write one value as its column's kind; the text it shows (for the column's width)."""
    if value is None or value == "":
        return ""
    if kind is ColumnKind.DATE and isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return "00/00/0000"
    if kind in (ColumnKind.NUMBER, ColumnKind.MONEY) and isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
        if kind is ColumnKind.MONEY:
            cell.number_format = MONEY_FORMAT
            return f"{value:,.2f}"
        return str(value)
    text = str(value)
    _put_text(cell, text)
    return text


def _put_text(cell: Any, text: str) -> None:
    cell.value = safe_text(text)
    # After the assignment: openpyxl reads a leading "=" as a formula and assigning again resets the type.
    cell.data_type = "s"
    cell.quotePrefix = True


def _save_replacing(workbook: Any, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
