"""Backups beside the workspace: taken by hand, on opening and before an import; restored from the command line
and from the window, the state before a restore kept so the restore can be undone; an import undone in one step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from or_communities.domain.backups import BackupReason
from or_communities.domain.errors import WorkspaceFileError, WorkspaceProblem
from or_communities.domain.mapping import Asset, AssetCategory
from or_communities.services.backups import backups_of
from or_communities.services.workspace import Workspace
from or_communities.storage.backups import backups_dir
from tests.helpers import when_modal

ROOT = Path(__file__).resolve().parents[2]


def _cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "or_communities", *arguments], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def _city(tmp_path: Path) -> Path:
    path = tmp_path / "עכו.orcity"
    workspace = Workspace.create(path, "עכו", 2026)
    workspace.neighborhoods.add("העיר העתיקה")
    workspace.close()
    return path


def test_backup_and_restore_on_the_command_line(tmp_path):
    """`backup` writes a copy into the backups folder; after a change, `restore` without --yes shows the counts and
    changes nothing; with --yes it brings the copy back and keeps the state before it."""
    path = _city(tmp_path)
    made = _cli("backup", str(path))
    assert made.returncode == 0, made.stderr
    [backup] = list(backups_dir(path).glob("*(by-hand).orcity"))
    workspace = Workspace.open(path)
    workspace.neighborhoods.add("צפון העיר")
    workspace.close()
    changed = path.read_bytes()

    shown = _cli("restore", str(backup), str(path))
    assert shown.returncode == 0 and "neighborhood: 2 now, 1 in the backup" in shown.stdout
    assert path.read_bytes() == changed

    restored = _cli("restore", str(backup), str(path), "--yes")
    assert restored.returncode == 0, restored.stderr
    workspace = Workspace.open(path)
    assert [n.name for n in workspace.neighborhoods.list()] == ["העיר העתיקה"]
    workspace.close()
    [before] = list(backups_dir(path).glob("*(before-restore).orcity"))
    undone = Workspace.open(before)
    assert len(undone.neighborhoods.list()) == 2
    undone.close()


def test_a_bad_backup_is_refused_in_one_line_and_changes_nothing(tmp_path):
    """Restoring from a file that is no workspace exits 1 with one line; the workspace is byte-identical."""
    path = _city(tmp_path)
    before = path.read_bytes()
    junk = tmp_path / "junk.orcity"
    junk.write_text("not a workspace")
    refused = _cli("restore", str(junk), str(path), "--yes")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "not an Or Communities workspace" in refused.stderr
    assert path.read_bytes() == before


def test_a_backup_that_cannot_be_written_is_refused_in_one_line_and_changes_nothing(tmp_path):
    """When the backups folder cannot be made (a file holds its name), `backup` exits 1 with one line saying so and
    leaves the workspace and that file as they were."""
    path = _city(tmp_path)
    before = path.read_bytes()
    blocking = backups_dir(path)
    if blocking.is_dir():  # the clean-close record lives there
        for entry in blocking.iterdir():
            entry.unlink()
        blocking.rmdir()
    blocking.write_text("not a folder")
    refused = _cli("backup", str(path))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert f"{blocking}: cannot write the backup" in refused.stderr and "--dest" in refused.stderr
    assert path.read_bytes() == before and blocking.read_text() == "not a folder"


def test_an_import_is_undone_from_the_window(make_controller, qtbot, fake_dialogs, tmp_path):
    """The window backs up on opening (behind itself); an import of assets backs up before it; "Undo the last
    import" asks, goes back to that state and says where the state before is kept; the backups window lists what
    was taken."""
    path = _city(tmp_path)
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(path)
    qtbot.waitUntil(lambda: bool(backups_of(path)))
    assert [s.backup.reason for s in backups_of(path)] == [BackupReason.OPENED]
    hood = controller.workspace.neighborhoods.list()[0].id
    controller.workspace.assets.add_many(
        [Asset(None, f"ספסל {n}", AssetCategory.PARK, 35.07, 32.92, hood) for n in range(3)]
    )
    assert len(controller.workspace.assets.list()) == 3

    fake_dialogs.confirmations.append(True)
    controller.window.undo_import_action.trigger()
    assert controller.workspace is not None and controller.workspace.assets.list() == []
    assert "before-restore" in fake_dialogs.infos[-1][1]
    reopened = lambda: [s.backup.reason for s in backups_of(path)].count(BackupReason.OPENED) == 2  # noqa: E731
    qtbot.waitUntil(reopened)  # the restored workspace was opened again, and backed up behind the window

    def look(dialog) -> None:
        reasons = {summary.backup.reason for summary in dialog.model.records()}
        assert {BackupReason.OPENED, BackupReason.BEFORE_IMPORT, BackupReason.BEFORE_RESTORE} <= reasons
        folder = dialog.findChild(QLabel, "backupsFolder").text()
        assert f"\u2066{backups_dir(path)}\u2069" in folder  # the path keeps its slashes in the Hebrew line
        rows = dialog.model.rowCount()
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == rows + 1
        dialog.reject()

    when_modal(look)
    controller.window.backups_action.trigger()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of a SQLite file with garbage, keeping its header: really damaged."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 100 : start + page] = b"\xff" * (page - 100)
    path.write_bytes(bytes(data))


def test_a_damaged_workspace_is_offered_its_newest_backup_and_opens_with_it(make_controller, fake_dialogs, demo_path):
    """A workspace damaged on disk is called damaged only after its newest good backup is offered; accepted, the
    window opens the backup's content and the damaged file is kept in the backups folder."""
    workspace = Workspace.open(demo_path)
    names = sorted(hood.name for hood in workspace.neighborhoods.list())
    workspace.back_up(BackupReason.BY_HAND)
    workspace.close()
    _damage(demo_path)
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    fake_dialogs.confirmations.append(True)
    assert controller.open_workspace(demo_path)
    assert "פגומה" in fake_dialogs.questions[-1] and str(len(names)) in fake_dialogs.questions[-1]
    assert sorted(hood.name for hood in controller.workspace.neighborhoods.list()) == names
    assert any(path.name.startswith("damaged ") for path in backups_dir(demo_path).iterdir())
    assert not fake_dialogs.errors


def test_a_damaged_workspace_stays_as_it_is_when_the_backup_is_declined(make_controller, fake_dialogs, demo_path):
    """Declining the backup leaves the damaged file untouched and says it is damaged."""
    workspace = Workspace.open(demo_path)
    workspace.back_up(BackupReason.BY_HAND)
    workspace.close()
    _damage(demo_path)
    damaged = demo_path.read_bytes()
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    fake_dialogs.confirmations.append(False)
    assert not controller.open_workspace(demo_path)
    assert demo_path.read_bytes() == damaged and fake_dialogs.errors


def test_a_window_left_open_backs_up_once_a_day(make_controller, fake_dialogs, qtbot, demo_path):
    """An hour after opening nothing more is written; a day after the newest backup a daily backup is, once."""
    import datetime as dt

    controller = make_controller(dialogs=fake_dialogs)
    controller.start(demo_path)
    qtbot.waitUntil(lambda: bool(backups_of(demo_path)))
    opened = [summary.backup for summary in backups_of(demo_path)]
    assert [backup.reason for backup in opened] == [BackupReason.OPENED]
    controller.back_up_if_a_day_passed(opened[0].taken_at + dt.timedelta(hours=1))
    assert len(backups_of(demo_path)) == 1
    a_day_later = opened[0].taken_at + dt.timedelta(days=1, minutes=1)
    controller.back_up_if_a_day_passed(a_day_later)
    controller.back_up_if_a_day_passed(a_day_later + dt.timedelta(minutes=5))
    assert [summary.backup.reason for summary in backups_of(demo_path)] == [BackupReason.DAILY, BackupReason.OPENED]


def test_the_command_line_names_the_newest_backup_of_a_damaged_workspace_and_restores_it(demo_path, capsys):
    """`check` on a damaged workspace names its newest backup and the restore command in one line; that command
    puts the backup in place, keeping the damaged file, and the workspace checks sound again."""
    import shlex

    from or_communities.cli import run_command

    workspace = Workspace.open(demo_path)
    workspace.back_up(BackupReason.BY_HAND)
    workspace.close()
    _damage(demo_path)
    assert run_command("check", [str(demo_path)]) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "damaged" in said and "newest backup that opens" in said
    suggested = shlex.split(said.split(": or-communities ", 1)[1])
    assert suggested[0] == "restore" and suggested[-1] == "--yes"
    assert run_command("restore", suggested[1:]) == 0
    assert "is damaged" in capsys.readouterr().out
    assert run_command("check", [str(demo_path)]) == 0
    assert any(path.name.startswith("damaged ") for path in backups_dir(demo_path).iterdir())


def test_closing_at_once_stops_the_opening_backup_and_leaves_nothing_half_written(tmp_path):
    """A backup stopped halfway (the window closed meanwhile) ends without a backup or a partial file left."""
    from or_communities.services.backups import back_up_on_opening
    from or_communities.storage.backups import backups_dir

    path = _city(tmp_path)
    asked = []

    def stopped() -> bool:
        asked.append(True)
        return True

    assert back_up_on_opening(path, stopped) is None
    assert asked and not backups_of(path)
    assert not [file for file in backups_dir(path).glob("*") if file.is_file()]


def test_a_file_closed_by_its_writer_is_not_read_whole_again_unless_it_changed(demo_path):
    """Closed by its one writer and opened again unchanged, a workspace skips the check of every page (so pages
    damaged behind a restored time go unseen by opening, as this test makes them, and `check` still finds them);
    the same damage with the time it brings is found when opening."""
    import os

    from or_communities.storage.workspace_file import inspect_workspace_file

    Workspace.open(demo_path, hold=True).close()
    stat = demo_path.stat()
    data = bytearray(demo_path.read_bytes())
    data[-3 * 4096 + 100 :] = b"\xff" * (3 * 4096 - 100)  # the last pages' records, which opening does not read
    demo_path.write_bytes(bytes(data))
    os.utime(demo_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as if nothing had touched it
    Workspace.open(demo_path, hold=True).close()  # trusted: the record of its clean close still matches
    with pytest.raises(WorkspaceFileError) as checked:
        inspect_workspace_file(demo_path)  # what `or-communities check` reads: every page
    assert checked.value.problem is WorkspaceProblem.DAMAGED

    demo_path.write_bytes(bytes(data))  # another program writes: its time moves on
    with pytest.raises(WorkspaceFileError) as opened:
        Workspace.open(demo_path, hold=True)
    assert opened.value.problem is WorkspaceProblem.DAMAGED
