"""Heavy work off the interface thread, with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Job = Callable[[Progress, Callable[[], bool]], Any]
"""Work that reports (done, total) and asks whether it was cancelled."""


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancelled: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancelled = cancelled

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancelled.is_set)
        except Exception as error:  # handed to the interface thread, which decides what to say
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs one job on a worker thread while a progress dialog offers Cancel.

    ``succeeded`` carries the job's result, ``failed`` its exception; after Cancel the job's own
    cancellation error arrives through ``failed``.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(job, self._cancelled)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setObjectName("progressDialog")
        self._dialog.setMinimumDuration(300)
        self._dialog.canceled.connect(self._cancelled.set)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()

    def cancel_and_wait(self) -> None:
        """Cancel and wait until the job has stopped: before what it works on (a workspace, a window) goes away."""
        self._cancelled.set()
        self._thread.quit()  # the thread's loop ends once the job has returned
        self._thread.wait()
        self._dialog.reset()
        self._dialog.hide()

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(min(done, total))

    def _stop(self) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self._thread.quit()
        self._thread.wait()

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
