"""Backing a workspace up and restoring it: by hand, on opening, before an import or a merge, with thinning; a
restore backs the current state up first, so it can itself be undone."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.backups import Backup, BackupReason, daily_backup_due
from ..storage.backups import backups_dir, list_backups, make_backup, thin_backups
from ..storage.database import BackupStopped, backup_sqlite_file
from ..storage.workspace_file import count_records, inspect_workspace_file


@dataclass(frozen=True, slots=True)
class BackupSummary:
    backup: Backup
    counts: dict[str, int]
    """How many records of each kind it holds (neighborhoods, people, partners…)."""


def back_up(workspace: Path, reason: BackupReason = BackupReason.BY_HAND, folder: Path | None = None) -> Backup:
    """A backup of the workspace now (into its backups folder, then thinned, unless another folder is given)."""
    inspect_workspace_file(workspace)
    backup = make_backup(workspace, reason, folder=folder)
    if folder is None:
        thin_backups(workspace)
    return backup


def back_up_on_opening(workspace: Path, stopped: Callable[[], bool]) -> Backup | None:
    """Behind a window that has just opened (and so checked) the workspace: its opening backup, then thinning;
    None when ``stopped`` meanwhile (nothing left behind)."""
    try:
        backup = make_backup(workspace, BackupReason.OPENED, stopped=stopped)
    except BackupStopped:
        return None
    thin_backups(workspace)
    return backup


def back_up_if_a_day_passed(workspace: Path, now: dt.datetime | None = None) -> Backup | None:
    """The daily backup of a workspace left open: taken when its newest backup is a day old, else None."""
    if not daily_backup_due(list_backups(workspace), now or dt.datetime.now()):
        return None
    inspect_workspace_file(workspace)
    backup = make_backup(workspace, BackupReason.DAILY, now)
    thin_backups(workspace, now)
    return backup


def backups_of(workspace: Path) -> list[BackupSummary]:
    """The workspace's backups, the newest first, each with its counts (a backup that cannot be read is left out)."""
    summaries = []
    for backup in list_backups(workspace):
        try:
            summaries.append(BackupSummary(backup, count_records(backup.path)))
        except Exception:  # noqa: BLE001, S112 - a backup damaged or half-written is no backup to offer
            continue
    return summaries


def restore(backup: Path, workspace: Path, now: dt.datetime | None = None) -> Backup:
    """Replace the workspace's content with the backup's, after backing the current state up (returned). The
    backup must be a sound workspace; the workspace must not be open."""
    inspect_workspace_file(backup)
    if workspace.exists():
        before = make_backup(workspace, BackupReason.BEFORE_RESTORE, now)
    else:
        before = Backup(workspace, (now or dt.datetime.now()).replace(microsecond=0), BackupReason.BEFORE_RESTORE)
    backup_sqlite_file(backup, workspace)
    return before


def replace_damaged(workspace: Path, backup: Path, now: dt.datetime | None = None) -> Path:
    """Put a damaged workspace aside, byte for byte, in its backups folder ("damaged …"), with any journal beside it,
    and the backup's content in its place; returns where the damaged file went. The backup must be sound."""
    inspect_workspace_file(backup)
    folder = backups_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H-%M-%S")
    aside = folder / f"damaged {stamp} {workspace.name}"
    shutil.move(workspace, aside)
    journal = workspace.with_name(workspace.name + "-journal")
    if journal.exists():
        shutil.move(journal, aside.with_name(aside.name + "-journal"))
    backup_sqlite_file(backup, workspace)
    return aside


__all__ = ["BackupSummary", "back_up", "back_up_if_a_day_passed", "backups_dir", "backups_of", "replace_damaged", "restore"]
