"""The Qt binding the app runs on keeps Python's reference counts right where the app leans on it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    progressed = Signal(int, int)


def test_emitting_a_signal_from_python_does_not_wear_away_true(qtbot):
    """Progress is emitted from Python hundreds of times per export; PySide6 6.12.0 dropped a reference to True
    on each emit, and Python 3.11 aborts once True's count reaches zero, so that release is excluded."""
    sender = _Sender()
    heard = []
    sender.progressed.connect(lambda done, total: heard.append(done))
    before = sys.getrefcount(True)
    for done in range(200):
        sender.progressed.emit(done, 200)
    assert len(heard) == 200
    assert sys.getrefcount(True) > before - 50
