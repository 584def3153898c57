"""Which backups thinning by age keeps: every one of the last day, the newest of each day for a month, the newest
of each month for a year, and always the newest of all — without files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from or_communities.domain.backups import Backup, BackupReason, backups_to_thin

NOW = dt.datetime(2026, 12, 6, 12, 0)


def _taken(*moments: dt.datetime) -> list[Backup]:
    return [Backup(Path(f"{moment:%Y%m%d%H%M}.orcity"), moment, BackupReason.OPENED) for moment in moments]


def test_every_backup_of_the_last_day_is_kept():
    """Three backups within the last day are all kept."""
    backups = _taken(NOW - dt.timedelta(hours=1), NOW - dt.timedelta(hours=5), NOW - dt.timedelta(hours=23))
    assert backups_to_thin(backups, NOW) == []


def test_past_a_day_only_the_newest_of_each_day_is_kept():
    """Two backups of the same day a week ago: the later one stays, the earlier goes."""
    morning, evening = dt.datetime(2026, 11, 29, 9, 0), dt.datetime(2026, 11, 29, 18, 0)
    removed = backups_to_thin(_taken(NOW - dt.timedelta(hours=2), morning, evening), NOW)
    assert [b.taken_at for b in removed] == [morning]


def test_past_a_month_only_the_newest_of_each_month_and_nothing_past_a_year():
    """Of three backups in May, only the last of May stays; one from two years ago goes."""
    may = [dt.datetime(2026, 5, day, 10, 0) for day in (3, 17, 28)]
    ancient = dt.datetime(2024, 6, 1, 10, 0)
    removed = backups_to_thin(_taken(NOW - dt.timedelta(hours=1), *may, ancient), NOW)
    assert sorted(b.taken_at for b in removed) == [ancient, may[0], may[1]]


def test_the_newest_backup_is_never_removed():
    """A workspace backed up only once, two years ago, keeps that backup."""
    assert backups_to_thin(_taken(dt.datetime(2024, 1, 1)), NOW) == []


def test_a_daily_backup_is_due_a_day_after_the_newest():
    """None yet, or the newest a day old: due; the newest an hour old: not due."""
    import datetime as dt
    from pathlib import Path

    from or_communities.domain.backups import Backup, BackupReason, daily_backup_due

    now = dt.datetime(2026, 12, 6, 9, 0)
    old = Backup(Path("a"), now - dt.timedelta(days=1), BackupReason.OPENED)
    recent = Backup(Path("b"), now - dt.timedelta(hours=1), BackupReason.BY_HAND)
    assert daily_backup_due([], now) and daily_backup_due([old], now)
    assert not daily_backup_due([old, recent], now)
