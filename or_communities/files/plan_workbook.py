"""Reading a work-plan workbook the app wrote: the checks that refuse a file that cannot come in, its hidden
list of activities (the manifest), its plan sheets, and the values in their cells.

Nothing here touches a workspace. A refusal carries a message in Hebrew and English that says what is wrong
and what to do; a cancelled reading raises PlanImportCancelled.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.catalog import task_from_text
from ..domain.errors import ImportFailed
from ..domain.input_limits import WORKBOOK_UNPACKED_LIMIT
from ..domain.planning import ActivityStatus, PlanKind
from ..domain.text import Text
from ..domain.validation import PLAN_YEAR_RANGE
from .formula_text import cell_value
from .plan_sheets import MANIFEST_TITLE, PLAN_HEADERS, plan_columns, status_labels

Progress = Callable[[int, int], None]
"""Told (rows read, rows in all) while the file is read."""

PROGRESS_EVERY = 50
"""Rows read between two progress reports and checks for Cancel."""

class PlanFileRefused(ImportFailed):
    """The workbook cannot come in at all; nothing was changed.

    ``message`` says what is wrong and what to do, in Hebrew and English; ``reason`` is the English.
    """

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


class PlanImportCancelled(Exception):
    """Reading the file was cancelled; nothing was changed."""


# -- refusals ------------------------------------------------------------------------------------

NOT_XLSX = Text(
    "הקובץ אינו חוברת Excel מסוג xlsx; פתחו אותו ב-Excel ושמרו אותו כ'חוברת עבודה של Excel'",
    "not an Excel workbook (.xlsx); open it in Excel and save it as an 'Excel Workbook (*.xlsx)'",
)
TOO_LARGE = Text(
    "החוברת גדולה מדי (יותר מ-200MB כשהיא פרוסה); ייבאו את החוברת שהתוכנה ייצאה",
    "the workbook unpacks to more than 200 MB; import the workbook the app exported",
)
NO_MANIFEST = Text(
    "זו אינה תכנית עבודה שיוצאה מ'קהילות אור' (חסר בה הגיליון הנסתר עם רשימת הפעולות); "
    "ייצאו את התכנית מהתוכנה, ערכו את החוברת שיוצאה וייבאו אותה",
    "not a work plan exported by Or Communities (its hidden list of activities is missing); "
    "export the plan from the app, edit that workbook and import it",
)
NO_PLAN_SHEET = Text(
    "אף אחד מגיליונות התכנית אינו בחוברת (אולי שמם שונה); החזירו לגיליונות את שמם המקורי",
    "none of the work plan's sheets is in the workbook (were they renamed?); give them back their names",
)


def _refused(he: str, en: str) -> PlanFileRefused:
    return PlanFileRefused(Text(he, en))


def _unreadable(path: Path, error: OSError) -> PlanFileRefused:
    if isinstance(error, FileNotFoundError):
        return _refused(f"הקובץ {path.name} לא נמצא; בחרו אותו שוב", f"{path.name} was not found; choose it again")
    if isinstance(error, PermissionError):
        return _refused(
            f"לא ניתן לפתוח את הקובץ {path.name}: הוא נעול בידי תוכנה אחרת או שאין הרשאה לקרוא אותו; "
            "סגרו אותו ב-Excel ונסו שוב",
            f"{path.name} cannot be opened: another program has it locked, or you may not read it; "
            "close it in Excel and try again",
        )
    detail = error.strerror or type(error).__name__
    return _refused(
        f"לא ניתן לקרוא את הקובץ {path.name} ({detail}); העתיקו אותו לתיקייה במחשב ונסו שוב",
        f"{path.name} cannot be read ({detail}); copy it to a folder on this computer and try again",
    )


def _damaged(detail: str) -> PlanFileRefused:
    return _refused(
        f"החוברת פגומה ולא ניתן לקרוא אותה ({detail}); פתחו ושמרו אותה שוב ב-Excel, או ייצאו את התכנית מחדש",
        f"the workbook is damaged and cannot be read ({detail}); open and save it again in Excel, or export the plan again",
    )


def _bad_manifest(detail: str) -> PlanFileRefused:
    return _refused(
        f"הגיליון הנסתר עם רשימת הפעולות פגום ({detail}); ייצאו את התכנית מחדש והעתיקו אליה את השינויים",
        f"the workbook's hidden list of activities is damaged ({detail}); export the plan again and copy your changes into it",
    )


def another_city(city: str) -> PlanFileRefused:
    return _refused(
        f"החוברת אינה תואמת את תכניות העבודה של {city}: הפעולות שבה שייכות לתכניות אחרות, כנראה של עיר אחרת; "
        "ייבאו אותה לקובץ העבודה שממנו יוצאה, או ייצאו את התכנית מחדש מכאן",
        f"the workbook does not match {city}'s work plans: its activities belong to other plans, probably another "
        "city's; import it into the workspace it came from, or export the plan again from here",
    )


def written_for(source: str, here: str) -> PlanFileRefused:
    return _refused(
        f"החוברת יוצאה מהעיר {source}, וקובץ העבודה הפתוח הוא של {here}; "
        f"פתחו את קובץ העבודה של {source} וייבאו אותה שם (אם שם העיר שונה מאז, ייצאו את התכנית מחדש)",
        f"the workbook was written from {source}, and the open workspace is {here}'s; open {source}'s workspace "
        "and import it there (if the city was renamed since, export the plan again)",
    )


def neighborhood_missing(sheet: str) -> PlanFileRefused:
    return _refused(
        f"השכונה של התכנית בגיליון '{sheet}' אינה בעיר הזו (היא הוסרה, או שהחוברת יוצאה מעיר אחרת); "
        "ייבאו את החוברת לקובץ העבודה שממנו יוצאה",
        f"the neighborhood of the plan on the sheet '{sheet}' is not in this city (it was removed, or the workbook "
        "comes from another city); import the workbook into the workspace it came from",
    )


def _column_missing(sheet: str, key: str) -> PlanFileRefused:
    header = next(column.header for column in plan_columns(None) if column.key == key)
    return _refused(
        f"בגיליון '{sheet}' חסרה העמודה '{header.he}'; החזירו אותה (או בטלו את המחיקה ב-Excel) או ייצאו את התכנית מחדש",
        f"the sheet '{sheet}' has lost its column '{header.en}'; put it back (or undo the deletion in Excel), "
        "or export the plan again",
    )


# -- the workbook and its manifest ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetEntry:
    title: str
    kind: PlanKind
    year: int
    neighborhood_id: int | None
    combined: bool
    """All the neighborhoods' plans on one sheet: each row's neighborhood is in its column."""


@dataclass
class Manifest:
    sheets: list[SheetEntry]
    fingerprints: dict[int, tuple[str, str]]
    """Activity id to (sheet, fingerprint) as written."""
    city: str | None = None
    """The city the workbook was written from (workbooks written before it was recorded have none)."""


@contextmanager
def _openpyxl_quiet() -> Iterator[None]:
    """openpyxl warns about parts of a workbook it skips (extensions, styles); they do not matter here."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
        yield


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as error:
        raise PlanFileRefused(NOT_XLSX) from error
    except OSError as error:
        raise _unreadable(path, error) from error
    if not any(member.filename.startswith("xl/") for member in members):
        raise PlanFileRefused(NOT_XLSX)  # a zip, or another Office file
    if sum(member.file_size for member in members) > WORKBOOK_UNPACKED_LIMIT:
        raise PlanFileRefused(TOO_LARGE)


def open_workbook(path: Path) -> Any:
    _check_archive(path)
    import openpyxl

    try:
        with _openpyxl_quiet():
            return openpyxl.load_workbook(path, read_only=True, data_only=False)  # formulas as typed: see formula_text
    except OSError as error:
        raise _unreadable(path, error) from error
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise _damaged(type(error).__name__) from error


def cell_task_key(value: object) -> str | None:
    text = cell_text(value)
    if not text:
        return None
    task = task_from_text(text)
    if task is None:
        raise BadValue("task", value)
    return task.key


def whole_number(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def _sheet_entry(sheet: object, kind: object, year: object, neighborhood_id: object) -> SheetEntry:
    try:
        plan_kind = PlanKind(kind)
    except ValueError:
        raise _bad_manifest(f"unknown plan kind {kind!r}") from None
    plan_year = whole_number(year)
    low, high = PLAN_YEAR_RANGE
    if plan_year is None or not low <= plan_year <= high:
        raise _bad_manifest(f"plan year {year!r}")
    hood = whole_number(neighborhood_id) if plan_kind is PlanKind.NEIGHBORHOOD else None
    combined = plan_kind is PlanKind.NEIGHBORHOOD and hood is None
    return SheetEntry(str(sheet), plan_kind, plan_year, hood, combined)


def read_manifest(workbook: Any) -> Manifest:
    if MANIFEST_TITLE not in workbook.sheetnames:
        raise PlanFileRefused(NO_MANIFEST)
    manifest = Manifest([], {})
    for row in _all_rows(workbook[MANIFEST_TITLE])[1:]:
        record, sheet, kind, year, record_id, fingerprint = (list(row) + [None] * 6)[:6]
        activity_id = whole_number(record_id)
        if record == "city":
            manifest.city = cell_text(sheet)
        elif record == "sheet":
            manifest.sheets.append(_sheet_entry(sheet, kind, year, record_id))
        elif record == "activity" and activity_id is not None:
            manifest.fingerprints[activity_id] = (str(sheet), str(fingerprint or ""))
    if not manifest.sheets:
        raise _bad_manifest("it names no work plan")
    return manifest


def _all_rows(worksheet: Any, steps: _Steps | None = None) -> list[tuple]:
    rows = []
    try:
        with _openpyxl_quiet():
            for row in worksheet.iter_rows():
                rows.append(tuple(cell_value(cell) for cell in row))
                if steps is not None:
                    steps.step()
    except PlanImportCancelled:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged sheet
        raise _damaged(type(error).__name__) from error
    return rows


class _Steps:
    """Counts the rows read, reports them now and then, and stops when Cancel was pressed."""

    def __init__(self, total: int, progress: Progress | None, is_cancelled: Callable[[], bool] | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def step(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.report()

    def report(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise PlanImportCancelled()
        if self._progress is not None:
            total = max(self.total, self.done)
            self._progress(self.done, total)


def _row_count(worksheets: Iterable[Any]) -> int:
    total = 0
    for worksheet in worksheets:
        try:
            total += worksheet.max_row or 0
        except Exception:  # noqa: BLE001, S112 - a sheet that does not say its size: progress counts without a total
            continue
    return total


def read_plan_sheets(
    workbook: Any, manifest: Manifest, progress: Progress | None, is_cancelled: Callable[[], bool] | None
) -> dict[str, list[tuple]]:
    """The rows of each plan sheet the workbook still has, by title."""
    present = [entry.title for entry in manifest.sheets if entry.title in workbook.sheetnames]
    if not present:
        raise PlanFileRefused(NO_PLAN_SHEET)
    steps = _Steps(_row_count(workbook[title] for title in present), progress, is_cancelled)
    rows = {title: _all_rows(workbook[title], steps) for title in present}
    steps.report()
    for title, sheet_rows in rows.items():
        _check_columns(title, sheet_rows)
    return rows


def _check_columns(title: str, rows: list[tuple]) -> None:
    """Without its names or ids a sheet cannot be matched to the plan: every row would look new or deleted."""
    keys = {PLAN_HEADERS.get(cell_text(header)) for header in (rows[0] if rows else ())}
    for key in ("name", "id"):
        if key not in keys:
            raise _column_missing(title, key)


# -- reading cell values ------------------------------------------------------------------------


class BadValue(Exception):
    def __init__(self, column: str, value: object) -> None:
        super().__init__(f"{column}: {value!r}")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def cell_date(value: object, column: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    for pattern in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadValue(column, value)


def cell_amount(value: object, column: str) -> float:
    if value is None or value == "":
        return 0.0
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        return float(cell_text(value).replace("₪", "").replace(",", "").strip())
    except ValueError:
        raise BadValue(column, value) from None


def cell_status(value: object) -> ActivityStatus:
    text = cell_text(value)
    if not text:
        return ActivityStatus.PLANNED
    known = {**status_labels("he"), **status_labels("en"), **{s.value: s for s in ActivityStatus}}
    found = known.get(text) or {k.casefold(): v for k, v in known.items()}.get(text.casefold())
    if found is None:
        raise BadValue("status", value)
    return found
