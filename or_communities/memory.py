"""Pausing the cyclic garbage collector around bulk work.

Reading a city's 20,000 people and writing a workbook of 250,000 cells allocate several hundred thousand objects
that hold no reference cycles. Left on, the collector scans the growing heap again and again; each scan holds the
interpreter lock for about a tenth of a second, so the window freezes while a worker thread exports. Paused, the
work is also faster. Objects are still freed by reference counting; the collector resumes afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused_by = 0


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """Collection off for the block; on again when the last of any overlapping blocks ends, if it was on before."""
    global _paused_by
    with _lock:
        if _paused_by == 0:
            _pause.was_enabled = gc.isenabled()
            gc.disable()
        _paused_by += 1
    try:
        yield
    finally:
        with _lock:
            _paused_by -= 1
            if _paused_by == 0 and _pause.was_enabled:
                # Only the youngest objects, mostly freed already: this resets the count of allocations made
                # meanwhile, which would otherwise start a full collection of the heap as soon as it resumes.
                gc.collect(0)
                gc.enable()


class _Pause:
    was_enabled = True


_pause = _Pause()
