"""Names of domain values in the interface language (the domain holds them in Hebrew and English), messages for
what a user got wrong, and the colors that go with them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..domain.catalog import Area
from ..domain.custom_metrics import InvalidMeasurement
from ..domain.errors import (
    AllOutsideTheCity,
    DocumentNotWritten,
    DuplicateName,
    EditConflict,
    EmptyName,
    EndsBeforeStart,
    FileTooLarge,
    HostileFile,
    ImportFailed,
    InputError,
    InvalidAmount,
    InvalidCoordinates,
    InvalidEmail,
    InvalidPhone,
    InvalidPopulation,
    NameTooLong,
    NegativeCount,
    NotAreas,
    NothingToImport,
    NothingToWrite,
    NotPermitted,
    PlanYearOutOfRange,
    ReadOnlyWorkspace,
    RecordNotFound,
    ScoreOutOfRange,
    ServerUnreachable,
    TooManyRows,
    UnknownDocumentFormat,
    UnknownField,
    UnknownPartner,
    UnknownPerson,
    WorkspaceProblem,
)
from ..domain.progress import NeighborhoodStage
from ..domain.records import PartnerCircle, PartnerKind, PersonRole, TaskStatus
from .edit_conflicts import edit_conflict_message
from .i18n import current_language


def status_label(status: TaskStatus) -> str:
    return status.label.get(current_language())


STATUS_COLORS: dict[TaskStatus, QColor] = {
    TaskStatus.NOT_STARTED: QColor("#e4e6eb"),
    TaskStatus.IN_PROGRESS: QColor("#ffd971"),
    TaskStatus.DONE: QColor("#8fd19e"),
    TaskStatus.NOT_RELEVANT: QColor("#f7f7f7"),
}

STATUS_SYMBOLS: dict[TaskStatus, str] = {
    TaskStatus.NOT_STARTED: "",
    TaskStatus.IN_PROGRESS: "◐",
    TaskStatus.DONE: "✓",
    TaskStatus.NOT_RELEVANT: "—",
}


def stage_label(stage: NeighborhoodStage) -> str:
    return stage.label.get(current_language())


def area_label(area: Area) -> str:
    labels = {
        Area.JOURNEY: QCoreApplication.translate("Area", "Journey"),
        Area.NEIGHBORHOODS: QCoreApplication.translate("Area", "Neighborhoods"),
        Area.MATRIX: QCoreApplication.translate("Area", "Neighborhood matrix"),
        Area.MAP: QCoreApplication.translate("Area", "Map"),
        Area.PARTNERS: QCoreApplication.translate("Area", "Partners"),
        Area.COALITIONS: QCoreApplication.translate("Area", "Coalitions"),
        Area.LEADERSHIP: QCoreApplication.translate("Area", "Neighborhood leadership"),
        Area.PEOPLE: QCoreApplication.translate("Area", "People"),
        Area.COORDINATORS: QCoreApplication.translate("Area", "Coordinators"),
        Area.WORK_PLANS: QCoreApplication.translate("Area", "Work plans"),
        Area.BUDGET: QCoreApplication.translate("Area", "Budget"),
        Area.EVENTS: QCoreApplication.translate("Area", "Events and initiatives"),
        Area.DASHBOARD: QCoreApplication.translate("Area", "Dashboard"),
    }
    return labels[area]


def workspace_problem_message(problem: WorkspaceProblem, path: str) -> str:
    messages = {
        WorkspaceProblem.NOT_FOUND: QCoreApplication.translate(
            "WorkspaceProblem", "The file {0} was not found. It may have been moved or deleted."
        ),
        WorkspaceProblem.NOT_A_WORKSPACE: QCoreApplication.translate(
            "WorkspaceProblem",
            "The file {0} is not an Or Communities workspace. Choose a file that ends with .orcity.",
        ),
        WorkspaceProblem.DAMAGED: QCoreApplication.translate(
            "WorkspaceProblem",
            "The workspace {0} is damaged and cannot be opened. Restore it from a backup copy. The file was not changed.",
        ),
        WorkspaceProblem.NEWER_VERSION: QCoreApplication.translate(
            "WorkspaceProblem",
            "The workspace {0} was made by a newer version of Or Communities. Update the app to open it. The file was not changed.",
        ),
        WorkspaceProblem.ALREADY_EXISTS: QCoreApplication.translate(
            "WorkspaceProblem", "The file {0} already exists. Choose another name or folder."
        ),
        WorkspaceProblem.CANNOT_WRITE: QCoreApplication.translate(
            "WorkspaceProblem", "Cannot write {0}. Choose a folder you are allowed to write to."
        ),
        WorkspaceProblem.HELD: QCoreApplication.translate(
            "WorkspaceProblem", "The workspace {0} is open for writing elsewhere. Close it there first."
        ),
        WorkspaceProblem.UNREACHABLE: QCoreApplication.translate(
            "WorkspaceProblem",
            "The server of the workspace {0} did not answer. Check the address, the network connection and the password.",
        ),
        WorkspaceProblem.NOT_A_MEMBER: QCoreApplication.translate(
            "WorkspaceProblem",
            "The server let you in, but your login has no role in the team of the workspace {0}. The city's community "
            "manager can add you to the team. Nothing was changed.",
        ),
        WorkspaceProblem.NEEDS_UPGRADE: QCoreApplication.translate(
            "WorkspaceProblem",
            "The team workspace {0} was made by an older version of Or Communities. The city's community manager "
            "opens it first with this version, which upgrades it; then it opens here too. Nothing was changed.",
        ),
        WorkspaceProblem.IN_USE: QCoreApplication.translate(
            "WorkspaceProblem",
            "The workspace {0} is being written by another program right now. Try again in a moment. The file was not changed.",
        ),
    }
    return messages[problem].format(path)


def input_error_message(error: InputError) -> str:
    if isinstance(error, EmptyName):
        return QCoreApplication.translate("InputError", "The name is empty. Type a name.")
    if isinstance(error, NameTooLong):
        return QCoreApplication.translate("InputError", "The name is longer than {0} characters. Shorten it.").format(
            error.limit
        )
    if isinstance(error, DuplicateName):
        return QCoreApplication.translate("InputError", "\"{0}\" already exists. Choose another name.").format(error.name)
    if isinstance(error, PlanYearOutOfRange):
        return QCoreApplication.translate("InputError", "The plan year must be between {0} and {1}.").format(
            error.low, error.high
        )
    if isinstance(error, InvalidPopulation):
        return QCoreApplication.translate("InputError", "The population cannot be negative.")
    if isinstance(error, RecordNotFound):
        return QCoreApplication.translate(
            "InputError", "This record no longer exists; it may have been removed. The list was refreshed."
        )
    if isinstance(error, InvalidCoordinates):
        return QCoreApplication.translate(
            "InputError", "{0}, {1} is not a place on the map. Check the coordinates."
        ).format(error.latitude, error.longitude)
    if isinstance(error, NothingToImport):
        return QCoreApplication.translate(
            "InputError", "The file holds nothing that can come in (no rows with a name and a place). Nothing was changed."
        )
    if isinstance(error, UnknownField):
        return QCoreApplication.translate("InputError", "There is no field named {0}. The file has: {1}.").format(
            error.field, ", ".join(error.known)
        )
    if isinstance(error, InvalidPhone):
        return QCoreApplication.translate(
            "InputError", "\"{0}\" is not a phone number. Type it like 050-1234567 or 08-6234567."
        ).format(error.phone)
    if isinstance(error, InvalidEmail):
        return QCoreApplication.translate(
            "InputError", "\"{0}\" is not an email address. Type it like name@example.org."
        ).format(error.email)
    if isinstance(error, ScoreOutOfRange):
        return QCoreApplication.translate("InputError", "Influence and interest go from {0} to {1}.").format(
            error.low, error.high
        )
    if isinstance(error, NegativeCount):
        if error.field == "attendance":
            return QCoreApplication.translate("InputError", "The attendance cannot be negative.")
        return QCoreApplication.translate("InputError", "The number of members cannot be negative.")
    if isinstance(error, EndsBeforeStart):
        return QCoreApplication.translate("InputError", "The end date is before the start date.")
    if isinstance(error, AllOutsideTheCity):
        return QCoreApplication.translate(
            "InputError", "None of the {0} places lies in the city's neighborhoods. Nothing was added."
        ).format(error.count)
    if isinstance(error, InvalidAmount):
        return QCoreApplication.translate("InputError", "An amount must be between ₪0 and ₪{0:,.0f}.").format(error.limit)
    if isinstance(error, EditConflict):
        return edit_conflict_message(error)
    if isinstance(error, NotPermitted):
        if error.role == "viewer":
            return QCoreApplication.translate(
                "InputError", "Your role in this team workspace is viewer: you can read everything, and change "
                "nothing. Nothing was changed. The city's community manager can give you another role."
            )
        return QCoreApplication.translate(
            "InputError", "The team server refused this change: your role lets you change the records of your own "
            "neighborhoods, and this one is not among them (or belongs to the whole city). Nothing was changed."
        )
    if isinstance(error, ServerUnreachable):
        return QCoreApplication.translate(
            "InputError", "The team server did not answer, so the change was not saved. Check the network and try "
            "again in a moment; the app connects again by itself."
        )
    if isinstance(error, InvalidMeasurement):
        return QCoreApplication.translate("InputError", "A measured value or a target is a number from 0 to {0:,.0f}.").format(
            error.limit
        )
    if isinstance(error, ReadOnlyWorkspace):
        return QCoreApplication.translate(
            "InputError", "This workspace is open to read only: {0} is writing in it. Nothing was changed. To make "
            "changes, close it there and open it here again."
        ).format(error.holder or QCoreApplication.translate("InputError", "another program"))
    if isinstance(error, FileTooLarge) and error.unpacked:
        return QCoreApplication.translate(
            "InputError", "{0} unpacks to more than {1} MB, more than the app reads (a file built to fill the memory "
            "looks like this). It was not opened, and nothing was changed."
        ).format(error.name, error.limit_mb)
    if isinstance(error, FileTooLarge):
        return QCoreApplication.translate(
            "InputError", "{0} is larger than {1} MB, more than the app reads. Split it into smaller files, or keep "
            "only the layer you need. Nothing was changed."
        ).format(error.name, error.limit_mb)
    if isinstance(error, TooManyRows):
        return QCoreApplication.translate(
            "InputError", "The list has more than {0:,} rows. Split it into smaller files. Nothing was changed."
        ).format(error.limit)
    if isinstance(error, HostileFile) and error.trick == HostileFile.ENTITIES:
        return QCoreApplication.translate(
            "InputError", "{0} declares XML entities, a known way to attack the program that opens it. It was not "
            "read, and nothing was changed. Ask the sender for a clean copy."
        ).format(error.name)
    if isinstance(error, HostileFile):
        return QCoreApplication.translate(
            "InputError", "{0} names files outside itself, a known way to write over other files. It was not read, "
            "and nothing was changed. Ask the sender for a clean copy."
        ).format(error.name)
    if isinstance(error, ImportFailed):
        return QCoreApplication.translate("InputError", "The file could not be read: {0}. Nothing was changed.").format(
            error.reason
        )
    if isinstance(error, UnknownPerson | UnknownPartner):
        return QCoreApplication.translate(
            "InputError", "Someone chosen here was removed meanwhile. The list was refreshed; choose again."
        )
    if isinstance(error, NotAreas):
        return QCoreApplication.translate(
            "InputError",
            "The file's {0} features are points or lines, not areas, so they cannot be neighborhoods. Import the "
            "file as assets instead. Nothing was changed.",
        ).format(error.count)
    if isinstance(error, UnknownDocumentFormat):
        return QCoreApplication.translate(
            "InputError", "{0}: a document is written as PDF (.pdf) or Word (.docx). Choose one of them."
        ).format(error.name)
    if isinstance(error, NothingToWrite) and error.record == "call":
        return QCoreApplication.translate(
            "InputError", "{0} has no call for applications yet. Write one in the neighborhood leadership area first."
        ).format(error.neighborhood)
    if isinstance(error, NothingToWrite) and error.record == "meeting":
        return QCoreApplication.translate(
            "InputError", "{0} has no leadership meeting yet. Log one in the neighborhood leadership area first."
        ).format(error.neighborhood)
    if isinstance(error, NothingToWrite):
        return QCoreApplication.translate(
            "InputError", "{0} has no conference planned yet. Plan it in the events area first."
        ).format(error.neighborhood)
    if isinstance(error, DocumentNotWritten):
        return QCoreApplication.translate(
            "InputError", "{0} could not be written there. Choose a folder you can write to, and close the file if it is open."
        ).format(error.name)
    return str(error)


def partner_kind_label(kind: PartnerKind) -> str:
    return kind.label.get(current_language())


def partner_circle_label(circle: PartnerCircle) -> str:
    return circle.label.get(current_language())


PARTNER_KIND_COLORS: dict[PartnerKind, QColor] = {
    PartnerKind.MUNICIPAL_DEPARTMENT: QColor("#1f5fa8"),
    PartnerKind.COMMUNITY_FIELD_UNIT: QColor("#3d8fd6"),
    PartnerKind.COMMUNITY_COORDINATOR: QColor("#6cb4e8"),
    PartnerKind.KEY_COMMUNITY_LEADER: QColor("#2a9d8f"),
    PartnerKind.SOCIAL_ORGANIZATION: QColor("#e07a1f"),
    PartnerKind.GOVERNMENT_BODY: QColor("#8d5524"),
    PartnerKind.BUSINESS_OR_DONOR: QColor("#c23b6b"),
    PartnerKind.EDUCATIONAL_INSTITUTION: QColor("#7b52ab"),
    PartnerKind.OR_MOVEMENT: QColor("#d4a017"),
}
"""Blues and teal inside the system; warm colors in the city and beyond."""

ATTENTION_COLOR = QColor("#fde2e0")
"""The background of a row that needs attention (a partner to contact, an inactive activist)."""


def person_role_label(role: PersonRole) -> str:
    return role.label.get(current_language())
