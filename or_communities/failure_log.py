"""What went wrong, in detail, written to a log file of its own — never to the terminal or a dialog, where a
traceback could show people's names and phones. The command line and the window both name the file to the user."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

from . import __version__
from .paths import log_dir

PROGRAM = "or-communities"


def write_failure_log(context: str, error: BaseException | None = None) -> Path:
    """Writes the traceback of ``error`` (or of the exception being handled) to a new log file; returns its path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"{PROGRAM}-{stamp}-{os.getpid()}.log"
    trace = traceback.format_exception(error) if error is not None else [traceback.format_exc()]
    path.write_text(f"{PROGRAM} {__version__} {context}\n{''.join(trace)}", encoding="utf-8")
    return path
