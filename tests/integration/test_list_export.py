"""Journeys 7 and 8, lists out: partners and people to Excel and CSV, safe to open and to edit in Excel."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from or_communities.domain.errors import UnknownListFormat
from or_communities.domain.records import Partner, PartnerKind, Person, PersonRole
from or_communities.files.csv_export import write_csv
from or_communities.files.excel import Column, ColumnKind, SheetSpec, write_workbook
from or_communities.files.list_columns import ListKind
from or_communities.services.list_export import export_partners, export_people
from or_communities.services.list_import import DuplicateChoice, import_list
from or_communities.services.workspace import Workspace

HOSTILE_NAMES = ("=1+1", "@SUM(A1)", "+972 קהילה", "-2+3", '=HYPERLINK("http://example.org")')
PEOPLE_HEADERS_HE = [
    "שם מלא", "תפקידים", "שכונה", "טלפון", 'דוא"ל', "כתובת", "כישורים", "הכשרות", "ועדות", "סטטוס",
    "פעילות אחרונה", "הסכמה ליצירת קשר", "תאריך ההסכמה", "הערות",
]


@pytest.fixture
def workspace(demo_path: Path):
    opened = Workspace.open(demo_path)
    for name in HOSTILE_NAMES:
        opened.people.add_person(Person(0, name, frozenset({PersonRole.VOLUNTEER}), last_activity=dt.date(2026, 3, 1)))
    opened.partners.add(Partner(0, "=cmd|'/c calc'!A1", PartnerKind.BUSINESS_OR_DONOR, last_contact=dt.date(2026, 2, 14)))
    yield opened
    opened.close()


def _rows_by_name(sheet) -> dict[str, tuple]:
    return {row[0].value: row for row in sheet.iter_rows(min_row=2)}


def test_people_go_to_a_right_to_left_workbook_with_hebrew_headers(workspace, tmp_path):
    """The sheet is right-to-left, the bold header row is frozen and filtered, and every person is a row."""
    path = export_people(workspace, tmp_path / "אנשים.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "אנשים"
    assert sheet.sheet_view.rightToLeft is True
    assert [cell.value for cell in sheet[1]] == PEOPLE_HEADERS_HE
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:N{len(workspace.people.list()) + 1}"
    assert sheet.max_row == len(workspace.people.list()) + 1
    assert 8 <= sheet.column_dimensions["A"].width <= 60


def test_names_that_look_like_formulas_are_stored_as_text(workspace, tmp_path):
    """=1+1, @SUM(A1), +972…, -2+3 and =HYPERLINK stay strings (type "s", quote prefix), never formulas."""
    path = export_people(workspace, tmp_path / "people.xlsx")
    rows = _rows_by_name(openpyxl.load_workbook(path).active)
    for name in HOSTILE_NAMES:
        cell = rows[name][0]
        assert (cell.value, cell.data_type) == (name, "s")
        assert cell.quotePrefix is True
    partner_sheet = openpyxl.load_workbook(export_partners(workspace, tmp_path / "partners.xlsx")).active
    hostile = _rows_by_name(partner_sheet)["=cmd|'/c calc'!A1"][0]
    assert hostile.data_type == "s"


def test_dates_are_real_dates_and_roles_and_places_are_words(workspace, tmp_path):
    """Last activity is an Excel date; roles, neighborhoods and kinds are written in Hebrew words."""
    path = export_people(workspace, tmp_path / "people.xlsx")
    rows = _rows_by_name(openpyxl.load_workbook(path).active)
    activity = rows["=1+1"][PEOPLE_HEADERS_HE.index("פעילות אחרונה")]
    assert activity.is_date
    assert activity.value.date() == dt.date(2026, 3, 1)
    assert rows["=1+1"][1].value == "מתנדב/ת"
    assert rows["רחל מזרחי"][2].value == "רובע 5"
    partners = _rows_by_name(openpyxl.load_workbook(export_partners(workspace, tmp_path / "p.xlsx")).active)
    assert partners["אגף הרווחה"][1].value == "אגף עירוני"
    assert partners["=cmd|'/c calc'!A1"][13].value.date() == dt.date(2026, 2, 14)
    welfare = next(partner for partner in workspace.partners.list() if partner.name == "אגף הרווחה")
    assert partners["אגף הרווחה"][8].value == welfare.influence


def test_english_headers_and_a_left_to_right_sheet_when_asked(workspace, tmp_path):
    """language="en" writes English headers and kinds on a left-to-right sheet."""
    sheet = openpyxl.load_workbook(export_partners(workspace, tmp_path / "partners.xlsx", language="en")).active
    assert sheet.title == "Partners"
    assert not sheet.sheet_view.rightToLeft
    assert [cell.value for cell in sheet[1]][:4] == ["Name", "Kind", "Contact person", "Phone"]
    assert _rows_by_name(sheet)["אגף הרווחה"][1].value == "Municipal department"


def test_people_to_csv_with_a_bom_and_formula_looking_values_prefixed(workspace, tmp_path):
    """The CSV starts with a UTF-8 BOM; values starting with = + - @ get a leading apostrophe; it reads back."""
    path = export_people(workspace, tmp_path / "people.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == PEOPLE_HEADERS_HE
    names = [row[0] for row in rows[1:]]
    for name in HOSTILE_NAMES:
        assert "'" + name in names
    assert "רחל מזרחי" in names
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["'=1+1"][PEOPLE_HEADERS_HE.index("פעילות אחרונה")] == "2026-03-01"


def test_an_exported_list_reads_back_in_as_the_same_people(workspace, tmp_path):
    """The export's headers map back on import: every row is found as a duplicate of itself and nothing is refused."""
    path = export_people(workspace, tmp_path / "people.xlsx")
    count = len(workspace.people.list())
    preview, result = import_list(workspace, ListKind.PEOPLE, path, choice=DuplicateChoice.SKIP)
    assert (result.added, result.skipped, result.rejected) == (0, count, 0)
    assert {row.record.full_name for row in preview.rows} >= set(HOSTILE_NAMES)


def test_the_writer_strips_illegal_characters_and_formats_numbers_money_and_dates(tmp_path):
    """Control characters Excel refuses are dropped; numbers stay numbers, money gets a format, dates a date format."""
    spec = SheetSpec(
        "תקציב: [טיוטה]",
        [Column("פריט"), Column("כמות", ColumnKind.NUMBER), Column("סכום", ColumnKind.MONEY), Column("תאריך", ColumnKind.DATE)],
        [["כיבוד\x07 לאירוע", 3, 1250.5, dt.date(2026, 5, 1)], ["@ספק", None, None, None]],
        right_to_left=False,
    )
    path = write_workbook(tmp_path / "budget.xlsx", [spec])
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "תקציב   טיוטה"
    assert not sheet.sheet_view.rightToLeft
    item, amount, money, date = sheet[2]
    assert item.value == "כיבוד לאירוע"
    assert (amount.value, amount.data_type) == (3, "n")
    assert money.value == 1250.5 and money.number_format == "#,##0.00"
    assert date.is_date and date.number_format == "dd/mm/yyyy"
    assert (sheet["A3"].value, sheet["A3"].data_type) == ("@ספק", "s")
    assert list(tmp_path.iterdir()) == [path]


def test_csv_writer_leaves_numbers_and_safe_text_alone(tmp_path):
    """Only text that starts like a formula (or with a tab or CR) is prefixed; numbers and ordinary text are not."""
    spec = SheetSpec("x", [Column("a"), Column("b", ColumnKind.NUMBER)], [["\tכרטיסייה", -5], ["רגיל", 7], ["\rשורה", 1]])
    path = write_csv(tmp_path / "x.csv", spec)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows == [["a", "b"], ["'\tכרטיסייה", "-5"], ["רגיל", "7"], ["'\rשורה", "1"]]


def test_an_unknown_suffix_is_refused_before_anything_is_written(workspace, tmp_path):
    """Only .xlsx and .csv are written; another suffix is a readable error and no file appears."""
    with pytest.raises(UnknownListFormat):
        export_people(workspace, tmp_path / "people.pdf")
    assert list(tmp_path.glob("*people*")) == []


def test_a_wide_list_prints_across_pages_at_a_readable_scale(tmp_path, demo_path):
    """The partners sheet is too wide for one A4 width at a readable size: it prints at 70% across pages, its name
    column and header row on every page, its notes left out of the print area; a narrow sheet fits the width."""
    from or_communities.services.plan_export import export_budget
    from or_communities.services.workspace import Workspace

    workspace = Workspace.open(demo_path)
    partners = export_partners(workspace, tmp_path / "partners.xlsx")
    budget = export_budget(workspace, tmp_path / "budget.xlsx")
    workspace.close()
    sheet = openpyxl.load_workbook(partners).worksheets[0]
    notes = next(cell.column_letter for cell in sheet[1] if cell.value == "הערות")
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.scale == 70 and sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_cols.replace("$", "") == "A:A" and sheet.print_title_rows.replace("$", "") == "1:1"
    area = sheet.print_area[0] if isinstance(sheet.print_area, list) else sheet.print_area
    last_printed = area.split(":")[-1].replace("$", "").rstrip("0123456789")
    assert len(last_printed) == len(notes) and last_printed < notes
    income = openpyxl.load_workbook(budget).worksheets[0]
    assert income.sheet_properties.pageSetUpPr.fitToPage and income.page_setup.fitToHeight == 0  # one page wide


def test_whole_amounts_are_written_without_agorot(tmp_path):
    """₪4,000 is written as ₪4,000 and ₪4,000.50 with its agorot; a formula's format follows its result; read back
    by openpyxl."""
    from or_communities.files.excel import Formula

    spec = SheetSpec(
        "סכומים", [Column("סכום", ColumnKind.SHEKELS, total=True)], [[4000.0], [4000.5], [Formula("=A2*2", 8000.0)]],
        total_label='סה"כ',
    )
    path = write_workbook(tmp_path / "money.xlsx", [spec])
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet["A2"].number_format == '"₪"#,##0;-"₪"#,##0'
    assert sheet["A3"].number_format == '"₪"#,##0.00;-"₪"#,##0.00'
    assert sheet["A4"].number_format == '"₪"#,##0;-"₪"#,##0'
    assert sheet["A5"].number_format == '"₪"#,##0.00;-"₪"#,##0.00'  # the total, 16,000.50
