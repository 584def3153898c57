"""The report for the senior municipal level, written by the command line: a cover with the city's measures and
charts, a page per neighborhood with its map, Hebrew read back in logical order; bad input is one line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from or_communities.domain.measures import Measure, measure_text
from or_communities.services.workspace import Workspace
from tests.helpers import pdf_words, reads_in_order

ROOT = Path(__file__).resolve().parents[2]


def _report(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "or_communities", "report", *arguments], capture_output=True, text=True, cwd=ROOT, timeout=180
    )


def _pages(path: Path) -> int:
    pdfinfo = shutil.which("pdfinfo")
    assert pdfinfo
    info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="module")
def written(demo_template: Path, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("report")
    city = folder / "city.orcity"
    shutil.copyfile(demo_template, city)
    out = folder / "דוח.pdf"
    result = _report(str(city), str(out))
    assert result.returncode == 0, result.stderr
    return city, out


def test_the_report_has_the_citys_measures_and_a_page_per_neighborhood(written):
    """Two pages for the city (measures and stage chart, the budget chart), then one per neighborhood, each headed by
    its name; the title and the summary read in logical Hebrew order."""
    city, out = written
    workspace = Workspace.open(city)
    try:
        board = workspace.dashboard.dashboard()
    finally:
        workspace.close()
    words = pdf_words(out)
    assert reads_in_order(words, f"דוח מדדי הצלחה — {board.city.name}")
    counts = board.stage_counts()
    assert reads_in_order(words, f"בעיר {len(board.neighborhoods)} שכונות")
    assert sum(counts.values()) == len(board.neighborhoods)
    assert reads_in_order(words, f"ניצול התקציב {measure_text(Measure.BUDGET_USED, board.city.values[Measure.BUDGET_USED])}")
    assert _pages(out) >= len(board.neighborhoods) + 1
    for row in board.neighborhoods:
        assert reads_in_order(words, row.name)


def test_one_neighborhoods_report_has_its_page_only(written, tmp_path):
    """--neighborhood keeps the city's summary and that neighborhood's page, no other's."""
    city, whole = written
    out = tmp_path / "one.pdf"
    result = _report(str(city), str(out), "--neighborhood", "רובע 5")
    assert result.returncode == 0, result.stderr
    words = pdf_words(out)
    assert reads_in_order(words, "רובע 5") and _pages(out) < _pages(whole)


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (("out.txt",), "written as .pdf or .docx"),
        (("out.pdf", "--neighborhood", "אין כזו"), "no neighborhood named"),
        (("out.pdf", "--year", "1900"), "1900"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(written, tmp_path, arguments, said):
    """A wrong format, neighborhood or year exits 1 with one line and no file."""
    city, _out = written
    out_name, *rest = arguments
    result = _report(str(city), str(tmp_path / out_name), *rest)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and said in result.stderr
    assert not (tmp_path / out_name).exists()


def test_the_managers_own_metrics_are_in_the_report(demo_template, tmp_path):
    """A metric of the city's and one of a neighborhood's are in the report, each with its latest value."""
    import datetime as dt

    from or_communities.domain.custom_metrics import CustomMetric, MetricReading
    from or_communities.services.report import build_report

    city = tmp_path / "city.orcity"
    shutil.copyfile(demo_template, city)
    workspace = Workspace.open(city)
    try:
        hood = workspace.neighborhoods.list()[0]
        city_metric = workspace.dashboard.add_metric(CustomMetric(None, "שביעות רצון מהשירות", "אחוז", 80.0))
        workspace.dashboard.add_reading(MetricReading(None, city_metric.id, dt.date(2026, 5, 1), 72.5))
        workspace.dashboard.add_metric(CustomMetric(None, "שעות התנדבות", "שעות", 100.0, hood.id))
        text = build_report(workspace, "he").text()
    finally:
        workspace.close()
    assert "שביעות רצון מהשירות | אחוז | 72.5 | 80 | קרוב ליעד" in text
    assert "שעות התנדבות | שעות | — | 100 | —" in text
