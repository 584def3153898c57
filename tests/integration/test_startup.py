"""Start-up: the window comes up with the workspace open before any heavy library is loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
from or_communities.__main__ import main
app = QApplication(sys.argv[:1])
shown = {}
def remember_the_window():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    shown["title"] = window.windowTitle()
app.aboutToQuit.connect(remember_the_window)
code = main([sys.argv[1], "--quit-when-ready"])
print(json.dumps({
    "code": code,
    "loaded": sorted(m for m in sys.modules if m.split(".")[0] in ("geopandas", "folium", "openpyxl", "shapely", "pandas", "alembic") or m.startswith("PySide6.QtWebEngine")),
    "ours": sorted(m for m in sys.modules if m.startswith("or_communities.")),
    "title": shown["title"],
    "rtl": QApplication.layoutDirection().name,
}))
"""


def _started(workspace: Path, config: Path) -> dict:
    environment = dict(os.environ, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(workspace)], capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_quit_when_ready_opens_the_workspace_without_heavy_modules(demo_path, tmp_path):
    """--quit-when-ready shows the workspace in Hebrew and exits 0 with no heavy library imported."""
    report = _started(demo_path, tmp_path / "config")
    assert report["code"] == 0
    assert report["loaded"] == [], f"loaded at start-up: {report['loaded']}"
    assert "באר שבע" in report["title"] and "קהילות אור" in report["title"]
    assert report["rtl"] == "RightToLeft"


def test_the_first_view_reads_its_facts_without_the_planning_and_events_modules(demo_path, tmp_path):
    """Opened again within the month (its figures recorded at the first opening), the journey shows without the
    planning tables' mapped classes or the events service: its next steps read channels and spaces in plain SQL."""
    _started(demo_path, tmp_path / "config")
    ours = _started(demo_path, tmp_path / "config")["ours"]
    assert "or_communities.ui.views.journey.view" in ours
    assert not {"or_communities.storage.planning_tables", "or_communities.services.events"} & set(ours)


def test_the_window_starts_without_the_command_line_modules(demo_path, tmp_path):
    """Started on a workspace, the window imports no subcommand's module: their names come from one table."""
    ours = _started(demo_path, tmp_path / "config")["ours"]
    assert "or_communities.cli" in ours
    assert [name for name in ours if name.startswith("or_communities.cli.")] == []


def test_quit_when_ready_as_a_whole_process(demo_path, tmp_path):
    """The installed entry point with --quit-when-ready exits 0 on its own."""
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "or_communities", str(demo_path), "--quit-when-ready", "--lang", "en"],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_quit_when_ready_with_a_bad_file_says_so_and_fails(tmp_path):
    """--quit-when-ready on a file that is no workspace prints why, exits 1 and leaves the file."""
    letter = tmp_path / "letter.orcity"
    letter.write_text("not a workspace")
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "or_communities", str(letter), "--quit-when-ready", "--lang", "en"],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120,
    )
    assert result.returncode == 1
    assert "not an Or Communities workspace" in result.stderr and "Traceback" not in result.stderr
    assert letter.read_text() == "not a workspace"
