"""The columns of a people or partners list: which field each fills, guessed from its header in Hebrew or English
and corrected by the user."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class ListKind(Enum):
    PEOPLE = "people"
    PARTNERS = "partners"


class ImportField(Enum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    EMAIL = "email"
    NEIGHBORHOOD = "neighborhood"
    """One neighborhood for a person; any number for a partner (none or "city-wide": the whole city)."""
    ROLES = "roles"
    KIND = "kind"
    CONTACT_PERSON = "contact_person"
    ADDRESS = "address"
    CONTRIBUTION = "contribution"
    INFLUENCE = "influence"
    INTEREST = "interest"
    SKILLS = "skills"
    TRAININGS = "trainings"
    COMMITTEES = "committees"
    SUPPORT_NOW = "support_now"
    SUPPORT_WANTED = "support_wanted"
    NOTES = "notes"


F = ImportField


FIELDS: dict[ListKind, tuple[ImportField, ...]] = {
    ListKind.PEOPLE: (
        F.NAME, F.FIRST_NAME, F.LAST_NAME, F.PHONE, F.EMAIL, F.NEIGHBORHOOD, F.ROLES, F.ADDRESS,
        F.SKILLS, F.TRAININGS, F.COMMITTEES, F.NOTES,
    ),
    ListKind.PARTNERS: (
        F.NAME, F.KIND, F.CONTACT_PERSON, F.PHONE, F.EMAIL, F.CONTRIBUTION, F.NEIGHBORHOOD, F.INFLUENCE,
        F.INTEREST, F.SUPPORT_NOW, F.SUPPORT_WANTED, F.NOTES,
    ),
}
"""The fields a column can fill, per kind of list, in the order they are offered."""


_HEADER_WORDS: dict[ImportField, tuple[str, ...]] = {
    F.NAME: ("שם", "שם מלא", "שם ומשפחה", "שם ושם משפחה", "שם הפעיל", "שם המתנדב", "name", "full name"),
    F.FIRST_NAME: ("שם פרטי", "פרטי", "first name", "first", "given name"),
    F.LAST_NAME: ("שם משפחה", "משפחה", "last name", "surname", "family name"),
    F.PHONE: (
        "טלפון", "טלפון נייד", "נייד", "פלאפון", "סלולרי", "סלולר", "טל", "מספר טלפון", "מס טלפון",
        "phone", "mobile", "cell", "cellphone", "telephone", "tel", "phone number",
    ),
    F.EMAIL: ("דואל", "דואר אלקטרוני", "מייל", "אימייל", "אי מייל", "email", "e mail", "mail", "email address"),
    F.NEIGHBORHOOD: ("שכונה", "שכונות", "שכונת מגורים", "רובע", "neighborhood", "neighbourhood", "neighborhoods"),
    F.ROLES: ("תפקיד", "תפקידים", "תפקיד בקהילה", "role", "roles"),
    F.KIND: ("סוג", "סוג שותף", "סוג הארגון", "סוג גוף", "קטגוריה", "kind", "type", "category"),
    F.CONTACT_PERSON: ("איש קשר", "אשת קשר", "שם איש קשר", "שם איש הקשר", "contact", "contact person", "contact name"),
    F.ADDRESS: ("כתובת", "כתובת מגורים", "רחוב", "address", "street"),
    F.CONTRIBUTION: ("תרומה", "תרומה אפשרית", "מה יכול לתרום", "מה יכולים לתרום", "משאבים", "contribution"),
    F.INFLUENCE: ("השפעה", "רמת השפעה", "כוח", "influence", "power"),
    F.INTEREST: ("עניין", "רמת עניין", "interest"),
    F.SKILLS: ("כישורים", "מיומנויות", "skills"),
    F.TRAININGS: ("הכשרות", "הכשרה", "קורסים", "trainings", "training"),
    F.COMMITTEES: ("ועדות", "ועדה", "קבוצות", "committees", "committee", "groups"),
    F.SUPPORT_NOW: ("תמיכה כיום", "תמיכה היום", "support now"),
    F.SUPPORT_WANTED: ("תמיכה רצויה", "support wanted"),
    F.NOTES: ("הערות", "הערה", "notes", "note", "comments", "remarks"),
}


_PARTNER_NAME_WORDS = ("ארגון", "שם הארגון", "שם הגוף", "שם השותף", "שותף", "גוף", "organization", "organisation", "partner")


_QUOTES = re.compile(r"[\"'״׳`”“’‘]")


_PUNCTUATION = re.compile(r"[^\w\s]|_")


def normalized(text: str) -> str:
    """Text as compared: case and quotes ignored, punctuation as spaces, one space between words."""
    return " ".join(_PUNCTUATION.sub(" ", _QUOTES.sub("", text.casefold())).split())


def contains_words(text: str, words: str) -> bool:
    return f" {words} " in f" {text} "


def _header_words(kind: ListKind, target: ImportField) -> tuple[str, ...]:
    if kind is ListKind.PARTNERS and target is F.NAME:
        return _PARTNER_NAME_WORDS + _HEADER_WORDS[F.NAME]
    return _HEADER_WORDS[target]


def _containment_order(kind: ListKind) -> list[ImportField]:
    """Specific fields first, so "טלפון איש קשר" is a phone and "שם משפחה" is not a name."""
    first = [F.EMAIL, F.PHONE, F.FIRST_NAME, F.LAST_NAME, F.CONTACT_PERSON]
    return [target for target in first + list(FIELDS[kind]) if target in FIELDS[kind] and target is not F.NAME] + [F.NAME]


@dataclass
class ColumnMapping:
    """Which field each column of the file fills (None: the column is left out). A field fills from one column."""

    kind: ListKind
    headers: tuple[str, ...]
    fields: list[ImportField | None]

    @classmethod
    def guess(cls, kind: ListKind, headers: Sequence[str]) -> ColumnMapping:
        """Match headers to fields: exact words first (after normalising), then headers containing them."""
        keys = [normalized(header) for header in headers]
        fields: list[ImportField | None] = [None] * len(keys)
        taken: set[ImportField] = set()
        for target in FIELDS[kind]:
            words = {normalized(word) for word in _header_words(kind, target)}
            _assign_first(fields, taken, target, [key in words for key in keys])
        for target in _containment_order(kind):
            contained = [normalized(word) for word in _header_words(kind, target)]
            matches = [bool(key) and any(contains_words(key, word) for word in contained) for key in keys]
            _assign_first(fields, taken, target, matches)
        return cls(kind, tuple(headers), fields)

    def field_of(self, column: int) -> ImportField | None:
        return self.fields[column]

    def column_of(self, target: ImportField) -> int | None:
        return self.fields.index(target) if target in self.fields else None

    def assign(self, column: int, target: ImportField | None) -> None:
        """Let ``column`` fill ``target``; a column that filled it before is left out."""
        if target is not None:
            if target not in FIELDS[self.kind]:
                raise ValueError(f"{target.value} is not a field of {self.kind.value}")
            self.fields = [None if current is target else current for current in self.fields]
        self.fields[column] = target

    def has_name(self) -> bool:
        return any(target in (F.NAME, F.FIRST_NAME, F.LAST_NAME) for target in self.fields)

    def copy(self) -> ColumnMapping:
        return ColumnMapping(self.kind, self.headers, list(self.fields))


def _assign_first(fields: list[ImportField | None], taken: set[ImportField], target: ImportField, matches: list[bool]) -> None:
    if target in taken:
        return
    for column, matched in enumerate(matches):
        if matched and fields[column] is None:
            fields[column] = target
            taken.add(target)
            return
