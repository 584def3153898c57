"""Excel exports from the interface: ask where to write, write on a worker thread with progress and Cancel, then
say where the file went or, in words, why it could not be written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..domain.text import left_to_right
from .background import BackgroundTask
from .dialogs import Dialogs

if TYPE_CHECKING:  # the Excel writer loads with the first export, not at start
    from ..files.excel import Cancelled, Progress

EXCEL_SUFFIX = ".xlsx"


class Write(Protocol):
    """Writes a workbook at ``path``, reporting progress and asking whether it was cancelled (as services do)."""

    def __call__(self, path: Path, *, progress: Progress, cancelled: Cancelled) -> Path: ...


class ExcelExports(QObject):
    """A window's Excel exports, one at a time; ``running_changed`` lets the actions that start one wait."""

    running_changed = Signal(bool)

    def __init__(self, dialogs: Dialogs, window: QWidget | None = None) -> None:
        super().__init__(window)
        self._dialogs = dialogs
        self._window = window
        self._task: BackgroundTask | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def export(self, title: str, suggested: Path, write: Write, written: str) -> None:
        """Ask where to write (``suggested`` first), then write there; ``written`` names the file with {0}."""
        if self.running:
            return
        chosen = self._dialogs.save_file(self._window, title, suggested, self.tr("Excel workbook (*.xlsx)"))
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == EXCEL_SUFFIX else chosen.with_name(chosen.name + EXCEL_SUFFIX)
        self._start(title, path, write, written)

    def _start(self, title: str, path: Path, write: Write, written: str) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> Path:
            return write(path, progress=progress, cancelled=cancelled)

        task = BackgroundTask(job, self.tr("Writing {0}…").format(path.name), self._window)
        task.succeeded.connect(lambda _result: self._succeeded(task, title, written.format(left_to_right(path))))
        task.failed.connect(lambda error: self._failed(task, title, path, error))
        self._task = task
        self.running_changed.emit(True)
        task.start()

    def disable_while_running(self, control: QWidget) -> None:
        """Keep ``control`` (a button that starts an export) disabled while an export runs, for as long as it lives."""
        control.setDisabled(self.running)
        self.running_changed.connect(control.setDisabled)

    def stop(self) -> None:
        """Cancel a running export and wait for it, before the workspace it reads is closed or the window goes."""
        if self._task is not None:
            self._task.cancel_and_wait()
            self._finish()

    def _finish(self) -> None:
        self._task = None
        self.running_changed.emit(False)

    def _succeeded(self, task: BackgroundTask, title: str, message: str) -> None:
        if task is not self._task:  # stopped: the workspace it was writing from is closed, so say nothing
            return
        self._finish()
        self._dialogs.info(self._window, title, message)

    def _failed(self, task: BackgroundTask, title: str, path: Path, error: Exception) -> None:
        if task is not self._task:
            return
        self._finish()
        from ..files.excel import WriteCancelled

        if not isinstance(error, WriteCancelled):
            self._dialogs.error(self._window, title, self._problem(path, error))

    def _problem(self, path: Path, error: Exception) -> str:
        """Why ``path`` could not be written, in words a user can act on."""
        name, folder = left_to_right(path.name), left_to_right(path.parent)
        if isinstance(error, FileNotFoundError):
            return self.tr("{0} was not written: the folder {1} does not exist. Choose another folder.").format(name, folder)
        if isinstance(error, PermissionError):
            return self.tr(
                "{0} was not written: the folder {1} may not be written to, or a file of that name is open in "
                "another program. Choose another folder, or close the file and try again."
            ).format(name, folder)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return self.tr("{0} was not written: {1}").format(name, reason)

