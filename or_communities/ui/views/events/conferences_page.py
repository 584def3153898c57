"""Neighborhood conferences: each neighborhood's conference planned with a checklist counted back from its date,
its attendance, the committees and activist groups it formed, and task 2.6 offered as done once it shows it."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from ....domain.calendar_days import hebrew_date
from ....domain.conferences import CONFERENCE_TASK, ChecklistItem
from ....domain.document_templates import CONFERENCE_CHECKLIST
from ....domain.documents import Document
from ....domain.errors import (
    InputError,
    NegativeCount,
)
from ....domain.planning import (
    Event,
    EventKind,
    GroupKind,
)
from ...models.cells import date_sort_key, date_text
from ...models.record_table import Column
from ...view_context import ViewContext
from ...widgets.controls import (
    count_spin,
    count_value,
    make_button,
    set_count,
)
from ...widgets.date_fields import date_of, new_date_edit, qdate
from ...widgets.dated_items import DatedItemsPanel, DatedItemsTexts
from ...widgets.document_actions import DocumentActions
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.record_page import ListPart, RecordPage
from ...widgets.task_offer import TaskOfferBar
from ...widgets.templates_dialog import wording_button
from .common import count_text, one_line

if TYPE_CHECKING:
    from ....services.conferences import ConferenceService


@dataclasses.dataclass(frozen=True)
class NeighborhoodConference:
    neighborhood_id: int
    neighborhood: str
    conference: Event | None


class ConferencesPage(RecordPage[NeighborhoodConference]):
    """The conference of each neighborhood: when, how many came, which committees it formed."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "conference", lambda r: r.neighborhood_id, lambda r: r.neighborhood_id, lambda r: r.neighborhood)
        self.add_button.hide()
        self.neighborhood_filter.hide()
        self.remove_button.setText(self.tr("Remove conference…"))
        self._build_form()
        self.build(list_share=2, form_share=2)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Neighborhood"), lambda r: r.neighborhood),
            Column(self.tr("Conference"), lambda r: date_text(r.conference.date) if r.conference else self.tr("Not held yet"),
                   lambda r: date_sort_key(r.conference.date if r.conference else None)),
            Column(self.tr("Hebrew date"), lambda r: hebrew_date(r.conference.date).get(self._language) if r.conference else ""),
            Column(self.tr("Attendance"), lambda r: count_text(r.conference.attendance if r.conference else None),
                   lambda r: (r.conference.attendance if r.conference else None) or 0),
            Column(self.tr("Committees formed"), lambda r: one_line(r.conference.committees_formed) if r.conference else ""),
        ]

    def _build_form(self) -> None:
        self.plan_button = make_button(self.tr("Plan the conference"), "planConferenceButton", self.plan_conference)
        self.date_edit = new_date_edit()
        self.date_edit.setObjectName("conferenceDateEdit")
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.hebrew_label = QLabel()
        self.hebrew_label.setObjectName("conferenceHebrewDate")
        self.place_edit = self.line_edit("conferencePlaceEdit")
        self.attendance_spin = count_spin("conferenceAttendanceSpin", self.tr("Not recorded"))
        self.attendance_spin.valueChanged.connect(self.typing)
        self.attendance_problem = FieldProblem(self.attendance_spin)
        self.committees_edit = self.text_edit("conferenceCommitteesEdit", self.tr("One committee on each line"))
        self.description_edit = self.text_edit("conferenceNotesEdit", self.tr("How it went, what comes next"))
        self.form.addRow("", self.plan_button)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Hebrew date:"), self.hebrew_label)
        self.form.addRow(self.tr("Place:"), self.place_edit)
        self.form.addRow(self.tr("Attendance:"), field_with_problem(self.attendance_spin, self.attendance_problem))
        self.form.addRow(self.tr("Committees formed:"), self.committees_edit)
        self.form.addRow(self.tr("Notes:"), self.description_edit)
        self.committee_button = make_button(
            self.tr("Form a committee…"), "formCommitteeButton", lambda: self.form_group(GroupKind.COMMITTEE), "add"
        )
        self.group_button = make_button(
            self.tr("Form an activist group…"), "formActivistGroupButton", lambda: self.form_group(GroupKind.ACTIVIST_GROUP), "add"
        )
        formed = QHBoxLayout()
        formed.addWidget(self.committee_button)
        formed.addWidget(self.group_button)
        formed.addStretch(1)
        self.form.addRow("", formed)

    def list_parts(self) -> list[ListPart]:
        parts = super().list_parts()
        row = parts[0]
        assert isinstance(row, QHBoxLayout)
        templates = [(self.tr("The conference checklist"), CONFERENCE_CHECKLIST)]
        self.wording_button = wording_button(self._context, "checklist", lambda: templates, self)
        row.addWidget(self.wording_button)
        return parts

    def below_form(self, column: QVBoxLayout) -> None:
        self.offer = TaskOfferBar()
        self.offer.accepted.connect(self.mark_task_done)
        column.insertWidget(0, self.offer)
        self.documents = DocumentActions(self._context, "checklist", self.document)
        column.addWidget(self.documents)
        texts = DatedItemsTexts(
            "checklist", self.tr("Checklist"), self.tr("What"), self.tr("Add an item…"), self.tr("New item"),
            self.tr("What needs doing:"), self.tr("Remove item"), self.tr("Remove “{0}” from the checklist?"),
            with_owner=True,
        )
        self.checklist = DatedItemsPanel(
            self._context, texts, _Checklist(self._context.workspace.conferences), self.show_error, self._checklist_changed
        )
        column.addWidget(self.checklist, 1)

    def load(self) -> list[NeighborhoodConference]:
        conferences = {}
        for event in self._context.workspace.events.conferences():
            if event.neighborhood_id is not None:
                conferences[event.neighborhood_id] = event  # the latest wins
        return [NeighborhoodConference(n.id, n.name, conferences.get(n.id)) for n in self.neighborhoods()]

    def title_of(self, record: NeighborhoodConference | None) -> str:
        if record is None:
            return self.tr("Choose a neighborhood to see its conference.")
        return self.tr("Neighborhood conference — {0}").format(record.neighborhood)

    def fill(self, record: NeighborhoodConference | None) -> None:
        conference = record.conference if record is not None else None
        self.plan_button.setVisible(record is not None and conference is None)
        self.remove_button.setEnabled(conference is not None)
        for field in (self.date_edit, self.place_edit, self.attendance_spin, self.committees_edit, self.description_edit):
            field.setEnabled(conference is not None)
        shown = conference or Event(None, "", self._context.workspace.clock(), EventKind.CONFERENCE)
        self.date_edit.setDate(qdate(shown.date))
        self.hebrew_label.setText(hebrew_date(shown.date).get(self._language) if conference else "")
        self.place_edit.setText(shown.place)
        set_count(self.attendance_spin, shown.attendance)
        self.committees_edit.setPlainText(shown.committees_formed)
        self.description_edit.setPlainText(shown.description)
        for control in (self.committee_button, self.group_button, self.documents):
            control.setEnabled(conference is not None)
        self.checklist.show_items_of(conference.id if conference is not None else None)
        self._update_offer(record)

    def _on_date_changed(self) -> None:
        self.hebrew_label.setText(hebrew_date(date_of(self.date_edit.date())).get(self._language))
        self.changed_now()

    def edited(self, record: NeighborhoodConference) -> NeighborhoodConference:
        if record.conference is None:
            return record
        return dataclasses.replace(
            record,
            conference=dataclasses.replace(
                record.conference,
                date=date_of(self.date_edit.date()),
                place=self.place_edit.text(),
                attendance=count_value(self.attendance_spin),
                committees_formed=self.committees_edit.toPlainText(),
                description=self.description_edit.toPlainText(),
            ),
        )

    def save(self, record: NeighborhoodConference) -> NeighborhoodConference:
        assert record.conference is not None
        saved = dataclasses.replace(record, conference=self._context.workspace.conferences.update(record.conference))
        if record.conference.date != (self.current.conference.date if self.current and self.current.conference else None):
            self.checklist.show_items_of(record.conference.id)  # its items moved with the date
        return saved

    def problems(self) -> dict[str, FieldProblem]:
        return {"conference": self.attendance_problem}

    def field_of(self, error: InputError, edited: NeighborhoodConference) -> str | None:
        return "conference" if isinstance(error, NegativeCount) else None

    def plan_conference(self) -> None:
        """Put the chosen neighborhood's conference in the calendar six weeks ahead, with its checklist."""
        record = self.current
        if record is None:
            return
        title = self.tr("Neighborhood conference — {0}").format(record.neighborhood)
        try:
            self._context.workspace.conferences.plan(record.neighborhood_id, title, self._context.language)
        except InputError as error:
            self.show_error(error)
            return
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()

    def create_record(self) -> object | None:
        return None

    def form_group(self, kind: GroupKind) -> None:
        """A committee or activist group the conference formed: its name, then its members from the neighborhood."""
        record = self.current
        if record is None or record.conference is None:
            return
        self.flush_edits()
        title = self.tr("Form a committee") if kind is GroupKind.COMMITTEE else self.tr("Form an activist group")
        name = self._context.dialogs.ask_text(self, title, self.tr("Its name:"))
        if name is None:
            return
        people = [(person.full_name, person.id) for person in self._context.workspace.people.of_neighborhood(record.neighborhood_id)]
        chosen = self._context.dialogs.choose_many(self, title, self.tr("Its members:"), people) if people else []
        if chosen is None:
            return
        try:
            self._context.workspace.conferences.form_group(
                record.conference, name, kind, frozenset(int(str(value)) for value in chosen)
            )
        except InputError as error:
            self.show_error(error, title)
            return
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()

    def _checklist_changed(self) -> None:
        self.saved.emit()

    def _update_offer(self, record: NeighborhoodConference | None) -> None:
        offer = None if record is None else self._context.workspace.conferences.task_to_offer(record.neighborhood_id)
        evidence = offer.text.get(self._language) if offer is not None and offer.text is not None else ""
        self.offer.offer(offer.task_key if offer is not None else None, evidence, self._language)

    def mark_task_done(self) -> None:
        record = self.current
        if record is None:
            return
        self._context.workspace.conferences.mark_task_done(record.neighborhood_id, self._language)
        self._update_offer(record)
        self.saved.emit()
        self._context.open_task(record.neighborhood_id, CONFERENCE_TASK)

    def document(self) -> Document | None:
        self.flush_edits()
        if self.current is None or self.current.conference is None:
            return None
        from ....services.documents import DocumentService

        return DocumentService(self._context.workspace).checklist_document(self.current.neighborhood_id, self._language)

    def flush_edits(self) -> None:
        super().flush_edits()
        self.checklist.flush_edits()

    def delete_record(self, record: NeighborhoodConference) -> bool:
        if record.conference is None:
            return False
        assert record.conference.id is not None
        question = self.tr("Remove the conference of {0} from the calendar?").format(record.neighborhood)
        if not self._context.dialogs.confirm(self, self.tr("Remove conference"), question):
            return False
        self._context.workspace.events.remove_event(record.conference.id)
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()
        return False  # the neighborhood stays chosen


class _Checklist:
    """A conference's checklist, for the panel under the form."""

    def __init__(self, conferences: ConferenceService) -> None:
        self._conferences = conferences

    def load(self, parent_id: int) -> list[ChecklistItem]:
        return self._conferences.checklist(parent_id)

    def add(self, parent_id: int, name: str) -> ChecklistItem:
        return self._conferences.add_item(parent_id, name)

    def save(self, item: ChecklistItem) -> ChecklistItem:
        return self._conferences.update_item(item)

    def remove(self, item: ChecklistItem) -> None:
        assert item.id is not None
        self._conferences.remove_item(item.id)
