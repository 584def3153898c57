"""Rolling backups of a workspace, in a folder beside it that the user can see ("NAME backups").

A backup is a whole workspace file written with SQLite's online backup (consistent even while the workspace is
open), named by when and why it was taken: on opening, before an import, a merge or a restore, before a schema
upgrade, or by hand. Old backups are thinned by age: every one of the last day, the newest of each day for a
month, the newest of each month for a year; the newest backup is never removed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from ..domain.backups import Backup, BackupReason, backups_to_thin
from .database import backup_sqlite_file

SUFFIX = ".orcity"
_STAMP = "%Y-%m-%d %H-%M-%S"
_NAME = re.compile(r"^(?P<stem>.*) (?P<stamp>\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}(?:-\d+)?) \((?P<reason>[a-z-]+)\)\.orcity$")


def backups_dir(workspace: Path) -> Path:
    """The folder beside a workspace where its backups are kept, named after it so the user finds it."""
    return workspace.with_name(f"{workspace.stem} backups")


def make_backup(
    workspace: Path,
    reason: BackupReason,
    now: dt.datetime | None = None,
    folder: Path | None = None,
    stopped: Callable[[], bool] | None = None,
) -> Backup:
    """Write a backup of ``workspace`` (into its backups folder unless another is given) and return it; one
    ``stopped`` meanwhile leaves nothing behind (database.BackupStopped)."""
    taken_at = (now or dt.datetime.now()).replace(microsecond=0)
    target_folder = folder or backups_dir(workspace)
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / f"{workspace.stem} {taken_at.strftime(_STAMP)} ({reason.value}){SUFFIX}"
    number = 2
    while target.exists():  # two in the same second: numbered, none overwritten
        target = target_folder / f"{workspace.stem} {taken_at.strftime(_STAMP)}-{number} ({reason.value}){SUFFIX}"
        number += 1
    staged = target.with_name(f".{target.name}.partial")
    try:
        backup_sqlite_file(workspace, staged, stopped)
        staged.replace(target)
    finally:
        staged.unlink(missing_ok=True)
    return Backup(target, taken_at, reason)


def list_backups(workspace: Path) -> list[Backup]:
    """The workspace's backups, the newest first (files in the folder that are not ours are left out)."""
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        backup = _parse(path)
        if backup is not None:
            found.append(backup)
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def thin_backups(workspace: Path, now: dt.datetime | None = None) -> list[Backup]:
    """Remove the backups thinning does not keep; returns those removed."""
    removed = backups_to_thin(list_backups(workspace), now or dt.datetime.now())
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed


def _parse(path: Path) -> Backup | None:
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in re.findall(r"\d+", found.group("stamp"))[:6])
        taken_at = dt.datetime(year, month, day, hour, minute, second)
        reason = BackupReason(found.group("reason"))
    except ValueError:
        return None
    return Backup(path, taken_at, reason)
