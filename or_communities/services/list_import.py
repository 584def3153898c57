"""People and partners from the lists managers already keep (Excel or CSV).

Columns are matched to fields from their headers (a ColumnMapping the user may correct), each row is
checked and compared with the workspace and with the rows above it (an ImportPreview), and
``ListImporter.apply`` stores what the user chose in one transaction: all of it, or nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..domain.backups import BackupReason
from ..domain.errors import (
    EmptyName,
    ImportFailed,
    InvalidEmail,
    InvalidPhone,
    NameTooLong,
    RecordNotFound,
)
from ..domain.list_words import (
    PARTNER_KIND_WORDS,
    PERSON_ROLE_WORDS,
)
from ..domain.people_rules import clean_partner, clean_person
from ..domain.records import Partner, PartnerKind, Person, PersonRole
from ..domain.relations import SCORE_RANGE
from ..domain.text import shortened
from ..files.list_columns import (
    ColumnMapping,
    ImportField,
    ListKind,
    contains_words,
    normalized,
)
from ..files.spreadsheet_rows import Table, read_table, sheet_names
from ..storage.relations_repositories import PartnerRepository, PersonRepository

if TYPE_CHECKING:
    from .workspace import Workspace

Progress = Callable[[int, int], None]
Record = Person | Partner
RecordT = TypeVar("RecordT", bound=Record)

F = ImportField
CHUNK = 1000
"""Rows stored between two progress reports (and two looks at Cancel)."""


_CITY_WIDE_WORDS = frozenset({"כל העיר", "עירוני", "כלל העיר", "city wide", "citywide", "all"})
_LIST_SEPARATORS = re.compile(r"[,;\n،]+")


# -- columns -----------------------------------------------------------------------------


def list_sheets(path: Path) -> list[str]:
    """The sheets of a workbook; a CSV file has none."""
    return sheet_names(path) if path.suffix.lower() in (".xlsx", ".xlsm") else []


def read_list(path: Path, sheet: str | None = None) -> Table:
    return read_table(path, sheet)


# -- rows ----------------------------------------------------------------------------------


class RejectReason(Enum):
    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"
    TEXT_TOO_LONG = "text_too_long"
    BAD_PHONE = "bad_phone"
    BAD_EMAIL = "bad_email"
    UNKNOWN_NEIGHBORHOOD = "unknown_neighborhood"
    UNKNOWN_ROLE = "unknown_role"
    UNKNOWN_KIND = "unknown_kind"
    BAD_SCORE = "bad_score"


_REASON_TEXT = {
    RejectReason.NO_NAME: "no name",
    RejectReason.NAME_TOO_LONG: "the name is too long",
    RejectReason.TEXT_TOO_LONG: "too long",
    RejectReason.BAD_PHONE: "not a phone number",
    RejectReason.BAD_EMAIL: "not an email address",
    RejectReason.UNKNOWN_NEIGHBORHOOD: "no such neighborhood in the workspace",
    RejectReason.UNKNOWN_ROLE: "not a known role",
    RejectReason.UNKNOWN_KIND: "not a known kind of partner",
    RejectReason.BAD_SCORE: f"influence and interest go from {SCORE_RANGE[0]} to {SCORE_RANGE[1]}",
}


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that cannot come in, and why."""

    row_number: int
    name: str
    reason: RejectReason
    value: str = ""
    """The value at fault, as written in the file."""

    def describe(self) -> str:
        """One line in English, for the command line and the log."""
        who = f" ({shortened(self.name)})" if self.name else ""
        value = f": {shortened(self.value)}" if self.value else ""
        return f"row {self.row_number}{who}: {_REASON_TEXT[self.reason]}{value}"


class _Rejected(Exception):
    def __init__(self, reason: RejectReason, value: str = "") -> None:
        super().__init__(reason.value)
        self.reason, self.value = reason, value


class MatchOn(Enum):
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    """The same name (for people: in the same neighborhood)."""


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """What an incoming row seems to repeat: a record of the workspace, or a row above it in the file."""

    on: MatchOn
    name: str
    existing_id: int | None = None
    earlier_row: int | None = None


@dataclass(frozen=True, slots=True)
class IncomingRow:
    row_number: int
    record: Record
    """A Person or Partner draft (id 0), checked and cleaned as it would be stored."""
    duplicate: DuplicateMatch | None = None


class DuplicateChoice(Enum):
    SKIP = "skip"
    MERGE = "merge"
    """Fill the empty fields of the record it repeats; its filled fields stay; roles are added."""
    ADD = "add"


@dataclass(frozen=True, slots=True)
class DuplicateChoices:
    default: DuplicateChoice = DuplicateChoice.SKIP
    per_row: dict[int, DuplicateChoice] = field(default_factory=dict)
    """Row number to choice, where it differs from the default."""

    def for_row(self, row_number: int) -> DuplicateChoice:
        return self.per_row.get(row_number, self.default)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    kind: ListKind
    mapping: ColumnMapping
    rows: tuple[IncomingRow, ...]
    """Every row that can come in, in the file's order; duplicates among them."""
    rejected: tuple[RejectedRow, ...]
    blank_rows: int = 0
    title_rows: int = 0
    """Rows above the table's headers (a title, a date) left out."""
    macros_ignored: bool = False
    """The workbook holds macros: only its values were read; no macro runs."""
    formulas: tuple[tuple[int, str, str], ...] = ()
    """Cells that held a formula, each coming in as the text typed: (row, header, formula)."""

    @property
    def duplicates(self) -> list[IncomingRow]:
        return [row for row in self.rows if row.duplicate is not None]

    @property
    def new_count(self) -> int:
        return sum(1 for row in self.rows if row.duplicate is None)


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    rejected: int = 0

    def __str__(self) -> str:
        return f"{self.added} added, {self.merged} merged, {self.skipped} skipped, {self.rejected} rejected"


class ImportCancelled(Exception):
    """The user cancelled the import; nothing was stored."""


# -- reading one row -----------------------------------------------------------------------


def _word_lookup(labels: dict, words: dict) -> dict[str, object]:
    lookup: dict[str, object] = {}
    for value, text in labels.items():
        for spelling in (text.he, text.en, value.value):
            lookup[normalized(spelling)] = value
    lookup.update({normalized(word): value for word, value in words.items()})
    return lookup


_ROLE_LOOKUP = _word_lookup({role: role.label for role in PersonRole}, PERSON_ROLE_WORDS)
_KIND_LOOKUP = _word_lookup({kind: kind.label for kind in PartnerKind}, PARTNER_KIND_WORDS)


def _find_word(text: str, lookup: dict[str, object]) -> object | None:
    """The value a word names: an exact match, else the longest known phrase the text contains."""
    key = normalized(text)
    if key in lookup:
        return lookup[key]
    for word in sorted(lookup, key=len, reverse=True):
        if word and contains_words(key, word):
            return lookup[word]
    return None


@functools.lru_cache(maxsize=1024)
def _role_of(text: str) -> PersonRole | None:
    found = _find_word(text, _ROLE_LOOKUP)
    return found if isinstance(found, PersonRole) else None


def roles_from_text(text: str) -> frozenset[PersonRole]:
    roles = set()
    for part in _LIST_SEPARATORS.split(text):
        if part.strip():
            role = _role_of(part.strip())
            if role is None:
                raise _Rejected(RejectReason.UNKNOWN_ROLE, part.strip())
            roles.add(role)
    return frozenset(roles)


@functools.lru_cache(maxsize=1024)
def kind_from_text(text: str) -> PartnerKind | None:
    """The kind of partner a word names (Hebrew or English, label or common word), or None."""
    found = _find_word(text, _KIND_LOOKUP)
    return found if isinstance(found, PartnerKind) else None


_DROPPED_ZERO = re.compile(r"^(?:[5789]\d{8}|[2-9]\d{7})$")


def phone_text(value: str) -> str:
    """A phone as written; a number Excel stored without its leading zero (501234567) gets it back."""
    return "0" + value if _DROPPED_ZERO.match(value) else value


class _RowReader:
    """Turns one row of cells into a checked Person or Partner draft, or says why it cannot come in."""

    def __init__(self, mapping: ColumnMapping, neighborhood_ids: dict[str, int]) -> None:
        self._columns = {target: column for column, target in enumerate(mapping.fields) if target is not None}
        self._neighborhoods = neighborhood_ids

    def cell(self, row: Sequence[str], target: ImportField) -> str:
        column = self._columns.get(target)
        return row[column].strip() if column is not None and column < len(row) else ""

    def name(self, row: Sequence[str]) -> str:
        full = self.cell(row, F.NAME)
        if full:
            return full
        return " ".join(part for part in (self.cell(row, F.FIRST_NAME), self.cell(row, F.LAST_NAME)) if part)

    def neighborhood_id(self, text: str) -> int:
        found = self._neighborhoods.get(text)
        if found is None:
            found = self._neighborhoods.get(normalized(text))
        if found is None:
            raise _Rejected(RejectReason.UNKNOWN_NEIGHBORHOOD, text)
        return found

    def person(self, row: Sequence[str]) -> Person:
        neighborhood = self.cell(row, F.NEIGHBORHOOD)
        draft = Person(
            0,
            self.name(row),
            roles_from_text(self.cell(row, F.ROLES)),
            self.neighborhood_id(neighborhood) if neighborhood else None,
            phone_text(self.cell(row, F.PHONE)),
            self.cell(row, F.EMAIL),
            self.cell(row, F.ADDRESS),
            self.cell(row, F.SKILLS),
            self.cell(row, F.TRAININGS),
            self.cell(row, F.COMMITTEES),
            notes=self.cell(row, F.NOTES),
        )
        return _checked(clean_person, draft)

    def partner(self, row: Sequence[str], default_kind: PartnerKind) -> Partner:
        kind_text = self.cell(row, F.KIND)
        kind = kind_from_text(kind_text) if kind_text else default_kind
        if kind is None:
            raise _Rejected(RejectReason.UNKNOWN_KIND, kind_text)
        draft = Partner(
            0,
            self.name(row),
            kind,
            self.cell(row, F.CONTACT_PERSON),
            phone_text(self.cell(row, F.PHONE)),
            self.cell(row, F.EMAIL),
            self.cell(row, F.CONTRIBUTION),
            self.partner_neighborhoods(self.cell(row, F.NEIGHBORHOOD)),
            influence=self.score(self.cell(row, F.INFLUENCE)),
            interest=self.score(self.cell(row, F.INTEREST)),
            support_now=self.cell(row, F.SUPPORT_NOW),
            support_wanted=self.cell(row, F.SUPPORT_WANTED),
            notes=self.cell(row, F.NOTES),
        )
        return _checked(clean_partner, draft)

    def partner_neighborhoods(self, text: str) -> frozenset[int]:
        if normalized(text) in _CITY_WIDE_WORDS:
            return frozenset()
        return frozenset(self.neighborhood_id(part.strip()) for part in _LIST_SEPARATORS.split(text) if part.strip())

    @staticmethod
    def score(text: str) -> int:
        if not text:
            return 3
        try:
            value = float(text)
        except ValueError:
            raise _Rejected(RejectReason.BAD_SCORE, text) from None
        low, high = SCORE_RANGE
        if not value.is_integer() or not low <= value <= high:
            raise _Rejected(RejectReason.BAD_SCORE, text)
        return int(value)


def _checked(clean: Callable[[RecordT], RecordT], draft: RecordT) -> RecordT:
    try:
        return clean(draft)
    except EmptyName:
        raise _Rejected(RejectReason.NO_NAME) from None
    except InvalidPhone as error:
        raise _Rejected(RejectReason.BAD_PHONE, error.phone) from None
    except InvalidEmail as error:
        raise _Rejected(RejectReason.BAD_EMAIL, error.email) from None
    except NameTooLong as error:
        name = draft.full_name if isinstance(draft, Person) else draft.name
        reason = RejectReason.NAME_TOO_LONG if len(" ".join(name.split())) > error.limit else RejectReason.TEXT_TOO_LONG
        raise _Rejected(reason) from None


# -- duplicates ------------------------------------------------------------------------------


def _record_name(record: Record) -> str:
    return record.full_name if isinstance(record, Person) else record.name


def _match_keys(record: Record) -> list[tuple[MatchOn, object]]:
    keys: list[tuple[MatchOn, object]] = []
    if record.phone:
        keys.append((MatchOn.PHONE, record.phone))
    if record.email:
        keys.append((MatchOn.EMAIL, record.email.casefold()))
    place = record.neighborhood_id if isinstance(record, Person) else None
    keys.append((MatchOn.NAME, (normalized(_record_name(record)), place)))
    return keys


class _DuplicateFinder:
    """Remembers the workspace's records and the rows read so far, by phone, email and name."""

    def __init__(self, existing: Iterable[Record]) -> None:
        # key -> (name, existing id, earlier row); the first record with a key keeps it.
        self._seen: dict[tuple[MatchOn, object], tuple[str, int | None, int | None]] = {}
        for record in existing:
            self._remember(_match_keys(record), (_record_name(record), record.id, None))

    def _remember(self, keys: list[tuple[MatchOn, object]], who: tuple[str, int | None, int | None]) -> None:
        for key in keys:
            self._seen.setdefault(key, who)

    def check(self, row_number: int, record: Record) -> DuplicateMatch | None:
        keys = _match_keys(record)
        found: DuplicateMatch | None = None
        for key in keys:
            who = self._seen.get(key)
            # The workspace's record first: merging into it is what the user most likely means.
            if who is not None and (found is None or (found.existing_id is None and who[1] is not None)):
                found = DuplicateMatch(key[0], who[0], existing_id=who[1], earlier_row=who[2])
        self._remember(keys, (_record_name(record), None, row_number))
        return found


# -- merging ---------------------------------------------------------------------------------

_PERSON_FILLABLE = ("phone", "email", "address", "skills", "trainings", "committees", "notes", "neighborhood_id")
_PARTNER_FILLABLE = (
    "contact_person", "phone", "email", "contribution", "support_now", "support_wanted", "notes", "neighborhood_ids",
)


def merged(existing: RecordT, incoming: Record) -> RecordT:
    """The existing record with its empty fields filled from the incoming one; roles are added together."""
    fillable = _PERSON_FILLABLE if isinstance(existing, Person) else _PARTNER_FILLABLE
    changes = {name: getattr(incoming, name) for name in fillable if not getattr(existing, name) and getattr(incoming, name)}
    if isinstance(existing, Person) and isinstance(incoming, Person):
        changes["roles"] = existing.roles | incoming.roles
    return dataclasses.replace(existing, **changes)


# -- the importer ------------------------------------------------------------------------------


@dataclass
class _Plan:
    new_records: list[Record] = field(default_factory=list)
    merges: dict[int, list[Record]] = field(default_factory=dict)
    """Existing record id to the incoming records merged into it, in order."""
    added: int = 0
    merged: int = 0
    skipped: int = 0


class ListImporter:
    """Previews and applies an import of people or partners into one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def preview(
        self,
        kind: ListKind,
        table: Table,
        mapping: ColumnMapping | None = None,
        default_kind: PartnerKind = PartnerKind.SOCIAL_ORGANIZATION,
    ) -> ImportPreview:
        """What would come in, what cannot and why, and which rows repeat a record; nothing is stored.

        ``default_kind`` is the kind of a partner whose row does not say one.
        """
        mapping = (mapping or ColumnMapping.guess(kind, table.headers)).copy()
        reader = _RowReader(mapping, self._neighborhood_ids())
        finder = _DuplicateFinder(self._existing(kind))
        numbers = table.row_numbers or list(range(2, len(table.rows) + 2))
        incoming: list[IncomingRow] = []
        rejected: list[RejectedRow] = []
        for number, row in zip(numbers, table.rows, strict=True):
            if not any(cell.strip() for cell in row):
                continue
            try:
                record = reader.person(row) if kind is ListKind.PEOPLE else reader.partner(row, default_kind)
            except _Rejected as problem:
                rejected.append(RejectedRow(number, reader.name(row), problem.reason, problem.value))
                continue
            incoming.append(IncomingRow(number, record, finder.check(number, record)))
        return ImportPreview(
            kind, mapping, tuple(incoming), tuple(rejected), table.blank_rows, table.title_rows, table.macros_ignored,
            table.formulas,
        )

    def apply(
        self,
        preview: ImportPreview,
        choices: DuplicateChoices | DuplicateChoice = DuplicateChoice.SKIP,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Store the preview as chosen, in one transaction: an error or Cancel leaves the workspace as it was."""
        if isinstance(choices, DuplicateChoice):
            choices = DuplicateChoices(choices)
        plan = _plan(preview, choices)
        self._workspace.back_up(BackupReason.BEFORE_IMPORT)  # "undo the import" restores it
        report = progress or (lambda done, total: None)
        cancelled = is_cancelled or (lambda: False)
        total = len(plan.new_records) + len(plan.merges)
        with self._workspace.transaction() as session:
            report(0, total)
            if preview.kind is ListKind.PEOPLE:
                store: _Store = _PeopleStore(PersonRepository(session), self._workspace.clock())
            else:
                store = _PartnerStore(PartnerRepository(session))
            done = 0
            # Merges before inserts: a record removed since the preview must fail here, before a new row
            # could be given its freed id and be merged into by mistake.
            for existing_id, records in plan.merges.items():
                _stop_if(cancelled)
                store.merge(existing_id, records)
                done += 1
                if done % CHUNK == 0 or done == len(plan.merges):
                    report(done, total)
            for start in range(0, len(plan.new_records), CHUNK):
                _stop_if(cancelled)
                chunk = plan.new_records[start : start + CHUNK]
                store.add_many(chunk)
                done += len(chunk)
                report(done, total)
            _stop_if(cancelled)
        return ImportResult(plan.added, plan.merged, plan.skipped, len(preview.rejected))

    def _neighborhood_ids(self) -> dict[str, int]:
        hoods = self._workspace.neighborhoods.list()
        return {normalized(hood.name): hood.id for hood in hoods} | {hood.name: hood.id for hood in hoods}

    def _existing(self, kind: ListKind) -> list[Record]:
        with self._workspace.transaction() as session:
            if kind is ListKind.PEOPLE:
                return list(PersonRepository(session).list())
            return list(PartnerRepository(session).list())


def _stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise ImportCancelled()


def _plan(preview: ImportPreview, choices: DuplicateChoices) -> _Plan:
    """Resolve every row to a new record, a merge into an existing one, or nothing."""
    plan = _Plan()
    # Where each row went: ("new", index in new_records) or ("existing", id); later rows that repeat it follow it.
    landed: dict[int, tuple[str, int]] = {}
    for row in preview.rows:
        match = row.duplicate
        choice = DuplicateChoice.ADD if match is None else choices.for_row(row.row_number)
        if choice is DuplicateChoice.ADD:
            plan.new_records.append(row.record)
            landed[row.row_number] = ("new", len(plan.new_records) - 1)
            plan.added += 1
            continue
        assert match is not None
        if match.existing_id is not None:
            target = ("existing", match.existing_id)
        else:
            assert match.earlier_row is not None
            target = landed[match.earlier_row]
        landed[row.row_number] = target
        if choice is DuplicateChoice.SKIP:
            plan.skipped += 1
            continue
        where, key = target
        if where == "new":
            plan.new_records[key] = merged(plan.new_records[key], row.record)
        else:
            plan.merges.setdefault(key, []).append(row.record)
        plan.merged += 1
    return plan


class _Store:
    def add_many(self, records: list[Record]) -> None:
        raise NotImplementedError

    def merge(self, existing_id: int, records: list[Record]) -> None:
        raise NotImplementedError


class _PeopleStore(_Store):
    def __init__(self, repository: PersonRepository, today: dt.date) -> None:
        self._repository, self._today = repository, today

    def add_many(self, records: list[Record]) -> None:
        self._repository.add_many(records, self._today)  # type: ignore[arg-type]  # a list of people plans only people

    def merge(self, existing_id: int, records: list[Record]) -> None:
        current = self._repository.get(existing_id)
        if current is None:
            raise RecordNotFound()
        for record in records:
            current = merged(current, record)
        self._repository.update(current)


class _PartnerStore(_Store):
    def __init__(self, repository: PartnerRepository) -> None:
        self._repository = repository

    def add_many(self, records: list[Record]) -> None:
        self._repository.add_many(records)  # type: ignore[arg-type]  # a list of partners plans only partners

    def merge(self, existing_id: int, records: list[Record]) -> None:
        current = self._repository.get(existing_id)
        if current is None:
            raise RecordNotFound()
        for record in records:
            current = merged(current, record)
        self._repository.update(current)


def import_list(
    workspace: Workspace,
    kind: ListKind,
    path: Path,
    sheet: str | None = None,
    choice: DuplicateChoice = DuplicateChoice.SKIP,
) -> tuple[ImportPreview, ImportResult]:
    """Read, preview and apply with the guessed columns and one choice for every duplicate (the command line)."""
    table = read_list(path, sheet)
    mapping = ColumnMapping.guess(kind, table.headers)
    if not mapping.has_name():
        raise ImportFailed(f"no column of names; the file has: {', '.join(table.headers)}")
    importer = ListImporter(workspace)
    preview = importer.preview(kind, table, mapping)
    return preview, importer.apply(preview, DuplicateChoices(choice))

