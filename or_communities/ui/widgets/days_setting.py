"""A number of days the user sets beside a list (how long before a partner or an activist is flagged), written
once typing pauses."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..typing_pause import TypingPause
from .controls import number_spin

MOST_DAYS = 3650


class DaysSetting(QWidget):
    chosen = Signal(int)
    """The user settled on a number of days (after a typing pause, or when the edits are flushed)."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__()
        self.spin = number_spin(name)
        self.spin.setRange(1, MOST_DAYS)
        self.spin.setSuffix(self.tr(" days"))
        self._pause = TypingPause(lambda: self.chosen.emit(self.spin.value()), self)
        self._showing = False
        self.spin.valueChanged.connect(self._on_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(text))
        layout.addWidget(self.spin)
        layout.addStretch(1)

    def show_days(self, days: int) -> None:
        """Show the stored number, without it counting as a choice."""
        self._showing = True
        self.spin.setValue(days)
        self._showing = False

    def flush(self) -> None:
        self._pause.flush()

    def _on_changed(self) -> None:
        if not self._showing:
            self._pause.typed()
