"""Heavy work off the interface thread, with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..memory import garbage_collection_paused

Progress = Callable[[int, int], None]
Job = Callable[[Progress, Callable[[], bool]], Any]
"""Work that reports (done, total) and asks whether it was cancelled."""


class _Relay(QObject):
    """Lives on the interface thread; the job's thread emits through it, and Qt queues the signals across."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QObject):
    """Runs one job on a worker thread while a progress dialog offers Cancel.

    ``succeeded`` carries the job's result, ``failed`` its exception; after Cancel the job's own
    cancellation error arrives through ``failed``.

    The job runs on a plain Python thread and every Qt object stays on the interface thread, so no Qt
    object is ever moved to, used from, or deleted on another thread. The garbage collector waits while
    the job runs: a collection on the interface thread then (in a nested event loop, say) could tear down
    Qt wrappers left by earlier windows at the moment the job's thread holds the interpreter, and a
    clean-checkout test run crashed that way.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, label: str | None, parent: QWidget | None) -> None:
        """Without a ``label`` the job runs quietly: no progress dialog (work the user need not wait for)."""
        super().__init__(parent)
        self._job = job
        self._cancelled = threading.Event()
        self._thread: threading.Thread | None = None
        self._collection_paused = ExitStack()
        self._relay = _Relay(self)
        self._dialog: QProgressDialog | None = None
        if label is not None:
            self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setObjectName("progressDialog")
            self._dialog.setMinimumDuration(300)
            self._dialog.canceled.connect(self._cancelled.set)
            self._relay.progressed.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)

    def start(self) -> None:
        self._collection_paused.enter_context(garbage_collection_paused())
        self._thread = threading.Thread(target=self._run, name="background-task", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        relay = self._relay
        try:
            result = self._job(relay.progressed.emit, self._cancelled.is_set)
        except Exception as error:  # noqa: BLE001 - any failure is handed to the interface thread, which says what it means
            relay.failed.emit(error)
        else:
            relay.finished.emit(result)

    def cancel(self) -> None:
        self._cancelled.set()

    def cancel_and_wait(self) -> None:
        """Cancel and wait until the job has stopped: before what it works on (a workspace, a window) goes away."""
        self._cancelled.set()
        if self._thread is not None:
            self._thread.join()
        self._collection_paused.close()
        self._hide_dialog()

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))

    def _hide_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()

    def _stop(self) -> None:
        self._hide_dialog()
        if self._thread is not None:
            self._thread.join()  # it has emitted its last signal and is returning
        self._collection_paused.close()

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
