"""A date's Hebrew date and the days it falls on, shown under a date field (red on a day of rest)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...models.event_models import flags_text
from ...models.work_plan_models import (
    day_note,
    flags_warning_color,
)


class DateNote(QWidget):
    """Under a date field: the date in the Hebrew calendar and, in a warning color, Shabbat or the holidays it falls on."""

    def __init__(self, name: str, language: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._language = language
        self.hebrew_label = QLabel()
        self.hebrew_label.setObjectName(f"{name}Hebrew")
        self.flags_label = QLabel()
        self.flags_label.setObjectName(f"{name}Flags")
        self.flags_label.setWordWrap(True)
        self.flags_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.hebrew_label)
        layout.addWidget(self.flags_label)

    def show_day(self, day: dt.date | None) -> None:
        note = day_note(day) if day else None
        self.hebrew_label.setText(note.hebrew.get(self._language) if note else "")
        flags = note.flags if note else ()
        self.flags_label.setText(flags_text(flags, self._language))
        color = flags_warning_color(flags)
        self.flags_label.setStyleSheet(f"color: {color.name()}; font-weight: bold;" if color else "")
        self.flags_label.setVisible(bool(flags))
