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
    "title": shown["title"],
    "rtl": QApplication.layoutDirection().name,
}))
"""


def test_quit_when_ready_opens_the_workspace_without_heavy_modules(demo_path, tmp_path):
    """--quit-when-ready shows the workspace in Hebrew and exits 0 with no heavy library imported."""
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_path)], capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["loaded"] == [], f"loaded at start-up: {report['loaded']}"
    assert "באר שבע" in report["title"] and "קהילות אור" in report["title"]
    assert report["rtl"] == "RightToLeft"


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
