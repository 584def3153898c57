"""Backups of a workspace as the app keeps them: why each was taken, and which ones thinning by age keeps — every
one of the last day, the newest of each day for a month, the newest of each month for a year, and always the
newest of all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .text import Text

KEEP_ALL_FOR = dt.timedelta(days=1)
KEEP_DAILY_FOR = dt.timedelta(days=31)
KEEP_MONTHLY_FOR = dt.timedelta(days=366)


class BackupReason(Enum):
    OPENED = "opened"
    DAILY = "daily"
    BY_HAND = "by-hand"
    BEFORE_IMPORT = "before-import"
    BEFORE_MERGE = "before-merge"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"

    @property
    def label(self) -> Text:
        return REASON_LABELS[self]


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    reason: BackupReason


REASON_LABELS = {
    BackupReason.OPENED: Text("בפתיחה", "On opening"),
    BackupReason.DAILY: Text("יומי", "Daily"),
    BackupReason.BY_HAND: Text("ידנית", "By hand"),
    BackupReason.BEFORE_IMPORT: Text("לפני ייבוא", "Before an import"),
    BackupReason.BEFORE_MERGE: Text("לפני מיזוג", "Before a merge"),
    BackupReason.BEFORE_RESTORE: Text("לפני שחזור", "Before a restore"),
    BackupReason.BEFORE_UPGRADE: Text("לפני שדרוג", "Before an upgrade"),
}


DAILY_EVERY = dt.timedelta(days=1)


def daily_backup_due(backups: list[Backup], now: dt.datetime) -> bool:
    """A window left open: a backup is due when the newest one is a day old (or there is none)."""
    newest = max((backup.taken_at for backup in backups), default=None)
    return newest is None or now - newest >= DAILY_EVERY


def backups_to_thin(backups: list[Backup], now: dt.datetime) -> list[Backup]:
    """Which backups thinning removes: past a day only the newest of each day is kept, past a month only the
    newest of each month, past a year none — and never the newest of all."""
    kept_days: set[dt.date] = set()
    kept_months: set[tuple[int, int]] = set()
    removed = []
    for index, backup in enumerate(sorted(backups, key=lambda b: b.taken_at, reverse=True)):
        day, month, age = backup.taken_at.date(), (backup.taken_at.year, backup.taken_at.month), now - backup.taken_at
        keep = (
            index == 0
            or age <= KEEP_ALL_FOR
            or (age <= KEEP_DAILY_FOR and day not in kept_days)
            or (age <= KEEP_MONTHLY_FOR and month not in kept_months)
        )
        if keep:
            kept_days.add(day)
            kept_months.add(month)
        else:
            removed.append(backup)
    return removed
