"""The one Excel writer: sheets described as data, written so nothing a user typed becomes a formula.

Every sheet is right-to-left when asked, its header row bold and frozen, with an auto-filter, columns as
wide as their content and dates as real dates, and print-ready: A4 landscape, fitted to the page's width
while that stays readable (else across pages at 70%, the names repeated on each),
the header row repeated on every page, and a page header when given. Text is written as text (never parsed)
with Excel's quote prefix and the text format, so a value such as ``=1+1`` or ``@SUM(A1)`` stays text, also after
someone edits the cell; every text column is formatted as text to its last row, so what is typed into its empty
cells later stays text too. Only a ``Formula`` — made by our own code, never from a user's text — is written as a formula,
with its result stored beside it, so a reader that does not recalculate still shows the right number.

XlsxWriter writes the files: it writes a formatted city workbook about twice as fast as openpyxl writes the
same cells as plain text. openpyxl stays the reader (imports and tests), so every file is read back by a
second implementation.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeGuard

from ..memory import garbage_collection_paused


class ColumnKind(Enum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    MONEY = "money"
    SHEKELS = "shekels"
    """Money shown with the shekel sign."""


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula written by our own code; ``{row}`` stands for the number of the row it is written in.

    ``value`` is its result as our code computed it, stored in the file for readers that do not recalculate;
    None when not known (the cell is then left for the spreadsheet program to compute).
    """

    text: str
    value: float | None = None

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
    printed: bool = True
    """False for notes and other long free text at the end of a sheet: left out of the print area."""
    repeated: bool = False
    """Printed again at the side of every page when the sheet is printed across pages (the names)."""


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


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class WriteCancelled(Exception):
    """The user cancelled; no file was written."""


TEXT_FORMAT = "@"
DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = "#,##0.00"
SHEKELS_FORMAT = '"₪"#,##0.00;-"₪"#,##0.00'
WHOLE_MONEY_FORMAT = "#,##0"
WHOLE_SHEKELS_FORMAT = '"₪"#,##0;-"₪"#,##0'
"""Whole amounts are written without agorot, as the app shows them."""
CELL_LIMIT = 32_767
"""Excel's longest cell text."""
_ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters XML 1.0 (and so Excel) cannot hold."""
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_MIN_PRINT_SCALE = 70
"""Below 70% an 11-point sheet prints smaller than 8 points: too small to read."""
_PIXELS_PER_CHARACTER, _PIXEL_PADDING = 7, 5
"""A column of width w is 7w + 5 pixels wide in Excel's default font."""
_PRINTABLE_PIXELS = 988
"""A4 landscape (297 mm) less the default margins of 0.7 inch a side, in pixels at 96 per inch."""
_LIST_LIMIT = 255
"""Excel's longest list of choices written in a drop-down's formula."""
_A4 = 9
_ROWS_PER_REPORT = 2_000


def write_workbook(
    path: Path,
    sheets: Sequence[SheetSpec],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write ``sheets`` as one workbook at ``path`` (through a temporary file, so a failure leaves no half file).

    ``progress`` hears (done, total) as rows are laid out, then (0, 0) while the file is saved; ``cancelled``
    is asked between rows and before the file takes its name, and WriteCancelled raised when it says yes.
    A file that cannot be created raises the OSError that says why (a missing folder, no permission).
    """
    import xlsxwriter

    counter = _ProgressCounter(sum(len(spec.rows) + 1 for spec in sheets), progress, cancelled)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with garbage_collection_paused():
            _write_file(xlsxwriter.Workbook(str(temporary), WORKBOOK_OPTIONS), sheets, counter)
        if cancelled is not None and cancelled():  # Cancel pressed while saving: still no file
            raise WriteCancelled()
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _write_file(workbook: Any, sheets: Sequence[SheetSpec], counter: _ProgressCounter) -> None:
    # Its own function, so the laid-out cells are freed on return, while collection is still paused.
    styles: dict[bool, _Styles] = {}
    used_titles: set[str] = set()
    for spec in sheets:
        sheet = workbook.add_worksheet(sheet_title(spec.title, used_titles))
        if spec.right_to_left not in styles:
            styles[spec.right_to_left] = _Styles(workbook, spec.right_to_left)
        _SheetWriter(sheet, spec, styles[spec.right_to_left], counter).write()
    if not sheets:
        workbook.add_worksheet("Sheet")
    counter.saving()
    close_workbook(workbook)


def close_workbook(workbook: Any) -> None:
    """Save the workbook; a file that cannot be created raises the OSError under XlsxWriter's own error."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as error:
        reason = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
        raise reason from error


WORKBOOK_OPTIONS = {
    # Every cell is written by type; nothing is guessed from a string.
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "default_date_format": DATE_FORMAT,
    # Parts assembled in memory, not in temporary files: writing them in small pieces to disk kept the
    # interpreter lock from the window for a tenth of a second at a time.
    "in_memory": True,
}


class _ProgressCounter:
    """Reports rows laid out as (done, total); then (0, 0) while the file is saved, a step with no measure of its own."""

    def __init__(self, rows: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._total = max(rows, 1)
        self._progress = progress
        self._cancelled = cancelled
        self._done = 0

    def rows_written(self, count: int) -> None:
        self._done += count
        if self._cancelled is not None and self._cancelled():
            raise WriteCancelled()
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)

    def saving(self) -> None:
        if self._progress is not None:
            self._progress(0, 0)


def safe_text(value: str) -> str:
    """Text as a cell can hold it: without the control characters Excel refuses, and not too long."""
    if not value.isprintable():  # the common case skips the search: printable text has no control characters
        value = _ILLEGAL_CHARACTERS.sub("", value)
    return value[:CELL_LIMIT]


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
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _width(text: str) -> float:
    return _width_of_length(_longest_line(text))


def _width_of_length(length: int) -> float:
    return length * 1.15 + 2


def _longest_line(text: str) -> int:
    return max(map(len, text.split("\n"))) if "\n" in text else len(text)


def _header_footer_text(text: str) -> str:
    # "&" starts a code in Excel's page headers; "&&" prints one.
    return safe_text(text)[:120].replace("&", "&&")


def is_number(value: object) -> TypeGuard[int | float]:
    """An int or a float, not a bool (which Python counts as an int)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _amount(value: object) -> float | None:
    """A number, or a formula's known result."""
    if isinstance(value, Formula):
        return value.value
    return float(value) if is_number(value) else None


_RIGHT_TO_LEFT_READING = 2


class _Styles:
    """The cell formats of the sheets of one direction, made once and shared by them.

    Text in a right-to-left sheet is read right to left whatever it starts with: a cell such as "1.1" followed
    by a task's Hebrew name would otherwise be read, and aligned, left to right by a spreadsheet program that
    goes by its first character.
    """

    def __init__(self, workbook: Any, right_to_left: bool) -> None:
        add = workbook.add_format
        reading = {"reading_order": _RIGHT_TO_LEFT_READING} if right_to_left else {}
        # Text is quote-prefixed and formatted as text ("@"): also what someone types later stays text.
        self.text = add({"quote_prefix": True, "num_format": TEXT_FORMAT, **reading})
        self.header = add({"quote_prefix": True, "bold": True, **reading})
        self.bold = add({"bold": True, **reading})
        self.date = add({"num_format": DATE_FORMAT})
        self.formats = {
            ColumnKind.MONEY: add({"num_format": MONEY_FORMAT}),
            ColumnKind.SHEKELS: add({"num_format": SHEKELS_FORMAT}),
            ColumnKind.DATE: self.date,
            ColumnKind.NUMBER: None,
            ColumnKind.TEXT: None,
        }
        self.whole_formats = {
            ColumnKind.MONEY: add({"num_format": WHOLE_MONEY_FORMAT}),
            ColumnKind.SHEKELS: add({"num_format": WHOLE_SHEKELS_FORMAT}),
        }
        self.bold_whole_formats = {
            ColumnKind.MONEY: add({"num_format": WHOLE_MONEY_FORMAT, "bold": True}),
            ColumnKind.SHEKELS: add({"num_format": WHOLE_SHEKELS_FORMAT, "bold": True}),
        }
        self.bold_formats = {
            ColumnKind.MONEY: add({"num_format": MONEY_FORMAT, "bold": True}),
            ColumnKind.SHEKELS: add({"num_format": SHEKELS_FORMAT, "bold": True}),
            ColumnKind.DATE: add({"num_format": DATE_FORMAT, "bold": True}),
            ColumnKind.NUMBER: self.bold,
            ColumnKind.TEXT: self.bold,
        }
        self._fills: dict[str, Any] = {}
        self._add = add

    def fill(self, color: str) -> Any:
        if color not in self._fills:
            self._fills[color] = self._add({"bg_color": f"#{color}"})
        return self._fills[color]


class _SheetWriter:
    def __init__(self, sheet: Any, spec: SheetSpec, styles: _Styles, counter: _ProgressCounter) -> None:
        self._sheet = sheet
        self._spec = spec
        self._styles = styles
        self._counter = counter
        self._last_row = len(spec.rows) + 1
        """The number (1-based, as in Excel) of the last data row."""

    def write(self) -> None:
        self._set_view_and_print()
        widths = self._set_widths()
        self._set_print_scale(widths)
        if self._spec.columns:
            self._set_choices_and_colors()
        self._write_rows()
        if self._spec.hidden:
            self._sheet.hide()

    def _set_view_and_print(self) -> None:
        sheet, spec = self._sheet, self._spec
        if spec.right_to_left:
            sheet.right_to_left()
        sheet.freeze_panes(1, 0)
        if spec.columns:
            sheet.autofilter(0, 0, max(0, len(spec.rows)), len(spec.columns) - 1)
        sheet.set_paper(_A4)
        sheet.set_landscape()
        sheet.repeat_rows(0)
        if spec.page_header:
            sheet.set_header("&C" + _header_footer_text(spec.page_header))
            sheet.set_footer("&C&P / &N")

    def _set_widths(self) -> list[float]:
        widths = []
        for index, column in enumerate(self._spec.columns):
            width = min(max(self._column_width(index, column), _MIN_WIDTH), _MAX_WIDTH)
            # A text column is text down to its last row, so what a user types into an empty cell (a note, an owner)
            # stays text, even "=1+1".
            text_column = self._styles.text if column.kind is ColumnKind.TEXT else None
            self._sheet.set_column(index, index, width, text_column, {"hidden": column.hidden})
            widths.append(0.0 if column.hidden else width)
        return widths

    def _set_print_scale(self, widths: list[float]) -> None:
        """Fitted to the page's width while that stays readable; else across pages at a readable scale, with the
        header row and the name columns printed on every page. Notes at the end are left out of the print."""
        columns = self._spec.columns
        if not columns:
            self._sheet.fit_to_pages(1, 0)
            return
        last = max((index for index, column in enumerate(columns) if column.printed and not column.hidden), default=0)
        rows = len(self._spec.rows) + (1 if self._spec.rows and any(column.total for column in columns) else 0)
        self._sheet.print_area(0, 0, rows, last)
        printed = sum(_PIXELS_PER_CHARACTER * width + _PIXEL_PADDING for width in widths[: last + 1] if width)
        if printed * _MIN_PRINT_SCALE / 100 <= _PRINTABLE_PIXELS:
            self._sheet.fit_to_pages(1, 0)
            return
        self._sheet.set_print_scale(_MIN_PRINT_SCALE)
        repeated = [index for index, column in enumerate(columns) if column.repeated]
        if repeated:
            self._sheet.repeat_columns(min(repeated), max(repeated))

    def _column_width(self, index: int, column: Column) -> float:
        widest = _width(column.header)
        if column.kind is ColumnKind.DATE:
            return max(widest, _width("00/00/0000"))
        if column.kind in (ColumnKind.MONEY, ColumnKind.SHEKELS):
            # Room for the largest amount ten times over: a total, or a value someone types in later.
            amounts = [abs(amount) for row in self._spec.rows if index < len(row) and (amount := _amount(row[index])) is not None]
            return max(widest, _width(f"₪{max(amounts, default=100_000) * 10:,.2f}"))
        values = [row[index] for row in self._spec.rows if index < len(row)]
        longest = max((_longest_line(value) for value in values if isinstance(value, str)), default=0)
        longest_number = max((len(str(value)) for value in values if is_number(value)), default=0)
        return max(widest, _width_of_length(max(longest, longest_number)))

    def _set_choices_and_colors(self) -> None:
        last = max(1, self._last_row - 1)
        for index, column in enumerate(self._spec.columns):
            listed = ",".join(column.choices)
            if column.choices and len(listed) + 2 <= _LIST_LIMIT and '"' not in listed:
                self._sheet.data_validation(
                    1, index, last, index, {"validate": "list", "source": list(column.choices), "ignore_blank": True}
                )
            for value, color in column.colors:
                self._sheet.conditional_format(
                    1, index, last, index,
                    {"type": "cell", "criteria": "equal to", "value": formula_text(value), "format": self._styles.fill(color)},
                )

    def _write_rows(self) -> None:
        columns = self._spec.columns
        headers = self._styles.header
        for index, column in enumerate(columns):
            self._sheet.write_string(0, index, safe_text(column.header), headers)
        cells = [self._cell_writer(column.kind, bold=False) for column in columns]
        text_columns = {index for index, column in enumerate(columns) if column.kind is ColumnKind.TEXT}
        reported = 0
        for row_index, values in enumerate(self._spec.rows, start=1):
            for index, (write, value) in enumerate(zip(cells, values, strict=False)):
                if value is not None and value != "":
                    write(row_index, index, value)
                elif index in text_columns:  # an empty text cell is text too, whatever reads the column's format
                    self._sheet.write_blank(row_index, index, None, self._styles.text)
            if row_index - reported >= _ROWS_PER_REPORT:
                self._counter.rows_written(row_index - reported)
                reported = row_index
        self._counter.rows_written(len(self._spec.rows) + 1 - reported)
        if self._spec.rows and any(column.total for column in columns):
            self._write_totals()

    def _cell_writer(self, kind: ColumnKind, bold: bool) -> Callable[[int, int, object], None]:
        """Writes one value in a column of ``kind``: each value by its own type, text always as text."""
        sheet, styles = self._sheet, self._styles
        text_style = styles.bold if bold else styles.text
        number_style = (styles.bold_formats if bold else styles.formats)[kind]
        whole_style = (styles.bold_whole_formats if bold else styles.whole_formats).get(kind, number_style)
        date_style = styles.bold_formats[ColumnKind.DATE] if bold else styles.date
        is_text = kind is ColumnKind.TEXT

        def style_of(amount: float | None) -> Any:
            return whole_style if amount is not None and float(amount).is_integer() else number_style

        def write(row: int, column: int, value: object) -> None:
            if isinstance(value, str):
                sheet.write_string(row, column, safe_text(value), text_style)
            elif isinstance(value, Formula):
                result = "" if value.value is None else value.value
                sheet.write_formula(row, column, value.at(row + 1), style_of(value.value), result)
            elif isinstance(value, dt.date) and kind is ColumnKind.DATE:
                sheet.write_datetime(row, column, value, date_style)
            elif is_number(value) and not is_text:
                sheet.write_number(row, column, value, style_of(value))
            else:
                sheet.write_string(row, column, safe_text(str(value)), text_style)

        return write

    def _write_totals(self) -> None:
        row = self._last_row
        columns = self._spec.columns
        if self._spec.total_label:
            self._sheet.write_string(row, 0, safe_text(self._spec.total_label), self._styles.bold)
        for index, column in enumerate(columns):
            if column.total:
                letter = column_letter(index)
                total = Formula(f"=SUM({letter}2:{letter}{self._last_row})", self._column_sum(index))
                self._cell_writer(column.kind, bold=True)(row, index, total)

    def _column_sum(self, index: int) -> float | None:
        total = 0.0
        for values in self._spec.rows:
            value = values[index] if index < len(values) else None
            if isinstance(value, Formula):
                if value.value is None:
                    return None
                total += value.value
            elif is_number(value):
                total += value
        return total
