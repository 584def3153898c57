"""Which workspace files are known sound without reading them whole: a file this app closed as its one writer is
recorded (size and modification time, in its backups folder); opened again unchanged, SQLite's check of every
page (a few tenths of a second for a city of 300,000 people) is not needed. Anything that changed the file since
— another program, a copy, a restore, a crash after a write — changes its size or time, and the check runs.
"""

from __future__ import annotations

from pathlib import Path

from .backups import backups_dir

RECORD_NAME = ".closed-sound"


def _record(workspace: Path) -> Path:
    return backups_dir(workspace) / RECORD_NAME


def _stamp(workspace: Path) -> str:
    status = workspace.stat()
    return f"{status.st_size} {status.st_mtime_ns}"


def remember_closed_sound(workspace: Path) -> None:
    """The workspace was just closed by its one writer: recorded as it is now (a folder that takes no record is
    left as it is; the next opening then checks the file whole)."""
    try:
        record = _record(workspace)
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(_stamp(workspace), encoding="ascii")
    except OSError:
        return


def unchanged_since_closed(workspace: Path) -> bool:
    """The workspace is exactly as its writer last closed it (size and time to the nanosecond)."""
    try:
        return _record(workspace).read_text(encoding="ascii") == _stamp(workspace)
    except (OSError, UnicodeDecodeError):
        return False


def forget_closed_sound(workspace: Path) -> None:
    """Opened for writing: until it is closed again, nothing is known of it (a record that cannot be removed stays:
    any write changes the file's time, so it no longer matches)."""
    try:
        _record(workspace).unlink(missing_ok=True)
    except OSError:
        return
