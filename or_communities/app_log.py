"""The app's logs, in the user's log folder (never on the terminal or in a dialog, where a traceback could show
people's names and phones): a file of its own for each failure, which the command line and the window name to the
user, and one running log of what the app refused on the user's behalf (requests a page tried to make)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import traceback
from pathlib import Path

from . import __version__
from .paths import log_dir

PROGRAM = "or-communities"
RUNNING_LOG = f"{PROGRAM}.log"
RUNNING_LOG_BYTES = 1024 * 1024
"""The running log is cut at a megabyte, three older ones kept: a page that keeps trying cannot fill the disk."""


def write_failure_log(context: str, error: BaseException | None = None) -> Path:
    """Writes the traceback of ``error`` (or of the exception being handled) to a new log file; returns its path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"{PROGRAM}-{stamp}-{os.getpid()}.log"
    trace = traceback.format_exception(error) if error is not None else [traceback.format_exc()]
    path.write_text(f"{PROGRAM} {__version__} {context}\n{''.join(trace)}", encoding="utf-8")
    return path


def running_log_path() -> Path:
    return log_dir() / RUNNING_LOG


def app_logger() -> logging.Logger:
    """The running log, "or-communities.log" in the log folder; opened the first time something is written, and
    opened again if the log folder changed meanwhile."""
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger("or_communities")
    path = running_log_path()
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path.absolute():
            return logger
        logger.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=RUNNING_LOG_BYTES, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger
