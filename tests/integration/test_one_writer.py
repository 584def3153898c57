"""One writer at a time: a workspace held by another process is refused to a writer with one line naming who holds
it, stays readable, and is taken over once its holder is gone, even killed; the window says who holds it and lets
the user choose."""

from __future__ import annotations

import signal
import subprocess
import sys
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
    holder = _held(path)
    try:
        before = path.read_bytes()
        refused = _cli("import-assets", str(path), str(points), "--keep-outside")
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1
        assert "open for writing by" in refused.stderr and "since" in refused.stderr
        assert path.read_bytes() == before
        assert _cli("check", str(path)).returncode == 0
    finally:
        holder.kill()
        holder.wait()


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
    """Opening a held workspace asks, naming the holder: "no" leaves it closed with no error; "yes" opens it."""
    path, _points = _city(tmp_path)
    holder = _held(path)
    try:
        controller = make_controller(dialogs=fake_dialogs)
        controller.start(None)
        fake_dialogs.confirmations.append(False)
        assert not controller.open_workspace(path)
        assert controller.workspace is None and not fake_dialogs.errors
        assert "open for writing by" in fake_dialogs.questions[-1] or "פתוח לכתיבה אצל" in fake_dialogs.questions[-1]
        fake_dialogs.confirmations.append(True)
        assert controller.open_workspace(path)
        assert controller.workspace is not None
    finally:
        holder.kill()
        holder.wait()
