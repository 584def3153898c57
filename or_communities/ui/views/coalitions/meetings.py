"""A coalition's meetings: when, who came, what was decided, and the next step with its date."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt

from ....domain.coalitions import CoalitionMeeting
from ....domain.errors import InputError, NameTooLong
from ...models.cells import date_text
from ...models.record_table import Column
from ...view_context import ViewContext
from ...widgets.date_fields import OptionalDateEdit, date_of, new_date_edit, qdate
from ...widgets.form_fields import CheckList, FieldProblem, field_with_problem
from ...widgets.place_page import PlacePage


class MeetingsPage(PlacePage[CoalitionMeeting]):
    def __init__(self, context: ViewContext, members: Callable[[], list[tuple[str, int]]]) -> None:
        super().__init__(context, "coalitionMeeting")
        self._members = members
        self.add_button.setText(self.tr("Log a meeting…"))
        self._build_form()
        self.build(list_share=2, form_share=3)

    def heading(self) -> str:
        return self.tr("Meetings")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda m: date_text(m.date), lambda m: m.date),
            Column(self.tr("Came"), lambda m: str(len(m.attendee_ids)), lambda m: len(m.attendee_ids)),
            Column(self.tr("Next step"), lambda m: m.next_step),
            Column(self.tr("By"), lambda m: date_text(m.next_step_date), lambda m: m.next_step_date),
        ]

    def configure_table(self) -> None:
        super().configure_table()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest meeting first

    def _build_form(self) -> None:
        self.date_edit = new_date_edit()
        self.date_edit.setObjectName("meetingDateEdit")
        self.date_edit.dateChanged.connect(lambda _date: self.changed_now())
        self.attendees = CheckList("meetingAttendees")
        self.attendees.setMaximumHeight(140)
        self.attendees.changed.connect(self.changed_now)
        self.decisions_edit = self.text_edit("meetingDecisionsEdit", self.tr("What was decided, and who does what"), 110)
        self.decisions_problem = FieldProblem(self.decisions_edit)
        self.next_step_edit = self.line_edit("meetingNextStepEdit")
        self.next_step_problem = FieldProblem(self.next_step_edit)
        self.next_date_edit = OptionalDateEdit(self.tr("No date"), self.tr("No date"))
        self.next_date_edit.setObjectName("meetingNextDateEdit")
        self.next_date_edit.changed.connect(self.changed_now)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Came:"), self.attendees)
        self.form.addRow(self.tr("Decisions:"), field_with_problem(self.decisions_edit, self.decisions_problem))
        self.form.addRow(self.tr("Next step:"), field_with_problem(self.next_step_edit, self.next_step_problem))
        self.form.addRow(self.tr("By:"), self.next_date_edit)

    def load(self) -> list[CoalitionMeeting]:
        self.attendees.set_choices(self._members())
        return self._context.workspace.coalitions.meetings(self.place)

    def title_of(self, record: CoalitionMeeting | None) -> str:
        if record is None:
            return self.tr("Choose a meeting to see and edit it, or log a new one.")
        return self.tr("The meeting of {0}").format(date_text(record.date))

    def fill(self, record: CoalitionMeeting | None) -> None:
        meeting = record or CoalitionMeeting(None, self.place, self._context.workspace.clock())
        self.date_edit.setDate(qdate(meeting.date))
        self.attendees.set_checked(meeting.attendee_ids)
        self.decisions_edit.setPlainText(meeting.decisions)
        self.next_step_edit.setText(meeting.next_step)
        self.next_date_edit.set_value(meeting.next_step_date)

    def edited(self, record: CoalitionMeeting) -> CoalitionMeeting:
        return dataclasses.replace(
            record,
            date=date_of(self.date_edit.date()),
            attendee_ids=frozenset(int(value) for value in self.attendees.checked()),
            decisions=self.decisions_edit.toPlainText(),
            next_step=self.next_step_edit.text(),
            next_step_date=self.next_date_edit.value(),
        )

    def save(self, record: CoalitionMeeting) -> CoalitionMeeting:
        return self._context.workspace.coalitions.update_meeting(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"decisions": self.decisions_problem, "next_step": self.next_step_problem}

    def field_of(self, error: InputError, edited: CoalitionMeeting) -> str | None:
        if isinstance(error, NameTooLong):
            return "decisions" if len(edited.decisions) > len(edited.next_step) else "next_step"
        return None

    def create_record(self) -> object | None:
        meeting = CoalitionMeeting(None, self.place, self._context.workspace.clock())
        return self._context.workspace.coalitions.add_meeting(meeting).id

    def delete_record(self, record: CoalitionMeeting) -> bool:
        assert record.id is not None
        question = self.tr("Remove the meeting of {0} and what it decided?").format(date_text(record.date))
        if not self._context.dialogs.confirm(self, self.tr("Remove meeting"), question):
            return False
        self._context.workspace.coalitions.remove_meeting(record.id)
        return True
