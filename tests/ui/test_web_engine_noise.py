"""The map's web engine starts without filling the terminal with graphics and D-Bus complaints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from PySide6 import QtWebEngineWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from or_communities.maps.leaflet_page import MapContent
from or_communities.ui.widgets.map_widget import MapWidget
widget = MapWidget()
widget.resize(400, 300)
widget.show()
widget.show_content(MapContent(title="", right_to_left=True, areas=(), legend_title="", legend=()))
widget.ready.connect(lambda _drawn: QTimer.singleShot(200, app.quit))
QTimer.singleShot(20000, app.quit)
app.exec()
print("map ready")
"""


def test_starting_the_map_prints_no_graphics_or_dbus_noise():
    """A map shown offscreen starts the web engine, draws, and prints nothing about Vulkan, OpenGL contexts, GBM or
    the D-Bus system bus on standard error."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "map ready" in result.stdout
    for noise in ("Vulkan", "QRhiGles2", "GBM", "Failed to connect to the bus", "dbus"):
        assert noise not in result.stderr, result.stderr
