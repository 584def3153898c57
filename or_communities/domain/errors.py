"""What a user can get wrong, and workspace files that cannot be used; the interface turns each into a message
in the user's language."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path


class InputError(Exception):
    """Input that was refused; nothing was changed."""


class EmptyName(InputError):
    pass


class NameTooLong(InputError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"longer than {limit} characters")
        self.limit = limit


class DuplicateName(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"already exists: {name}")
        self.name = name


class PlanYearOutOfRange(InputError):
    def __init__(self, year: int, low: int, high: int) -> None:
        super().__init__(f"plan year {year} outside {low}-{high}")
        self.year, self.low, self.high = year, low, high


class InvalidPopulation(InputError):
    pass


class RecordNotFound(InputError):
    """The record was removed meanwhile (for example, from another window)."""


class InvalidCoordinates(InputError):
    def __init__(self, longitude: float, latitude: float) -> None:
        super().__init__(f"not a place on Earth: longitude {longitude}, latitude {latitude}")
        self.longitude, self.latitude = longitude, latitude


class NothingToImport(InputError):
    """The file held nothing that could come in."""


class UnknownField(InputError):
    def __init__(self, field: str, known: list[str]) -> None:
        super().__init__(f"no field named {field!r}; the file has: {', '.join(known)}")
        self.field, self.known = field, known


class ImportFailed(InputError):
    """A file could not be read; the message says why, in English, for the log and the command line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ServerUnreachable(InputError):
    """The team server did not answer while a change was being saved: the change was not saved."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(f"the team server did not answer{': ' + detail if detail else ''}; nothing was saved")
        self.detail = detail


class FileTooLarge(ImportFailed):
    """A file larger than the app reads (or a zip that unpacks to more): refused unread."""

    def __init__(self, name: str, limit_mb: int, unpacked: bool = False) -> None:
        size = f"unpacks to more than {limit_mb} MB" if unpacked else f"is larger than {limit_mb} MB"
        super().__init__(f"{name} {size}, more than the app reads; it was refused unread")
        self.name, self.limit_mb, self.unpacked = name, limit_mb, unpacked


class TooManyRows(ImportFailed):
    """A list with more rows than the app reads at once."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the list has more than {limit:,} rows; split it into smaller files")
        self.limit = limit


class HostileFile(ImportFailed):
    """A file built the way attacks are (XML entities, names that leave the zip): refused unread."""

    ENTITIES = "entities"
    ESCAPING_NAMES = "escaping names"

    def __init__(self, name: str, trick: str) -> None:
        why = (
            "declares XML entities, a known way to attack the program that reads it"
            if trick == self.ENTITIES
            else "names files outside itself (../ or an absolute path), a known way to write over other files"
        )
        super().__init__(f"{name} {why}; it was refused unread")
        self.name, self.trick = name, trick


class InvalidPhone(InputError):
    def __init__(self, phone: str) -> None:
        super().__init__(f"not a phone number: {phone}")
        self.phone = phone


class InvalidEmail(InputError):
    def __init__(self, email: str) -> None:
        super().__init__(f"not an email address: {email}")
        self.email = email


class ScoreOutOfRange(InputError):
    def __init__(self, low: int, high: int) -> None:
        super().__init__(f"influence and interest go from {low} to {high}")
        self.low, self.high = low, high


class NegativeCount(InputError):
    """A number of people (attendance, channel members) below zero."""

    def __init__(self, field: str) -> None:
        super().__init__(f"{field} cannot be negative")
        self.field = field


class EndsBeforeStart(InputError):
    def __init__(self, start: object, end: object) -> None:
        super().__init__(f"ends ({end}) before it starts ({start})")
        self.start, self.end = start, end


class AllOutsideTheCity(InputError):
    """Every place of a file lies outside the city's neighborhoods: most likely another city's file."""

    def __init__(self, count: int) -> None:
        super().__init__(f"none of the {count} places lies in one of the city's neighborhoods")
        self.count = count


class InvalidAmount(InputError):
    """A sum of money below zero, above the limit, or not a number at all."""

    def __init__(self, field: str, limit: float) -> None:
        super().__init__(f"{field} must be between 0 and {limit:,.0f}")
        self.field, self.limit = field, limit


class WorkspaceProblem(Enum):
    NOT_FOUND = "not_found"
    NOT_A_WORKSPACE = "not_a_workspace"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    ALREADY_EXISTS = "already_exists"
    CANNOT_WRITE = "cannot_write"
    IN_USE = "in_use"
    """Another program is writing to it right now (its lock did not clear in time)."""
    HELD = "held"
    """Someone holds it open for writing (another window, an import, a colleague); the detail names them."""
    UNREACHABLE = "unreachable"
    """A workspace on a server that did not answer (wrong address, no network, a password refused)."""
    NOT_A_MEMBER = "not_a_member"
    """A team workspace whose server lets this login in but gives it no role there."""
    NEEDS_UPGRADE = "needs_upgrade"
    """A team workspace of an older schema, opened by a member who may not upgrade it (its owner must, first)."""


class WorkspaceFileError(Exception):
    """A workspace file that cannot be used; the file was left as it was."""

    def __init__(self, problem: WorkspaceProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path}{': ' + detail if detail else ''}")
        self.problem = problem
        self.path = path
        self.detail = detail


class ReadOnlyWorkspace(InputError):
    """A change asked of a workspace opened read-only (someone else holds it for writing); nothing was changed."""

    def __init__(self, holder: str = "") -> None:
        super().__init__(f"the workspace is open read-only{' while ' + holder + ' holds it' if holder else ''}")
        self.holder = holder


class EditConflict(InputError):
    """Someone else saved the record after it was read for this change, so the change was not saved: ``mine`` is
    the change refused, ``theirs`` the record as it is saved now (None when the two saves met in the same moment)."""

    def __init__(self, mine: object = None, theirs: object = None) -> None:
        super().__init__("someone else saved this record while it was being edited; this change was not saved")
        self.mine, self.theirs = mine, theirs


class NotPermitted(InputError):
    """The team server refused a change that the user's role does not allow (a viewer's, or a coordinator's outside
    their neighborhoods); nothing was changed. ``role`` is the TeamRole's value."""

    def __init__(self, role: str, detail: str = "") -> None:
        super().__init__(f"a {role} may not make this change{': ' + detail if detail else ''}; nothing was changed")
        self.role, self.detail = role, detail


class TeamRequestRefused(InputError):
    """A change to a team asked the wrong way (a file for a server, a coordinator without neighborhoods, an unknown
    neighborhood); the message says what to give instead, and nothing was changed."""


class PlanNeedsNeighborhood(InputError):
    """A neighborhood work plan without its neighborhood, or a city plan given one."""


class PlanNotEmpty(InputError):
    """The guide's plan is laid out only in a plan with no goals yet, so nothing the user wrote is mixed into it."""


class UnknownTask(InputError):
    def __init__(self, key: str) -> None:
        super().__init__(f"no task with the key {key!r}")
        self.key = key


class UnknownPartner(InputError):
    def __init__(self, partner_ids: Iterable[int]) -> None:
        super().__init__(f"no partner with the id {', '.join(map(str, sorted(partner_ids)))}")


class UnknownPerson(InputError):
    def __init__(self, person_ids: Iterable[int]) -> None:
        super().__init__(f"no person with the id {', '.join(map(str, sorted(person_ids)))}")


class NotAreas(InputError):
    """Boundaries were asked of a file whose features are points or lines: places, not neighborhoods."""

    def __init__(self, count: int) -> None:
        super().__init__(f"its {count} features are points or lines, not areas; import the file as assets instead")
        self.count = count


class UnknownDocumentFormat(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: a document can be written as .pdf, .docx or .xlsx")
        self.name = name


class NothingToWrite(InputError):
    """A neighborhood has no record of the kind asked for (no call for applications, no meeting) yet."""

    def __init__(self, record: str, neighborhood: str) -> None:
        super().__init__(f"{neighborhood} has no {record.replace('_', ' ')} yet")
        self.record, self.neighborhood = record, neighborhood


class DocumentNotWritten(InputError):
    """The document engine could not print the page, or not where it was asked to."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: the document could not be written there")
        self.name = name


class UnknownListFormat(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: a list can be written as .xlsx or .csv")
        self.name = name
