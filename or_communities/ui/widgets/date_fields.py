"""Date fields: a date with a calendar, read left to right in Hebrew too, and a date that may be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

DATE_DISPLAY = "dd/MM/yyyy"
"""As the tables and the Excel files show dates."""


def new_date_edit(parent: QWidget | None = None, minimum: QDate | None = None, empty_text: str = "") -> QDateEdit:
    """A date field with a calendar, its digits read left to right also in a right-to-left form.

    A right-to-left date field reverses its format's sections ("2026/01/31"), and does so when the format is
    set; so the field is made left to right first. A date is written left to right in Hebrew too.
    """
    edit = QDateEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_DISPLAY)
    if minimum is not None:
        edit.setMinimumDate(minimum)
        edit.setSpecialValueText(empty_text)
    return edit


NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QWidget):
    """A date that may be left empty."""

    changed = Signal()

    def __init__(self, clear_tooltip: str, empty_text: str) -> None:
        super().__init__()
        self.edit = new_date_edit(minimum=NO_DATE, empty_text=empty_text)
        clear = QToolButton()
        clear.setText("✕")
        clear.setToolTip(clear_tooltip)
        clear.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(clear)
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())

    def value(self) -> dt.date | None:
        date = self.edit.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
