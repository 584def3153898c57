"""Journeys 7 and 8, lists in: people and partners from the Excel and CSV files managers already keep."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import openpyxl
import pytest

from or_communities.domain.errors import ImportFailed, RecordNotFound
from or_communities.domain.records import PartnerKind, Person, PersonRole
from or_communities.files.list_columns import ColumnMapping, ImportField, ListKind
from or_communities.services.list_import import (
    DuplicateChoice,
    DuplicateChoices,
    ImportCancelled,
    ListImporter,
    MatchOn,
    RejectReason,
    list_sheets,
    read_list,
)
from or_communities.services.workspace import Workspace

HYPERLINK = '=HYPERLINK("http://example.org","לחצו כאן")'
MESSY_HEADERS = ["  שם מלא ", "טלפון נייד", 'דוא"ל', " שכונה:", "תפקיד", "כתובת", "הערות"]
MESSY_ROWS: list[list[object] | None] = [
    ["נועה   ברק", "0501234567", "noa@example.org", "רובע 5", "מתנדבת", "", "בערבים בלבד"],
    None,
    ["יוסי לוי", "052-765-4321", "", "רובע 3", "פעיל, רכז בניין", "הרצל 12", ""],
    ["רחל כהן", "+972501234567", "rachel@example.org", "", "", "", ""],
    None,
    None,
    ["מספר שגוי", "12-345", "", "", "", "", ""],
    [HYPERLINK, "054-1111111", "", "", "", "", ""],
    ["+972 בית הקהילה", "", "", "", "", "", ""],
    ["", "053-2222222", "", "", "", "", "בלי שם"],
    ["דוא\"ל שגוי", "", "not-an-address", "", "", "", ""],
    ["שכונה לא קיימת", "", "", "רובע 99", "", "", ""],
]


def write_xlsx(path: Path, headers: list[str], rows: list[list[object] | None], sheet: str = "רשימה") -> Path:
    """A workbook as a manager's Excel would hold it: text stays text, blank rows are really blank."""
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for column, header in enumerate(headers, start=1):
        worksheet.cell(row=1, column=column, value=header)
    for row_index, values in enumerate(rows, start=2):
        for column, value in enumerate(values or [], start=1):
            if value in ("", None):
                continue
            cell = worksheet.cell(row=row_index, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
    workbook.create_sheet("סיכום").append(["סה\"כ", 10])
    workbook.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[list[str] | None], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(row or [])
    return path


@pytest.fixture
def workspace(demo_path: Path):
    opened = Workspace.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def rachel(workspace: Workspace) -> Person:
    """Someone already in the workspace, her phone written the usual way, her email not yet known."""
    return workspace.people.add_person(
        Person(0, "רחל כהן", frozenset({PersonRole.ACTIVIST}), None, "050-1234567", "", "הנשיאים 4", notes="ותיקה")
    )


def _hood(workspace: Workspace, name: str) -> int:
    return next(hood.id for hood in workspace.neighborhoods.list() if hood.name == name)


def _people_named(workspace: Workspace, name: str) -> list[Person]:
    return [person for person in workspace.people.list() if person.full_name == name]


def _preview(workspace: Workspace, path: Path, kind: ListKind = ListKind.PEOPLE, sheet: str | None = None):
    table = read_list(path, sheet)
    return ListImporter(workspace).preview(kind, table, ColumnMapping.guess(kind, table.headers))


def test_messy_hebrew_headers_are_matched_to_their_fields(tmp_path):
    """Extra spaces, punctuation, "שם מלא", "טלפון נייד" and דוא"ל each find their field; the first sheet is read."""
    path = write_xlsx(tmp_path / "פעילים.xlsx", MESSY_HEADERS, MESSY_ROWS)
    assert list_sheets(path) == ["רשימה", "סיכום"]
    table = read_list(path)
    mapping = ColumnMapping.guess(ListKind.PEOPLE, table.headers)
    assert mapping.fields == [
        ImportField.NAME,
        ImportField.PHONE,
        ImportField.EMAIL,
        ImportField.NEIGHBORHOOD,
        ImportField.ROLES,
        ImportField.ADDRESS,
        ImportField.NOTES,
    ]


def test_first_and_last_name_columns_and_english_headers_are_understood():
    """"שם פרטי" and "שם משפחה" make the name together; "E-mail", "Mobile" and "Neighbourhood" are matched too."""
    hebrew = ColumnMapping.guess(ListKind.PEOPLE, ["שם פרטי", "שם משפחה", "נייד", "מייל"])
    assert hebrew.fields == [ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.PHONE, ImportField.EMAIL]
    english = ColumnMapping.guess(ListKind.PEOPLE, ["Full Name", "E-mail", "Mobile", "Neighbourhood", "Remarks"])
    assert english.fields == [
        ImportField.NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.NEIGHBORHOOD, ImportField.NOTES
    ]
    partners = ColumnMapping.guess(ListKind.PARTNERS, ["ארגון", "סוג", "איש קשר", "טלפון איש קשר", "שכונות"])
    assert partners.fields == [
        ImportField.NAME, ImportField.KIND, ImportField.CONTACT_PERSON, ImportField.PHONE, ImportField.NEIGHBORHOOD
    ]


def test_a_corrected_mapping_moves_the_field_from_its_old_column():
    """Choosing a field for a column leaves out the column that filled it before: one column per field."""
    mapping = ColumnMapping.guess(ListKind.PEOPLE, ["שם", "טלפון", "טלפון בבית"])
    assert mapping.fields == [ImportField.NAME, ImportField.PHONE, None]
    mapping.assign(2, ImportField.PHONE)
    assert mapping.fields == [ImportField.NAME, None, ImportField.PHONE]


def test_what_comes_in_is_what_the_file_says_character_for_character(workspace, tmp_path):
    """Names, cleaned phones, emails, neighborhoods, roles and notes come in as written; formula-looking names stay text."""
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    preview = _preview(workspace, path)
    incoming = {row.row_number: row.record for row in preview.rows}
    assert sorted(incoming) == [2, 4, 5, 9, 10]
    noa = incoming[2]
    assert (noa.full_name, noa.phone, noa.email) == ("נועה ברק", "050-1234567", "noa@example.org")
    assert noa.neighborhood_id == _hood(workspace, "רובע 5")
    assert noa.roles == {PersonRole.VOLUNTEER}
    assert noa.notes == "בערבים בלבד"
    yossi = incoming[4]
    assert (yossi.phone, yossi.address) == ("052-7654321", "הרצל 12")
    assert yossi.roles == {PersonRole.ACTIVIST, PersonRole.BUILDING_COORDINATOR}
    assert incoming[5].phone == "050-1234567"
    assert incoming[9].full_name == HYPERLINK
    assert incoming[10].full_name == "+972 בית הקהילה"


def test_rows_that_cannot_come_in_say_which_row_and_why(workspace, tmp_path):
    """A bad phone, a row without a name, a bad email and an unknown neighborhood are refused; blank rows are not."""
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    preview = _preview(workspace, path)
    reasons = [(row.row_number, row.reason, row.value) for row in preview.rejected]
    assert reasons == [
        (8, RejectReason.BAD_PHONE, "12-345"),
        (11, RejectReason.NO_NAME, ""),
        (12, RejectReason.BAD_EMAIL, "not-an-address"),
        (13, RejectReason.UNKNOWN_NEIGHBORHOOD, "רובע 99"),
    ]
    assert preview.rejected[0].describe() == "row 8 (מספר שגוי): not a phone number: 12-345"
    assert preview.blank_rows == 3


def test_the_same_phone_written_three_ways_is_found_as_a_duplicate(workspace, rachel, tmp_path):
    """050-1234567, 0501234567 and +972501234567 are one phone: both rows repeat the person in the workspace."""
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    duplicates = {row.row_number: row.duplicate for row in _preview(workspace, path).duplicates}
    assert set(duplicates) == {2, 5}
    for match in duplicates.values():
        assert (match.existing_id, match.on, match.name) == (rachel.id, MatchOn.PHONE, "רחל כהן")


def test_skip_leaves_the_existing_person_as_it_was(workspace, rachel, tmp_path):
    """Skipping the duplicates adds only the new people; the person already there is untouched."""
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    before = len(workspace.people.list())
    result = ListImporter(workspace).apply(_preview(workspace, path), DuplicateChoice.SKIP)
    assert (result.added, result.merged, result.skipped, result.rejected) == (3, 0, 2, 4)
    assert len(workspace.people.list()) == before + 3
    assert workspace.people.get(rachel.id) == rachel
    assert _people_named(workspace, HYPERLINK)[0].phone == "054-1111111"


def test_merge_fills_empty_fields_keeps_filled_ones_and_adds_roles(workspace, rachel, tmp_path):
    """Merging fills the email and neighborhood she lacked, keeps her name, address and notes, and adds the role."""
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    preview = _preview(workspace, path)
    choices = DuplicateChoices(DuplicateChoice.SKIP, {2: DuplicateChoice.MERGE, 5: DuplicateChoice.MERGE})
    result = ListImporter(workspace).apply(preview, choices)
    assert (result.added, result.merged, result.skipped) == (3, 2, 0)
    merged = workspace.people.get(rachel.id)
    assert merged.full_name == "רחל כהן"
    assert merged.email == "noa@example.org"
    assert merged.neighborhood_id == _hood(workspace, "רובע 5")
    assert (merged.address, merged.notes) == ("הנשיאים 4", "ותיקה")
    assert merged.roles == {PersonRole.ACTIVIST, PersonRole.VOLUNTEER}
    assert _people_named(workspace, "נועה ברק") == []


def test_add_makes_a_new_person_beside_the_existing_one(workspace, rachel, tmp_path):
    """Choosing add for a duplicate stores it as a person of its own."""
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    preview = _preview(workspace, path)
    ListImporter(workspace).apply(preview, DuplicateChoices(DuplicateChoice.SKIP, {5: DuplicateChoice.ADD}))
    rachels = _people_named(workspace, "רחל כהן")
    assert len(rachels) == 2
    assert {person.email for person in rachels} == {"", "rachel@example.org"}
    assert workspace.people.get(rachel.id) == rachel


def test_duplicates_within_the_file_merge_into_the_first_row(workspace, tmp_path):
    """Two rows of one person (same email, or same name in the same neighborhood) become one person when merged."""
    rows = [
        ["אבנר שלום", "", "avner@example.org", "רובע 1", "פעיל", "", ""],
        ["Avner", "058-3333333", "AVNER@example.org", "", "", "", ""],
        ["אבנר שלום", "", "", "רובע 1", "מתנדב", "", "גם מתנדב"],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, rows)
    preview = _preview(workspace, path)
    matches = [(row.row_number, row.duplicate.earlier_row, row.duplicate.on) for row in preview.duplicates]
    assert matches == [(3, 2, MatchOn.EMAIL), (4, 2, MatchOn.NAME)]
    result = ListImporter(workspace).apply(preview, DuplicateChoice.MERGE)
    assert (result.added, result.merged) == (1, 2)
    (avner,) = _people_named(workspace, "אבנר שלום")
    assert (avner.phone, avner.email, avner.notes) == ("058-3333333", "avner@example.org", "גם מתנדב")
    assert avner.roles == {PersonRole.ACTIVIST, PersonRole.VOLUNTEER}


@pytest.mark.parametrize("encoding", ["cp1255", "utf-8-sig", "utf-8"])
def test_csv_files_in_cp1255_and_utf8_with_or_without_bom_read_the_same(workspace, tmp_path, encoding):
    """A CSV from an old Hebrew Excel (cp1255) or a new one (UTF-8, with or without BOM) gives the same people."""
    rows = [["נועה ברק", "050-1234567", 'noa@example.org', "רובע 5", "מתנדבת", "", "גרה ליד המתנ\"ס"], None]
    path = write_csv(tmp_path / "people.csv", MESSY_HEADERS, rows, encoding)
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    preview = _preview(workspace, path)
    assert preview.rejected == ()
    (row,) = preview.rows
    assert (row.record.full_name, row.record.notes) == ("נועה ברק", "גרה ליד המתנ\"ס")
    assert row.record.neighborhood_id == _hood(workspace, "רובע 5")


def test_a_phone_excel_kept_as_a_number_gets_its_leading_zero_back(workspace, tmp_path):
    """Excel turns 0501234567 typed in a number cell into 501234567; it comes in as 050-1234567."""
    path = write_xlsx(tmp_path / "list.xlsx", ["שם", "נייד"], [["דנה", 501234567], ["רון", 972521234567]])
    phones = [row.record.phone for row in _preview(workspace, path).rows]
    assert phones == ["050-1234567", "052-1234567"]


def test_an_import_failing_half_way_changes_nothing(workspace, rachel, tmp_path):
    """The second person to merge into was removed after the preview: the first merge is undone, the file's bytes stay."""
    yossi = workspace.people.add_person(Person(0, "יוסי לוי", frozenset(), None, "052-7654321"))
    path = write_xlsx(tmp_path / "list.xlsx", MESSY_HEADERS, MESSY_ROWS)
    preview = _preview(workspace, path)
    assert [row.duplicate.existing_id for row in preview.duplicates] == [rachel.id, yossi.id, rachel.id]
    workspace.people.remove(yossi.id)
    before = workspace.path.read_bytes()
    with pytest.raises(RecordNotFound):
        ListImporter(workspace).apply(preview, DuplicateChoice.MERGE)
    assert workspace.path.read_bytes() == before
    assert workspace.people.get(rachel.id) == rachel


def test_a_cancelled_import_changes_nothing(workspace, tmp_path):
    """Cancel pressed while rows are being stored rolls everything back; progress was reported meanwhile."""
    rows = [[f"פעיל {number}", f"058-9{number:06d}", "", "רובע 5", "", "", ""] for number in range(2500)]
    path = write_csv(tmp_path / "many.csv", MESSY_HEADERS, rows, "utf-8")
    preview = _preview(workspace, path)
    before = workspace.path.read_bytes()
    reports: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        reports.append((done, total))

    with pytest.raises(ImportCancelled):
        ListImporter(workspace).apply(preview, DuplicateChoice.SKIP, report, lambda: len(reports) >= 2)
    assert reports[:2] == [(0, 2500), (1000, 2500)]
    assert workspace.path.read_bytes() == before


def test_twenty_thousand_people_come_in_within_seconds(workspace, tmp_path):
    """20,000 rows are previewed and stored in one go, quickly enough to wait for."""
    rows = [[f"תושב {number}", f"05{number % 10}-{number:07d}", "", "רובע 2 צפון", "מתנדב", "", ""] for number in range(20_000)]
    path = write_csv(tmp_path / "big.csv", MESSY_HEADERS, rows, "utf-8-sig")
    before = len(workspace.people.list())
    start = time.perf_counter()
    result = ListImporter(workspace).apply(_preview(workspace, path), DuplicateChoice.SKIP)
    assert time.perf_counter() - start < 15
    assert result.added == 20_000
    assert len(workspace.people.list()) == before + 20_000


def test_a_file_that_is_not_a_workbook_is_refused_in_one_line(tmp_path):
    """A text file named .xlsx and a missing sheet each give a readable reason, not a traceback."""
    fake = tmp_path / "list.xlsx"
    fake.write_text("שם,טלפון\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not an Excel workbook"):
        read_list(fake)
    real = write_xlsx(tmp_path / "real.xlsx", MESSY_HEADERS, MESSY_ROWS)
    with pytest.raises(ImportFailed, match="no sheet named"):
        read_list(real, "אין כזה")


# -- partners ------------------------------------------------------------------------------

PARTNER_HEADERS = ["שם הארגון", "סוג", "איש קשר", "טלפון", "מייל", "מה יכולים לתרום", "שכונות", "השפעה", "עניין"]
PARTNER_ROWS: list[list[object] | None] = [
    ["עמותת שכנים טובים", "עמותה", "מירי", "08-6000001", "", "מתנדבים", "רובע 5, רובע 3", 4, 5],
    ["מתנ\"ס רובע 1", "מתנ\"ס", "", "", "", "", "רובע 1", "", ""],
    ["אגף הרווחה", "אגף עירוני", "", "", "welfare@example.org", "", "כל העיר", "", ""],
    ["קרן הנגב", "קרן משפחתית", "", "", "", "", "", "", ""],
    ["בית ספר אופק", "Educational institution", "", "", "", "", "", "", ""],
    None,
    ["חברת חלל", "חייזרים", "", "", "", "", "", "", ""],
    ["גוף בלי ציון", "", "", "", "", "", "", "9", ""],
]


def test_partners_come_in_with_kinds_from_hebrew_and_english_words(workspace, tmp_path):
    """עמותה, מתנ"ס, קרן and English labels name the kind; neighborhoods and scores come in; unknown kinds are refused."""
    path = write_xlsx(tmp_path / "partners.xlsx", PARTNER_HEADERS, PARTNER_ROWS)
    preview = _preview(workspace, path, ListKind.PARTNERS)
    incoming = {row.record.name: row.record for row in preview.rows}
    assert incoming["עמותת שכנים טובים"].kind is PartnerKind.SOCIAL_ORGANIZATION
    assert incoming["עמותת שכנים טובים"].neighborhood_ids == {_hood(workspace, "רובע 5"), _hood(workspace, "רובע 3")}
    assert (incoming["עמותת שכנים טובים"].influence, incoming["עמותת שכנים טובים"].interest) == (4, 5)
    assert incoming["עמותת שכנים טובים"].contribution == "מתנדבים"
    assert incoming["מתנ\"ס רובע 1"].kind is PartnerKind.COMMUNITY_FIELD_UNIT
    assert incoming["אגף הרווחה"].kind is PartnerKind.MUNICIPAL_DEPARTMENT
    assert incoming["אגף הרווחה"].city_wide
    assert incoming["קרן הנגב"].kind is PartnerKind.BUSINESS_OR_DONOR
    assert incoming["בית ספר אופק"].kind is PartnerKind.EDUCATIONAL_INSTITUTION
    rejected = [(row.row_number, row.reason, row.value) for row in preview.rejected]
    assert rejected == [(8, RejectReason.UNKNOWN_KIND, "חייזרים"), (9, RejectReason.BAD_SCORE, "9")]


def test_a_partner_already_on_the_map_is_merged_by_name(workspace, tmp_path):
    """"אגף הרווחה" is in the demo city: merging adds the email it lacked and keeps its contact person and phone."""
    existing = next(partner for partner in workspace.partners.list() if partner.name == "אגף הרווחה")
    path = write_xlsx(tmp_path / "partners.xlsx", PARTNER_HEADERS, PARTNER_ROWS)
    preview = _preview(workspace, path, ListKind.PARTNERS)
    (duplicate,) = preview.duplicates
    assert (duplicate.duplicate.existing_id, duplicate.duplicate.on) == (existing.id, MatchOn.NAME)
    count = len(workspace.partners.list())
    result = ListImporter(workspace).apply(preview, DuplicateChoice.MERGE)
    assert (result.added, result.merged, result.rejected) == (4, 1, 2)
    assert len(workspace.partners.list()) == count + 4
    merged = workspace.partners.get(existing.id)
    assert merged.email == "welfare@example.org"
    assert (merged.contact_person, merged.phone, merged.kind) == (existing.contact_person, existing.phone, existing.kind)


def test_a_partner_import_failing_half_way_changes_nothing(workspace, tmp_path):
    """The partner to merge into was removed after the preview: nothing of the file comes in, byte for byte."""
    existing = next(partner for partner in workspace.partners.list() if partner.name == "אגף הרווחה")
    rows = [[str(value) for value in row] if row else None for row in PARTNER_ROWS]
    path = write_csv(tmp_path / "partners.csv", PARTNER_HEADERS, rows, "cp1255")
    preview = _preview(workspace, path, ListKind.PARTNERS)
    workspace.partners.remove(existing.id)
    before = workspace.path.read_bytes()
    with pytest.raises(RecordNotFound):
        ListImporter(workspace).apply(preview, DuplicateChoice.MERGE)
    assert workspace.path.read_bytes() == before


def test_people_imported_without_activity_count_from_the_day_they_came_in(tmp_path):
    """Activists imported with no last activity are not flagged inactive on the day they come in; once the
    retention window has passed since that day, they are."""
    import datetime as dt

    from or_communities.services.list_import import import_list

    city = Workspace.create(tmp_path / "ירוחם.orcity", "ירוחם", 2026)
    imported_on = dt.date(2026, 3, 1)
    city.clock = lambda: imported_on
    path = write_xlsx(tmp_path / "people.xlsx", ["שם", "תפקיד"], [["דנה לוי", "פעילה"], ["משה כהן", "מתנדב"]])
    import_list(city, ListKind.PEOPLE, path)
    assert city.people.inactive() == []
    assert {person.added_on for person in city.people.list()} == {imported_on}
    city.clock = lambda: imported_on + dt.timedelta(days=61)
    assert sorted(person.full_name for person in city.people.inactive()) == ["דנה לוי", "משה כהן"]
    assert sum(city.people.inactive_counts().values()) == 2
    city.close()


def test_a_list_with_a_title_above_its_headers_is_read_from_its_header_row(workspace, tmp_path):
    """A sheet that opens with a title and a date line, a blank row, then the headers: the headers are found, the
    people come in under the right fields, and the preview counts the title rows left out."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["רשימת פעילים – עדכון מרץ"])
    sheet.append(["הופק ב־01/03/2026"])
    sheet.append([])
    sheet.append(["שם מלא", "טלפון", "שכונה"])
    sheet.append(["נועה ברק", "050-1234567", "רובע 5"])
    sheet.append(["יוסי לוי", "052-7654321", "רובע 3"])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    preview = _preview(workspace, path)
    assert preview.title_rows == 2
    people = {row.record.full_name: row.record for row in preview.rows}
    assert set(people) == {"נועה ברק", "יוסי לוי"}
    assert people["נועה ברק"].phone == "050-1234567" and people["נועה ברק"].neighborhood_id == _hood(workspace, "רובע 5")
    assert [row.row_number for row in preview.rows] == [5, 6]


def test_a_workbook_that_declares_xml_entities_is_refused_as_an_attack(tmp_path):
    """A workbook whose sheet declares nested XML entities (a "billion laughs") is refused unread, with a reason
    that says so, not an error's name."""
    import zipfile

    plain = write_xlsx(tmp_path / "plain.xlsx", ["שם"], [["נועה"]])
    entities = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode("utf-8")
                start = text.index("?>") + 2 if text.startswith("<?xml") else 0
                data = (text[:start] + entities + text[start:]).encode("utf-8")
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match="declares XML entities"):
        read_list(bomb)
