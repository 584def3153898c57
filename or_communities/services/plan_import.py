"""A work plan written by the app, edited in Excel, and brought back: previewed first, then applied.

The file's hidden sheet lists the activities it was written with and each one's fingerprint; each row carries
its activity's id. So a row changed in the file is told from one changed in the app since (a conflict, left as
the app has it), a new row is added to its plan, and a row deleted in the file is reported and removed only
when the user confirms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.planning import Activity, ActivityStatus, Goal, PlanKind
from ..storage.planning_repositories import ActivityRepository, GoalRepository, neighborhood_names, partner_names
from .errors import ImportFailed, InputError
from .plan_export import CITY_WIDE, MANIFEST_TITLE, PLAN_HEADERS, status_labels
from .spreadsheet_rows import MAX_UNPACKED_BYTES
from .work_plans import WorkPlanService, activity_fingerprint, clean_activity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace


class IssueKind(Enum):
    CHANGED_IN_BOTH = "changed_in_both"
    """Changed in the file and, since the file was written, in the app too: the app's version is kept."""
    REMOVED_IN_APP = "removed_in_app"
    BAD_VALUE = "bad_value"
    REPEATED_ROW = "repeated_row"
    UNKNOWN_PARTNER = "unknown_partner"
    UNKNOWN_NEIGHBORHOOD = "unknown_neighborhood"


@dataclass(frozen=True, slots=True)
class ImportIssue:
    kind: IssueKind
    sheet: str
    row_number: int
    activity_name: str
    detail: str = ""

    def describe(self) -> str:
        return f"{self.sheet} row {self.row_number}: {self.activity_name}: {self.kind.value}" + (
            f" ({self.detail})" if self.detail else ""
        )


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

    @property
    def has_changes(self) -> bool:
        return bool(self.changed or self.added or self.deleted)


@dataclass(frozen=True, slots=True)
class PlanImportResult:
    updated: int
    added: int
    removed: int


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


class _BadValue(Exception):
    def __init__(self, column: str, value: object) -> None:
        super().__init__(f"{column}: {value!r}")


def _open_workbook(path: Path) -> Any:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFailed("not an Excel workbook (.xlsx)") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailed("the workbook unpacks to more than 200 MB")
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise ImportFailed(f"the workbook cannot be read ({type(error).__name__})") from error


def _read_manifest(workbook: Any) -> _Manifest:
    if MANIFEST_TITLE not in workbook.sheetnames:
        raise ImportFailed("not a work plan written by Or Communities (its hidden list of activities is missing)")
    manifest = _Manifest([], {})
    for row in list(workbook[MANIFEST_TITLE].iter_rows(values_only=True))[1:]:
        record, sheet, kind, year, record_id, fingerprint = (list(row) + [None] * 6)[:6]
        if record == "sheet" and isinstance(year, int | float):
            hood = int(record_id) if isinstance(record_id, int | float) else None
            plan_kind = PlanKind(kind)
            combined = plan_kind is PlanKind.NEIGHBORHOOD and hood is None
            manifest.sheets.append(_SheetEntry(str(sheet), plan_kind, int(year), hood, combined))
        elif record == "activity" and isinstance(record_id, int | float):
            manifest.fingerprints[int(record_id)] = (str(sheet), str(fingerprint or ""))
    return manifest


# -- reading cell values ------------------------------------------------------------------------


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


# -- the preview -------------------------------------------------------------------------------


class _Reader:
    def __init__(self, workspace: Workspace, session: Session, manifest: _Manifest) -> None:
        self._workspace = workspace
        self._manifest = manifest
        self._activities = ActivityRepository(session)
        self._goals = GoalRepository(session)
        self._hoods = {name.casefold(): hood for hood, name in neighborhood_names(session).items()}
        self._partners = {name.casefold(): partner for partner, name in partner_names(session).items()}
        self._city_wide = {CITY_WIDE.get("he").casefold(), CITY_WIDE.get("en").casefold(), ""}
        self.preview = PlanImportPreview()
        self._seen: set[int] = set()

    def read_sheet(self, entry: _SheetEntry, rows: list[tuple]) -> None:
        if not rows:
            return
        keys = [PLAN_HEADERS.get(_text(header)) for header in rows[0]]
        for number, values in enumerate(rows[1:], start=2):
            cells = {key: value for key, value in zip(keys, values) if key is not None}
            if _text(cells.get("name")):
                self._read_row(entry, number, cells)

    def finish(self) -> PlanImportPreview:
        for activity_id in self._manifest.fingerprints.keys() - self._seen:
            current = self._activities.get(activity_id)
            if current is not None:
                self.preview.deleted.append(current)
        return self.preview

    def _issue(self, kind: IssueKind, entry: _SheetEntry, number: int, cells: dict, detail: str = "") -> ImportIssue:
        return ImportIssue(kind, entry.title, number, _text(cells.get("name")), detail)

    def _read_row(self, entry: _SheetEntry, number: int, cells: dict[str, object]) -> None:
        raw_id = cells.get("id")
        activity_id = int(raw_id) if isinstance(raw_id, int | float) and not isinstance(raw_id, bool) else None
        if activity_id is not None and activity_id not in self._manifest.fingerprints:
            activity_id = None  # an id the file was not written with: a row copied in from elsewhere
        if activity_id is not None and activity_id in self._seen:
            self.preview.rejected.append(self._issue(IssueKind.REPEATED_ROW, entry, number, cells))
            return
        if activity_id is not None:
            self._seen.add(activity_id)
        current = self._activities.get(activity_id) if activity_id is not None else None
        if activity_id is not None and current is None:
            self.preview.conflicts.append(self._issue(IssueKind.REMOVED_IN_APP, entry, number, cells))
            return
        try:
            incoming = self._incoming(entry, number, cells, current)
        except _BadValue as error:
            self.preview.rejected.append(self._issue(IssueKind.BAD_VALUE, entry, number, cells, str(error)))
            return
        except InputError as error:
            self.preview.rejected.append(self._issue(IssueKind.BAD_VALUE, entry, number, cells, str(error) or type(error).__name__))
            return
        if incoming is None:
            return
        if current is None:
            self.preview.added.append(incoming)
        else:
            self._compare(entry, number, cells, incoming, current)

    def _compare(self, entry: _SheetEntry, number: int, cells: dict, incoming: IncomingActivity, current: Activity) -> None:
        assert current.id is not None
        written = self._manifest.fingerprints[current.id][1]
        if activity_fingerprint(incoming.activity, incoming.goal_title) == written:
            self.preview.unchanged += 1
            return
        goal = self._goals.get(current.goal_id)
        if activity_fingerprint(current, goal.title if goal else "") != written:
            self.preview.conflicts.append(self._issue(IssueKind.CHANGED_IN_BOTH, entry, number, cells))
            return
        self.preview.changed.append(dataclasses.replace(incoming, before=current))

    def _incoming(self, entry: _SheetEntry, number: int, cells: dict, current: Activity | None) -> IncomingActivity | None:
        hood = self._neighborhood(entry, cells, current)
        if hood is False:
            self.preview.rejected.append(self._issue(IssueKind.UNKNOWN_NEIGHBORHOOD, entry, number, cells, _text(cells.get("neighborhood"))))
            return None
        base = current or Activity(None, 0, "")
        activity = dataclasses.replace(
            base,
            name=_text(cells.get("name")),
            neighborhood_id=hood,
            department=_text(cells["department"]) if "department" in cells else base.department,
            task_key=_text(cells.get("task")) or None,
            owner=_text(cells.get("owner")),
            partner_ids=self._partner_ids(entry, number, cells),
            start=_date(cells.get("start"), "start"),
            end=_date(cells.get("end"), "end"),
            planned_budget=_amount(cells.get("planned"), "planned budget"),
            metric=_text(cells.get("metric")),
            target=_text(cells.get("target")),
            actual=_text(cells.get("actual")),
            status=_status(cells.get("status")),
            notes=_text(cells.get("notes")),
        )
        activity = clean_activity(activity)
        plan_hood = None
        if entry.kind is PlanKind.NEIGHBORHOOD:
            plan_hood = entry.neighborhood_id if entry.neighborhood_id is not None else hood
        if entry.kind is PlanKind.NEIGHBORHOOD and plan_hood is None:
            raise _BadValue("neighborhood", cells.get("neighborhood"))
        return IncomingActivity(entry.title, number, activity, _text(cells.get("goal")), entry.kind, entry.year, plan_hood)

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


def preview_plan_import(workspace: Workspace, path: Path) -> PlanImportPreview:
    """What importing the file would change, changing nothing yet."""
    workbook = _open_workbook(path)
    try:
        manifest = _read_manifest(workbook)
        with workspace.transaction() as session:
            reader = _Reader(workspace, session, manifest)
            for entry in manifest.sheets:
                if entry.title in workbook.sheetnames:
                    reader.read_sheet(entry, list(workbook[entry.title].iter_rows(values_only=True)))
            return reader.finish()
    finally:
        workbook.close()


def apply_plan_import(workspace: Workspace, preview: PlanImportPreview, remove_deleted: bool = False) -> PlanImportResult:
    """Apply a preview in one transaction: rows changed and added; rows deleted in the file only when asked."""
    plans = WorkPlanService(workspace)
    targets = {
        (item.plan_kind, item.year, item.neighborhood_id) for item in preview.added
    }
    plan_ids = {target: plans.plan(*target).id for target in targets}
    with workspace.transaction() as session:
        goals, activities = GoalRepository(session), ActivityRepository(session)
        for item in preview.changed:
            assert item.before is not None
            plan_id = _plan_of_goal(goals, item.before.goal_id)
            goal_id = _goal_named(goals, plan_id, item.goal_title) if plan_id is not None else item.before.goal_id
            activities.update(dataclasses.replace(item.activity, goal_id=goal_id))
        for item in preview.added:
            plan_id = plan_ids[(item.plan_kind, item.year, item.neighborhood_id)]
            assert plan_id is not None
            activities.add(dataclasses.replace(item.activity, goal_id=_goal_named(goals, plan_id, item.goal_title)))
        removed = 0
        if remove_deleted:
            removed = sum(activities.remove(activity.id) for activity in preview.deleted if activity.id is not None)
    return PlanImportResult(len(preview.changed), len(preview.added), removed)


def _plan_of_goal(goals: GoalRepository, goal_id: int) -> int | None:
    goal = goals.get(goal_id)
    return goal.plan_id if goal else None


def _goal_named(goals: GoalRepository, plan_id: int, title: str) -> int:
    """The plan's goal with that title, added when the plan has none (a row without a goal goes to the first)."""
    existing: list[Goal] = goals.of_plan(plan_id)
    wanted = title.strip()
    for goal in existing:
        if goal.title.strip().casefold() == wanted.casefold() or (not wanted and goal.id is not None):
            assert goal.id is not None
            return goal.id
    return goals.add(plan_id, wanted or "—")
