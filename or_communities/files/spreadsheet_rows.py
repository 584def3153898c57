"""Rows from the lists managers already keep: Excel workbooks and CSV files in UTF-8 or cp1255."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import FileTooLarge, ImportFailed, TooManyRows
from ..domain.input_limits import LIST_FILE_LIMIT, LIST_ROW_LIMIT, WORKBOOK_UNPACKED_LIMIT, megabytes
from .formula_text import FormulaText, cell_value

if TYPE_CHECKING:
    from openpyxl import Workbook

@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    """Each row as text, as long as the headers; blank rows are left out."""
    row_numbers: list[int] = field(default_factory=list)
    """Where each row sits in the file (1 is the first line or row), for messages about it."""
    blank_rows: int = 0
    """Blank rows below the headers, left out."""
    title_rows: int = 0
    """Rows above the headers (a title, a date, a note), left out."""
    macros_ignored: bool = False
    """The workbook holds macros; only its values were read, and no macro ever runs."""
    formulas: tuple[tuple[int, str, str], ...] = ()
    """Cells that held a formula, each read as the text typed: (row, header, formula)."""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, FormulaText):
        return FormulaText(value.strip())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1255", errors="replace")


def _table(raw_rows: Iterable[Sequence[object]]) -> Table:
    """The table in rows read one at a time: blank rows are passed over, and more filled rows than a list may hold
    stop the reading there."""
    filled: list[tuple[int, list[str]]] = []
    read = 0
    for read, row in enumerate(raw_rows, start=1):
        texts = [_text(value) for value in row]
        if any(texts):
            filled.append((read, texts))
            if len(filled) > LIST_ROW_LIMIT + LOOKED_AT:
                raise TooManyRows(LIST_ROW_LIMIT)
    if not filled:
        raise ImportFailed("the file has no rows")
    header_index = _header_index(filled)
    header_number, headers = filled[header_index]
    width = len(headers)
    body = filled[header_index + 1 :]
    if len(body) > LIST_ROW_LIMIT:
        raise TooManyRows(LIST_ROW_LIMIT)
    return Table(
        headers,
        [(row + [""] * width)[:width] for _, row in body],
        [number for number, _ in body],
        read - header_number - len(body),
        header_index,
        formulas=tuple(
            (number, headers[index] if index < width else "", text)
            for number, row in body
            for index, text in enumerate(row)
            if isinstance(text, FormulaText)
        ),
    )


LOOKED_AT = 20
"""How many filled rows at the top are looked at to find the header row."""


def _header_index(filled: Sequence[tuple[int, list[str]]]) -> int:
    """The header row: the first with at least half as many filled cells as the widest of the top rows — so a
    title, a date or a note above the table (a cell or two) is passed over."""
    top = [sum(1 for cell in row if cell) for _number, row in filled[:LOOKED_AT]]
    widest = max(top)
    return next(index for index, count in enumerate(top) if count >= max(2, widest / 2) or count == widest)


def read_csv(path: Path) -> Table:
    text = _decode(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        return _table(reader)
    except csv.Error as error:
        raise ImportFailed(f"the CSV file cannot be read at line {reader.line_num} ({error})") from error


def sheet_names(path: Path) -> list[str]:
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Workbook:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFailed("not an Excel workbook (.xlsx)") from error
    if unpacked > WORKBOOK_UNPACKED_LIMIT:
        raise FileTooLarge(path.name, megabytes(WORKBOOK_UNPACKED_LIMIT), unpacked=True)
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False)  # formulas as typed: see formula_text
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise ImportFailed(unreadable_workbook(error)) from error


def unreadable_workbook(error: Exception) -> str:
    """Why a workbook could not be read, in words: a hostile one is named as such, a damaged one by its error."""
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the XML reader's refusal in its own error
        if type(cause).__module__.startswith("defusedxml"):
            return (
                "the workbook declares XML entities, a known way to attack the program that reads it; "
                "it was refused unread"
            )
        cause = cause.__cause__ or cause.__context__
    return f"the workbook cannot be read ({type(error).__name__})"


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    workbook = _open_workbook(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ImportFailed(f"no sheet named {sheet!r}; the workbook has: {', '.join(workbook.sheetnames)}")
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        try:
            table = _table(tuple(cell_value(cell) for cell in row) for row in worksheet.iter_rows())
        except ImportFailed:
            raise
        except Exception as error:  # the sheet's XML is read only now, row by row
            raise ImportFailed(unreadable_workbook(error)) from error
        return dataclasses.replace(table, macros_ignored=_holds_macros(path))
    finally:
        workbook.close()


def _holds_macros(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return any(name.lower().endswith("vbaproject.bin") for name in archive.namelist())


def read_table(path: Path, sheet: str | None = None) -> Table:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFailed(f"{path}: no such file")
    if path.stat().st_size > LIST_FILE_LIMIT:
        raise FileTooLarge(path.name, megabytes(LIST_FILE_LIMIT))
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet)
    raise ImportFailed(f"{path.name}: expected an Excel workbook (.xlsx) or a CSV file")
