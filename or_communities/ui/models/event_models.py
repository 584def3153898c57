"""The events area's month: six weeks of days, each with its Hebrew date, its holidays and its events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from .cells import date_text
from .record_table import AnyIndex

if TYPE_CHECKING:
    from ...domain.calendar_days import DayFlag

DATE_ROLE = Qt.ItemDataRole.UserRole + 10

REST_DAY_COLOR = QColor("#f8d7d5")
EVE_COLOR = QColor("#fdebc8")
HOLIDAY_COLOR = QColor("#dcebf9")
OTHER_MONTH_TEXT = QColor("#9a9a9a")


def flags_color(
    flags: Sequence[DayFlag], colors: tuple[QColor, QColor, QColor] = (REST_DAY_COLOR, EVE_COLOR, HOLIDAY_COLOR)
) -> QColor | None:
    """Red for a day of rest, amber for the eve of one, blue for any other holiday (in the shades of ``colors``)."""
    rest_day, eve, holiday = colors
    if any(flag.rest_day for flag in flags):
        return rest_day
    if any(flag.eve for flag in flags):
        return eve
    return holiday if flags else None


def flags_text(flags: Sequence[DayFlag], language: str) -> str:
    return ", ".join(flag.name.get(language) for flag in flags)


# -- a month, Sunday to Saturday ---------------------------------------------------------------------


@dataclass
class DayCell:
    day: dt.date
    in_month: bool
    hebrew_day: str = ""
    hebrew_date: str = ""
    flags: list[DayFlag] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days, the week starting on Sunday as in Israel; each day with its Hebrew date,
    its holidays and its events."""

    WEEKS, DAYS = 6, 7

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self._cells: list[DayCell] = []
        self.today = dt.date.today()
        self.year, self.month = self.today.year, self.today.month

    def set_month(self, year: int, month: int, cells: list[DayCell]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self._cells = list(cells)
        self.endResetModel()

    @staticmethod
    def first_shown(year: int, month: int) -> dt.date:
        """The Sunday on or before the first of the month."""
        first = dt.date(year, month, 1)
        return first - dt.timedelta(days=(first.weekday() + 1) % 7)

    def cell(self, index: AnyIndex) -> DayCell:
        return self._cells[index.row() * self.DAYS + index.column()]

    def index_of(self, day: dt.date) -> QModelIndex:
        offset = (day - self.first_shown(self.year, self.month)).days
        if not 0 <= offset < self.WEEKS * self.DAYS:
            return QModelIndex()
        return self.index(offset // self.DAYS, offset % self.DAYS)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._cells else self.WEEKS

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.DAYS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale(QLocale.Language.Hebrew if self._language == "he" else QLocale.Language.English)
        return locale.standaloneDayName(7 if section == 0 else section, QLocale.FormatType.LongFormat)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [date_text(cell.day), cell.hebrew_date, flags_text(cell.flags, self._language), *cell.events]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.BackgroundRole:
            return flags_color(cell.flags)
        if role == Qt.ItemDataRole.ForegroundRole and not cell.in_month:
            return OTHER_MONTH_TEXT
        if role == Qt.ItemDataRole.FontRole and cell.day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        if role == DATE_ROLE:
            return cell.day
        return None

    def _text(self, cell: DayCell) -> str:
        lines = [f"{cell.day.day}   {cell.hebrew_day}"]
        lines += [flag.name.get(self._language) for flag in cell.flags]
        lines += [f"• {title}" for title in cell.events]
        return "\n".join(lines)
