"""A neighborhood's resident-leadership meetings: the agenda from the city's template, who was invited and who
came (from the neighborhood's people), the coordinator the meeting appointed, decisions and follow-up tasks, and
the protocol previewed and exported as PDF or Word."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....domain.document_templates import MEETING_AGENDA
from ....domain.documents import Document
from ....domain.leadership import LeadershipMeeting
from ...models.cells import date_text
from ...models.record_table import Column
from ...view_context import ViewContext
from ...widgets.date_fields import date_of, new_date_edit, qdate
from ...widgets.document_actions import DocumentActions
from ...widgets.form_fields import CheckList
from ...widgets.place_page import PlacePage
from ...widgets.templates_dialog import wording_button


class LeadershipMeetingsPage(PlacePage[LeadershipMeeting]):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "leadershipMeeting")
        self._names: dict[int, str] = {}
        self.add_button.setText(self.tr("Log a meeting…"))
        self._build_form()
        self.build(list_share=2, form_share=3)

    def heading(self) -> str:
        return self.tr("Resident-leadership meetings")

    def list_buttons(self) -> list[QWidget]:
        templates = [(self.tr("The agenda"), MEETING_AGENDA)]
        self.wording_button = wording_button(self._context, "protocol", lambda: templates, self)
        return [self.wording_button]

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda m: date_text(m.date), lambda m: m.date),
            Column(self.tr("Place"), lambda m: m.place),
            Column(self.tr("Came"), lambda m: f"{len(m.attendee_ids)}/{len(m.invitee_ids)}", lambda m: len(m.attendee_ids)),
            Column(self.tr("Coordinator"), lambda m: self._names.get(m.coordinator_id or 0, "")),
        ]

    def configure_table(self) -> None:
        super().configure_table()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest meeting first

    def _build_form(self) -> None:
        self.date_edit = new_date_edit()
        self.date_edit.setObjectName("leadershipMeetingDateEdit")
        self.date_edit.dateChanged.connect(lambda _date: self.changed_now())
        self.place_edit = self.line_edit("leadershipMeetingPlaceEdit")
        self.agenda_edit = self.text_edit("leadershipMeetingAgendaEdit", self.tr("One item a line"), 110)
        self.invited = CheckList("leadershipMeetingInvited")
        self.invited.setMaximumHeight(120)
        self.invited.changed.connect(self.changed_now)
        self.came = CheckList("leadershipMeetingCame")
        self.came.setMaximumHeight(120)
        self.came.changed.connect(self.changed_now)
        self.coordinator_combo = self.choice("leadershipMeetingCoordinator", [])
        self.decisions_edit = self.text_edit("leadershipMeetingDecisionsEdit", self.tr("What was decided"), 90)
        self.follow_ups_edit = self.text_edit(
            "leadershipMeetingFollowUpsEdit", self.tr("Who does what, by when — one task a line"), 90
        )
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Place:"), self.place_edit)
        self.form.addRow(self.tr("Agenda:"), self.agenda_edit)
        self.form.addRow(self.tr("Invited:"), self.invited)
        self.form.addRow(self.tr("Came:"), self.came)
        self.form.addRow(self.tr("Coordinator appointed:"), self.coordinator_combo)
        self.form.addRow(self.tr("Decisions:"), self.decisions_edit)
        self.form.addRow(self.tr("Follow-up tasks:"), self.follow_ups_edit)

    def below_form(self, column: QVBoxLayout) -> None:
        self.documents = DocumentActions(self._context, "protocol", self.document)
        column.addWidget(self.documents)
        column.addStretch(1)

    def load(self) -> list[LeadershipMeeting]:
        people = self._context.workspace.people.of_neighborhood(self.place)
        meetings = [] if self.place is None else self._context.workspace.leadership.meetings(self.place)
        self._names = {person.id: person.full_name for person in people}
        elsewhere = {m.coordinator_id for m in meetings if m.coordinator_id and m.coordinator_id not in self._names}
        self._names |= {person.id: person.full_name for person in self._context.workspace.people.many(sorted(elsewhere))}
        choices = [(person.full_name, person.id) for person in people]
        self.invited.set_choices(choices)
        self.came.set_choices(choices)
        self.coordinator_combo.blockSignals(True)
        self.coordinator_combo.clear()
        self.coordinator_combo.addItem(self.tr("Not yet"), None)
        for name, person_id in choices:
            self.coordinator_combo.addItem(name, person_id)
        self.coordinator_combo.blockSignals(False)
        return meetings

    def title_of(self, record: LeadershipMeeting | None) -> str:
        if record is None:
            return self.tr("Choose a meeting to see and edit it, or log a new one.")
        return self.tr("The meeting of {0}").format(date_text(record.date))

    def fill(self, record: LeadershipMeeting | None) -> None:
        meeting = record or LeadershipMeeting(None, 0, self._context.workspace.clock())
        self.date_edit.setDate(qdate(meeting.date))
        self.place_edit.setText(meeting.place)
        self.agenda_edit.setPlainText(meeting.agenda)
        self.invited.set_checked(meeting.invitee_ids)
        self.came.set_checked(meeting.attendee_ids)
        self.coordinator_combo.setCurrentIndex(max(0, self.coordinator_combo.findData(meeting.coordinator_id)))
        self.decisions_edit.setPlainText(meeting.decisions)
        self.follow_ups_edit.setPlainText(meeting.follow_ups)
        self.documents.setEnabled(record is not None)

    def edited(self, record: LeadershipMeeting) -> LeadershipMeeting:
        came = frozenset(int(value) for value in self.came.checked())
        return dataclasses.replace(
            record,
            date=date_of(self.date_edit.date()),
            place=self.place_edit.text(),
            agenda=self.agenda_edit.toPlainText(),
            invitee_ids=frozenset(int(value) for value in self.invited.checked()) | came,
            attendee_ids=came,
            coordinator_id=self.coordinator_combo.currentData(),
            decisions=self.decisions_edit.toPlainText(),
            follow_ups=self.follow_ups_edit.toPlainText(),
        )

    def save(self, record: LeadershipMeeting) -> LeadershipMeeting:
        saved = self._context.workspace.leadership.update_meeting(record)
        self.invited.set_checked(saved.invitee_ids)  # whoever came was invited
        return saved

    def create_record(self) -> object | None:
        if self.place is None:
            return None
        return self._context.workspace.leadership.new_meeting(self.place, self._context.language).id

    def delete_record(self, record: LeadershipMeeting) -> bool:
        assert record.id is not None
        question = self.tr("Remove the meeting of {0} and what it decided?").format(date_text(record.date))
        if not self._context.dialogs.confirm(self, self.tr("Remove meeting"), question):
            return False
        self._context.workspace.leadership.remove_meeting(record.id)
        return True

    def document(self) -> Document | None:
        self.flush_edits()
        if self.current is None:
            return None
        from ....services.documents import DocumentService

        return DocumentService(self._context.workspace).meeting_document(self.current, self._context.language)
