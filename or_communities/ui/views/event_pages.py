"""The events area's lists: events, initiatives, neighborhood conferences, committees and groups, gathering spaces,
communication channels. Each is a RecordPage: a table beside a form that is written as it is edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.calendar_days import day_flags, hebrew_date
from ...domain.errors import (
    EmptyName,
    EndsBeforeStart,
    InputError,
    NameTooLong,
    NegativeCount,
)
from ...domain.planning import (
    ActivityStatus,
    Channel,
    ChannelKind,
    Event,
    EventKind,
    GatheringSpace,
    Group,
    GroupKind,
    Initiative,
)
from ...domain.records import Neighborhood, Person
from ..models.cells import date_sort_key, date_text
from ..models.event_models import flags_color, flags_text
from ..models.record_table import Column
from ..view_context import ViewContext
from ..widgets.controls import (
    count_spin,
    count_value,
    fill_neighborhood_combo,
    make_button,
    set_count,
)
from ..widgets.date_fields import OptionalDateEdit, new_date_edit
from ..widgets.form_fields import CheckList, FieldProblem, field_with_problem
from ..widgets.record_page import RecordPage


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


class EventsPage(RecordPage):
    """Every event of the calendar, with its Hebrew date and what falls on that day."""

    def __init__(self, context: ViewContext, default_date: Callable[[], dt.date]) -> None:
        super().__init__(context, "event", lambda e: e.id, lambda e: e.neighborhood_id, self._search_text)
        self._default_date = default_date
        self._build_form()

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

    def load(self) -> list:
        return self.service().events()

    def service(self):  # noqa: ANN201 - the EventService of this workspace
        return event_service(self._context)

    def title_of(self, record: object | None) -> str:
        return record.title if isinstance(record, Event) else self.tr("Choose an event to see and edit it.")

    def fill(self, record: object | None) -> None:
        event = record if isinstance(record, Event) else Event(None, "", self._default_date())
        self.title_edit.setText(event.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(event.kind))
        self.date_edit.setDate(_qdate(event.date))
        self._show_day(event.date)
        self.time_edit.setText(event.time)
        self.place_edit.setText(event.place)
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(event.neighborhood_id)))
        self.description_edit.setPlainText(event.description)
        set_count(self.attendance_spin, event.attendance)
        self.committees_edit.setPlainText(event.committees_formed)

    def _on_date_changed(self) -> None:
        self._show_day(_date(self.date_edit.date()))
        self.changed_now()

    def _show_day(self, day: dt.date) -> None:
        self.hebrew_label.setText(hebrew_date(day).get(self._language))
        flags = day_flags(day)
        self.flags_label.setText(flags_text(flags, self._language) or self.tr("An ordinary day"))
        color = flags_color(flags)
        self.flags_label.setStyleSheet(f"background: {color.name()}; padding: 2px;" if color else "")

    def edited(self, record: object) -> object:
        assert isinstance(record, Event)
        return dataclasses.replace(
            record,
            title=self.title_edit.text(),
            kind=self.kind_combo.currentData(),
            date=_date(self.date_edit.date()),
            time=self.time_edit.text(),
            place=self.place_edit.text(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            description=self.description_edit.toPlainText(),
            attendance=count_value(self.attendance_spin),
            committees_formed=self.committees_edit.toPlainText(),
        )

    def save(self, record: object) -> object:
        assert isinstance(record, Event)
        return self.service().update_event(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"title": self.title_problem, "attendance": self.attendance_problem}

    def field_of(self, error: InputError, edited: object) -> str | None:
        if isinstance(error, (EmptyName, NameTooLong)):
            return "title"
        if isinstance(error, NegativeCount):
            return "attendance"
        return None

    def create(self) -> object | None:
        title = self._context.dialogs.ask_text(self, self.tr("New event"), self.tr("What is the event called?"))
        if title is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return self.service().add_event(Event(None, title, self._default_date(), neighborhood_id=neighborhood)).id

    def delete(self, record: object) -> bool:
        assert isinstance(record, Event)
        question = self.tr("Remove the event “{0}” of {1}?").format(record.title, date_text(record.date))
        if not self._context.dialogs.confirm(self, self.tr("Remove event"), question):
            return False
        self.service().remove_event(record.id)
        return True


class InitiativesPage(RecordPage):
    """Each neighborhood's initiatives and projects."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "initiative", lambda i: i.id, lambda i: i.neighborhood_id,
                         lambda i: " ".join((i.name, i.lead, i.description)))
        self._build_form()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Initiative"), lambda i: i.name),
            Column(self.tr("Neighborhood"), lambda i: self.neighborhood_name(i.neighborhood_id)),
            Column(self.tr("Lead"), lambda i: i.lead),
            Column(self.tr("Start"), lambda i: date_text(i.start), lambda i: date_sort_key(i.start)),
            Column(self.tr("End"), lambda i: date_text(i.end), lambda i: date_sort_key(i.end)),
            Column(self.tr("Status"), lambda i: i.status.label.get(self._language), lambda i: list(ActivityStatus).index(i.status)),
        ]

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("initiativeNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.neighborhood_combo = self.choice("initiativeNeighborhoodCombo", [])
        self.lead_edit = self.line_edit("initiativeLeadEdit")
        self.start_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.start_edit.setObjectName("initiativeStartEdit")
        self.start_edit.changed.connect(self.changed_now)
        self.end_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.end_edit.setObjectName("initiativeEndEdit")
        self.end_edit.changed.connect(self.changed_now)
        self.end_problem = FieldProblem(self.end_edit)
        self.status_combo = self.choice("initiativeStatusCombo", [(s.label.get(self._language), s) for s in ActivityStatus])
        self.description_edit = self.text_edit("initiativeDescriptionEdit")
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Lead:"), self.lead_edit)
        self.form.addRow(self.tr("Start:"), self.start_edit)
        self.form.addRow(self.tr("End:"), field_with_problem(self.end_edit, self.end_problem))
        self.form.addRow(self.tr("Status:"), self.status_combo)
        self.form.addRow(self.tr("Description:"), self.description_edit)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))

    def load(self) -> list:
        return event_service(self._context).initiatives()

    def title_of(self, record: object | None) -> str:
        return record.name if isinstance(record, Initiative) else self.tr("Choose an initiative to see and edit it.")

    def fill(self, record: object | None) -> None:
        initiative = record if isinstance(record, Initiative) else Initiative(None, None, "")
        self.name_edit.setText(initiative.name)
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(initiative.neighborhood_id)))
        self.lead_edit.setText(initiative.lead)
        self.start_edit.set_value(initiative.start)
        self.end_edit.set_value(initiative.end)
        self.status_combo.setCurrentIndex(self.status_combo.findData(initiative.status))
        self.description_edit.setPlainText(initiative.description)

    def edited(self, record: object) -> object:
        assert isinstance(record, Initiative)
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            lead=self.lead_edit.text(),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            status=self.status_combo.currentData(),
            description=self.description_edit.toPlainText(),
        )

    def save(self, record: object) -> object:
        assert isinstance(record, Initiative)
        return event_service(self._context).update_initiative(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem, "end": self.end_problem}

    def field_of(self, error: InputError, edited: object) -> str | None:
        assert isinstance(edited, Initiative)
        if isinstance(error, EmptyName):
            return "name"
        if isinstance(error, NameTooLong):
            return "name" if len(edited.name.strip()) > error.limit else "lead"
        return "end" if isinstance(error, EndsBeforeStart) else None

    def create(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New initiative"), self.tr("Name of the initiative:"))
        if name is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return event_service(self._context).add_initiative(Initiative(None, neighborhood, name)).id

    def delete(self, record: object) -> bool:
        assert isinstance(record, Initiative)
        question = self.tr("Remove the initiative “{0}”?").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove initiative"), question):
            return False
        event_service(self._context).remove_initiative(record.id)
        return True


@dataclasses.dataclass(frozen=True)
class NeighborhoodConference:
    neighborhood_id: int
    neighborhood: str
    conference: Event | None


class ConferencesPage(RecordPage):
    """The conference of each neighborhood: when, how many came, which committees it formed."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "conference", lambda r: r.neighborhood_id, lambda r: r.neighborhood_id, lambda r: r.neighborhood)
        self.add_button.hide()
        self.neighborhood_filter.hide()
        self.remove_button.setText(self.tr("Remove conference…"))
        self._build_form()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Neighborhood"), lambda r: r.neighborhood),
            Column(self.tr("Conference"), lambda r: date_text(r.conference.date) if r.conference else self.tr("Not held yet"),
                   lambda r: date_sort_key(r.conference.date if r.conference else None)),
            Column(self.tr("Hebrew date"), lambda r: hebrew_date(r.conference.date).get(self._language) if r.conference else ""),
            Column(self.tr("Attendance"), lambda r: _count_text(r.conference.attendance if r.conference else None),
                   lambda r: (r.conference.attendance if r.conference else None) or 0),
            Column(self.tr("Committees formed"), lambda r: _one_line(r.conference.committees_formed) if r.conference else ""),
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

    def load(self) -> list:
        conferences = {}
        for event in event_service(self._context).conferences():
            if event.neighborhood_id is not None:
                conferences[event.neighborhood_id] = event  # the latest wins
        return [NeighborhoodConference(n.id, n.name, conferences.get(n.id)) for n in self.neighborhoods()]

    def title_of(self, record: object | None) -> str:
        if not isinstance(record, NeighborhoodConference):
            return self.tr("Choose a neighborhood to see its conference.")
        return self.tr("Neighborhood conference — {0}").format(record.neighborhood)

    def fill(self, record: object | None) -> None:
        conference = record.conference if isinstance(record, NeighborhoodConference) else None
        self.plan_button.setVisible(isinstance(record, NeighborhoodConference) and conference is None)
        self.remove_button.setEnabled(conference is not None)
        for field in (self.date_edit, self.place_edit, self.attendance_spin, self.committees_edit, self.description_edit):
            field.setEnabled(conference is not None)
        shown = conference or Event(None, "", self._context.workspace.clock(), EventKind.CONFERENCE)
        self.date_edit.setDate(_qdate(shown.date))
        self.hebrew_label.setText(hebrew_date(shown.date).get(self._language) if conference else "")
        self.place_edit.setText(shown.place)
        set_count(self.attendance_spin, shown.attendance)
        self.committees_edit.setPlainText(shown.committees_formed)
        self.description_edit.setPlainText(shown.description)

    def _on_date_changed(self) -> None:
        self.hebrew_label.setText(hebrew_date(_date(self.date_edit.date())).get(self._language))
        self.changed_now()

    def edited(self, record: object) -> object:
        assert isinstance(record, NeighborhoodConference)
        if record.conference is None:
            return record
        return dataclasses.replace(
            record,
            conference=dataclasses.replace(
                record.conference,
                date=_date(self.date_edit.date()),
                place=self.place_edit.text(),
                attendance=count_value(self.attendance_spin),
                committees_formed=self.committees_edit.toPlainText(),
                description=self.description_edit.toPlainText(),
            ),
        )

    def save(self, record: object) -> object:
        assert isinstance(record, NeighborhoodConference) and record.conference is not None
        return dataclasses.replace(record, conference=event_service(self._context).update_event(record.conference))

    def problems(self) -> dict[str, FieldProblem]:
        return {"conference": self.attendance_problem}

    def field_of(self, error: InputError, edited: object) -> str | None:
        return "conference" if isinstance(error, NegativeCount) else None

    def plan_conference(self) -> None:
        """Put the chosen neighborhood's conference in the calendar, a month from today, to be filled in."""
        record = self.current
        if not isinstance(record, NeighborhoodConference):
            return
        day = self._context.workspace.clock() + dt.timedelta(days=30)
        title = self.tr("Neighborhood conference — {0}").format(record.neighborhood)
        try:
            event_service(self._context).add_event(Event(None, title, day, EventKind.CONFERENCE, record.neighborhood_id))
        except InputError as error:
            self.show_error(error)
            return
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()

    def create(self) -> object | None:
        return None

    def delete(self, record: object) -> bool:
        assert isinstance(record, NeighborhoodConference)
        if record.conference is None:
            return False
        question = self.tr("Remove the conference of {0} from the calendar?").format(record.neighborhood)
        if not self._context.dialogs.confirm(self, self.tr("Remove conference"), question):
            return False
        event_service(self._context).remove_event(record.conference.id)
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()
        return False  # the neighborhood stays chosen


def _count_text(value: int | None) -> str:
    return "" if value is None else str(value)


class GroupsPage(RecordPage):
    """Committees and activist groups, with their members chosen from the workspace's people."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "group", lambda g: g.id, lambda g: g.neighborhood_id,
                         lambda g: " ".join((g.name, g.purpose, self._member_names(g))))
        self._people: dict[int, Person] = {}
        self._build_form()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda g: g.name),
            Column(self.tr("Kind"), lambda g: g.kind.label.get(self._language)),
            Column(self.tr("Neighborhood"), lambda g: self.neighborhood_name(g.neighborhood_id)),
            Column(self.tr("Members"), lambda g: str(len(g.member_ids)), lambda g: len(g.member_ids)),
            Column(self.tr("Who"), self._member_names),
        ]

    def _member_names(self, group: object) -> str:
        assert isinstance(group, Group)
        return ", ".join(sorted(self._people[pid].full_name for pid in group.member_ids if pid in self._people))

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("groupNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.kind_combo = self.choice("groupKindCombo", [(k.label.get(self._language), k) for k in GroupKind])
        self.neighborhood_combo = self.choice("groupNeighborhoodCombo", [])
        self.purpose_edit = self.text_edit("groupPurposeEdit", self.tr("What the group does"))
        self.member_search = QLineEdit()
        self.member_search.setObjectName("memberSearch")
        self.member_search.setPlaceholderText(self.tr("Find a person…"))
        self.member_search.setClearButtonEnabled(True)
        self.member_search.textChanged.connect(self._filter_people)
        self.members_list = CheckList("groupMembers")
        self.members_list.setMinimumHeight(180)
        self.members_list.changed.connect(self.changed_now)
        members = QWidget()
        layout = QVBoxLayout(members)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.member_search)
        layout.addWidget(self.members_list)
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Purpose:"), self.purpose_edit)
        self.form.addRow(self.tr("Members:"), members)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))
        people = self._context.workspace.people.list()
        self._people = {person.id: person for person in people}
        names = {n.id: n.name for n in neighborhoods}
        choices = [
            (f"{p.full_name} — {names[p.neighborhood_id]}" if p.neighborhood_id in names else p.full_name, p.id) for p in people
        ]
        self.members_list.set_choices(choices)
        self._filter_people(self.member_search.text())

    def _filter_people(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.members_list.count()):
            item = self.members_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def load(self) -> list:
        return event_service(self._context).groups()

    def title_of(self, record: object | None) -> str:
        return record.name if isinstance(record, Group) else self.tr("Choose a committee or group to see and edit it.")

    def fill(self, record: object | None) -> None:
        group = record if isinstance(record, Group) else Group(None, "")
        self.name_edit.setText(group.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(group.kind))
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(group.neighborhood_id)))
        self.purpose_edit.setPlainText(group.purpose)
        self.members_list.set_checked(group.member_ids)

    def edited(self, record: object) -> object:
        assert isinstance(record, Group)
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            purpose=self.purpose_edit.toPlainText(),
            member_ids=frozenset(self.members_list.checked()),
        )

    def save(self, record: object) -> object:
        assert isinstance(record, Group)
        return event_service(self._context).update_group(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem}

    def field_of(self, error: InputError, edited: object) -> str | None:
        return "name" if isinstance(error, (EmptyName, NameTooLong)) else None

    def create(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New committee or group"), self.tr("Name of the committee or group:"))
        if name is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return event_service(self._context).add_group(Group(None, name, GroupKind.COMMITTEE, neighborhood)).id

    def delete(self, record: object) -> bool:
        assert isinstance(record, Group)
        question = self.tr("Remove “{0}”? Its members stay in the people list.").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove group"), question):
            return False
        event_service(self._context).remove_group(record.id)
        return True


@dataclasses.dataclass(frozen=True)
class NeighborhoodSpace:
    neighborhood_id: int
    neighborhood: str
    space: GatheringSpace | None


class SpacesPage(RecordPage):
    """The gathering space of each neighborhood: where, when it is open, the rules agreed for using it."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "space", lambda r: r.neighborhood_id, lambda r: r.neighborhood_id, lambda r: r.neighborhood)
        self.add_button.hide()
        self.neighborhood_filter.hide()
        self._build_form()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Neighborhood"), lambda r: r.neighborhood),
            Column(self.tr("Address"), lambda r: r.space.address if r.space else self.tr("No gathering space yet")),
            Column(self.tr("Opening hours"), lambda r: _one_line(r.space.hours) if r.space else ""),
            Column(self.tr("Agreed rules"), lambda r: _one_line(r.space.rules) if r.space else ""),
        ]

    def _build_form(self) -> None:
        self.address_edit = self.line_edit("spaceAddressEdit")
        self.address_problem = FieldProblem(self.address_edit)
        self.hours_edit = self.text_edit("spaceHoursEdit", self.tr("e.g. Sunday to Thursday, 17:00–21:00"))
        self.rules_edit = self.text_edit("spaceRulesEdit", self.tr("One rule on each line"))
        self.rules_edit.setMaximumHeight(200)
        self.form.addRow(self.tr("Address:"), field_with_problem(self.address_edit, self.address_problem))
        self.form.addRow(self.tr("Opening hours:"), self.hours_edit)
        self.form.addRow(self.tr("Agreed rules:"), self.rules_edit)

    def load(self) -> list:
        spaces = {space.neighborhood_id: space for space in event_service(self._context).gathering_spaces()}
        return [NeighborhoodSpace(n.id, n.name, spaces.get(n.id)) for n in self.neighborhoods()]

    def title_of(self, record: object | None) -> str:
        if not isinstance(record, NeighborhoodSpace):
            return self.tr("Choose a neighborhood to see its gathering space.")
        return self.tr("Gathering space — {0}").format(record.neighborhood)

    def fill(self, record: object | None) -> None:
        space = record.space if isinstance(record, NeighborhoodSpace) else None
        self.remove_button.setEnabled(space is not None)
        self.address_edit.setText(space.address if space else "")
        self.hours_edit.setPlainText(space.hours if space else "")
        self.rules_edit.setPlainText(space.rules if space else "")

    def edited(self, record: object) -> object:
        assert isinstance(record, NeighborhoodSpace)
        space = GatheringSpace(
            record.neighborhood_id, self.address_edit.text(), self.hours_edit.toPlainText(), self.rules_edit.toPlainText()
        )
        if record.space is None and not (space.address.strip() or space.hours.strip() or space.rules.strip()):
            return record
        return dataclasses.replace(record, space=space)

    def save(self, record: object) -> object:
        assert isinstance(record, NeighborhoodSpace) and record.space is not None
        return dataclasses.replace(record, space=event_service(self._context).save_gathering_space(record.space))

    def problems(self) -> dict[str, FieldProblem]:
        return {"space": self.address_problem}

    def field_of(self, error: InputError, edited: object) -> str | None:
        return "space" if isinstance(error, NameTooLong) else None

    def create(self) -> object | None:
        return None

    def delete(self, record: object) -> bool:
        assert isinstance(record, NeighborhoodSpace)
        if record.space is None:
            return False
        question = self.tr("Remove the gathering space of {0}?").format(record.neighborhood)
        if not self._context.dialogs.confirm(self, self.tr("Remove gathering space"), question):
            return False
        event_service(self._context).remove_gathering_space(record.neighborhood_id)
        self.refresh()
        self.choose(record.neighborhood_id)
        self.saved.emit()
        return False  # the neighborhood stays chosen


class ChannelsPage(RecordPage):
    """Communication channels: WhatsApp groups, newsletters, pages."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context, "channel", lambda c: c.id, lambda c: c.neighborhood_id, lambda c: " ".join((c.name, c.run_by)))
        self._build_form()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Channel"), lambda c: c.name),
            Column(self.tr("Kind"), lambda c: c.kind.label.get(self._language)),
            Column(self.tr("Neighborhood"), lambda c: self.neighborhood_name(c.neighborhood_id)),
            Column(self.tr("Run by"), lambda c: c.run_by),
            Column(self.tr("Members"), lambda c: _count_text(c.members), lambda c: c.members or 0),
            Column(self.tr("Last used"), lambda c: date_text(c.last_used), lambda c: date_sort_key(c.last_used)),
        ]

    def _build_form(self) -> None:
        self.name_edit = self.line_edit("channelNameEdit")
        self.name_problem = FieldProblem(self.name_edit)
        self.kind_combo = self.choice("channelKindCombo", [(k.label.get(self._language), k) for k in ChannelKind])
        self.neighborhood_combo = self.choice("channelNeighborhoodCombo", [])
        self.run_by_edit = self.line_edit("channelRunByEdit")
        self.members_spin = count_spin("channelMembersSpin", self.tr("Not recorded"))
        self.members_spin.valueChanged.connect(self.typing)
        self.members_problem = FieldProblem(self.members_spin)
        self.last_used_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.last_used_edit.setObjectName("channelLastUsedEdit")
        self.last_used_edit.changed.connect(self.changed_now)
        self.form.addRow(self.tr("Name:"), field_with_problem(self.name_edit, self.name_problem))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        self.form.addRow(self.tr("Run by:"), self.run_by_edit)
        self.form.addRow(self.tr("Members:"), field_with_problem(self.members_spin, self.members_problem))
        self.form.addRow(self.tr("Last used:"), self.last_used_edit)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        fill_neighborhood_combo(self.neighborhood_combo, neighborhoods, self.tr("City-wide"))

    def load(self) -> list:
        return event_service(self._context).channels()

    def title_of(self, record: object | None) -> str:
        return record.name if isinstance(record, Channel) else self.tr("Choose a channel to see and edit it.")

    def fill(self, record: object | None) -> None:
        channel = record if isinstance(record, Channel) else Channel(None, "")
        self.name_edit.setText(channel.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(channel.kind))
        self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(channel.neighborhood_id)))
        self.run_by_edit.setText(channel.run_by)
        set_count(self.members_spin, channel.members)
        self.last_used_edit.set_value(channel.last_used)

    def edited(self, record: object) -> object:
        assert isinstance(record, Channel)
        return dataclasses.replace(
            record,
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            neighborhood_id=self.neighborhood_combo.currentData(),
            run_by=self.run_by_edit.text(),
            members=count_value(self.members_spin),
            last_used=self.last_used_edit.value(),
        )

    def save(self, record: object) -> object:
        assert isinstance(record, Channel)
        return event_service(self._context).update_channel(record)

    def problems(self) -> dict[str, FieldProblem]:
        return {"name": self.name_problem, "members": self.members_problem}

    def field_of(self, error: InputError, edited: object) -> str | None:
        if isinstance(error, NegativeCount):
            return "members"
        return "name" if isinstance(error, EmptyName) else None

    def create(self) -> object | None:
        name = self._context.dialogs.ask_text(self, self.tr("New channel"), self.tr("Name of the channel:"))
        if name is None:
            return None
        neighborhood = self.filter.neighborhood if isinstance(self.filter.neighborhood, int) else None
        return event_service(self._context).add_channel(Channel(None, name, ChannelKind.WHATSAPP, neighborhood)).id

    def delete(self, record: object) -> bool:
        assert isinstance(record, Channel)
        question = self.tr("Remove the channel “{0}”?").format(record.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove channel"), question):
            return False
        event_service(self._context).remove_channel(record.id)
        return True


def event_service(context: ViewContext):  # noqa: ANN201 - an EventService
    """The workspace's events service (``workspace.events`` once the shell wires it, else one made here)."""
    service = getattr(context.workspace, "events", None)
    if service is None:
        from ...services.events import EventService

        service = EventService(context.workspace)
    return service
