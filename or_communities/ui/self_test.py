"""`or-communities --self-test`: proves, wherever the app is installed (a source checkout, a wheel, the built app),
that the parts it cannot work without are there and work together — each step prints one line, and the run exits
0 only when every step passed. Offscreen: it needs no display, and it writes only in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

MAP_TIMEOUT_MS = 60_000


@dataclass
class _Run:
    folder: Path
    notes: dict[str, object] = field(default_factory=dict)

    @property
    def demo(self) -> Path:
        return self.folder / "demo.orcity"


def run_self_test(say: Callable[[str], None] = print) -> int:
    """Run every step in order; stop at the first that fails, naming it. 0 when all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
        # Chromium's sandbox refuses to run as root (containers, CI); the self-test loads only its own pages.
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{os.environ.get('QTWEBENGINE_CHROMIUM_FLAGS', '')} --no-sandbox".strip()
    with tempfile.TemporaryDirectory(prefix="or-communities-self-test-") as folder:
        run = _Run(Path(folder))
        for name, step in STEPS:
            try:
                detail = step(run)
            except Exception as error:  # noqa: BLE001 - a self-test reports any failure as its step's
                say(f"FAILED  {name}: {type(error).__name__}: {error}")
                return 1
            say(f"ok      {name}: {detail}")
    say("self-test passed")
    return 0


def _demo_workspace(run: _Run) -> str:
    from ..services.demo import write_demo_workspace
    from ..services.workspace import Workspace

    write_demo_workspace(run.demo).close()
    workspace = Workspace.open(run.demo)
    try:
        neighborhoods = workspace.neighborhoods.list()
        people = len(workspace.people.list())
    finally:
        workspace.close()
    if not neighborhoods or not all(n.has_boundary for n in neighborhoods):
        raise AssertionError("the demo city has no neighborhoods with boundaries")
    run.notes["neighborhoods"] = len(neighborhoods)
    return f"{len(neighborhoods)} neighborhoods, {people} people, translations in {_translations()}"


def _translations() -> str:
    from ..paths import translations_dir

    found = sorted(path.name for path in translations_dir().glob("*.qm"))
    if not found:
        raise AssertionError(f"no translations in {translations_dir()}")
    return ", ".join(found)


def _geopackage(run: _Run) -> str:
    return _export_and_read(run, "EPSG:4326")


def _itm(run: _Run) -> str:
    return _export_and_read(run, "EPSG:2039")


def _export_and_read(run: _Run, crs: str) -> str:
    from ..maps.geodata_files import read_geodata
    from ..services.workspace import Workspace

    path = run.folder / f"map-{crs.split(':')[1]}.gpkg"
    workspace = Workspace.open(run.demo)
    try:
        workspace.maps.export_geopackage(path, crs=crs)
    finally:
        workspace.close()
    source = read_geodata(path, layer="neighborhoods")
    west, south, east, north = source.data.total_bounds
    if len(source.data) != run.notes["neighborhoods"] or not (34 < west < east < 36 and 29 < south < north < 34):
        raise AssertionError(f"read {len(source.data)} shapes within {source.data.total_bounds}")
    return f"{len(source.data)} neighborhoods read back from {source.source_crs}, in Israel in WGS 84"


def _cp1255_shapefile(run: _Run) -> str:
    import geopandas
    from shapely.geometry import box

    from ..maps.geodata_files import read_geodata

    names = ["העיר העתיקה", "שכונה ד׳"]
    frame = geopandas.GeoDataFrame({"name": names}, geometry=[box(34.78, 31.24, 34.79, 31.25), box(34.8, 31.25, 34.81, 31.26)],
                                   crs="EPSG:4326")
    path = run.folder / "areas.shp"
    frame.to_file(path, engine="pyogrio", encoding="cp1255")
    path.with_suffix(".cpg").unlink(missing_ok=True)  # as municipal files come: no word of their encoding
    source = read_geodata(path)
    read = list(source.data["name"])
    if read != names:
        raise AssertionError(f"read {read!r}")
    return f"Hebrew names decoded from {source.encoding}"


def _map_page(run: _Run) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from ..services.map_pages import city_map
    from ..services.workspace import Workspace
    from .widgets.map_widget import MapWidget

    _application()
    workspace = Workspace.open(run.demo)
    try:
        content = city_map(workspace, "he")
    finally:
        workspace.close()
    widget = MapWidget()
    widget.resize(800, 600)
    drawn: list[int] = []
    loop = QEventLoop()

    def ready(count: int) -> None:
        drawn.append(count)
        loop.quit()

    widget.ready.connect(ready)
    QTimer.singleShot(MAP_TIMEOUT_MS, loop.quit)
    widget.show()
    widget.show_content(content)
    loop.exec()
    _dispose(widget)
    if not drawn or drawn[0] < int(str(run.notes["neighborhoods"])):
        raise AssertionError(f"the page drew {drawn[0] if drawn else 'nothing'} within {MAP_TIMEOUT_MS // 1000} s")
    return f"the web engine drew {drawn[0]} shapes"


def _excel(run: _Run) -> str:
    from openpyxl import load_workbook

    from ..services.plan_export import export_city_workbook
    from ..services.workspace import Workspace

    path = run.folder / "city.xlsx"
    workspace = Workspace.open(run.demo)
    try:
        export_city_workbook(workspace, path)
    finally:
        workspace.close()
    book = load_workbook(path)
    sheets = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
    right_to_left = all(sheet.sheet_view.rightToLeft for sheet in sheets)
    if not sheets or not right_to_left:
        raise AssertionError(f"sheets {[sheet.title for sheet in sheets]}, right to left: {right_to_left}")
    return f"{len(sheets)} right-to-left sheets read back"


def _pdf(run: _Run) -> str:
    from ..services.documents import write_document
    from ..services.report import build_report
    from ..services.workspace import Workspace
    from .document_engine import WebEngineDocumentEngine

    _application()
    path = run.folder / "report.pdf"
    workspace = Workspace.open(run.demo)
    try:
        write_document(build_report(workspace, "he"), path, WebEngineDocumentEngine())
    finally:
        workspace.close()
    data = path.read_bytes()
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page")
    if not data.startswith(b"%PDF") or len(data) < 10_000:
        raise AssertionError(f"{len(data)} bytes")
    return f"the report printed, {len(data) // 1024} kB" + (f", {pages} pages" if pages else "")


def _dispose(widget: QWidget) -> None:
    """Delete a widget that holds a web page now, while the engine runs: a page left for the end crashes it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _application() -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from .web_engine_start import prepare_web_engine

    if QApplication.instance() is None:
        prepare_web_engine()
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        QApplication(sys.argv[:1])


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("demo workspace", _demo_workspace),
    ("GeoPackage", _geopackage),
    ("EPSG:2039", _itm),
    ("cp1255 shapefile", _cp1255_shapefile),
    ("map page", _map_page),
    ("Excel", _excel),
    ("PDF", _pdf),
)
"""The steps, in order, each with the name its line gives it."""
