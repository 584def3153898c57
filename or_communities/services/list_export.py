"""Partners and people out to Excel or CSV, with headers in Hebrew (or English) that read back in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UnknownListFormat
from ..domain.records import Partner, Person
from ..domain.text import Text
from ..files.excel import Column, ColumnKind, SheetSpec

if TYPE_CHECKING:
    from .workspace import Workspace


T, D, N = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.NUMBER

PEOPLE_TITLE = Text("אנשים", "People")
PARTNERS_TITLE = Text("שותפים", "Partners")
CITY_WIDE = Text("כל העיר", "City-wide")
YES_NO = (Text("כן", "Yes"), Text("לא", "No"))
NOTES = Text("הערות", "Notes")

PEOPLE_COLUMNS: tuple[tuple[Text, ColumnKind], ...] = (
    (Text("שם מלא", "Full name"), T),
    (Text("תפקידים", "Roles"), T),
    (Text("שכונה", "Neighborhood"), T),
    (Text("טלפון", "Phone"), T),
    (Text("דוא\"ל", "Email"), T),
    (Text("כתובת", "Address"), T),
    (Text("כישורים", "Skills"), T),
    (Text("הכשרות", "Trainings"), T),
    (Text("ועדות", "Committees"), T),
    (Text("סטטוס", "Status"), T),
    (Text("פעילות אחרונה", "Last activity"), D),
    (Text("הסכמה ליצירת קשר", "Consent to contact"), T),
    (Text("תאריך ההסכמה", "Consent date"), D),
    (NOTES, T),
)

PARTNER_COLUMNS: tuple[tuple[Text, ColumnKind], ...] = (
    (Text("שם", "Name"), T),
    (Text("סוג", "Kind"), T),
    (Text("איש קשר", "Contact person"), T),
    (Text("טלפון", "Phone"), T),
    (Text("דוא\"ל", "Email"), T),
    (Text("תרומה", "Contribution"), T),
    (Text("סוגי תרומה", "Kinds of contribution"), T),
    (Text("שכונות", "Neighborhoods"), T),
    (Text("השפעה", "Influence"), N),
    (Text("עניין", "Interest"), N),
    (Text("תמיכה כיום", "Support now"), T),
    (Text("תמיכה רצויה", "Support wanted"), T),
    (Text("חברות", "Memberships"), T),
    (Text("קשר אחרון", "Last contact"), D),
    (Text("מעקב הבא", "Next follow-up"), D),
    (NOTES, T),
)


def _columns(columns: tuple[tuple[Text, ColumnKind], ...], language: str) -> list[Column]:
    """The first column (the name) is repeated on every printed page; the notes, last, are not printed."""
    return [
        Column(text.get(language), kind, repeated=index == 0, printed=text is not NOTES)
        for index, (text, kind) in enumerate(columns)
    ]


def _joined(texts: list[Text], language: str) -> str:
    return ", ".join(sorted(text.get(language) for text in texts))


def people_sheet(workspace: Workspace, language: str = "he") -> SheetSpec:
    names = {hood.id: hood.name for hood in workspace.neighborhoods.list()}
    rows = [_person_row(person, names, language) for person in workspace.people.list()]
    return SheetSpec(PEOPLE_TITLE.get(language), _columns(PEOPLE_COLUMNS, language), rows, right_to_left=language == "he")


def _person_row(person: Person, names: dict[int, str], language: str) -> list[object]:
    yes, no = YES_NO
    return [
        person.full_name,
        _joined([role.label for role in person.roles], language),
        names.get(person.neighborhood_id, "") if person.neighborhood_id is not None else "",
        person.phone,
        person.email,
        person.address,
        person.skills,
        person.trainings,
        person.committees,
        person.status.label.get(language),
        person.last_activity,
        (yes if person.consent_to_contact else no).get(language),
        person.consent_date,
        person.notes,
    ]


def partners_sheet(workspace: Workspace, language: str = "he") -> SheetSpec:
    names = {hood.id: hood.name for hood in workspace.neighborhoods.list()}
    rows = [_partner_row(partner, names, language) for partner in workspace.partners.list()]
    return SheetSpec(PARTNERS_TITLE.get(language), _columns(PARTNER_COLUMNS, language), rows, right_to_left=language == "he")


def _partner_row(partner: Partner, names: dict[int, str], language: str) -> list[object]:
    neighborhoods = ", ".join(sorted(names[nid] for nid in partner.neighborhood_ids if nid in names))
    return [
        partner.name,
        partner.kind.label.get(language),
        partner.contact_person,
        partner.phone,
        partner.email,
        partner.contribution,
        _joined([value.label for value in partner.contributions], language),
        neighborhoods or CITY_WIDE.get(language),
        partner.influence,
        partner.interest,
        partner.support_now,
        partner.support_wanted,
        _joined([value.label for value in partner.memberships], language),
        partner.last_contact,
        partner.next_follow_up,
        partner.notes,
    ]


def write_sheet(spec: SheetSpec, path: Path) -> Path:
    """Write one sheet as .xlsx or .csv, chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from ..files.csv_export import write_csv

        return write_csv(path, spec)
    if suffix == ".xlsx":
        from ..files.excel import write_workbook

        return write_workbook(path, [spec])
    raise UnknownListFormat(path.name)


def export_people(workspace: Workspace, path: Path, language: str = "he") -> Path:
    """Every person, as an Excel workbook (.xlsx) or CSV (.csv)."""
    return write_sheet(people_sheet(workspace, language), path)


def export_partners(workspace: Workspace, path: Path, language: str = "he") -> Path:
    """Every partner, as an Excel workbook (.xlsx) or CSV (.csv)."""
    return write_sheet(partners_sheet(workspace, language), path)
