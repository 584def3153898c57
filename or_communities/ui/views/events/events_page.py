"""The list of events: every event of the calendar, its Hebrew date and what falls on that day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ....domain.calendar_days import day_flags, hebrew_date
from ....domain.errors import (
    EmptyName,
    InputError,
    NameTooLong,
    NegativeCount,
)
from ....domain.planning import (
    Event,
    EventKind,
)
from ....domain.records import Neighborhood
from ...models.cells import date_sort_key, date_text
from ...models.event_models import flags_color, flags_text
from ...models.record_table import Column, NeighborhoodSearchFilter
from ...view_context import ViewContext
from ...widgets.controls import (
    count_spin,
    count_value,
    fill_neighborhood_combo,
    set_count,
)
from ...widgets.date_fields import date_of, new_date_edit, qdate
from ...widgets.form_fields import FieldProblem, field_with_problem
from ...widgets.record_page import RecordPage

if TYPE_CHECKING:
    from ....services.events import EventService


class EventsPage(RecordPage[Event]):
    """Every event of the calendar, with its Hebrew date and what falls on that day."""

    filter: NeighborhoodSearchFilter
    key_columns = (0, 3)  # listed by date, told apart by the event's name

    def __init__(self, context: ViewContext, default_date: Callable[[], dt.date]) -> None:
        super().__init__(context, "event", lambda e: e.id, lambda e: e.neighborhood_id, self._search_text)
        self._default_date = default_date
        self._build_form()
        self.build()

    def columns(self) -> list[Column]:
        language = self._language
        return [
            Column(self.tr("Date"), lambda e: date_text(e.date), lambda e: f"{date_sort_key(e.date):07d} {e.time}"),
            Column(self.tr("Hebrew date"), lambda e: hebrew_date(e.date).get(language), lambda e: date_sort_key(e.date)),
            Column(
                self.tr("Shabbat or holiday"),
                lambda e: flags_text(day_flags(e.date), language),
                background=lambda e: flags_color(day_flags(e.date)),
            ),
            Column(self.tr("Event"), lambda e: e.title),
            Column(self.tr("Kind"), lambda e: e.kind.label.get(language)),
            Column(self.tr("Neighborhood"), lambda e: self.neighborhood_name(e.neighborhood_id)),
            Column(self.tr("Time"), lambda e: e.time),
            Column(self.tr("Place"), lambda e: e.place),
        ]

    def _search_text(self, event: object) -> str:
        assert isinstance(event, Event)
        return " ".join((event.title, event.place, event.description, event.committees_formed))

    def _build_form(self) -> None:
        self.title_edit = self.line_edit("eventTitleEdit")
        self.title_problem = FieldProblem(self.title_edit)
        self.kind_combo = self.choice("eventKindCombo", [(k.label.get(self._language), k) for k in EventKind])
        self.date_edit = new_date_edit()
        self.date_edit.setObjectName("eventDateEdit")
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.hebrew_label = QLabel()
        self.hebrew_label.setObjectName("eventHebrewDate")
        self.flags_label = QLabel()
        self.flags_label.setObjectName("eventDayFlags")
        self.flags_label.setWordWrap(True)
        self.time_edit = self.line_edit("eventTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("e.g. 18:30"))
        self.place_edit = self.line_edit("eventPlaceEdit")
        self.neighborhood_combo = self.choice("eventNeighborhoodCombo", [])
        self.description_edit = self.text_edit("eventDescriptionEdit")
        self.attendance_spin = count_spin("eventAttendanceSpin", self.tr("Not recorded"))
        self.attendance_spin.valueChanged.connect(self.typing)
        self.attendance_problem = FieldProblem(self.attendance_spin)
        self.committees_edit = self.text_edit("committeesFormedEdit", self.tr("One committee on each line"))
        self.form.addRow(self.tr("Title:"), field_with_problem(self.title_edit, self.title_problem))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Hebrew date:"), self.hebrew_label)
        self.form.addRow(self.tr("On that day:"), self.flags_label)
        self.form.addRow(self.tr("Time:"), self.time_edit)
        self.form.addRow(self.tr("Place:"), self.place_edit)
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Description:"), self.description_edit)
        self.form.addRow(self.tr("Attendance:"), field_with_problem(self.attendance_spin, self.attendance_problem))
        self.form.addRow(self.tr("Committees formed:"), self.committees_edit)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))

    def load(self) -> list[Event]:
        return self.service().events()

    def service(self) -> EventService:
        return self._context.workspace.events

    def title_of(self, record: Event | None) -> str:
        return record.title if record is not None else self.tr("Choose an event to see and edit it.")

    def fill(self, record: Event | None) -> None:
        event = record if record is not None else Event(None, "", self._default_date())
        self.title_edit.setText(event.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(event.kind))
        self.date_edit.setDate(qdate(event.date))
        self._show_day(event.date)
        self.time_edit.setText(event.time)
        self.place_edit.setText(event.place)
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(event.neighborhood_id)))
        self.description_edit.setPlainText(event.description)
        set_count(self.attendance_spin, event.attendance)
        self.committees_edit.setPlainText(event.committees_formed)

    def _on_date_changed(self) -> None:
        self._show_day(date_of(self.date_edit.date()))
        self.changed_now()

    def _show_day(self, day: dt.date) -> None:
        self.hebrew_label.setText(hebrew_date(day).get(self._language))
        flags = day_flags(day)
        self.flags_label.setText(flags_text(flags, self._language) or self.tr("An ordinary day"))
        color = flags_color(flags)
        self.flags_label.setStyleSheet(f"background: {color.name()}; padding: 2px;" if color else "")

    def edited(self, record: Event) -> Event:
        return dataclasses.replace(
            record,
            title=self.title_edit.text(),
            kind=self.kind_combo.currentData(),
            date=date_of(self.date_edit.date()),
            time=self.time_edit.text(),
            place=self.place_edit.text(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            description=self.description_edit.toPlainText(),
            attendance=count_value(self.attendance_spin),
            committees_formed=self.committees_edit.toPlainText(),
        )

    def save(self, record: Event) -> Event:
        return self.service().update_event(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"title": self.title_problem, "attendance": self.attendance_problem}

    def field_of(self, error: InputError, edited: Event) -> str | None:
        if isinstance(error, (EmptyName, NameTooLong)):
            return "title"
        if isinstance(error, NegativeCount):
            return "attendance"
        return None

    def create_record(self) -> object | None:
        title = self._context.dialogs.ask_text(self, self.tr("New event"), self.tr("What is the event called?"))
        if title is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return self.service().add_event(Event(None, title, self._default_date(), neighborhood_id=neighborhood)).id

    def delete_record(self, record: Event) -> bool:
        assert record.id is not None
        question = self.tr("Remove the event “{0}” of {1}?").format(record.title, date_text(record.date))
        if not self._context.dialogs.confirm(self, self.tr("Remove event"), question):
            return False
        self.service().remove_event(record.id)
        return True
