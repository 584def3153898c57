"""The work plans' lists: a plan's activities (grouped by goal) and the synchronized timeline of the year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ...domain.planning import Activity, ActivityStatus, Goal
from ...services.work_plans import STATUS_COLORS, TimelineEntry
from .budget_models import money_text

AnyIndex = QModelIndex | QPersistentModelIndex
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
"""On a timeline cell: the activity's status when the bar runs through that month, else None."""


def status_color(status: ActivityStatus) -> QColor:
    return QColor("#" + STATUS_COLORS[status])


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class ActivityTableModel(QAbstractTableModel):
    GOAL, NAME, OWNER, START, END, PLANNED, STATUS = range(7)

    def __init__(self, headers: list[str], language: str) -> None:
        super().__init__()
        self._headers = headers
        self._language = language
        self._rows: list[tuple[Activity, str]] = []

    def set_activities(self, activities: list[Activity], goals: list[Goal]) -> None:
        titles = {goal.id: goal.title for goal in goals}
        self.beginResetModel()
        self._rows = [(activity, titles.get(activity.goal_id, "")) for activity in activities]
        self.endResetModel()

    def activity(self, row: int) -> Activity:
        return self._rows[row][0]

    def row_of(self, activity_id: int) -> int | None:
        return next((row for row, (activity, _goal) in enumerate(self._rows) if activity.id == activity_id), None)

    def replace(self, activity: Activity, goal_title: str) -> None:
        row = self.row_of(activity.id or 0)
        if row is not None:
            self._rows[row] = (activity, goal_title)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        activity, goal = self._rows[index.row()]
        column = index.column()
        if role == ACTIVITY_ROLE:
            return activity
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return status_color(activity.status)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.GOAL: goal,
            self.NAME: activity.name,
            self.OWNER: activity.owner,
            self.START: date_text(activity.start),
            self.END: date_text(activity.end),
            self.PLANNED: money_text(activity.planned_budget),
            self.STATUS: activity.status.label.get(self._language),
        }[column]


@dataclass(frozen=True, slots=True)
class _TimelineRow:
    heading: str = ""
    """A neighborhood's heading row (no activity)."""
    entry: TimelineEntry | None = None


class TimelineModel(QAbstractTableModel):
    """One row per activity under a heading row per neighborhood; column 0 the name, then the 12 months."""

    NAME = 0

    def __init__(self, name_header: str, month_names: list[str], city_heading: str) -> None:
        super().__init__()
        self._headers = [name_header, *month_names]
        self._city_heading = city_heading
        self._rows: list[_TimelineRow] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._rows = []
        heading: str | None = None
        for entry in entries:
            name = entry.neighborhood_name or self._city_heading
            if name != heading:
                self._rows.append(_TimelineRow(heading=name))
                heading = name
            self._rows.append(_TimelineRow(entry=entry))
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return [row.entry for row in self._rows if row.entry is not None]

    def is_heading(self, row: int) -> bool:
        return self._rows[row].entry is None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if row.entry is None:
            if role == Qt.ItemDataRole.DisplayRole and column == self.NAME:
                return row.heading
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = row.entry
        if column == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return entry.activity.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{entry.goal_title}\n{entry.activity.owner}"
            return None
        if role == STATUS_ROLE:
            return entry.activity.status if column in entry.months else None
        if role == Qt.ItemDataRole.ToolTipRole and column in entry.months:
            return f"{entry.activity.name}: {date_text(entry.activity.start)} – {date_text(entry.activity.end)}"
        return None


class TimelineBarDelegate(QStyledItemDelegate):
    """Paints a month cell as part of the activity's bar, in its status's color."""

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
        painter.restore()
