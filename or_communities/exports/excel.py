"""The one Excel writer: sheets described as data, written so nothing a user typed becomes a formula.

Every sheet is right-to-left when asked, its header row bold and frozen, with an auto-filter, columns as
wide as their content and dates as real dates, and print-ready: landscape, fitted to the page's width, the
header row repeated on every page, and a page header when given. Text cells are stored as strings with
Excel's quote prefix, so a value such as ``=1+1`` or ``@SUM(A1)`` stays text, also after someone edits the
cell. Only a ``Formula`` — made by our own code, never from a user's text — is written as a formula.

Sheets are streamed (openpyxl's write-only mode), so a workbook of a city's 20,000 people is written at
about the speed of plain text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any


class ColumnKind(Enum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    MONEY = "money"
    SHEKELS = "shekels"
    """Money shown with the shekel sign."""


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula written by our own code; ``{row}`` stands for the number of the row it is written in."""

    text: str

    def at(self, row: int) -> str:
        return self.text.replace("{row}", str(row))


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: ColumnKind = ColumnKind.TEXT
    choices: Sequence[str] = ()
    """When given: a drop-down of these values on the column's cells."""
    colors: Sequence[tuple[str, str]] = ()
    """(value, "RRGGBB"): cells holding the value are filled with the color (conditional formatting)."""
    total: bool = False
    """Summed in a totals row under the data."""
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class SheetSpec:
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    """One value per column: text, a date, a number, a Formula, or None for an empty cell."""
    right_to_left: bool = True
    total_label: str = ""
    """The first cell of the totals row (written when a column has ``total``)."""
    page_header: str = ""
    """Printed at the top of every page (the city and the date)."""
    hidden: bool = False


DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = "#,##0.00"
SHEKELS_FORMAT = '"₪"#,##0.00;-"₪"#,##0.00'
CELL_LIMIT = 32_767
"""Excel's longest cell text."""
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_LIST_LIMIT = 255
"""Excel's longest list of choices written in a drop-down's formula."""


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> Path:
    """Write ``sheets`` as one workbook at ``path`` (through a temporary file, so a failure leaves no half file)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    used_titles: set[str] = set()
    for spec in sheets:
        _SheetWriter(workbook.create_sheet(sheet_title(spec.title, used_titles)), spec).write()
    if not sheets:
        workbook.create_sheet("Sheet")
    _save_replacing(workbook, path)
    return path


def safe_text(value: str) -> str:
    """Text as a cell can hold it: without the control characters Excel refuses, and not too long."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)[:CELL_LIMIT]


def sheet_title(title: str, used: set[str]) -> str:
    """The title a sheet gets: without the characters Excel refuses, at most 31 long, not one already used."""
    base = _TITLE_FORBIDDEN.sub(" ", safe_text(title)).strip().strip("'")[:31] or "Sheet"
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


def sheet_reference(title: str) -> str:
    """How a formula names another sheet: quoted, with its quotes doubled."""
    return "'" + title.replace("'", "''") + "'!"


def formula_text(text: str) -> str:
    """A text as a string inside a formula (for our own labels; a user's text goes in a cell, not a formula)."""
    return '"' + text.replace('"', '""') + '"'


def column_letter(index: int) -> str:
    """The letter of the column at ``index`` (0 is A)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _width(text: str) -> float:
    longest = max(map(len, text.split("\n"))) if "\n" in text else len(text)
    return longest * 1.15 + 2


def _header_footer_text(text: str) -> str:
    # "&" starts a code in Excel's page headers; "&&" prints one.
    return safe_text(text).replace("&", "&&")[:250]


class _SheetWriter:
    """Streams one sheet: settings first (openpyxl writes them before the rows), then the rows."""

    def __init__(self, sheet: Any, spec: SheetSpec) -> None:
        self._sheet = sheet
        self._spec = spec
        self._last_row = len(spec.rows) + 1

    def write(self) -> None:
        self._set_view_and_print()
        self._set_widths()
        if self._spec.columns:
            self._set_choices_and_colors()
        self._write_rows()
        if self._spec.hidden:
            self._sheet.sheet_state = "hidden"

    def _set_view_and_print(self) -> None:
        sheet, spec = self._sheet, self._spec
        sheet.sheet_view.rightToLeft = spec.right_to_left
        sheet.freeze_panes = "A2"
        if spec.columns:
            sheet.auto_filter.ref = f"A1:{column_letter(len(spec.columns) - 1)}{max(1, len(spec.rows) + 1)}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        if spec.page_header:
            sheet.HeaderFooter.oddHeader.center.text = _header_footer_text(spec.page_header)
            sheet.HeaderFooter.oddFooter.center.text = "&P / &N"

    def _set_widths(self) -> None:
        for index, column in enumerate(self._spec.columns):
            dimension = self._sheet.column_dimensions[column_letter(index)]
            dimension.width = min(max(self._column_width(index, column), _MIN_WIDTH), _MAX_WIDTH)
            dimension.hidden = column.hidden

    def _column_width(self, index: int, column: Column) -> float:
        widest = _width(column.header)
        if column.kind is ColumnKind.DATE:
            return max(widest, _width("00/00/0000"))
        if column.kind in (ColumnKind.MONEY, ColumnKind.SHEKELS):
            amounts = [abs(v) for v in (row[index] for row in self._spec.rows if index < len(row)) if _is_number(v)]
            return max(widest, _width(f"₪{max(amounts, default=0) * 10:,.2f}"))
        lengths = (_width(value) for row in self._spec.rows if index < len(row) and isinstance(value := row[index], str))
        numbers = (_width(str(value)) for row in self._spec.rows if index < len(row) and _is_number(value := row[index]))
        return max(widest, max(lengths, default=0), max(numbers, default=0))

    def _set_choices_and_colors(self) -> None:
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation

        for index, column in enumerate(self._spec.columns):
            cells = f"{column_letter(index)}2:{column_letter(index)}{max(2, self._last_row)}"
            listed = ",".join(column.choices)
            if column.choices and len(listed) + 2 <= _LIST_LIMIT and '"' not in listed:
                validation = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
                validation.add(cells)
                self._sheet.data_validations.append(validation)
            for value, color in column.colors:
                fill = PatternFill("solid", start_color=color, end_color=color)
                rule = CellIsRule(operator="equal", formula=[formula_text(value)], fill=fill)
                self._sheet.conditional_formatting.add(cells, rule)

    def _write_rows(self) -> None:
        cells = _CellMaker(self._sheet)
        columns = self._spec.columns
        self._sheet.append(cells.headers([column.header for column in columns]))
        kinds = [column.kind for column in columns]
        for row_number, values in enumerate(self._spec.rows, start=2):
            self._sheet.append(cells.row(kinds, values, row_number))
        if self._spec.rows and any(column.total for column in columns):
            self._sheet.append(cells.row(kinds, self._totals_row(), self._last_row + 1, bold=True))

    def _totals_row(self) -> list[object]:
        row: list[object] = [None] * len(self._spec.columns)
        if row:
            row[0] = self._spec.total_label
        for index, column in enumerate(self._spec.columns):
            if column.total:
                letter = column_letter(index)
                row[index] = Formula(f"=SUM({letter}2:{letter}{self._last_row})")
        return row


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _CellMaker:
    """Cells for one sheet's rows, one styled cell per kind of value, reused from cell to cell.

    A row handed to the write-only sheet as a generator is written cell by cell as the generator yields, so
    one cell object per kind can carry each value in turn; a new styled cell per value would cost more than
    writing the text itself.
    """

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self._sheet = sheet
        self._new = lambda: WriteOnlyCell(sheet)
        self._text = self._styled(quotePrefix=True)
        self._bold_text = self._styled(quotePrefix=True, font=Font(bold=True))
        self._date = self._styled(number_format=DATE_FORMAT)
        self._formats = {
            ColumnKind.MONEY: self._styled(number_format=MONEY_FORMAT),
            ColumnKind.SHEKELS: self._styled(number_format=SHEKELS_FORMAT),
        }
        self._bold_formats = {
            ColumnKind.MONEY: self._styled(number_format=MONEY_FORMAT, font=Font(bold=True)),
            ColumnKind.SHEKELS: self._styled(number_format=SHEKELS_FORMAT, font=Font(bold=True)),
            ColumnKind.NUMBER: self._styled(font=Font(bold=True)),
            ColumnKind.TEXT: self._styled(font=Font(bold=True)),
            ColumnKind.DATE: self._styled(number_format=DATE_FORMAT, font=Font(bold=True)),
        }

    def _styled(self, **style: object) -> Any:
        cell = self._new()
        for name, value in style.items():
            setattr(cell, name, value)
        return cell

    def headers(self, headers: list[str]) -> Iterator[Any]:
        for header in headers:
            yield self._put_text(self._bold_text, header)

    def row(self, kinds: list[ColumnKind], values: Sequence[object], row_number: int, bold: bool = False) -> Iterator[Any]:
        text_cell = self._bold_text if bold else self._text
        for index, kind in enumerate(kinds):
            value = values[index] if index < len(values) else None
            if value is None or value == "":
                yield None
            elif isinstance(value, Formula):
                yield self._put_formula(kind, value.at(row_number), bold)
            elif kind is ColumnKind.DATE and isinstance(value, dt.date):
                self._date.value = value
                yield self._date
            elif _is_number(value) and kind is not ColumnKind.TEXT:
                yield self._put_number(kind, value, bold)
            else:
                yield self._put_text(text_cell, str(value))

    @staticmethod
    def _put_text(cell: Any, text: str) -> Any:
        cell.value = safe_text(text)
        # After the assignment: openpyxl reads a leading "=" as a formula and assigning again resets the type.
        cell.data_type = "s"
        return cell

    def _put_number(self, kind: ColumnKind, value: object, bold: bool) -> Any:
        formats = self._bold_formats if bold else self._formats
        cell = formats.get(kind)
        if cell is None:
            return value
        cell.value = value
        return cell

    def _put_formula(self, kind: ColumnKind, text: str, bold: bool) -> Any:
        cell = (self._bold_formats if bold else self._formats).get(kind) or self._new()
        cell.value = text
        cell.data_type = "f"
        return cell


def _save_replacing(workbook: Any, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
