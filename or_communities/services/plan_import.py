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
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.backups import BackupReason
from ..domain.errors import EmptyName, InputError
from ..domain.plan_rules import activity_fingerprint, clean_activity
from ..domain.planning import Activity, Goal, PlanKind, WorkPlan
from ..files.formula_text import FormulaText
from ..files.plan_sheets import CITY_WIDE, PLAN_COLUMNS, PLAN_HEADERS, plan_columns
from ..files.plan_workbook import (
    BadValue,
    Manifest,
    Progress,
    SheetEntry,
    another_city,
    cell_amount,
    cell_date,
    cell_status,
    cell_task_key,
    cell_text,
    neighborhood_missing,
    open_workbook,
    read_manifest,
    read_plan_sheets,
    whole_number,
    written_for,
)
from ..storage.budget_repositories import ExpenseRepository
from ..storage.planning_repositories import (
    ActivityRepository,
    GoalRepository,
    WorkPlanRepository,
    neighborhood_names,
    partner_names,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace

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
    DELETED_WITH_BUDGET_LINES = "deleted_with_budget_lines"
    """Deleted in the file while budget lines point to it: removing it leaves them in the budget, unlinked."""
    FORMULA_AS_TEXT = "formula_as_text"
    """A formula was typed into a cell: it comes in as the text typed, never as its result."""
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


def _holds(entry: SheetEntry, plan: WorkPlan) -> bool:
    """Whether the sheet was written from that plan."""
    if plan.kind is not entry.kind or plan.year != entry.year:
        return False
    return entry.combined or entry.kind is not PlanKind.NEIGHBORHOOD or plan.neighborhood_id == entry.neighborhood_id


def _check_same_city(workspace: Workspace, session: Session, manifest: Manifest, in_app: dict[int, _InApp]) -> None:
    """Refuse a workbook written from another workspace: another city's name, or ids there naming other activities here."""
    city = workspace.city.get().name
    if manifest.city is not None and manifest.city != city:
        raise written_for(manifest.city, city)
    hoods = neighborhood_names(session)
    for entry in manifest.sheets:
        if entry.neighborhood_id is not None and entry.neighborhood_id not in hoods:
            raise neighborhood_missing(entry.title)
    entries = {entry.title: entry for entry in manifest.sheets}
    listed = manifest.fingerprints
    if any(i in in_app and t in entries and _holds(entries[t], in_app[i].plan) for i, (t, _) in listed.items()):
        return
    activities = ActivityRepository(session)
    if any(i in in_app or activities.get(i) is not None for i in listed):
        raise another_city(workspace.city.get().name)


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

    def __init__(self, session: Session, manifest: Manifest, in_app: dict[int, _InApp]) -> None:
        self._manifest = manifest
        self._entries = {entry.title: entry for entry in manifest.sheets}
        self._in_app = in_app
        self._added_in_app = _added_since(in_app, manifest.fingerprints)
        self._hoods = {name.casefold(): hood for hood, name in neighborhood_names(session).items()}
        self._partners = {name.casefold(): partner for partner, name in partner_names(session).items()}
        self._budget_lines = ExpenseRepository(session).lines_per_activity()
        self._city_wide = {CITY_WIDE.get("he").casefold(), CITY_WIDE.get("en").casefold(), ""}
        self.preview = PlanImportPreview(listed_ids=frozenset(manifest.fingerprints))
        self._seen: set[int] = set()
        self._present: set[str] = set()
        self._headers: dict[str, str] = {}
        """The headers of the sheet being read, by column key (as the file writes them, for the preview)."""

    def read_sheet(self, entry: SheetEntry, rows: list[tuple]) -> None:
        self._present.add(entry.title)
        keys = [PLAN_HEADERS.get(cell_text(header)) for header in rows[0]]
        self._headers = {key: cell_text(header) for key, header in zip(keys, rows[0], strict=False) if key is not None}
        self._warn_missing_columns(entry, rows[0], set(keys))
        for number, values in enumerate(rows[1:], start=2):
            cells = {key: value for key, value in zip(keys, values, strict=False) if key is not None}
            self._read_row(entry, number, cells)

    def sheet_missing(self, entry: SheetEntry) -> None:
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
            if lines := self._budget_lines.get(activity_id, 0):
                issue = ImportIssue(IssueKind.DELETED_WITH_BUDGET_LINES, title, 0, current.activity.name, str(lines))
                self.preview.warnings.append(issue)
        return self.preview

    def _warn_missing_columns(self, entry: SheetEntry, headers: tuple, keys: set[str | None]) -> None:
        language = "he" if any(cell_text(header) in HEBREW_HEADERS for header in headers) else "en"
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

    def _issue(self, kind: IssueKind, entry: SheetEntry, number: int, cells: dict, detail: str = "") -> ImportIssue:
        return ImportIssue(kind, entry.title, number, cell_text(cells.get("name")), detail)

    def _row_id(self, entry: SheetEntry, cells: dict[str, object]) -> int | None:
        """The row's activity id, when the file was written with it on this sheet."""
        activity_id = whole_number(cells.get("id"))
        listed = self._manifest.fingerprints.get(activity_id) if activity_id is not None else None
        return activity_id if listed is not None and listed[0] == entry.title else None

    def _read_row(self, entry: SheetEntry, number: int, cells: dict[str, object]) -> None:
        activity_id = self._row_id(entry, cells)
        if activity_id is None and not cell_text(cells.get("name")):
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
        self._note_formulas(entry, number, cells)
        if current is None:
            self._new(entry, number, cells, incoming)
        else:
            self._compare(entry, number, cells, incoming, current)

    def _note_formulas(self, entry: SheetEntry, number: int, cells: dict) -> None:
        """A formula typed into a text cell comes in as the text typed; the preview says where."""
        for key, value in cells.items():
            if isinstance(value, FormulaText) and key not in NOT_IMPORTED_COLUMNS:
                header = self._headers.get(key, key)
                self.preview.warnings.append(self._issue(IssueKind.FORMULA_AS_TEXT, entry, number, cells, f"{header}: {value}"))

    def _parsed(self, entry: SheetEntry, number: int, cells: dict, current: _InApp | None) -> IncomingActivity | None:
        try:
            return self._incoming(entry, number, cells, current.activity if current else None)
        except BadValue as error:
            detail = str(error)
        except EmptyName:
            detail = "name: empty"
        except InputError as error:
            detail = str(error) or type(error).__name__
        self.preview.rejected.append(self._issue(IssueKind.BAD_VALUE, entry, number, cells, detail))
        return None

    def _compare(self, entry: SheetEntry, number: int, cells: dict, incoming: IncomingActivity, current: _InApp) -> None:
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

    def _new(self, entry: SheetEntry, number: int, cells: dict, incoming: IncomingActivity) -> None:
        key = _twin_key(incoming.plan_kind, incoming.year, incoming.neighborhood_id, incoming.activity.name)
        twins = self._added_in_app.get(key, [])
        if activity_fingerprint(incoming.activity, incoming.goal_title) in twins:
            self.preview.unchanged += 1  # came in already, by an earlier import of this file
        elif twins:
            self.preview.conflicts.append(self._issue(IssueKind.ADDED_IN_APP, entry, number, cells))
        else:
            self.preview.added.append(incoming)

    def _incoming(self, entry: SheetEntry, number: int, cells: dict, current: Activity | None) -> IncomingActivity | None:
        hood = self._neighborhood(entry, cells, current)
        if hood is False:
            detail = cell_text(cells.get("neighborhood"))
            self.preview.rejected.append(self._issue(IssueKind.UNKNOWN_NEIGHBORHOOD, entry, number, cells, detail))
            return None
        activity = clean_activity(self._activity(entry, number, cells, current, hood))
        plan_hood = None
        if entry.kind is PlanKind.NEIGHBORHOOD:
            plan_hood = entry.neighborhood_id if entry.neighborhood_id is not None else hood
        if entry.kind is PlanKind.NEIGHBORHOOD and plan_hood is None:
            raise BadValue("neighborhood", cells.get("neighborhood"))
        return IncomingActivity(entry.title, number, activity, cell_text(cells.get("goal")), entry.kind, entry.year, plan_hood)

    def _activity(self, entry: SheetEntry, number: int, cells: dict, current: Activity | None, hood: int | None) -> Activity:
        """The row's values over the app's; a column the sheet lacks leaves the app's value as it is."""
        base = current or Activity(None, 0, "")

        def value(key: str, read: Callable[[object], Any], kept: object) -> Any:
            return read(cells[key]) if key in cells else kept

        return dataclasses.replace(
            base,
            name=cell_text(cells.get("name")),
            neighborhood_id=hood,
            department=value("department", cell_text, base.department),
            task_key=value("task", cell_task_key, base.task_key),
            owner=value("owner", cell_text, base.owner),
            partner_ids=value("partners", lambda cell: self._partner_ids(entry, number, cells), base.partner_ids),
            start=value("start", lambda cell: cell_date(cell, "start"), base.start),
            end=value("end", lambda cell: cell_date(cell, "end"), base.end),
            planned_budget=value("planned", lambda cell: cell_amount(cell, "planned budget"), base.planned_budget),
            metric=value("metric", cell_text, base.metric),
            target=value("target", cell_text, base.target),
            actual=value("actual", cell_text, base.actual),
            status=value("status", cell_status, base.status),
            notes=value("notes", cell_text, base.notes),
        )

    def _neighborhood(self, entry: SheetEntry, cells: dict, current: Activity | None) -> int | bool | None:
        if "neighborhood" not in cells:
            return current.neighborhood_id if current else entry.neighborhood_id
        name = cell_text(cells["neighborhood"]).casefold()
        if name in self._city_wide:
            return None
        return self._hoods.get(name, False)

    def _partner_ids(self, entry: SheetEntry, number: int, cells: dict) -> frozenset[int]:
        found = set()
        for name in (part.strip() for part in cell_text(cells.get("partners")).split(",")):
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
    workbook = open_workbook(Path(path))
    try:
        manifest = read_manifest(workbook)
        rows = read_plan_sheets(workbook, manifest, progress, is_cancelled)
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
    workspace.back_up(BackupReason.BEFORE_IMPORT)  # "undo the import" restores it
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
