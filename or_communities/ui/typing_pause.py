"""Writes an edit once typing pauses, or at once when the form is left: no Save button, no lost keystrokes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TYPING_PAUSE_MS = 600


class TypingPause(QObject):
    def __init__(self, write: Callable[[], None], parent: QObject, pause_ms: int = TYPING_PAUSE_MS) -> None:
        super().__init__(parent)
        self._write = write
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(write)

    def typed(self) -> None:
        """Something was typed: write after the pause, unless more comes."""
        self._timer.start()

    def write_now(self) -> None:
        self._timer.stop()
        self._write()

    def flush(self) -> None:
        """Write what is waiting for the pause, if anything."""
        if self._timer.isActive():
            self.write_now()
