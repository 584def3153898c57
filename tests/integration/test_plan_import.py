"""A work plan exported by the app, edited in Excel and imported again: changes applied after a preview,
conflicts reported, nothing lost; a workbook that cannot come in changes nothing, in the service and the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from or_communities.domain.planning import Activity, ActivityStatus, PlanKind
from or_communities.domain.records import Partner, PartnerKind
from or_communities.files import plan_workbook
from or_communities.files.plan_workbook import PlanFileRefused, PlanImportCancelled
from or_communities.services import plan_import
from or_communities.services.plan_export import export_city_workbook, export_work_plan
from or_communities.services.plan_import import (
    IssueKind,
    apply_plan_import,
    preview_plan_import,
)
from or_communities.services.work_plans import WorkPlanService
from or_communities.services.workspace import Workspace
from tests.integration.test_cli import run_cli

TODAY = dt.date(2026, 2, 1)
GOAL = "חיזוק המנהיגות המקומית"
PARTNER = 'מתנ"ס ממשית'
COMBINED = "תכניות שכונתיות 2026"


@pytest.fixture
def city(tmp_path):
    workspace = Workspace.create(tmp_path / "city.orcity", "דימונה", 2026, clock=lambda: TODAY)
    yield workspace
    workspace.close()


@dataclasses.dataclass
class Plan:
    hood: int
    plan_id: int
    partner: int
    ids: dict[str, int]


def _plan(workspace: Workspace) -> Plan:
    """ממשית's plan: four activities under one goal, the first with a partner; a second neighborhood with none."""
    hood = workspace.neighborhoods.add("ממשית").id
    workspace.neighborhoods.add("נווה חורש")
    partner = workspace.partners.add(Partner(0, PARTNER, PartnerKind.COMMUNITY_FIELD_UNIT))
    plans = WorkPlanService(workspace)
    plan = plans.plan(PlanKind.NEIGHBORHOOD, 2026, hood)
    goal = plans.add_goal(plan.id, GOAL)
    ids = {}
    for name, owner, planned, month in (
        ("כנס שכונה", "רינה", 5000.0, 3),
        ("סיור מיפוי", "דוד", 800.0, 4),
        ("הכשרת רכזים", "נועה", 2500.0, 5),
        ("ערב תרבות", "מיכל", 1200.0, 6),
    ):
        activity = Activity(
            None, goal.id, name, owner=owner, planned_budget=planned, start=dt.date(2026, month, 1),
            end=dt.date(2026, month, 20), partner_ids=frozenset({partner}) if name == "כנס שכונה" else frozenset(),
        )
        ids[name] = plans.add_activity(activity).id
    return Plan(hood, plan.id, partner, ids)


def _by_name(workspace: Workspace, plan_id: int) -> dict[str, Activity]:
    return {activity.name: activity for activity in WorkPlanService(workspace).activities(plan_id)}


def _headers(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1] if cell.value}


def _row_of(sheet, name: str) -> int:
    column = _headers(sheet)["פעולה"]
    return next(row for row in range(2, sheet.max_row + 1) if sheet.cell(row, column).value == name)


def _put(sheet, row: int, values: dict[str, object]) -> None:
    """Type values into a row by header; text stays text, as Excel keeps a cell typed with a leading quote."""
    columns = _headers(sheet)
    for header, value in values.items():
        cell = sheet.cell(row, columns[header])
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"


def _edit(path: Path, change, sheet_title: str | None = None) -> Path:
    book = openpyxl.load_workbook(path)
    change(book[sheet_title] if sheet_title else book.worksheets[0])
    book.save(path)
    return path


def _exported(workspace: Workspace, plan: Plan, tmp_path: Path) -> Path:
    return export_work_plan(workspace, tmp_path / "plan.xlsx", PlanKind.NEIGHBORHOOD, plan.hood)


# -- a round trip -----------------------------------------------------------------------------


def test_a_changed_an_added_and_a_deleted_row_come_back_and_hostile_text_stays_text(city, tmp_path):
    """A changed, an added ("=1+1", "@SUM(A1)") and a deleted row are previewed and applied, the text kept as typed and exported again as text."""
    plan = _plan(city)
    path = _exported(city, plan, tmp_path)

    def edit(sheet):
        _put(sheet, _row_of(sheet, "כנס שכונה"), {"אחראי/ת": "@SUM(A1)", "תקציב מתוכנן": 6500, "סטטוס": "בוצע"})
        sheet.delete_rows(_row_of(sheet, "סיור מיפוי"))
        new_row = sheet.max_row + 1
        _put(sheet, new_row, {"מטרה": GOAL, "פעולה": "=1+1", "אחראי/ת": "+972", "שותפים": PARTNER, "סטטוס": "בביצוע"})
        sheet.cell(new_row, _headers(sheet)["התחלה"]).value = dt.datetime(2026, 9, 3)

    _edit(path, edit)
    preview = preview_plan_import(city, path)
    assert [item.activity.name for item in preview.changed] == ["כנס שכונה"]
    assert [item.activity.name for item in preview.added] == ["=1+1"]
    assert [activity.name for activity in preview.deleted] == ["סיור מיפוי"]
    assert not preview.conflicts and not preview.rejected and preview.unchanged == 2

    result = apply_plan_import(city, preview, remove_deleted=True)
    assert (result.updated, result.added, result.removed, result.held_back) == (1, 1, 1, ())
    after = _by_name(city, plan.plan_id)
    assert set(after) == {"כנס שכונה", "=1+1", "הכשרת רכזים", "ערב תרבות"}
    changed = after["כנס שכונה"]
    assert (changed.owner, changed.planned_budget, changed.status) == ("@SUM(A1)", 6500.0, ActivityStatus.DONE)
    assert changed.partner_ids == {plan.partner}
    added = after["=1+1"]
    assert (added.owner, added.start, added.status, added.neighborhood_id) == ("+972", dt.date(2026, 9, 3), ActivityStatus.IN_PROGRESS, plan.hood)
    assert added.partner_ids == {plan.partner}

    again = openpyxl.load_workbook(_exported(city, plan, tmp_path)).worksheets[0]
    cells = {cell.value: cell for row in again.iter_rows(min_row=2) for cell in row if isinstance(cell.value, str)}
    assert cells["=1+1"].data_type == "s" and cells["@SUM(A1)"].data_type == "s"


def test_a_new_row_on_the_city_workbook_goes_to_its_neighborhood_and_a_second_import_adds_nothing(city, tmp_path):
    """A new city-workbook row starts its neighborhood's plan, and importing the same file again finds nothing to do."""
    plan = _plan(city)
    path = export_city_workbook(city, tmp_path / "city.xlsx")

    def edit(sheet):
        _put(sheet, _row_of(sheet, "ערב תרבות"), {"אחראי/ת": "שירה"})
        _put(sheet, sheet.max_row + 1, {"מטרה": "קליטה", "פעולה": "מפגש היכרות", "שכונה": "נווה חורש"})

    _edit(path, edit, COMBINED)
    result = apply_plan_import(city, preview_plan_import(city, path))
    assert (result.updated, result.added) == (1, 1)
    other = WorkPlanService(city).find_plan(PlanKind.NEIGHBORHOOD, 2026, city.neighborhoods.list()[1].id)
    assert [activity.name for activity in WorkPlanService(city).activities(other.id)] == ["מפגש היכרות"]
    assert _by_name(city, plan.plan_id)["ערב תרבות"].owner == "שירה"

    second = preview_plan_import(city, path)
    assert not second.has_changes and not second.conflicts and second.unchanged == 5


# -- nothing lost -----------------------------------------------------------------------------


def test_an_activity_changed_or_removed_after_the_preview_is_held_back_and_the_rest_is_applied(city, tmp_path):
    """Activities changed or removed in the app after the preview are held back as the app has them; the rest is applied."""
    plan = _plan(city)
    path = _exported(city, plan, tmp_path)

    def edit(sheet):
        for name in ("כנס שכונה", "הכשרת רכזים", "ערב תרבות"):
            _put(sheet, _row_of(sheet, name), {"אחראי/ת": "מהקובץ"})
        sheet.delete_rows(_row_of(sheet, "סיור מיפוי"))
        _put(sheet, sheet.max_row + 1, {"מטרה": GOAL, "פעולה": "סיור לילי"})

    _edit(path, edit)
    preview = preview_plan_import(city, path)
    plans = WorkPlanService(city)
    plans.update_activity(dataclasses.replace(plans.get_activity(plan.ids["כנס שכונה"]), notes="מחלון אחר"))
    plans.remove_activity(plan.ids["הכשרת רכזים"])
    plans.update_activity(dataclasses.replace(plans.get_activity(plan.ids["סיור מיפוי"]), owner="שונה"))

    result = apply_plan_import(city, preview, remove_deleted=True)
    assert (result.updated, result.added, result.removed) == (1, 1, 0)
    assert {issue.activity_name: issue.kind for issue in result.held_back} == {
        "כנס שכונה": IssueKind.CHANGED_SINCE_PREVIEW,
        "הכשרת רכזים": IssueKind.REMOVED_SINCE_PREVIEW,
        "סיור מיפוי": IssueKind.CHANGED_SINCE_PREVIEW,
    }
    after = _by_name(city, plan.plan_id)
    assert (after["כנס שכונה"].owner, after["כנס שכונה"].notes) == ("רינה", "מחלון אחר")
    assert "הכשרת רכזים" not in after and after["סיור מיפוי"].owner == "שונה"
    assert after["ערב תרבות"].owner == "מהקובץ" and "סיור לילי" in after


def test_an_error_half_way_through_apply_leaves_the_workspace_as_it_was(city, tmp_path, monkeypatch):
    """A failure half-way through Apply keeps neither the change already written nor the plan already started."""
    plan = _plan(city)
    path = export_city_workbook(city, tmp_path / "city.xlsx")

    def edit(sheet):
        _put(sheet, _row_of(sheet, "כנס שכונה"), {"אחראי/ת": "דוד"})
        _put(sheet, sheet.max_row + 1, {"מטרה": "קליטה", "פעולה": "מפגש היכרות", "שכונה": "נווה חורש"})

    _edit(path, edit, COMBINED)
    preview = preview_plan_import(city, path)

    def failing_add(self, activity):
        raise RuntimeError("disk full")

    monkeypatch.setattr(plan_import.ActivityRepository, "add", failing_add)
    with pytest.raises(RuntimeError):
        apply_plan_import(city, preview)
    assert _by_name(city, plan.plan_id)["כנס שכונה"].owner == "רינה"
    assert WorkPlanService(city).find_plan(PlanKind.NEIGHBORHOOD, 2026, city.neighborhoods.list()[1].id) is None


def test_a_row_deleted_in_the_file_but_changed_in_the_app_is_a_conflict_not_a_deletion(city, tmp_path):
    """Deleting a row in Excel does not remove an activity someone changed in the app after the export."""
    plan = _plan(city)
    path = _edit(_exported(city, plan, tmp_path), lambda sheet: sheet.delete_rows(_row_of(sheet, "סיור מיפוי")))
    plans = WorkPlanService(city)
    plans.update_activity(dataclasses.replace(plans.get_activity(plan.ids["סיור מיפוי"]), status=ActivityStatus.DONE))

    preview = preview_plan_import(city, path)
    assert preview.deleted == []
    assert [(issue.kind, issue.activity_name) for issue in preview.conflicts] == [(IssueKind.DELETED_BUT_CHANGED, "סיור מיפוי")]
    apply_plan_import(city, preview, remove_deleted=True)
    assert _by_name(city, plan.plan_id)["סיור מיפוי"].status is ActivityStatus.DONE


def test_a_renamed_column_keeps_its_values_and_a_renamed_sheet_deletes_nothing(city, tmp_path):
    """A retyped header leaves that column's values as they are, and a renamed sheet is a warning, not its rows deleted."""
    plan = _plan(city)

    def retype_header(sheet):
        sheet.cell(1, _headers(sheet)["אחראי/ת"]).value = "אחראי"
        _put(sheet, _row_of(sheet, "כנס שכונה"), {"תקציב מתוכנן": 7000})

    preview = preview_plan_import(city, _edit(_exported(city, plan, tmp_path), retype_header))
    assert [(issue.kind, issue.detail) for issue in preview.warnings] == [(IssueKind.COLUMN_MISSING, "אחראי/ת")]
    apply_plan_import(city, preview, remove_deleted=True)
    after = _by_name(city, plan.plan_id)
    assert (after["כנס שכונה"].owner, after["כנס שכונה"].planned_budget) == ("רינה", 7000.0)
    assert {activity.owner for activity in after.values()} == {"רינה", "דוד", "נועה", "מיכל"}

    def rename(sheet):
        sheet.title = "השכונות שלי"

    renamed = _edit(export_city_workbook(city, tmp_path / "city.xlsx"), rename, COMBINED)
    preview = preview_plan_import(city, renamed)
    assert preview.deleted == [] and [issue.kind for issue in preview.warnings] == [IssueKind.SHEET_MISSING]


def test_the_task_an_activity_serves_goes_out_by_its_name_and_comes_back_by_name_or_number(city, tmp_path):
    """The task column shows "2.1 name" (not an internal key); a task typed as its number comes back as that task,
    and a task no one knows is a rejected row that changes nothing."""
    from or_communities.domain.catalog import TASKS, task_label

    plan = _plan(city)
    first, second = [task for task in TASKS.values() if task.stage_number == 2][:2]
    plans = WorkPlanService(city)
    activity = _by_name(city, plan.plan_id)["כנס שכונה"]
    plans.update_activity(dataclasses.replace(activity, task_key=first.key))
    path = _exported(city, plan, tmp_path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.cell(_row_of(sheet, "כנס שכונה"), _headers(sheet)["משימה בתהליך"]).value == task_label(first, "he")

    def retype(sheet):
        _put(sheet, _row_of(sheet, "כנס שכונה"), {"משימה בתהליך": f"{second.stage_number}.{second.number}"})
        _put(sheet, _row_of(sheet, "סיור מיפוי"), {"משימה בתהליך": "משימה שאינה קיימת"})

    preview = preview_plan_import(city, _edit(path, retype))
    assert [issue.activity_name for issue in preview.rejected] == ["סיור מיפוי"]
    apply_plan_import(city, preview)
    after = _by_name(city, plan.plan_id)
    assert after["כנס שכונה"].task_key == second.key and after["סיור מיפוי"].task_key is None


def test_a_formula_typed_into_a_name_or_an_empty_note_comes_in_as_its_text_and_is_said(city, tmp_path):
    """A name turned into =1+1 and a formula typed into an empty notes cell come in as the text typed — not as
    their result, not dropped — and the preview names the row, the column and the formula."""
    plan = _plan(city)

    def formulas(sheet):
        sheet.cell(_row_of(sheet, "ערב תרבות"), _headers(sheet)["פעולה"]).value = "=1+1"
        sheet.cell(_row_of(sheet, "סיור מיפוי"), _headers(sheet)["הערות"]).value = '=HYPERLINK("http://x","y")'

    preview = preview_plan_import(city, _edit(_exported(city, plan, tmp_path), formulas))
    noted = sorted(issue.detail for issue in preview.warnings if issue.kind is IssueKind.FORMULA_AS_TEXT)
    assert noted == ["הערות: =HYPERLINK(\"http://x\",\"y\")", "פעולה: =1+1"]
    assert preview.deleted == [] and preview.rejected == []
    apply_plan_import(city, preview, remove_deleted=True)
    after = {activity.id: activity for activity in WorkPlanService(city).activities(plan.plan_id)}
    assert after[plan.ids["ערב תרבות"]].name == "=1+1"
    assert after[plan.ids["סיור מיפוי"]].notes == '=HYPERLINK("http://x","y")'


def test_text_columns_are_text_down_to_their_empty_cells(city, tmp_path):
    """Every text column of the exported plan is formatted as text ("@"), so what is typed into an empty cell later
    stays text; the date and money columns keep their own formats."""
    plan = _plan(city)
    sheet = openpyxl.load_workbook(_exported(city, plan, tmp_path)).worksheets[0]
    headers = _headers(sheet)
    empty_note = sheet.cell(_row_of(sheet, "ערב תרבות"), headers["הערות"])
    assert empty_note.value is None and empty_note.number_format == "@"
    for header in ("פעולה", "אחראי/ת", "הערות", "יעד"):
        letter = openpyxl.utils.get_column_letter(headers[header])
        assert sheet.column_dimensions[letter].number_format == "@", header
    for header in ("התחלה", "תקציב מתוכנן"):
        letter = openpyxl.utils.get_column_letter(headers[header])
        assert sheet.column_dimensions[letter].number_format != "@", header


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed here")
def test_a_formula_recalculated_by_a_spreadsheet_program_still_comes_in_as_its_text(city, tmp_path):
    """A workbook re-saved by LibreOffice stores the formula's result ("2"); the import still takes "=1+1"."""
    import subprocess

    soffice = shutil.which("soffice")
    assert soffice is not None
    plan = _plan(city)

    def formula(sheet):
        sheet.cell(_row_of(sheet, "ערב תרבות"), _headers(sheet)["הערות"]).value = "=1+1"

    edited = _edit(_exported(city, plan, tmp_path), formula)
    resaved = tmp_path / "resaved"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(resaved), str(edited)],
        check=True, capture_output=True, timeout=180,
    )
    preview = preview_plan_import(city, resaved / edited.name)
    apply_plan_import(city, preview)
    assert _by_name(city, plan.plan_id)["ערב תרבות"].notes == "=1+1"


def test_deleting_an_activity_that_budget_lines_point_to_is_said_in_the_preview(city, tmp_path):
    """A row deleted in the file whose activity has budget lines is a warning naming how many; removed, the lines
    stay in the budget, unlinked."""
    from or_communities.domain.planning import Expense, ExpenseCategory
    from or_communities.services.budget import BudgetService

    plan = _plan(city)
    budget = BudgetService(city)
    for amount in (300.0, 450.0):
        budget.add_expense(Expense(None, 2026, ExpenseCategory.ACTIVITIES, "אולם", plan.hood, plan.ids["ערב תרבות"], amount))

    def delete_row(sheet):
        sheet.delete_rows(_row_of(sheet, "ערב תרבות"))

    preview = preview_plan_import(city, _edit(_exported(city, plan, tmp_path), delete_row))
    warned = [issue for issue in preview.warnings if issue.kind is IssueKind.DELETED_WITH_BUDGET_LINES]
    assert [(issue.activity_name, issue.detail) for issue in warned] == [("ערב תרבות", "2")]
    apply_plan_import(city, preview, remove_deleted=True)
    assert "ערב תרבות" not in _by_name(city, plan.plan_id)
    assert sorted(expense.planned for expense in budget.expenses(2026) if expense.description == "אולם") == [300.0, 450.0]


def test_reading_reports_progress_up_to_the_total_and_stops_at_cancel(city, tmp_path):
    """Reading 120 activities reports (done, total) rising to the total, and stops with PlanImportCancelled at Cancel."""
    plan = _plan(city)
    plans = WorkPlanService(city)
    goal = plans.goals(plan.plan_id)[0]
    for number in range(116):
        plans.add_activity(Activity(None, goal.id, f"פעילות {number}"))
    path = _exported(city, plan, tmp_path)

    reported = []
    preview_plan_import(city, path, progress=lambda done, total: reported.append((done, total)))
    assert len(reported) >= 3 and reported == sorted(reported)
    assert reported[-1][0] == reported[-1][1] >= 121

    stopped = []
    with pytest.raises(PlanImportCancelled):
        preview_plan_import(city, path, progress=lambda done, total: stopped.append(done), is_cancelled=lambda: True)
    assert stopped == []


# -- files that cannot come in ------------------------------------------------------------------


def _text_file(city, plan, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    return path


def _zip_of_something_else(city, plan, tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


def _damaged_workbook(city, plan, tmp_path):
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "not xml at all")
    return path


def _workbook_not_from_the_app(city, plan, tmp_path):
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["פעולה", "מזהה"])
    book.active.append(["כנס שכונה", 1])
    book.save(path)
    return path


def _damaged_manifest(city, plan, tmp_path):
    path = _exported(city, plan, tmp_path)
    book = openpyxl.load_workbook(path)
    manifest = book["orc-manifest"]
    sheet_row = next(row for row in range(2, manifest.max_row + 1) if manifest.cell(row, 1).value == "sheet")
    manifest.cell(sheet_row, 3).value = "galaxy"
    book.save(path)
    return path


def _id_column_deleted(city, plan, tmp_path):
    return _edit(_exported(city, plan, tmp_path), lambda sheet: sheet.delete_cols(_headers(sheet)["מזהה"]))


def _another_citys_plan(city, plan, tmp_path):
    other = Workspace.create(tmp_path / "other.orcity", "ירוחם", 2026, clock=lambda: TODAY)
    plans = WorkPlanService(other)
    goal = plans.add_goal(plans.plan(PlanKind.CITY, 2026).id, "תשתית עירונית")
    for name in ("שולחן שותפים", "מיפוי ארגונים"):
        plans.add_activity(Activity(None, goal.id, name))
    path = export_work_plan(other, tmp_path / "other.xlsx", PlanKind.CITY)
    other.close()
    return path


def _another_citys_neighborhood(city, plan, tmp_path):
    other = Workspace.create(tmp_path / "other.orcity", "ירוחם", 2026, clock=lambda: TODAY)
    hoods = [other.neighborhoods.add(name).id for name in ("א", "ב", "ג")]
    path = export_work_plan(other, tmp_path / "other.xlsx", PlanKind.NEIGHBORHOOD, hoods[-1])
    other.close()
    return path


def _without_the_city_record(path):
    """As a workbook written before the manifest named its city: only the ids can tell."""
    book = openpyxl.load_workbook(path)
    manifest = book["orc-manifest"]
    for row in range(manifest.max_row, 1, -1):
        if manifest.cell(row, 1).value == "city":
            manifest.delete_rows(row)
    book.save(path)
    return path


def _another_citys_plan_unnamed(city, plan, tmp_path):
    return _without_the_city_record(_another_citys_plan(city, plan, tmp_path))


def _another_citys_neighborhood_unnamed(city, plan, tmp_path):
    return _without_the_city_record(_another_citys_neighborhood(city, plan, tmp_path))


BAD_FILES = {
    "text file": (_text_file, "not an Excel workbook"),
    "zip of another kind": (_zip_of_something_else, "not an Excel workbook"),
    "damaged workbook": (_damaged_workbook, "damaged"),
    "no manifest": (_workbook_not_from_the_app, "not a work plan exported by Or Communities"),
    "damaged manifest": (_damaged_manifest, "hidden list of activities is damaged"),
    "id column deleted": (_id_column_deleted, "has lost its column 'ID'"),
    "another city": (_another_citys_plan, "written from ירוחם, and the open workspace is דימונה's"),
    "another city's neighborhood": (_another_citys_neighborhood, "written from ירוחם"),
    "another city, unnamed": (_another_citys_plan_unnamed, "does not match דימונה's work plans"),
    "another city's neighborhood, unnamed": (_another_citys_neighborhood_unnamed, "is not in this city"),
}


@pytest.mark.parametrize("bad", BAD_FILES, ids=list(BAD_FILES))
def test_a_workbook_that_cannot_come_in_is_refused_with_a_reason_and_changes_nothing(city, tmp_path, bad):
    """Each kind of bad workbook is refused with a message naming the problem, and the workspace file is byte-identical."""
    plan = _plan(city)
    make, expected = BAD_FILES[bad]
    path = make(city, plan, tmp_path)
    before = city.path.read_bytes()
    with pytest.raises(PlanFileRefused) as refused:
        preview_plan_import(city, path)
    assert expected in refused.value.reason and refused.value.message.he
    assert city.path.read_bytes() == before


def test_a_locked_workbook_is_refused_with_what_to_do(city, tmp_path, monkeypatch):
    """A workbook another program keeps locked is refused with a message to close it in Excel; nothing changes."""
    plan = _plan(city)
    path = _exported(city, plan, tmp_path)
    before = city.path.read_bytes()

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(plan_workbook.zipfile, "ZipFile", locked)
    with pytest.raises(PlanFileRefused) as refused:
        preview_plan_import(city, path)
    assert "close it in Excel" in refused.value.reason and "סגרו אותו ב-Excel" in refused.value.message.he
    assert city.path.read_bytes() == before


def test_import_work_plan_refuses_bad_workbooks_with_one_line_and_changes_nothing(city, tmp_path):
    """import-work-plan --yes exits 1 on each bad workbook with one line, no traceback, and a byte-identical workspace."""
    plan = _plan(city)
    paths = []
    for name, (make, _expected) in BAD_FILES.items():
        folder = tmp_path / name.replace(" ", "-")
        folder.mkdir()
        paths.append(make(city, plan, folder))
    before = city.path.read_bytes()
    for path in paths:
        done = run_cli("import-work-plan", str(city.path), str(path), "--yes")
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, (path, done.stderr)
        assert lines[0].startswith("or-communities: error: ") and "nothing was changed" in lines[0]
        assert "Traceback" not in done.stderr
    assert city.path.read_bytes() == before
