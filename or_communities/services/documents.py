"""The documents the app writes from a neighborhood's records — a call for applications, a resident-leadership
meeting's protocol — and writing them as PDF or Word.

A document is built once (domain/documents) and written by one of two writers: Word through python-docx here,
PDF by a document engine the caller gives (the interface's web engine prints the same HTML its preview shows).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..domain.documents import Block, Bullets, Document, Fields, Heading, Paragraph, Picture, Table
from ..domain.errors import NothingToWrite, RecordNotFound, UnknownDocumentFormat
from ..domain.leadership import CallForApplications, LeadershipMeeting
from ..domain.text import Phrasebook

if TYPE_CHECKING:
    from .workspace import Workspace


class DocumentKind(Enum):
    CALL = "call"
    MEETING = "meeting"
    MAPPING_FILE = "mapping-file"
    CONFERENCE_CHECKLIST = "conference-checklist"


class DocumentEngine(Protocol):
    """Prints HTML to PDF and draws pictures, the way the interface's web engine does."""

    def print_pdf(self, html: str, path: Path) -> None: ...

    def picture_png(self, picture: Picture) -> bytes: ...


SUFFIXES = (".pdf", ".docx", ".xlsx")

RecordT = TypeVar("RecordT", CallForApplications, LeadershipMeeting)

label = Phrasebook(
    {
        "offered": ("מה אנחנו מציעים", "What we offer"),
        "dates": ("מועדים", "Dates"),
        "opens": ("פתיחת ההרשמה", "Applications open"),
        "closes": ("המועד האחרון להגשה", "Closing date"),
        "apply": ("איך מגישים", "How to apply"),
        "contact": ("איש/אשת קשר", "Contact"),
        "protocol": ("פרוטוקול מפגש מנהיגות תושבים", "Protocol of the resident-leadership meeting"),
        "date": ("תאריך", "Date"),
        "place": ("מקום", "Place"),
        "coordinator": ("רכז/ת קהילה שמונה/תה", "Community coordinator appointed"),
        "agenda": ("סדר היום", "Agenda"),
        "people": ("מוזמנים ונוכחים", "Invited and present"),
        "name": ("שם", "Name"),
        "came": ("השתתף/ה", "Came"),
        "yes": ("כן", "Yes"),
        "no": ("לא", "No"),
        "decisions": ("החלטות", "Decisions"),
        "follow_ups": ("משימות להמשך", "Follow-up tasks"),
        "none": ("—", "—"),
        "written": ("הופק ב־{0} מתוך קהילות אור", "Written on {0} by Or Communities"),
        "checklist": ("רשימת הכנות לכנס השכונה – {0}", "Neighborhood conference checklist – {0}"),
        "conference_date": ("מועד הכנס", "The conference"),
        "item": ("מה", "What"),
        "owner": ("אחראי/ת", "Owner"),
        "due": ("עד", "By"),
        "done": ("בוצע", "Done"),
        "formed": ("ועדות וקבוצות שנוצרו", "Committees and groups formed"),
    }
)


class DocumentService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def build(
        self,
        kind: DocumentKind,
        neighborhood_id: int,
        language: str,
        record_id: int | None = None,
        contact_details: bool = False,
    ) -> Document:
        """The document of one record (by default the neighborhood's latest call or meeting), or the neighborhood's
        mapping file (contact details only when asked for)."""
        if kind is DocumentKind.MAPPING_FILE:
            from .mapping_file import MappingFileService

            return MappingFileService(self._workspace).document(neighborhood_id, language, contact_details)
        if kind is DocumentKind.CONFERENCE_CHECKLIST:
            return self.checklist_document(neighborhood_id, language)
        leadership = self._workspace.leadership
        if kind is DocumentKind.CALL:
            call = self._chosen(leadership.calls(neighborhood_id), record_id, kind, neighborhood_id)
            return self.call_document(call, language)
        meeting = self._chosen(leadership.meetings(neighborhood_id), record_id, kind, neighborhood_id)
        return self.meeting_document(meeting, language)

    def _chosen(self, records: list[RecordT], record_id: int | None, kind: DocumentKind, neighborhood_id: int) -> RecordT:
        if record_id is not None:
            found = next((record for record in records if record.id == record_id), None)
            if found is None:
                raise RecordNotFound()
            return found
        if not records:
            raise NothingToWrite(kind.value, self._workspace.neighborhoods.get(neighborhood_id).name)
        return records[0]

    def call_document(self, call: CallForApplications, language: str) -> Document:
        neighborhood = self._workspace.neighborhoods.get(call.neighborhood_id).name
        blocks: list[Block] = [
            Paragraph(call.sought),
            Heading(label("offered", language)),
            Paragraph(call.offered),
            Heading(label("dates", language)),
            Fields(((label("opens", language), _date(call.opens)), (label("closes", language), _date(call.closes)))),
            Heading(label("apply", language)),
            Paragraph(call.how_to_apply),
        ]
        if call.contact:
            blocks.append(Fields(((label("contact", language), call.contact),)))
        return Document(call.title, language, tuple(blocks), self._place(neighborhood), self._footer(language))

    def meeting_document(self, meeting: LeadershipMeeting, language: str) -> Document:
        neighborhood = self._workspace.neighborhoods.get(meeting.neighborhood_id).name
        people = {person.id: person for person in self._workspace.people.list()}
        invited = sorted((people[pid] for pid in meeting.invitee_ids if pid in people), key=lambda p: p.full_name)
        coordinator = people[meeting.coordinator_id].full_name if meeting.coordinator_id in people else label("none", language)
        fields = [(label("date", language), _date(meeting.date))]
        if meeting.place:
            fields.append((label("place", language), meeting.place))
        fields.append((label("coordinator", language), coordinator))
        blocks: list[Block] = [
            Fields(tuple(fields)),
            Heading(label("agenda", language)),
            Bullets(tuple(_lines(meeting.agenda)), checkboxes=False),
            Heading(label("people", language)),
            Table(  # names only: a protocol is passed around, the people's phones stay in the workspace
                (label("name", language), label("came", language)),
                tuple(
                    (person.full_name, label("yes" if person.id in meeting.attendee_ids else "no", language))
                    for person in invited
                ),
            ),
            Heading(label("decisions", language)),
            Paragraph(meeting.decisions or label("none", language)),
            Heading(label("follow_ups", language)),
            Bullets(tuple(_lines(meeting.follow_ups)) or (label("none", language),)),
        ]
        title = f"{label('protocol', language)} – {neighborhood}"
        return Document(title, language, tuple(blocks), self._place(neighborhood), self._footer(language))

    def checklist_document(self, neighborhood_id: int, language: str) -> Document:
        """The neighborhood's conference checklist, by due date, to print and tick on paper."""
        neighborhood = self._workspace.neighborhoods.get(neighborhood_id).name
        conference = self._workspace.events.conference(neighborhood_id)
        if conference is None or conference.id is None:
            raise NothingToWrite(DocumentKind.CONFERENCE_CHECKLIST.value, neighborhood)
        fields = [(label("conference_date", language), _date(conference.date))]
        if conference.place:
            fields.append((label("place", language), conference.place))
        items = self._workspace.conferences.checklist(conference.id)
        blocks: list[Block] = [
            Fields(tuple(fields)),
            Table(
                (label("done", language), label("item", language), label("owner", language), label("due", language)),
                tuple(("✓" if item.done else "☐", item.name, item.owner, _date(item.due)) for item in items),
            ),
        ]
        formed = _lines(conference.committees_formed)
        if formed:
            blocks += [Heading(label("formed", language)), Bullets(tuple(formed))]
        title = label("checklist", language).format(neighborhood)
        return Document(title, language, tuple(blocks), self._place(neighborhood), self._footer(language))

    def _place(self, neighborhood: str) -> str:
        return f"{self._workspace.city.get().name} · {neighborhood}"

    def _footer(self, language: str) -> str:
        return label("written", language).format(_date(self._workspace.clock()))


def write_document(document: Document, path: Path, engine: DocumentEngine | None) -> None:
    """Write the document as the file's suffix says: .docx and .xlsx here (pictures drawn by the engine when there
    is one), .pdf by the engine."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnknownDocumentFormat(path.name)
    picture_png = engine.picture_png if engine is not None else None
    if suffix == ".docx":
        from ..files.document_docx import write_docx

        write_docx(document, path, picture_png)
        return
    if suffix == ".xlsx":
        from ..files.document_sheet import write_document_sheet

        write_document_sheet(document, path, picture_png)
        return
    if engine is None:
        raise UnknownDocumentFormat(path.name)
    from ..files.document_html import document_html

    engine.print_pdf(document_html(document), path)


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


def _lines(text: str) -> list[str]:
    return [line.strip(" •-\t") for line in text.splitlines() if line.strip(" •-\t")]
