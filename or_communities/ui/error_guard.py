"""What a slot lets escape is said in a dialog, not printed on a terminal no one reads: a refusal with its reason,
an unexpected failure with the log file that holds its details (never the traceback itself, which may hold people's
names and phones)."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..app_log import write_failure_log
from ..domain.errors import InputError
from .dialogs import Dialogs
from .labels import input_error_message


def say_unhandled(dialogs: Dialogs, window: QWidget | None, error: BaseException) -> None:
    """Tell the user about an error no view caught: what was refused and why, or where the details were written."""
    if isinstance(error, InputError):
        title = QCoreApplication.translate("ErrorGuard", "Nothing was changed")
        dialogs.error(window, title, input_error_message(error))
        return
    logged = write_failure_log("window", error)
    dialogs.error(
        window,
        QCoreApplication.translate("ErrorGuard", "Something went wrong"),
        QCoreApplication.translate(
            "ErrorGuard",
            "The app met an unexpected failure. Everything saved before it is kept in the workspace. The details are "
            "in {0}; send that file to whoever supports the app.",
        ).format(logged),
    )


def install_error_guard(dialogs: Dialogs, window: QWidget) -> None:
    """Route every exception a slot lets escape to say_unhandled, for as long as the app runs."""

    def guard(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, Exception):
            say_unhandled(dialogs, window, error)
        else:
            sys.__excepthook__(kind, error, trace)

    sys.excepthook = guard
