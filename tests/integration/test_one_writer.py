"""One writer at a time: a workspace held by another process is refused to a writer with one line naming who holds
it, stays readable, and is taken over once its holder is gone, even killed; the window says who holds it and lets
the user choose."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from or_communities.services.workspace import Workspace
from or_communities.storage.workspace_lock import lock_path

ROOT = Path(__file__).resolve().parents[2]

HOLDS = """
import sys, time
from pathlib import Path
from or_communities.services.workspace import Workspace
workspace = Workspace.open(Path(sys.argv[1]), hold=True)
print("holding", flush=True)
time.sleep(60)
"""


def _cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "or_communities", *arguments], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def _held(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDS, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


@contextmanager
def _holding(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the workspace for as long as the block runs."""
    holder = _held(path)
    try:
        yield holder
    finally:
        holder.kill()
        holder.wait()


def _city(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "עכו.orcity"
    workspace = Workspace.create(path, "עכו", 2026)
    workspace.neighborhoods.add("העיר העתיקה")
    workspace.close()
    points = tmp_path / "points.csv"
    points.write_text("name,lat,lon\nספסל ציבורי,32.92,35.07\n", encoding="utf-8")
    return path, points


def test_a_held_workspace_refuses_writers_in_one_line_and_stays_readable(tmp_path):
    """While another process holds the workspace, an import exits 1 naming the holder and changes nothing; `check`
    still reads it."""
    path, points = _city(tmp_path)
    with _holding(path):
        before = path.read_bytes()
        refused = _cli("import-assets", str(path), str(points), "--keep-outside")
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1
        assert "open for writing by" in refused.stderr and "since" in refused.stderr
        assert path.read_bytes() == before
        assert _cli("check", str(path)).returncode == 0


def test_a_lock_left_by_a_killed_holder_is_taken_over(tmp_path):
    """A holder killed with SIGKILL leaves its lock file; the next import takes it over, writes, and lets it go."""
    path, points = _city(tmp_path)
    holder = _held(path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(path).exists()
    imported = _cli("import-assets", str(path), str(points), "--keep-outside")
    assert imported.returncode == 0, imported.stderr
    assert not lock_path(path).exists()
    workspace = Workspace.open(path)
    assert [asset.name for asset in workspace.assets.list()] == ["ספסל ציבורי"]
    workspace.close()


def test_the_window_names_the_holder_and_takes_over_only_when_asked(make_controller, fake_dialogs, tmp_path):
    """Opening a held workspace asks, naming the holder: cancelling leaves it closed with no error; "take it over"
    opens it as its writer."""
    path, _points = _city(tmp_path)
    with _holding(path):
        controller = make_controller(dialogs=fake_dialogs)
        controller.start(None)
        fake_dialogs.picks.append(None)
        assert not controller.open_workspace(path)
        assert controller.workspace is None and not fake_dialogs.errors
        assert "פתוח לכתיבה אצל" in fake_dialogs.questions[-1] and "במחשב" in fake_dialogs.questions[-1]
        fake_dialogs.picks.append(1)
        assert controller.open_workspace(path)
        assert controller.workspace is not None and not controller.workspace.read_only


def test_a_held_workspace_opens_to_read_only_and_refuses_every_change(make_controller, fake_dialogs, qtbot, tmp_path):
    """Chosen to read only, the window shows the city and says who is writing; a rename is refused in Hebrew (once:
    a second refusal does not open another dialog), no backup is written, and the file stays as the holder left it."""
    from PySide6.QtCore import Qt

    from or_communities.domain.catalog import Area
    from tests.helpers import click_row

    path, _points = _city(tmp_path)
    with _holding(path):
        before = path.read_bytes()
        controller = make_controller(dialogs=fake_dialogs)
        controller.start(None)
        fake_dialogs.picks.append(0)
        assert controller.open_workspace(path)
        assert controller.workspace.read_only
        window = controller.window
        assert "קריאה בלבד" in window.windowTitle()
        window.shell.show_area(Area.NEIGHBORHOODS)
        view = window.shell.view(Area.NEIGHBORHOODS)
        click_row(qtbot, view.table, 0)
        fake_dialogs.texts.append("העיר החדשה")
        qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
        assert len(fake_dialogs.errors) == 1 and "קריאה בלבד" in fake_dialogs.errors[-1][1]
        fake_dialogs.texts.append("העיר החדשה")
        qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
        assert len(fake_dialogs.errors) == 1  # said once: the title and the status bar keep saying it
        assert [hood.name for hood in controller.workspace.neighborhoods.list()] == ["העיר העתיקה"]
        controller.close_workspace()
        assert path.read_bytes() == before
        assert not (tmp_path / "עכו backups").exists() or not any((tmp_path / "עכו backups").iterdir())


def test_a_workspace_opened_read_only_refuses_imports_before_writing(tmp_path):
    """A read-only workspace refuses an import with ReadOnlyWorkspace naming the holder before any backup or write."""
    import pytest

    from or_communities.domain.errors import ReadOnlyWorkspace
    from or_communities.services.gis_files import read_assets

    path, points = _city(tmp_path)
    with _holding(path):
        before = path.read_bytes()
        workspace = Workspace.open_read_only(path, "דנה on office-pc since 06/12/2026 08:00")
        assert [hood.name for hood in workspace.neighborhoods.list()] == ["העיר העתיקה"]
        with pytest.raises(ReadOnlyWorkspace, match="דנה on office-pc"):
            workspace.assets.add_many(read_assets(points), keep_outside=True)
        with pytest.raises(ReadOnlyWorkspace):
            workspace.neighborhoods.add("שכונה חדשה")
        workspace.close()
        assert path.read_bytes() == before


def test_a_read_only_workspace_counted_on_a_worker_thread_lets_go_of_its_file(tmp_path, caplog):
    """A read-only workspace whose attention was counted on a worker thread closes every connection to its file
    (none is left to the thread that opened it)."""
    import os

    from or_communities.services.next_steps import count_attention_meanwhile

    path, _points = _city(tmp_path)

    def held_here() -> bool:
        return any(os.path.realpath(f"/proc/self/fd/{fd}") == str(path.resolve()) for fd in os.listdir("/proc/self/fd"))

    with _holding(path):
        workspace = Workspace.open_read_only(path, "דנה on office-pc since 06/12/2026 08:00")
        assert count_attention_meanwhile(workspace)().partners_to_contact == 0
        workspace.neighborhoods.list()  # the interface thread reads too
        workspace.close()
        assert not held_here()
    assert "Exception closing connection" not in caplog.text
