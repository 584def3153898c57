"""The month calendar, Sunday to Saturday, each day with its Hebrew date and holidays; a day's events and a
quick way to add one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.calendar_days import (
    day_flags,
    hebrew_date,
    hebrew_day_of_month,
    hebrew_month_and_year,
)
from ....domain.errors import InputError
from ....domain.planning import Event, EventKind
from ...labels import input_error_message
from ...models.event_models import (
    DATE_ROLE,
    EVE_COLOR,
    HOLIDAY_COLOR,
    REST_DAY_COLOR,
    DayCell,
    MonthModel,
    flags_color,
    flags_text,
)
from ...models.record_table import Column, RecordTableModel
from ...style import Title, set_title
from ...view_context import ViewContext
from ...widgets.controls import make_button, make_table
from ...widgets.date_fields import qdate
from ...widgets.screen_fit import remember_splitter


def _next_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


class CalendarPage(QWidget):
    """A month, Sunday to Saturday, and the chosen day: its Hebrew date, what falls on it, its events."""

    saved = Signal()
    open_event = Signal(int)

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("calendarPage")
        self._context = context
        self._language = context.language
        self._locale = QLocale(QLocale.Language.Hebrew if self._language == "he" else QLocale.Language.English)
        today = context.workspace.clock()
        self.chosen_day = today
        self.month_model = MonthModel(self._language)
        self.month_model.today = today
        self.month_model.year, self.month_model.month = today.year, today.month

        splitter = QSplitter()
        splitter.addWidget(self._month_side())
        splitter.addWidget(self._day_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        remember_splitter(splitter, "calendarSplitter", self._context.settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    # -- building ------------------------------------------------------------------------------

    def _month_side(self) -> QWidget:
        self.previous_button = make_button(self.tr("Previous month"), "previousMonthButton", lambda: self.move_month(-1))
        self.next_button = make_button(self.tr("Next month"), "nextMonthButton", lambda: self.move_month(1))
        self.today_button = make_button(self.tr("Today"), "todayButton", self.go_to_today)
        self.month_label = QLabel()
        self.month_label.setObjectName("monthTitle")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_title(self.month_label, Title.RECORD)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.month_label, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.today_button)

        self.grid = QTableView()
        self.grid.setObjectName("monthGrid")
        self.grid.setModel(self.month_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        # A light selection, so the chosen day still shows whether it is Shabbat or a holiday.
        self.grid.setStyleSheet("QTableView { selection-background-color: #b9d4f5; selection-color: black; }")
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(420)
        self.grid.clicked.connect(self._on_day_clicked)

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.grid, 1)
        layout.addLayout(self._legend())
        return side

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for color, text in (
            (REST_DAY_COLOR, self.tr("Shabbat or a holiday of rest")),
            (EVE_COLOR, self.tr("Eve of Shabbat or a holiday")),
            (HOLIDAY_COLOR, self.tr("Other holidays")),
        ):
            chip = QLabel(text)
            chip.setStyleSheet(f"background: {color.name()}; padding: 2px 6px; border-radius: 3px;")
            row.addWidget(chip)
        row.addStretch(1)
        return row

    def _day_side(self) -> QWidget:
        self.day_title = QLabel()
        self.day_title.setObjectName("dayTitle")
        set_title(self.day_title, Title.RECORD)
        self.day_hebrew = QLabel()
        self.day_hebrew.setObjectName("dayHebrewDate")
        self.day_flags = QLabel()
        self.day_flags.setObjectName("dayFlags")
        self.day_flags.setWordWrap(True)
        self.day_events = RecordTableModel(
            [
                Column(self.tr("Time"), lambda e: e.time),
                Column(self.tr("Event"), lambda e: e.title),
                Column(self.tr("Kind"), lambda e: e.kind.label.get(self._language)),
            ],
            lambda e: e.id,
        )
        self.day_table = make_table("dayEventsTable")
        self.day_table.setModel(self.day_events)
        self.day_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.day_table.horizontalHeader().setStretchLastSection(True)
        self.day_table.doubleClicked.connect(self._on_event_double_clicked)
        self.quick_title = QLineEdit()
        self.quick_title.setObjectName("quickEventTitle")
        self.quick_title.setPlaceholderText(self.tr("New event on this day…"))
        self.quick_title.returnPressed.connect(self.add_quick_event)
        self.quick_kind = QComboBox()
        self.quick_kind.setObjectName("quickEventKind")
        for kind in EventKind:
            self.quick_kind.addItem(kind.label.get(self._language), kind)
        self.quick_add = make_button(self.tr("Add"), "quickAddButton", self.add_quick_event, "add")
        add_row = QHBoxLayout()
        add_row.addWidget(self.quick_title, 1)
        add_row.addWidget(self.quick_kind)
        add_row.addWidget(self.quick_add)
        hint = QLabel(self.tr("Double-click an event to edit it in the list of events."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day_title)
        layout.addWidget(self.day_hebrew)
        layout.addWidget(self.day_flags)
        layout.addWidget(self.day_table, 1)
        layout.addLayout(add_row)
        layout.addWidget(hint)
        return side

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        year, month = self.month_model.year, self.month_model.month
        first = MonthModel.first_shown(year, month)
        last = first + dt.timedelta(days=MonthModel.WEEKS * MonthModel.DAYS - 1)
        by_day = self._context.workspace.events.events_by_day(first, last)
        checklist = self._context.workspace.conferences.items_by_day(first, last)
        cells = []
        for offset in range(MonthModel.WEEKS * MonthModel.DAYS):
            day = first + dt.timedelta(days=offset)
            cells.append(
                DayCell(
                    day,
                    day.month == month,
                    hebrew_day_of_month(day),
                    hebrew_date(day).get(self._language),
                    day_flags(day),
                    [event.title for event in by_day.get(day, [])]
                    + [f"{'✓' if item.done else '☐'} {item.name}" for item in checklist.get(day, [])],
                )
            )
        self.month_model.set_month(year, month, cells)
        self.month_label.setText(self._month_title(year, month, first, last))
        self._events_by_day = by_day
        self._show_day(self.chosen_day)

    def _month_title(self, year: int, month: int, first: dt.date, last: dt.date) -> str:
        start = dt.date(year, month, 1)
        end = _next_month(year, month, 1)
        end_day = dt.date(*end, 1) - dt.timedelta(days=1)
        hebrew_start = hebrew_month_and_year(start).get(self._language)
        hebrew_end = hebrew_month_and_year(end_day).get(self._language)
        hebrew = hebrew_start if hebrew_start == hebrew_end else f"{hebrew_start} – {hebrew_end}"
        return f"{self._locale.standaloneMonthName(month)} {year}  ·  {hebrew}"

    def _show_day(self, day: dt.date) -> None:
        self.chosen_day = day
        self.day_title.setText(self._locale.toString(qdate(day), QLocale.FormatType.LongFormat))
        self.day_hebrew.setText(hebrew_date(day).get(self._language))
        flags = day_flags(day)
        self.day_flags.setText(flags_text(flags, self._language))
        color = flags_color(flags)
        self.day_flags.setStyleSheet(f"background: {color.name()}; padding: 3px;" if color else "")
        self.day_events.set_records(getattr(self, "_events_by_day", {}).get(day, []))
        index = self.month_model.index_of(day)
        if index.isValid():
            self.grid.setCurrentIndex(index)

    def show_month_of(self, day: dt.date) -> None:
        self.chosen_day = day
        self.month_model.year, self.month_model.month = day.year, day.month
        self.refresh()

    def move_month(self, step: int) -> None:
        year, month = _next_month(self.month_model.year, self.month_model.month, step)
        self.show_month_of(dt.date(year, month, 1))

    def go_to_today(self) -> None:
        self.show_month_of(self._context.workspace.clock())

    def _on_day_clicked(self, index: QModelIndex) -> None:
        day = index.data(DATE_ROLE)
        if day.month != self.month_model.month:
            self.show_month_of(day)
        else:
            self._show_day(day)

    def _on_event_double_clicked(self, index: QModelIndex) -> None:
        event = self.day_events.record(index.row())
        if isinstance(event, Event) and event.id is not None:
            self.open_event.emit(event.id)

    # -- adding --------------------------------------------------------------------------------

    def add_quick_event(self) -> None:
        title = self.quick_title.text()
        try:
            self._context.workspace.events.add_event(Event(None, title, self.chosen_day, self.quick_kind.currentData()))
        except InputError as error:
            self._context.dialogs.error(self, self.tr("New event"), input_error_message(error))
            return
        self.quick_title.clear()
        self.refresh()
        self.saved.emit()
