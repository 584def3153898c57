"""One writer at a time: a lock file beside the workspace ("NAME.orcity.lock") says who holds it, on which computer
and since when, while the holder keeps an operating-system lock on it.

The operating system releases that lock when the holder's process ends, however it ends, so a lock file left by
a crash is recognised (nobody holds it) and taken over. A live holder — another window, a command-line import, a
colleague on a shared folder — is named to whoever comes next, who may still choose to take over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import WorkspaceFileError, WorkspaceProblem

_LOCKED_OFFSET = 1 << 20
"""The byte locked, far past the holder's description, so others can still read who holds it (Windows locks
byte ranges against reading too)."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    user: str
    host: str
    since: dt.datetime

    def describe(self) -> str:
        return f"{self.user} on {self.host} since {self.since:%d/%m/%Y %H:%M}"


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.name}.lock")


class WorkspaceLock:
    """The lock of one workspace, held from ``acquire`` to ``release``."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self._descriptor: int | None = None

    def acquire(self, take_over: bool = False) -> None:
        """Hold the workspace; raises WorkspaceFileError (HELD, naming the holder) when someone else holds it,
        unless ``take_over`` (the user was told and chose to go on)."""
        path = lock_path(self.workspace)
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return  # a folder that takes no lock file (read-only media): SQLite's own locks still guard each write
        if not _try_lock(descriptor) and not take_over:
            holder = read_holder(self.workspace)
            os.close(descriptor)
            raise WorkspaceFileError(WorkspaceProblem.HELD, self.workspace, holder.describe() if holder else "")
        holder = LockHolder(getpass.getuser(), socket.gethostname(), dt.datetime.now().replace(microsecond=0))
        text = json.dumps({"user": holder.user, "host": holder.host, "since": holder.since.isoformat()})
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, text.encode("utf-8").ljust(512))
        self._descriptor = descriptor

    def release(self) -> None:
        if self._descriptor is None:
            return
        _unlock(self._descriptor)
        os.close(self._descriptor)
        self._descriptor = None
        lock_path(self.workspace).unlink(missing_ok=True)


def read_holder(workspace: Path) -> LockHolder | None:
    """Who holds the workspace, as its lock file says (None when it says nothing readable)."""
    try:
        data = json.loads(lock_path(workspace).read_bytes()[:512].decode("utf-8").strip() or "{}")
        return LockHolder(str(data["user"]), str(data["host"]), dt.datetime.fromisoformat(str(data["since"])))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_lock(descriptor: int) -> bool:
    """Take the operating system's lock on the lock file without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, _LOCKED_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, _LOCKED_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(descriptor, fcntl.LOCK_UN)
