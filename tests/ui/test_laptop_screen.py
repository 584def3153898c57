"""A municipal laptop: every area, every tab, with a record chosen, at 1366x768 and at 1920x1080 scaled 125%."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from or_communities.ui.workspace_shell import AREA_ORDER
from tests.conftest import ROOT
from tests.screen_fit import settle, window_findings


@pytest.mark.parametrize("language", ["he", "en"])
def test_every_area_fits_a_1366_by_768_screen(make_controller, qtbot, demo_path, language):
    """At 1366x768 no area scrolls sideways, no form is cut, no name column, label or button is cut short."""
    controller = make_controller(language=language)
    controller.window.resize(1366, 768)
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    settle()
    assert (controller.window.width(), controller.window.height()) == (1366, 768)

    assert window_findings(controller.window, controller.window.shell, AREA_ORDER) == {}


@pytest.mark.parametrize("language", ["he", "en"])
def test_every_area_fits_a_1920_by_1080_screen_scaled_125_percent(demo_template, tmp_path, language):
    """With Windows' 125% scaling a 1920x1080 screen is 1536x864 of Qt's pixels, text a quarter larger: nothing cuts."""
    demo = tmp_path / "demo.orcity"
    shutil.copyfile(demo_template, demo)
    environment = {**os.environ, "QT_SCALE_FACTOR": "1.25", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "tests.screen_fit", language, "1536", "864", str(demo), str(tmp_path / "s.ini")]
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False)

    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["size"] == [1536, 864]
    assert report["findings"] == {}


def test_a_narrow_list_keeps_its_names_and_short_columns_whole_and_elides_the_long_text(qtbot):
    """In a list too narrow for everything, the name column keeps its width, a date and a sum stay whole, the long
    description gives way (elided, its title still shown whole) and nothing scrolls sideways."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from or_communities.ui.widgets.screen_fit import ColumnFitter

    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["שם", "תיאור", "תאריך", "סכום"])
    for name, text in (("מתנ״ס רובע 5 – מרכז קהילתי", "תיאור ארוך " * 12), ("אגף החינוך", "קצר")):
        model.appendRow([QStandardItem(name), QStandardItem(text), QStandardItem("28/02/2026"), QStandardItem("₪18,000")])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    fitter = ColumnFitter(table, (0,))
    fitter.watch()
    table.resize(520, 200)
    table.show()
    qtbot.waitExposed(table)
    settle()

    header = table.horizontalHeader()
    for column in (0, 2, 3):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    assert header.sectionSize(1) < table.sizeHintForColumn(1)
    assert header.sectionSize(1) >= header.sectionSizeHint(1)
    assert table.horizontalScrollBar().maximum() == 0
