"""How long the window could not answer: a 5 ms timer ticks on the interface thread while an event loop runs, and
the longest gap between its ticks is the longest pause."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any


def longest_pause(arrange: Callable[[Any], object]) -> tuple[float, float]:
    """The longest gap (ms) between ticks, and the seconds the loop ran, while an event loop runs until what
    ``arrange(loop)`` set up calls ``loop.quit()`` (what it returns is kept alive meanwhile)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock, ticks = QElapsedTimer(), []
    ticking = QTimer()
    ticking.setInterval(5)
    ticking.timeout.connect(lambda: ticks.append(clock.elapsed()))
    loop = QEventLoop()
    clock.start()
    ticking.start()
    kept = arrange(loop)  # noqa: F841 - alive until the loop ends
    loop.exec()
    ticking.stop()
    return float(max((later - earlier for earlier, later in pairwise(ticks)), default=0)), clock.elapsed() / 1000
