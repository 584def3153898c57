"""Journeys 8 and 12: work plans with a budget out to Excel (formulas recalculated by a spreadsheet engine), and back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable

import openpyxl
import pytest

from or_communities.domain.planning import (
    Activity,
    ActivityStatus,
    Expense,
    ExpenseCategory,
    Income,
    IncomeSource,
    IncomeStatus,
    PlanKind,
)
from or_communities.services.plan_export import (
    export_budget,
    export_city_workbook,
    export_work_plan,
)
from or_communities.services.plan_import import (
    IssueKind,
    apply_plan_import,
    preview_plan_import,
)
from or_communities.services.work_plans import WorkPlanService
from or_communities.services.workspace import Workspace
from tests.helpers import recalculated
from tests.integration.test_cli import run_cli

HOSTILE = ("=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1")
TODAY = dt.date(2026, 2, 1)


@pytest.fixture
def city(tmp_path):
    workspace = Workspace.create(tmp_path / "city.orcity", "דימונה", 2026, clock=lambda: TODAY)
    yield workspace
    workspace.close()


def _cancelled_after(answers: int) -> Callable[[], bool]:
    """Says it was not cancelled ``answers`` times, then that it was."""
    asked = itertools.count(1)
    return lambda: next(asked) > answers


def _plan_with_budget(workspace):
    """A neighborhood's plan of four activities (two with hostile text), expenses booked to them, and income."""
    hood = workspace.neighborhoods.add("ממשית").id
    plans = WorkPlanService(workspace)
    plan = plans.plan(PlanKind.NEIGHBORHOOD, 2026, hood)
    goal = plans.add_goal(plan.id, "חיזוק המנהיגות המקומית")
    specs = [
        ("כנס שכונה", HOSTILE[2], 5000.0, ActivityStatus.IN_PROGRESS, 3),
        (HOSTILE[0], HOSTILE[1], 1200.5, ActivityStatus.PLANNED, 6),
        ("סיור מיפוי", HOSTILE[3], 800.0, ActivityStatus.DONE, 2),
        ("הכשרת רכזי בניינים", "רינה", 2500.0, ActivityStatus.DELAYED, 9),
    ]
    activities = [
        plans.add_activity(
            Activity(None, goal.id, name, owner=owner, start=dt.date(2026, month, 1), end=dt.date(2026, month + 1, 15),
                     planned_budget=planned, status=status, metric="משתתפים", target="40")
        )
        for name, owner, planned, status, month in specs
    ]
    for activity, actual in zip(activities, (3200.0, 0.0, 950.0, 100.0), strict=True):
        workspace.budget.add_expense(
            Expense(None, 2026, ExpenseCategory.EVENTS, "הוצאה", hood, activity.id, activity.planned_budget, actual)
        )
    workspace.budget.add_expense(Expense(None, 2026, ExpenseCategory.STAFF, "רכזת", None, None, 40000.0, 20000.0))
    for source, amount, status in (
        (IncomeSource.MUNICIPALITY, 60000.0, IncomeStatus.COMMITTED),
        (IncomeSource.DONORS, 15000.0, IncomeStatus.RECEIVED),
        (IncomeSource.MUNICIPALITY, 5000.0, IncomeStatus.EXPECTED),
    ):
        workspace.budget.add_income(Income(None, 2026, source, "מקור", amount, status))
    return hood, plan, activities


def _row_of(sheet, name):
    names = _column(sheet, "פעולה")
    return next(row for row in range(2, sheet.max_row + 1) if sheet[f"{names}{row}"].value == name)


def _column(sheet, header):
    return next(cell.column_letter for cell in sheet[1] if cell.value == header)


def test_a_neighborhood_plan_exports_with_formulas_that_recalculate_to_the_right_totals(city, tmp_path):
    """The plan's sheet has real SUM and difference formulas, ₪ amounts, a status drop-down colored by status,
    frozen header, filter, right-to-left, print setup and hidden id columns; recalculated, the totals are right."""
    hood, _plan, _activities = _plan_with_budget(city)
    path = export_work_plan(city, tmp_path / "plan.xlsx", PlanKind.NEIGHBORHOOD, hood)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    planned, spent, difference = (_column(sheet, h) for h in ("תקציב מתוכנן", "הוצאה בפועל", "הפרש"))
    assert sheet[f"{planned}6"].value == f"=SUM({planned}2:{planned}5)"
    assert sheet[f"{difference}2"].value == f"={planned}2-{spent}2"
    assert "₪" in sheet[f"{planned}2"].number_format
    assert sheet.sheet_view.rightToLeft and sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    status = _column(sheet, "סטטוס")
    validation = sheet.data_validations.dataValidation[0]
    assert validation.type == "list" and "בוצע" in validation.formula1 and f"{status}2:{status}5" in str(validation.sqref)
    assert len(list(sheet.conditional_formatting)) == 1
    # Sixteen columns do not fit one A4 width at a readable size: 70% across pages, goal and activity repeated.
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.page_setup.scale == 70 and not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_cols.replace("$", "") == "A:B" and sheet.print_title_rows.replace("$", "") == "1:1"
    notes = _column(sheet, "הערות")
    area = (sheet.print_area[0] if isinstance(sheet.print_area, list) else sheet.print_area).replace("$", "")
    assert area.split(":")[-1].rstrip("0123456789") < notes
    assert sheet.print_title_rows == "$1:$1"
    assert "דימונה" in sheet.oddHeader.center.text and "01/02/2026" in sheet.oddHeader.center.text
    assert sheet.column_dimensions[_column(sheet, "מזהה")].hidden
    assert sheet[f"{_column(sheet, 'התחלה')}2"].is_date
    # Read right to left even when the text starts with digits, as a task's "2.1 …" does.
    assert sheet["A1"].alignment.readingOrder == 2 and sheet[f"{_column(sheet, 'פעולה')}2"].alignment.readingOrder == 2

    values = recalculated(path)
    title = sheet.title
    assert values[(title, f"{planned}6")] == pytest.approx(9500.5)
    assert values[(title, f"{spent}6")] == pytest.approx(4250.0)
    assert values[(title, f"{difference}6")] == pytest.approx(5250.5)
    assert values[(title, f"{difference}{_row_of(sheet, 'כנס שכונה')}")] == pytest.approx(1800.0)


def test_hostile_text_stays_text(city, tmp_path):
    """Names and owners such as =cmd|…, @SUM(1), +1 and -1 are written as quoted text, never as formulas."""
    hood, _plan, _activities = _plan_with_budget(city)
    path = export_work_plan(city, tmp_path / "plan.xlsx", PlanKind.NEIGHBORHOOD, hood)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    texts = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row if isinstance(cell.value, str)}
    for hostile in HOSTILE:
        assert texts[hostile].data_type == "s" and texts[hostile].quotePrefix
    assert recalculated(path)[(sheet.title, f"{_column(sheet, 'פעולה')}{_row_of(sheet, HOSTILE[0])}")] == HOSTILE[0]


def test_the_budget_summary_recalculates_income_by_source_and_status_and_expenses_by_neighborhood(city, tmp_path):
    """The summary is formulas over the income and expense sheets; recalculated, each line is the right sum, and
    the balance counts only secured income against planned expenses, the money in hand only income received."""
    _plan_with_budget(city)
    path = export_budget(city, tmp_path / "budget.xlsx")
    book = openpyxl.load_workbook(path)
    summary = book.worksheets[2]
    values = recalculated(path)
    lines = {
        (summary[f"A{row}"].value, summary[f"B{row}"].value or ""): row for row in range(2, summary.max_row + 1)
    }

    def value(part, item, column="C"):
        return values[(summary.title, f"{column}{lines[(part, item)]}")]

    assert value("הכנסות לפי מקור", "עירייה") == pytest.approx(65000)
    assert value("הכנסות לפי סטטוס", "התקבל") == pytest.approx(15000)
    assert value("הוצאות לפי שכונה", "ממשית") == pytest.approx(9500.5)
    assert value("הוצאות לפי שכונה", "ממשית", "D") == pytest.approx(4250)
    assert value("הוצאות לפי שכונה", "כל העיר", "E") == pytest.approx(20000)
    assert value("הוצאות לפי קטגוריה", "כוח אדם") == pytest.approx(40000)
    assert value("הכנסות מובטחות (מאושרות והתקבלו)", "") == pytest.approx(60000 + 15000)
    assert value("סך ההכנסות, כולל צפויות", "") == pytest.approx(80000)
    assert value("יתרה: הכנסות מובטחות פחות הוצאות מתוכננות", "") == pytest.approx(75000 - 49500.5)
    assert value("בקופה: הכנסות שהתקבלו פחות הוצאות בפועל", "") == pytest.approx(15000 - 24250)
    expenses = book.worksheets[1]
    assert expenses["G2"].value == "=E2-F2" and values[(expenses.title, "G7")] == pytest.approx(49500.5 - 24250)


def test_the_city_workbook_holds_plans_budget_events_partners_and_people_in_english_too(city, tmp_path):
    """One workbook: the city and annual plans, the city projects, the neighborhood plans, income, expenses,
    summary, events, partners, people; English headers and left-to-right sheets when asked."""
    _plan_with_budget(city)
    path = export_city_workbook(city, tmp_path / "city.xlsx", language="en")
    book = openpyxl.load_workbook(path)
    titles = book.sheetnames
    assert titles[:4] == ["City plan 2026", "Annual plan 2026", "City projects 2026", "Neighborhood plans 2026"]
    assert {"Income 2026", "Expenses 2026", "Budget summary 2026", "Events 2026", "Partners", "People"} <= set(titles)
    assert book["orc-manifest"].sheet_state == "hidden"
    plans = book["Neighborhood plans 2026"]
    assert plans["A1"].value == "Goal" and not plans.sheet_view.rightToLeft
    assert plans["C2"].value == "ממשית"


def test_the_events_sheet_gives_each_date_in_the_hebrew_calendar_and_the_days_it_falls_on(city, tmp_path):
    """An event on Rosh Hashana that is also Shabbat is written with its Hebrew date and both named; an ordinary
    weekday has its Hebrew date and nothing else; attendance is totalled."""
    from or_communities.domain.planning import Event
    from or_communities.services.plan_export import export_events

    city.events.add_event(Event(None, "כנס ראש השנה", dt.date(2026, 9, 12), attendance=80))
    city.events.add_event(Event(None, "ישיבת ועדה", dt.date(2026, 9, 15), attendance=12))
    sheet = openpyxl.load_workbook(export_events(city, tmp_path / "events.xlsx")).worksheets[0]
    rows = {row[4]: row for row in sheet.iter_rows(min_row=2, values_only=True) if row[4]}
    assert rows["כנס ראש השנה"][:3] == (dt.datetime(2026, 9, 12), "א׳ בתשרי תשפ״ז", "שבת, ראש השנה")
    assert rows["ישיבת ועדה"][1:3] == ("ד׳ בתשרי תשפ״ז", None)
    attendance = _column(sheet, "משתתפים")
    assert recalculated(tmp_path / "events.xlsx")[(sheet.title, f"{attendance}4")] == 92


def test_every_formula_stores_the_result_a_spreadsheet_engine_computes(city, tmp_path):
    """Readers that never recalculate (viewers, previews) show the same numbers: each formula's stored result
    equals the engine's recalculation."""
    _plan_with_budget(city)
    path = export_city_workbook(city, tmp_path / "city.xlsx")
    formulas_book = openpyxl.load_workbook(path)
    stored_book = openpyxl.load_workbook(path, data_only=True)
    values = recalculated(path)
    checked = 0
    for sheet in formulas_book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                stored = stored_book[sheet.title][cell.coordinate].value
                assert stored == pytest.approx(values[(sheet.title.upper(), cell.coordinate)]), (sheet.title, cell.coordinate)
                checked += 1
    assert checked > 40


def test_the_city_workbook_reports_progress_and_a_cancel_leaves_no_file(city, tmp_path):
    """Progress climbs from reading to laying out, then says 'saving'; a cancel stops it and writes nothing."""
    from or_communities.files.excel import WriteCancelled

    _plan_with_budget(city)
    heard = []
    export_city_workbook(city, tmp_path / "city.xlsx", progress=lambda done, total: heard.append((done, total)))
    measured = [done / total for done, total in heard if total]
    assert measured == sorted(measured) and measured[0] < 0.5 and measured[-1] == 1.0
    assert heard[-1] == (0, 0)

    for answered_no in (3, 10):  # cancelled while reading, then while laying out rows
        with pytest.raises(WriteCancelled):
            export_city_workbook(city, tmp_path / "cancelled.xlsx", cancelled=_cancelled_after(answered_no))
        assert not list(tmp_path.glob("*cancelled*"))


def test_the_budget_alone_reports_progress_and_a_cancel_or_a_missing_folder_leaves_no_file(city, tmp_path):
    """Exported alone, the budget reports its rows as they are laid out, then 'saving'; a cancel raises WriteCancelled
    and a missing folder the FileNotFoundError that says so, and neither leaves a file behind."""
    from or_communities.files.excel import WriteCancelled

    _plan_with_budget(city)
    heard = []
    export_budget(city, tmp_path / "budget.xlsx", progress=lambda done, total: heard.append((done, total)))
    assert any(0 < done < total for done, total in heard) and heard[-1] == (0, 0)

    with pytest.raises(WriteCancelled):
        export_budget(city, tmp_path / "cancelled.xlsx", cancelled=_cancelled_after(3))
    with pytest.raises(FileNotFoundError):
        export_budget(city, tmp_path / "nowhere" / "budget.xlsx")
    assert not list(tmp_path.glob("*cancelled*")) and not (tmp_path / "nowhere").exists()


def test_an_edited_plan_comes_back_with_changes_additions_deletions_and_conflicts(city, tmp_path):
    """A row changed in Excel is applied; a new row is added to its goal; a deleted row is reported and removed
    only on confirmation; a row changed in the app since the export is a conflict and the app's version stays."""
    hood, plan, activities = _plan_with_budget(city)
    plans = WorkPlanService(city)
    path = export_work_plan(city, tmp_path / "plan.xlsx", PlanKind.NEIGHBORHOOD, hood)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    column = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(_row_of(sheet, "כנס שכונה"), column["אחראי/ת"]).value = "דוד"
    sheet.cell(_row_of(sheet, HOSTILE[0]), column["סטטוס"]).value = "בוצע"
    plans.update_activity(dataclasses.replace(activities[1], owner="משה"))
    sheet.delete_rows(_row_of(sheet, "סיור מיפוי"))
    sheet.insert_rows(5)
    for header, value in (("מטרה", "יעד חדש"), ("פעולה", "סיור לילי"), ("תקציב מתוכנן", 700), ("התחלה", dt.datetime(2026, 11, 3))):
        sheet.cell(5, column[header]).value = value
    book.save(path)

    preview = preview_plan_import(city, path)
    assert [item.activity.name for item in preview.changed] == ["כנס שכונה"]
    assert [item.activity.name for item in preview.added] == ["סיור לילי"]
    assert [activity.name for activity in preview.deleted] == ["סיור מיפוי"]
    assert [issue.kind for issue in preview.conflicts] == [IssueKind.CHANGED_IN_BOTH]
    assert preview.unchanged == 1 and not preview.rejected

    apply_plan_import(city, preview, remove_deleted=False)
    after = {activity.name: activity for activity in plans.activities(plan.id)}
    assert after["כנס שכונה"].owner == "דוד" and after["סיור מיפוי"]
    assert after[HOSTILE[0]].owner == "משה" and after[HOSTILE[0]].status is ActivityStatus.PLANNED
    assert after["סיור לילי"].planned_budget == 700 and after["סיור לילי"].start == dt.date(2026, 11, 3)
    assert [goal.title for goal in plans.goals(plan.id)] == ["חיזוק המנהיגות המקומית", "יעד חדש"]

    apply_plan_import(city, preview_plan_import(city, path), remove_deleted=True)
    assert "סיור מיפוי" not in {activity.name for activity in plans.activities(plan.id)}


def test_copying_a_plan_to_next_year_moves_dates_and_starts_status_afresh(city):
    """Next year's plan copied from this year's: same goals and activities, dates a year later, status planned."""
    hood, plan, activities = _plan_with_budget(city)
    plans = WorkPlanService(city)
    plans.update_activity(dataclasses.replace(activities[2], actual="35 משתתפים"))
    copied = plans.copy_plan(plan.id, 2027, hood)
    assert (copied.year, copied.neighborhood_id) == (2027, hood)
    moved = plans.activities(copied.id)
    assert sorted(a.start for a in moved) == sorted(a.start.replace(year=2027) for a in activities)
    assert {a.status for a in moved} == {ActivityStatus.PLANNED} and {a.actual for a in moved} == {""}
    other = city.neighborhoods.add("נווה חורש").id
    assert len(plans.activities(plans.copy_plan(plan.id, 2026, other).id)) == 4


def test_the_timeline_shows_every_neighborhoods_activities_by_month_with_filters(city):
    """All neighborhoods' activities of the year on one timeline, each with its months, filtered by owner and status."""
    hood, _plan, _activities = _plan_with_budget(city)
    plans = WorkPlanService(city)
    city_plan = plans.plan(PlanKind.CITY, 2026)
    goal = plans.add_goal(city_plan.id, "תשתית עירונית")
    plans.add_activity(Activity(None, goal.id, "שולחן שותפים", owner="רינה", start=dt.date(2025, 11, 1), end=dt.date(2026, 2, 1)))
    entries = plans.timeline(2026)
    assert entries[0].activity.name == "שולחן שותפים" and entries[0].months == frozenset({1, 2})
    assert entries[1].neighborhood_name == "ממשית" and entries[1].months == frozenset({2, 3})
    assert [e.activity.name for e in plans.timeline(2026, owner="רינה")] == ["שולחן שותפים", "הכשרת רכזי בניינים"]
    assert [e.activity.name for e in plans.timeline(2026, neighborhood_id=hood, status=ActivityStatus.DONE)] == ["סיור מיפוי"]


def test_export_excel_and_import_work_plan_from_the_command_line(city, tmp_path):
    """export-excel writes the whole city workbook by default and a neighborhood's plan by name;
    import-work-plan shows the changes and applies them only with --yes."""
    _hood, plan, _activities = _plan_with_budget(city)
    whole = run_cli("export-excel", str(city.path), str(tmp_path / "city.xlsx"))
    assert whole.returncode == 0, whole.stderr
    done = run_cli("export-excel", str(city.path), str(tmp_path / "plan.xlsx"), "--what", "neighborhood", "--neighborhood", "ממשית")
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    book.worksheets[0].delete_rows(2)
    book.save(tmp_path / "plan.xlsx")
    shown = run_cli("import-work-plan", str(city.path), str(tmp_path / "plan.xlsx"))
    assert shown.returncode == 0 and "deleted in the file: 1" in shown.stdout
    assert len(WorkPlanService(city).activities(plan.id)) == 4
    applied = run_cli("import-work-plan", str(city.path), str(tmp_path / "plan.xlsx"), "--yes")
    assert applied.returncode == 0 and "1 removed" in applied.stdout
    assert len(WorkPlanService(city).activities(plan.id)) == 3
