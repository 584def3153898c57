"""The work plans' lists: a plan's activities (grouped by goal) and the synchronized timeline of the year.

Start and end dates carry their Hebrew date, and a date on Shabbat, a holiday or the eve of a day of rest is marked.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ...domain.calendar_days import DayFlag, day_flags, hebrew_date
from ...domain.plan_rules import STATUS_COLORS
from ...domain.planning import Activity, ActivityStatus, Goal
from ...domain.text import Text
from ...services.work_plans import TimelineEntry
from ..style import PROBLEM
from .cells import date_sort_key, date_text, money_text
from .event_models import flags_color, flags_text
from .record_table import AnyIndex, Column, RecordTableModel

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
"""On a timeline cell: the activity's status when the bar runs through that month, else None."""
FLAG_MARKS_ROLE = Qt.ItemDataRole.UserRole + 2
"""On a timeline cell: [(how far into the month, color)] for each flagged start or end date in that month."""

REST_DAY_MARK = QColor(PROBLEM)
EVE_MARK = QColor("#a15c00")
HOLIDAY_MARK = QColor("#1d5b94")


def status_color(status: ActivityStatus) -> QColor:
    return QColor("#" + STATUS_COLORS[status])


# -- each date in the Hebrew calendar ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayNote:
    """A date's Hebrew date and what falls on it."""

    hebrew: Text
    flags: tuple[DayFlag, ...]

    @property
    def rest_day(self) -> bool:
        return any(flag.rest_day for flag in self.flags)

    def text(self, language: str) -> str:
        """The Hebrew date, and on a second line the days it falls on."""
        return "\n".join(line for line in (self.hebrew.get(language), flags_text(self.flags, language)) if line)


@lru_cache(maxsize=4096)
def day_note(day: dt.date) -> DayNote:
    """Worked out once per date: a plan shows the same dates in its table, its form and its timeline."""
    return DayNote(hebrew_date(day), tuple(day_flags(day)))


def flags_warning_color(flags: Sequence[DayFlag]) -> QColor | None:
    """A strong color to write or mark with: red for a day of rest, amber for the eve of one, blue for another holiday."""
    return flags_color(flags, (REST_DAY_MARK, EVE_MARK, HOLIDAY_MARK))


@lru_cache(maxsize=1)
def warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()


def _date_tooltip(day: dt.date | None, language: str) -> str | None:
    return day_note(day).text(language) if day is not None else None


def _date_background(day: dt.date | None) -> QColor | None:
    return flags_color(day_note(day).flags) if day is not None else None


def _date_icon(day: dt.date | None) -> QIcon | None:
    """A warning only on a day of rest, not on every Friday."""
    return warning_icon() if day is not None and day_note(day).rest_day else None


def _date_column(header: str, date_of: Callable[[Activity], dt.date | None], language: str) -> Column:
    """A start or end date, with its Hebrew date in the tooltip and a color when it falls on a flagged day."""
    return Column(
        header, lambda row: date_text(date_of(row[0])), lambda row: date_sort_key(date_of(row[0])),
        tooltip=lambda row: _date_tooltip(date_of(row[0]), language),
        background=lambda row: _date_background(date_of(row[0])),
        icon=lambda row: _date_icon(date_of(row[0])),
    )


class ActivityTableModel(RecordTableModel):
    """A plan's activities, each as (activity, its goal's title)."""

    GOAL, NAME, OWNER, START, END, PLANNED, STATUS = range(7)

    def __init__(self, headers: list[str], language: str) -> None:
        super().__init__(key=lambda row: row[0].id)
        goal, name, owner, start, end, planned, status = headers
        self.columns = [
            Column(goal, lambda row: row[1]),
            Column(name, lambda row: row[0].name),
            Column(owner, lambda row: row[0].owner),
            _date_column(start, lambda activity: activity.start, language),
            _date_column(end, lambda activity: activity.end, language),
            Column(planned, lambda row: money_text(row[0].planned_budget), lambda row: row[0].planned_budget),
            Column(
                status, lambda row: row[0].status.label.get(language),
                background=lambda row: status_color(row[0].status),
            ),
        ]

    def set_activities(self, activities: list[Activity], goals: list[Goal]) -> None:
        titles = {goal.id: goal.title for goal in goals}
        self.set_records([(activity, titles.get(activity.goal_id, "")) for activity in activities])

    def activity(self, row: int) -> Activity:
        return self.record(row)[0]

    def replace(self, activity: Activity, goal_title: str) -> None:
        self.replace_record((activity, goal_title))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == ACTIVITY_ROLE and index.isValid():
            return self.activity(index.row())
        return super().data(index, role)


@dataclass(frozen=True, slots=True)
class _TimelineRow:
    heading: str = ""
    """A neighborhood's heading row (no activity)."""
    entry: TimelineEntry | None = None


class TimelineModel(RecordTableModel):
    """One row per activity under a heading row per neighborhood; column 0 the name, then the 12 months.

    The cells are drawn by TimelineBarDelegate from what ``data`` tells of each month."""

    NAME = 0

    def __init__(
        self,
        name_header: str,
        month_names: list[str],
        city_heading: str,
        language: str = "he",
        date_labels: tuple[str, str] = ("Start", "End"),
        projects_heading: str = "City projects",
    ) -> None:
        super().__init__([Column(header, lambda _row: "") for header in (name_header, *month_names)])
        self._city_heading = city_heading
        self._projects_heading = projects_heading
        self._language = language
        self._date_labels = date_labels
        self._year: int | None = None

    def set_entries(self, entries: list[TimelineEntry], year: int | None = None) -> None:
        """``year``, the timeline's, places the marks of flagged dates in their months."""
        self._year = year
        rows = []
        heading: str | None = None
        for entry in entries:
            name = self._projects_heading if entry.project_id is not None else entry.neighborhood_name or self._city_heading
            if name != heading:
                rows.append(_TimelineRow(heading=name))
                heading = name
            rows.append(_TimelineRow(entry=entry))
        self.set_records(rows)

    def entries(self) -> list[TimelineEntry]:
        return [row.entry for row in self.records() if row.entry is not None]

    def is_heading(self, row: int) -> bool:
        return self.record(row).entry is None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.record(index.row()), index.column()
        if row.entry is None:
            if role == Qt.ItemDataRole.DisplayRole and column == self.NAME:
                return row.heading
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = row.entry
        if column == self.NAME:
            return self._name_data(entry, role)
        if role == STATUS_ROLE:
            return entry.activity.status if column in entry.months else None
        if role == FLAG_MARKS_ROLE:
            return self._marks(entry, column) if column in entry.months else []
        if role == Qt.ItemDataRole.ToolTipRole and column in entry.months:
            dates = f"{entry.activity.name}: {date_text(entry.activity.start)} – {date_text(entry.activity.end)}"
            return "\n".join([dates, *self._flag_lines(entry)])
        return None

    def _name_data(self, entry: TimelineEntry, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.activity.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([entry.goal_title, entry.activity.owner, *self._flag_lines(entry)])
        if role not in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole):
            return None
        flags = [flag for _label, day in self._flagged_dates(entry) for flag in day_note(day).flags]
        if role == Qt.ItemDataRole.BackgroundRole:
            return flags_color(flags)
        return warning_icon() if any(flag.rest_day for flag in flags) else None

    def _flagged_dates(self, entry: TimelineEntry) -> list[tuple[str, dt.date]]:
        """The start and end dates that fall on a flagged day, each with its label."""
        start_label, end_label = self._date_labels
        dates = [(start_label, entry.activity.start), (end_label, entry.activity.end)]
        return [(label, day) for label, day in dates if day is not None and day_note(day).flags]

    def _flag_lines(self, entry: TimelineEntry) -> list[str]:
        """"Start 12/09/2026 (א׳ בתשרי תשפ״ז): שבת, ראש השנה", for each flagged date."""
        lines = []
        for label, day in self._flagged_dates(entry):
            note = day_note(day)
            hebrew, flags = note.hebrew.get(self._language), flags_text(note.flags, self._language)
            lines.append(f"{label} {date_text(day)} ({hebrew}): {flags}")
        return lines

    def _marks(self, entry: TimelineEntry, month: int) -> list[tuple[float, QColor]]:
        marks = []
        for _label, day in self._flagged_dates(entry):
            color = flags_warning_color(day_note(day).flags)
            if day.year == self._year and day.month == month and color is not None:
                days_in_month = calendar.monthrange(day.year, day.month)[1]
                marks.append(((day.day - 0.5) / days_in_month, color))
        return marks


class TimelineBarDelegate(QStyledItemDelegate):
    """Paints a month cell as part of the activity's bar, in its status's color, with a dot on a flagged start or end."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        status = index.data(STATUS_ROLE)
        if not isinstance(status, ActivityStatus):
            super().paint(painter, option, index)
            return
        painter.save()
        bar = QRect(option.rect.adjusted(0, 4, 0, -4))
        painter.fillRect(bar, status_color(status))
        painter.setPen(status_color(status).darker(140))
        painter.drawLine(bar.topLeft(), bar.topRight())
        painter.drawLine(bar.bottomLeft(), bar.bottomRight())
        self._paint_marks(painter, bar, option.direction, index.data(FLAG_MARKS_ROLE) or [])
        painter.restore()

    @staticmethod
    def _paint_marks(
        painter: QPainter, bar: QRect, direction: Qt.LayoutDirection, marks: list[tuple[float, QColor]]
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = max(3.0, min(5.0, bar.height() / 3))
        for fraction, color in marks:
            # Right to left, the month runs from the cell's right edge, as its columns do.
            offset = fraction * bar.width()
            x = bar.right() - offset if direction == Qt.LayoutDirection.RightToLeft else bar.left() + offset
            painter.setPen(color.darker(130))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x, bar.center().y() + 0.5), radius, radius)
