"""A work plan written by the app, edited in Excel, and brought back: previewed first, then applied.

The file's hidden sheet lists the activities it was written with and each one's fingerprint; each row carries
its activity's id. So a row changed in the file is told from one changed in the app since (a conflict, left as
the app has it), a new row is added to its plan, and a row deleted in the file is reported and removed only
when the user confirms. Applying checks each activity again: one changed or removed in the app after the
preview is held back, never overwritten, and everything else goes in one transaction.

A workbook that cannot come in at all (not an .xlsx, not written by the app, from another city, locked,
damaged) is refused before anything is written, with a message in Hebrew and English saying what is wrong
and what to do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.catalog import task_from_text
from ..domain.planning import Activity, ActivityStatus, Goal, PlanKind, WorkPlan
from ..domain.text import Text
from ..storage.planning_repositories import (
    ActivityRepository,
    GoalRepository,
    WorkPlanRepository,
    neighborhood_names,
    partner_names,
)
from .errors import EmptyName, ImportFailed, InputError
from .plan_export import CITY_WIDE, MANIFEST_TITLE, PLAN_COLUMNS, PLAN_HEADERS, plan_columns, status_labels
from .spreadsheet_rows import MAX_UNPACKED_BYTES
from .validation import PLAN_YEAR_RANGE
from .work_plans import activity_fingerprint, clean_activity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace

Progress = Callable[[int, int], None]
"""Told (rows read, rows in all) while the file is read."""

PROGRESS_EVERY = 50
"""Rows read between two progress reports and checks for Cancel."""

NOT_IMPORTED_COLUMNS = frozenset({"spent", "difference", "fingerprint"})
"""Columns written for reading only: the spending comes from the budget, the version from the manifest."""

HEBREW_HEADERS = frozenset(column.header.he for column in PLAN_COLUMNS)


class IssueKind(Enum):
    CHANGED_IN_BOTH = "changed_in_both"
    """Changed in the file and, since the file was written, in the app too: the app's version is kept."""
    REMOVED_IN_APP = "removed_in_app"
    DELETED_BUT_CHANGED = "deleted_but_changed"
    """Deleted in the file, but changed in the app since the file was written: the activity stays."""
    ADDED_IN_APP = "added_in_app"
    """A new row, but the plan gained an activity of that name in the app since the file was written
    (an earlier import of the same file, perhaps): the app's version is kept."""
    CHANGED_SINCE_PREVIEW = "changed_since_preview"
    REMOVED_SINCE_PREVIEW = "removed_since_preview"
    BAD_VALUE = "bad_value"
    REPEATED_ROW = "repeated_row"
    UNKNOWN_PARTNER = "unknown_partner"
    UNKNOWN_NEIGHBORHOOD = "unknown_neighborhood"
    SHEET_MISSING = "sheet_missing"
    """A sheet the file was written with is gone (renamed or deleted): its activities stay as they are."""
    COLUMN_MISSING = "column_missing"
    """A column is gone from a sheet: the values it held stay as the app has them."""


@dataclass(frozen=True, slots=True)
class ImportIssue:
    kind: IssueKind
    sheet: str
    row_number: int
    """0 when the issue is not about one row (a sheet, a column, an activity whose row was deleted)."""
    activity_name: str
    detail: str = ""

    def describe(self) -> str:
        place = f"{self.sheet} row {self.row_number}" if self.row_number else self.sheet
        name = f": {self.activity_name}" if self.activity_name else ""
        return f"{place}{name}: {self.kind.value}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True, slots=True)
class IncomingActivity:
    """An activity as the file has it, and where it goes."""

    sheet: str
    row_number: int
    activity: Activity
    goal_title: str
    plan_kind: PlanKind
    year: int
    neighborhood_id: int | None
    before: Activity | None = None
    """The app's version, for a changed row."""


@dataclass(frozen=True, slots=True)
class ActivityVersion:
    """An activity the preview would change or remove, as the preview saw it; applying checks it again."""

    plan_id: int
    fingerprint: str
    sheet: str


@dataclass
class PlanImportPreview:
    changed: list[IncomingActivity] = field(default_factory=list)
    added: list[IncomingActivity] = field(default_factory=list)
    deleted: list[Activity] = field(default_factory=list)
    """Rows deleted in the file: removed only when the user confirms."""
    conflicts: list[ImportIssue] = field(default_factory=list)
    rejected: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)
    unchanged: int = 0
    checked_versions: dict[int, ActivityVersion] = field(default_factory=dict)
    """Each changed or deleted activity as the preview saw it, by id."""
    listed_ids: frozenset[int] = frozenset()
    """The activities the file was written with."""

    @property
    def has_changes(self) -> bool:
        return bool(self.changed or self.added or self.deleted)


@dataclass(frozen=True, slots=True)
class PlanImportResult:
    updated: int
    added: int
    removed: int
    held_back: tuple[ImportIssue, ...] = ()
    """Rows not applied because their activity changed or went in the app after the preview."""
    not_removed: int = 0
    """Activities deleted in the file and left in the plan, because removing them was not asked for."""


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


def _another_city(city: str) -> PlanFileRefused:
    return _refused(
        f"החוברת אינה תואמת את תכניות העבודה של {city}: הפעולות שבה שייכות לתכניות אחרות, כנראה של עיר אחרת; "
        "ייבאו אותה לקובץ העבודה שממנו יוצאה, או ייצאו את התכנית מחדש מכאן",
        f"the workbook does not match {city}'s work plans: its activities belong to other plans, probably another "
        "city's; import it into the workspace it came from, or export the plan again from here",
    )


def _written_for(source: str, here: str) -> PlanFileRefused:
    return _refused(
        f"החוברת יוצאה מהעיר {source}, וקובץ העבודה הפתוח הוא של {here}; "
        f"פתחו את קובץ העבודה של {source} וייבאו אותה שם (אם שם העיר שונה מאז, ייצאו את התכנית מחדש)",
        f"the workbook was written from {source}, and the open workspace is {here}'s; open {source}'s workspace "
        "and import it there (if the city was renamed since, export the plan again)",
    )


def _neighborhood_missing(sheet: str) -> PlanFileRefused:
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
class _SheetEntry:
    title: str
    kind: PlanKind
    year: int
    neighborhood_id: int | None
    combined: bool
    """All the neighborhoods' plans on one sheet: each row's neighborhood is in its column."""


@dataclass
class _Manifest:
    sheets: list[_SheetEntry]
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
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise PlanFileRefused(TOO_LARGE)


def _open_workbook(path: Path) -> Any:
    _check_archive(path)
    import openpyxl

    try:
        with _openpyxl_quiet():
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise _unreadable(path, error) from error
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise _damaged(type(error).__name__) from error


def _task_key(value: object) -> str | None:
    text = _text(value)
    if not text:
        return None
    task = task_from_text(text)
    if task is None:
        raise _BadValue("task", value)
    return task.key


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def _sheet_entry(sheet: object, kind: object, year: object, neighborhood_id: object) -> _SheetEntry:
    try:
        plan_kind = PlanKind(kind)
    except ValueError:
        raise _bad_manifest(f"unknown plan kind {kind!r}") from None
    plan_year = _whole_number(year)
    low, high = PLAN_YEAR_RANGE
    if plan_year is None or not low <= plan_year <= high:
        raise _bad_manifest(f"plan year {year!r}")
    hood = _whole_number(neighborhood_id) if plan_kind is PlanKind.NEIGHBORHOOD else None
    combined = plan_kind is PlanKind.NEIGHBORHOOD and hood is None
    return _SheetEntry(str(sheet), plan_kind, plan_year, hood, combined)


def _read_manifest(workbook: Any) -> _Manifest:
    if MANIFEST_TITLE not in workbook.sheetnames:
        raise PlanFileRefused(NO_MANIFEST)
    manifest = _Manifest([], {})
    for row in _all_rows(workbook[MANIFEST_TITLE])[1:]:
        record, sheet, kind, year, record_id, fingerprint = (list(row) + [None] * 6)[:6]
        activity_id = _whole_number(record_id)
        if record == "city":
            manifest.city = _text(sheet)
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
            for row in worksheet.iter_rows(values_only=True):
                rows.append(row)
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
        except Exception:  # a sheet that does not say its size: progress then counts without a total
            continue
    return total


def _read_plan_sheets(
    workbook: Any, manifest: _Manifest, progress: Progress | None, is_cancelled: Callable[[], bool] | None
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
    keys = {PLAN_HEADERS.get(_text(header)) for header in (rows[0] if rows else ())}
    for key in ("name", "id"):
        if key not in keys:
            raise _column_missing(title, key)


# -- reading cell values ------------------------------------------------------------------------


class _BadValue(Exception):
    def __init__(self, column: str, value: object) -> None:
        super().__init__(f"{column}: {value!r}")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _date(value: object, column: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    for pattern in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise _BadValue(column, value)


def _amount(value: object, column: str) -> float:
    if value is None or value == "":
        return 0.0
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        return float(_text(value).replace("₪", "").replace(",", "").strip())
    except ValueError:
        raise _BadValue(column, value) from None


def _status(value: object) -> ActivityStatus:
    text = _text(value)
    if not text:
        return ActivityStatus.PLANNED
    known = {**status_labels("he"), **status_labels("en"), **{s.value: s for s in ActivityStatus}}
    found = known.get(text) or {k.casefold(): v for k, v in known.items()}.get(text.casefold())
    if found is None:
        raise _BadValue("status", value)
    return found


# -- the activities the app has -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _InApp:
    """An activity as the app has it now, with its plan and the fingerprint it would be written with."""

    activity: Activity
    plan: WorkPlan
    fingerprint: str


def _activities_in_app(session: Session, years: set[int]) -> dict[int, _InApp]:
    found = {}
    for year in years:
        for activity, plan, goal in ActivityRepository(session).of_year(year):
            assert activity.id is not None
            found[activity.id] = _InApp(activity, plan, activity_fingerprint(activity, goal.title))
    return found


def _holds(entry: _SheetEntry, plan: WorkPlan) -> bool:
    """Whether the sheet was written from that plan."""
    if plan.kind is not entry.kind or plan.year != entry.year:
        return False
    return entry.combined or entry.kind is not PlanKind.NEIGHBORHOOD or plan.neighborhood_id == entry.neighborhood_id


def _check_same_city(workspace: Workspace, session: Session, manifest: _Manifest, in_app: dict[int, _InApp]) -> None:
    """Refuse a workbook written from another workspace: another city's name, or ids there naming other activities here."""
    city = workspace.city.get().name
    if manifest.city is not None and manifest.city != city:
        raise _written_for(manifest.city, city)
    hoods = neighborhood_names(session)
    for entry in manifest.sheets:
        if entry.neighborhood_id is not None and entry.neighborhood_id not in hoods:
            raise _neighborhood_missing(entry.title)
    entries = {entry.title: entry for entry in manifest.sheets}
    listed = manifest.fingerprints
    if any(i in in_app and t in entries and _holds(entries[t], in_app[i].plan) for i, (t, _) in listed.items()):
        return
    activities = ActivityRepository(session)
    if any(i in in_app or activities.get(i) is not None for i in listed):
        raise _another_city(workspace.city.get().name)


def _twin_key(kind: PlanKind, year: int, neighborhood_id: int | None, name: str) -> tuple:
    return kind, year, neighborhood_id, name.casefold()


def _added_since(in_app: dict[int, _InApp], listed: dict[int, tuple[str, str]]) -> dict[tuple, list[str]]:
    """The activities added in the app since the file was written: fingerprints by plan and name."""
    twins: dict[tuple, list[str]] = {}
    for activity_id, found in in_app.items():
        if activity_id not in listed:
            plan = found.plan
            key = _twin_key(plan.kind, plan.year, plan.neighborhood_id, found.activity.name)
            twins.setdefault(key, []).append(found.fingerprint)
    return twins


# -- the preview -------------------------------------------------------------------------------


class _Reader:
    """Tells each row of the file apart: unchanged, changed, new, a conflict, or rejected with its reason."""

    def __init__(self, session: Session, manifest: _Manifest, in_app: dict[int, _InApp]) -> None:
        self._manifest = manifest
        self._entries = {entry.title: entry for entry in manifest.sheets}
        self._in_app = in_app
        self._added_in_app = _added_since(in_app, manifest.fingerprints)
        self._hoods = {name.casefold(): hood for hood, name in neighborhood_names(session).items()}
        self._partners = {name.casefold(): partner for partner, name in partner_names(session).items()}
        self._city_wide = {CITY_WIDE.get("he").casefold(), CITY_WIDE.get("en").casefold(), ""}
        self.preview = PlanImportPreview(listed_ids=frozenset(manifest.fingerprints))
        self._seen: set[int] = set()
        self._present: set[str] = set()

    def read_sheet(self, entry: _SheetEntry, rows: list[tuple]) -> None:
        self._present.add(entry.title)
        keys = [PLAN_HEADERS.get(_text(header)) for header in rows[0]]
        self._warn_missing_columns(entry, rows[0], set(keys))
        for number, values in enumerate(rows[1:], start=2):
            cells = {key: value for key, value in zip(keys, values) if key is not None}
            self._read_row(entry, number, cells)

    def sheet_missing(self, entry: _SheetEntry) -> None:
        self.preview.warnings.append(ImportIssue(IssueKind.SHEET_MISSING, entry.title, 0, ""))

    def finish(self) -> PlanImportPreview:
        """Rows the file lost: deleted when their activity is as the file was written, a conflict otherwise."""
        for activity_id, (title, written) in self._manifest.fingerprints.items():
            if activity_id in self._seen or title not in self._present:
                continue
            current = self._current(activity_id)
            if current is None:
                continue  # removed in the app as well
            if current.fingerprint != written:
                self.preview.conflicts.append(ImportIssue(IssueKind.DELETED_BUT_CHANGED, title, 0, current.activity.name))
                continue
            self.preview.deleted.append(current.activity)
            self._remember(activity_id, current, title)
        return self.preview

    def _warn_missing_columns(self, entry: _SheetEntry, headers: tuple, keys: set[str | None]) -> None:
        language = "he" if any(_text(header) in HEBREW_HEADERS for header in headers) else "en"
        for column in plan_columns(None if entry.combined else entry.kind):
            if column.key not in keys and column.key not in NOT_IMPORTED_COLUMNS:
                detail = column.header.get(language)
                self.preview.warnings.append(ImportIssue(IssueKind.COLUMN_MISSING, entry.title, 0, "", detail))

    def _current(self, activity_id: int) -> _InApp | None:
        """The app's activity for a listed id, when it is still in the plan its sheet was written from."""
        found = self._in_app.get(activity_id)
        entry = self._entries.get(self._manifest.fingerprints[activity_id][0])
        return found if found is not None and entry is not None and _holds(entry, found.plan) else None

    def _remember(self, activity_id: int, current: _InApp, sheet: str) -> None:
        assert current.plan.id is not None
        self.preview.checked_versions[activity_id] = ActivityVersion(current.plan.id, current.fingerprint, sheet)

    def _issue(self, kind: IssueKind, entry: _SheetEntry, number: int, cells: dict, detail: str = "") -> ImportIssue:
        return ImportIssue(kind, entry.title, number, _text(cells.get("name")), detail)

    def _row_id(self, entry: _SheetEntry, cells: dict[str, object]) -> int | None:
        """The row's activity id, when the file was written with it on this sheet."""
        activity_id = _whole_number(cells.get("id"))
        listed = self._manifest.fingerprints.get(activity_id) if activity_id is not None else None
        return activity_id if listed is not None and listed[0] == entry.title else None

    def _read_row(self, entry: _SheetEntry, number: int, cells: dict[str, object]) -> None:
        activity_id = self._row_id(entry, cells)
        if activity_id is None and not _text(cells.get("name")):
            return  # a blank row, or the totals
        current = None
        if activity_id is not None:
            if activity_id in self._seen:
                self.preview.rejected.append(self._issue(IssueKind.REPEATED_ROW, entry, number, cells))
                return
            self._seen.add(activity_id)
            current = self._current(activity_id)
            if current is None:
                self.preview.conflicts.append(self._issue(IssueKind.REMOVED_IN_APP, entry, number, cells))
                return
        incoming = self._parsed(entry, number, cells, current)
        if incoming is None:
            return
        if current is None:
            self._new(entry, number, cells, incoming)
        else:
            self._compare(entry, number, cells, incoming, current)

    def _parsed(self, entry: _SheetEntry, number: int, cells: dict, current: _InApp | None) -> IncomingActivity | None:
        try:
            return self._incoming(entry, number, cells, current.activity if current else None)
        except _BadValue as error:
            detail = str(error)
        except EmptyName:
            detail = "name: empty"
        except InputError as error:
            detail = str(error) or type(error).__name__
        self.preview.rejected.append(self._issue(IssueKind.BAD_VALUE, entry, number, cells, detail))
        return None

    def _compare(self, entry: _SheetEntry, number: int, cells: dict, incoming: IncomingActivity, current: _InApp) -> None:
        assert current.activity.id is not None
        written = self._manifest.fingerprints[current.activity.id][1]
        arriving = activity_fingerprint(incoming.activity, incoming.goal_title)
        if arriving in (written, current.fingerprint):
            self.preview.unchanged += 1  # as written, or already as the app has it
            return
        if current.fingerprint != written:
            self.preview.conflicts.append(self._issue(IssueKind.CHANGED_IN_BOTH, entry, number, cells))
            return
        self.preview.changed.append(dataclasses.replace(incoming, before=current.activity))
        self._remember(current.activity.id, current, entry.title)

    def _new(self, entry: _SheetEntry, number: int, cells: dict, incoming: IncomingActivity) -> None:
        key = _twin_key(incoming.plan_kind, incoming.year, incoming.neighborhood_id, incoming.activity.name)
        twins = self._added_in_app.get(key, [])
        if activity_fingerprint(incoming.activity, incoming.goal_title) in twins:
            self.preview.unchanged += 1  # came in already, by an earlier import of this file
        elif twins:
            self.preview.conflicts.append(self._issue(IssueKind.ADDED_IN_APP, entry, number, cells))
        else:
            self.preview.added.append(incoming)

    def _incoming(self, entry: _SheetEntry, number: int, cells: dict, current: Activity | None) -> IncomingActivity | None:
        hood = self._neighborhood(entry, cells, current)
        if hood is False:
            detail = _text(cells.get("neighborhood"))
            self.preview.rejected.append(self._issue(IssueKind.UNKNOWN_NEIGHBORHOOD, entry, number, cells, detail))
            return None
        activity = clean_activity(self._activity(entry, number, cells, current, hood))
        plan_hood = None
        if entry.kind is PlanKind.NEIGHBORHOOD:
            plan_hood = entry.neighborhood_id if entry.neighborhood_id is not None else hood
        if entry.kind is PlanKind.NEIGHBORHOOD and plan_hood is None:
            raise _BadValue("neighborhood", cells.get("neighborhood"))
        return IncomingActivity(entry.title, number, activity, _text(cells.get("goal")), entry.kind, entry.year, plan_hood)

    def _activity(self, entry: _SheetEntry, number: int, cells: dict, current: Activity | None, hood: int | None) -> Activity:
        """The row's values over the app's; a column the sheet lacks leaves the app's value as it is."""
        base = current or Activity(None, 0, "")

        def value(key: str, read: Callable[[object], Any], kept: object) -> Any:
            return read(cells[key]) if key in cells else kept

        return dataclasses.replace(
            base,
            name=_text(cells.get("name")),
            neighborhood_id=hood,
            department=value("department", _text, base.department),
            task_key=value("task", _task_key, base.task_key),
            owner=value("owner", _text, base.owner),
            partner_ids=value("partners", lambda cell: self._partner_ids(entry, number, cells), base.partner_ids),
            start=value("start", lambda cell: _date(cell, "start"), base.start),
            end=value("end", lambda cell: _date(cell, "end"), base.end),
            planned_budget=value("planned", lambda cell: _amount(cell, "planned budget"), base.planned_budget),
            metric=value("metric", _text, base.metric),
            target=value("target", _text, base.target),
            actual=value("actual", _text, base.actual),
            status=value("status", _status, base.status),
            notes=value("notes", _text, base.notes),
        )

    def _neighborhood(self, entry: _SheetEntry, cells: dict, current: Activity | None) -> int | None | bool:
        if "neighborhood" not in cells:
            return current.neighborhood_id if current else entry.neighborhood_id
        name = _text(cells["neighborhood"]).casefold()
        if name in self._city_wide:
            return None
        return self._hoods.get(name, False)

    def _partner_ids(self, entry: _SheetEntry, number: int, cells: dict) -> frozenset[int]:
        found = set()
        for name in (part.strip() for part in _text(cells.get("partners")).split(",")):
            if not name:
                continue
            partner = self._partners.get(name.casefold())
            if partner is None:
                self.preview.warnings.append(self._issue(IssueKind.UNKNOWN_PARTNER, entry, number, cells, name))
            else:
                found.add(partner)
        return frozenset(found)


def preview_plan_import(
    workspace: Workspace,
    path: Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> PlanImportPreview:
    """What importing the file would change, changing nothing yet.

    Raises PlanFileRefused for a workbook that cannot come in, PlanImportCancelled when ``is_cancelled`` says so.
    """
    workbook = _open_workbook(Path(path))
    try:
        manifest = _read_manifest(workbook)
        rows = _read_plan_sheets(workbook, manifest, progress, is_cancelled)
    finally:
        workbook.close()
    with workspace.transaction() as session:
        in_app = _activities_in_app(session, {entry.year for entry in manifest.sheets})
        _check_same_city(workspace, session, manifest, in_app)
        reader = _Reader(session, manifest, in_app)
        for entry in manifest.sheets:
            if entry.title in rows:
                reader.read_sheet(entry, rows[entry.title])
            else:
                reader.sheet_missing(entry)
        return reader.finish()


# -- applying ----------------------------------------------------------------------------------


class _Applier:
    """Writes a preview inside one transaction, checking each activity again first."""

    def __init__(self, session: Session, preview: PlanImportPreview) -> None:
        self._preview = preview
        self._goals = GoalRepository(session)
        self._activities = ActivityRepository(session)
        self._plans = WorkPlanRepository(session)
        self._hoods = set(neighborhood_names(session))
        self._partners = frozenset(partner_names(session))
        self._plan_ids: dict[tuple, int | None] = {}
        self._names_added_in_app: dict[int, set[str]] = {}
        self.held_back: list[ImportIssue] = []
        self.updated = self.added = self.removed = 0

    def change(self, items: list[IncomingActivity]) -> None:
        for item in items:
            assert item.before is not None and item.before.id is not None
            version = self._preview.checked_versions.get(item.before.id)
            problem = self._check_again(item.before.id, version)
            if problem is None and not self._neighborhood_exists(item.activity):
                problem = IssueKind.UNKNOWN_NEIGHBORHOOD
            if problem is not None:
                self._hold_back(problem, item.sheet, item.row_number, item.activity.name)
                continue
            assert version is not None
            goal_id = _goal_named(self._goals, version.plan_id, item.goal_title)
            self._activities.update(self._ready(item.activity, goal_id))
            self.updated += 1

    def add(self, items: list[IncomingActivity]) -> None:
        for item in items:
            plan_id = self._plan_id(item.plan_kind, item.year, item.neighborhood_id)
            if plan_id is None or not self._neighborhood_exists(item.activity):
                self._hold_back(IssueKind.UNKNOWN_NEIGHBORHOOD, item.sheet, item.row_number, item.activity.name)
                continue
            if item.activity.name.casefold() in self._added_in_app(plan_id):
                self._hold_back(IssueKind.ADDED_IN_APP, item.sheet, item.row_number, item.activity.name)
                continue
            goal_id = _goal_named(self._goals, plan_id, item.goal_title)
            self._activities.add(self._ready(item.activity, goal_id))
            self.added += 1

    def remove(self, activities: list[Activity]) -> None:
        for activity in activities:
            assert activity.id is not None
            version = self._preview.checked_versions.get(activity.id)
            problem = self._check_again(activity.id, version)
            if problem is IssueKind.REMOVED_SINCE_PREVIEW:
                continue  # gone already, as the file wanted
            if problem is not None:
                self._hold_back(problem, version.sheet if version else "", 0, activity.name)
                continue
            self.removed += self._activities.remove(activity.id)

    def _check_again(self, activity_id: int, version: ActivityVersion | None) -> IssueKind | None:
        """None when the activity is still as the preview saw it; otherwise what happened to it since."""
        current = self._activities.get(activity_id)
        if current is None:
            return IssueKind.REMOVED_SINCE_PREVIEW
        goal = self._goals.get(current.goal_id)
        if version is None or goal is None or goal.plan_id != version.plan_id:
            return IssueKind.CHANGED_SINCE_PREVIEW
        if activity_fingerprint(current, goal.title) != version.fingerprint:
            return IssueKind.CHANGED_SINCE_PREVIEW
        return None

    def _neighborhood_exists(self, activity: Activity) -> bool:
        return activity.neighborhood_id is None or activity.neighborhood_id in self._hoods

    def _ready(self, activity: Activity, goal_id: int) -> Activity:
        """Under its goal, linked only to partners the app still has."""
        return dataclasses.replace(activity, goal_id=goal_id, partner_ids=activity.partner_ids & self._partners)

    def _plan_id(self, kind: PlanKind, year: int, neighborhood_id: int | None) -> int | None:
        """The plan's id, the plan made when it has none yet; None when its neighborhood is gone."""
        key = (kind, year, neighborhood_id)
        if key not in self._plan_ids:
            found = self._plans.find(kind, year, neighborhood_id)
            if found is not None:
                self._plan_ids[key] = found.id
            elif neighborhood_id is None or neighborhood_id in self._hoods:
                self._plan_ids[key] = self._plans.add(WorkPlan(None, kind, year, neighborhood_id))
            else:
                self._plan_ids[key] = None
        return self._plan_ids[key]

    def _added_in_app(self, plan_id: int) -> set[str]:
        """Names of the plan's activities the file was not written with, before this import added any."""
        if plan_id not in self._names_added_in_app:
            listed = self._preview.listed_ids
            self._names_added_in_app[plan_id] = {
                activity.name.casefold() for activity in self._activities.of_plan(plan_id) if activity.id not in listed
            }
        return self._names_added_in_app[plan_id]

    def _hold_back(self, kind: IssueKind, sheet: str, row_number: int, name: str) -> None:
        self.held_back.append(ImportIssue(kind, sheet, row_number, name))


def apply_plan_import(workspace: Workspace, preview: PlanImportPreview, remove_deleted: bool = False) -> PlanImportResult:
    """Apply a preview in one transaction: rows changed and added; rows deleted in the file only when asked.

    An activity changed or removed in the app since the preview is held back, as the app has it, and reported.
    """
    with workspace.transaction() as session:
        applier = _Applier(session, preview)
        applier.change(preview.changed)
        applier.add(preview.added)
        if remove_deleted:
            applier.remove(preview.deleted)
    not_removed = 0 if remove_deleted else len(preview.deleted)
    return PlanImportResult(applier.updated, applier.added, applier.removed, tuple(applier.held_back), not_removed)


def _goal_named(goals: GoalRepository, plan_id: int, title: str) -> int:
    """The plan's goal with that title, added when the plan has none (a row without a goal goes to the first)."""
    existing: list[Goal] = goals.of_plan(plan_id)
    wanted = title.strip()
    for goal in existing:
        if goal.title.strip().casefold() == wanted.casefold() or (not wanted and goal.id is not None):
            assert goal.id is not None
            return goal.id
    return goals.add(plan_id, wanted or "—")
