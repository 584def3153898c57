"""Neighborhood conferences: each neighborhood's conference, its attendance and the committees formed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QLabel

from ....domain.calendar_days import hebrew_date
from ....domain.errors import (
    InputError,
    NegativeCount,
)
from ....domain.planning import (
    Event,
    EventKind,
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
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.record_page import RecordPage
from .common import count_text, one_line


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
        self.build()

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
        return dataclasses.replace(record, conference=self._context.workspace.events.update_event(record.conference))

    def problems(self) -> dict[str, FieldProblem]:
        return {"conference": self.attendance_problem}

    def field_of(self, error: InputError, edited: NeighborhoodConference) -> str | None:
        return "conference" if isinstance(error, NegativeCount) else None

    def plan_conference(self) -> None:
        """Put the chosen neighborhood's conference in the calendar, a month from today, to be filled in."""
        record = self.current
        if record is None:
            return
        day = self._context.workspace.clock() + dt.timedelta(days=30)
        title = self.tr("Neighborhood conference — {0}").format(record.neighborhood)
        try:
            self._context.workspace.events.add_event(Event(None, title, day, EventKind.CONFERENCE, record.neighborhood_id))
        except InputError as error:
            self.show_error(error)
            return
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()

    def create_record(self) -> object | None:
        return None

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
