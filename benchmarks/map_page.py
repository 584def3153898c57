"""Map page benchmark: our page against a naive folium page of the same data, in one process.

    python benchmarks/map_page.py [--runs N]      prints one JSON object

Data: the 1,179 neighborhoods of israel-neighborhoods-multicity-wgs84 (its FeatureCollection sits
in a non-standard top-level "results" object) and 10,000 random points with Hebrew names inside
them. Each run builds the page in Python and loads it in a QWebEngineView (offscreen, served
through orc:// the same way) until every shape is drawn; medians over the runs, alternating.
Then, with every layer on, the map is panned one step per animation frame (``panBy`` without
animation, a full redraw each time): ``*_pan_ms`` is the median frame, ``*_pan_redraw_ms`` the
median pan call. The naive page pans slowly, so it is panned in the first run only.
Target: ours at most 0.5x the naive page, page at most 3 MB, panning at screen rate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from or_communities.ui.widgets.map_widget import MapWidget

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.geodata import missing_shared_geodata, shared_geodata_path

NEIGHBORHOODS_FILE = "israel-neighborhoods-multicity-wgs84/neighborhoods.geojson"
NEIGHBORHOODS = shared_geodata_path(NEIGHBORHOODS_FILE)
POINT_COUNT = 10_000
COLORS = ("#66bb6a", "#42a5f5", "#ffa726", "#ab47bc", "#ef5350")
HEBREW_WORDS = ("מרכז", "קהילתי", "גן", "שכונה", "בית", "ספר", "מועדון", "נוער", "קשישים", "ספרייה")


def missing_data() -> str | None:
    """Why this measure cannot run (the shared geodata it reads is missing), or None."""
    return None if NEIGHBORHOODS.exists() else missing_shared_geodata(NEIGHBORHOODS_FILE)


def measure_map_page(runs: int) -> dict:
    """Run the benchmark in a fresh process; {ours_seconds, naive_seconds, ours_bytes, naive_bytes, ours_drawn,
    naive_drawn, ours_pan_ms, naive_pan_ms, ours_pan_redraw_ms, naive_pan_redraw_ms}."""
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        environment.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--runs", str(runs)], check=True,
                          env=environment, cwd=ROOT, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _features() -> list[dict]:
    collection = json.loads(NEIGHBORHOODS.read_text(encoding="utf-8"))
    return collection.get("results", collection)["features"]


def _random_points(features: list[dict]) -> list[tuple[str, float, float]]:
    from shapely.geometry import Point, shape

    chooser = random.Random(2039)
    shapes = [shape(feature["geometry"]) for feature in features]
    points: list[tuple[str, float, float]] = []
    while len(points) < POINT_COUNT:
        area = chooser.choice(shapes)
        west, south, east, north = area.bounds
        longitude, latitude = chooser.uniform(west, east), chooser.uniform(south, north)
        if area.contains(Point(longitude, latitude)):
            name = f"{chooser.choice(HEBREW_WORDS)} {chooser.choice(HEBREW_WORDS)} {len(points)}"
            points.append((name, longitude, latitude))
    return points


def _area_name(feature: dict, index: int) -> str:
    return str(feature["properties"].get("areaId") or index)


def build_ours(features: list[dict], points: list[tuple[str, float, float]]) -> str:
    from or_communities.maps.leaflet_page import (
        LegendEntry,
        MapArea,
        MapContent,
        MapPoint,
        PointLayer,
        build_map_page,
    )

    areas = tuple(
        MapArea(key=str(index), name=_area_name(feature, index), geometry=feature["geometry"],
                color=COLORS[index % len(COLORS)], tooltip=_area_name(feature, index))
        for index, feature in enumerate(features)
    )
    layer = PointLayer(key="points", title="נקודות", color="#e53935", points=tuple(
        MapPoint(key=str(index), name=name, longitude=longitude, latitude=latitude)
        for index, (name, longitude, latitude) in enumerate(points)
    ))
    content = MapContent(title="שכונות", right_to_left=True, areas=areas, legend_title="מקרא",
                         legend=tuple(LegendEntry(color, color) for color in COLORS), point_layers=(layer,))
    return build_map_page(content, standalone=False)


def build_naive(features: list[dict], points: list[tuple[str, float, float]]) -> str:
    """What folium gives when used plainly: one GeoJson with a GeoJsonTooltip, one GeoJson of circle markers."""
    import folium

    from or_communities.maps.leaflet_page import static_url

    fmap = folium.Map(location=[31.8, 35.0], zoom_start=8, tiles=None)
    fmap.default_js = [("leaflet", static_url("leaflet", "leaflet.js")), ("jquery", static_url("jquery", "jquery.min.js"))]
    fmap.default_css = [("leaflet_css", static_url("leaflet", "leaflet.css"))]
    named = [
        {"type": "Feature", "properties": {"name": _area_name(feature, index)}, "geometry": feature["geometry"]}
        for index, feature in enumerate(features)
    ]
    folium.GeoJson({"type": "FeatureCollection", "features": named},
                   tooltip=folium.GeoJsonTooltip(fields=["name"])).add_to(fmap)
    point_features = [
        {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Point", "coordinates": [longitude, latitude]}}
        for name, longitude, latitude in points
    ]
    folium.GeoJson({"type": "FeatureCollection", "features": point_features},
                   marker=folium.CircleMarker(radius=4, fill=True)).add_to(fmap)
    fmap.fit_bounds([[29.5, 34.2], [33.3, 35.9]])
    return fmap.get_root().render()


OURS_DRAWN = "window.orMap ? window.orMap.drawnShapeCount() : 0"
NAIVE_DRAWN = "document.querySelectorAll('path.leaflet-interactive').length"
PAN_STEPS = 40
PAN_STEP_PIXELS = 40

# Pans the map (found by its folium name, map_...) once per animation frame around a circle, with
# every layer on: each step is a full redraw. Leaves the median time of the pan call itself
# (the redraw work) and of the frame it belongs to (redraw, paint and the wait for the next frame).
PAN_SCRIPT = """
(function () {
  var map = Object.keys(window).filter(function (key) { return key.indexOf('map_') === 0; })
    .map(function (key) { return window[key]; }).filter(function (value) { return value instanceof L.Map; })[0];
  var redraws = [], frames = [], step = 0, previous = null;
  function median(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; }), middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
  function frame(now) {
    if (previous !== null) { frames.push(now - previous); }
    previous = now;
    if (step === STEPS) {
      window.orcPanResult = JSON.stringify({redraw: median(redraws), frame: median(frames)});
      return;
    }
    var angle = 2 * Math.PI * step / STEPS, started = performance.now();
    map.panBy([Math.round(PIXELS * Math.cos(angle)), Math.round(PIXELS * Math.sin(angle))], {animate: false});
    redraws.push(performance.now() - started);
    step += 1;
    requestAnimationFrame(frame);
  }
  window.orcPanResult = null;
  requestAnimationFrame(frame);
  return true;
})()
""".replace("STEPS", str(PAN_STEPS)).replace("PIXELS", str(PAN_STEP_PIXELS))


@dataclass(frozen=True)
class Load:
    seconds: float
    page_bytes: int
    drawn: int
    pan_frame_ms: float | None = None  # median frame while panning with every layer on
    pan_redraw_ms: float | None = None  # median time of the pan call (the redraw) in those frames


def _wait(milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _evaluate(widget: MapWidget, script: str) -> Any:
    results: list = []
    widget.page().runJavaScript(script, 0, results.append)
    while not results:
        _wait(2)
    return results[0]


def _measure_pan(widget: MapWidget) -> tuple[float, float]:
    """(median frame ms, median redraw ms) while the map is panned one step per frame."""
    _evaluate(widget, PAN_SCRIPT)
    deadline = time.perf_counter() + 300
    while time.perf_counter() < deadline:
        found = _evaluate(widget, "window.orcPanResult")
        if found:
            result = json.loads(found)
            return result["frame"], result["redraw"]
        _wait(50)
    raise TimeoutError("the pan did not finish")


def _timed_load(build: Callable[[], str], drawn_script: str, expected: int, *, pan: bool = False) -> Load:
    from or_communities.ui.widgets.map_widget import MapWidget

    widget = MapWidget()
    widget.resize(1200, 800)
    widget.show()
    start = time.perf_counter()
    page = build()
    widget.load_page_html(page)
    drawn = 0
    while drawn < expected and time.perf_counter() - start < 120:
        _wait(10)
        drawn = int(_evaluate(widget, drawn_script) or 0)
    elapsed = time.perf_counter() - start
    frame_ms, redraw_ms = _measure_pan(widget) if pan and drawn >= expected else (None, None)
    widget.close()
    widget.deleteLater()
    return Load(elapsed, len(page.encode("utf-8")), drawn, frame_ms, redraw_ms)


def _delete_closed_widgets(app: QApplication) -> None:
    """Delete the closed maps now: left to the interpreter's exit, their pages outlive their profiles and crash."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _median_of(loads: list[Load], field: str) -> float | None:
    values = [getattr(load, field) for load in loads if getattr(load, field) is not None]
    return statistics.median(values) if values else None


def run(runs: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    features = _features()
    points = _random_points(features)
    expected = len(features) + len(points)
    import folium  # noqa: F401 - imported once, outside the timings of both

    ours: list[Load] = []
    naive: list[Load] = []
    for index in range(runs):
        naive.append(_timed_load(lambda: build_naive(features, points), NAIVE_DRAWN, expected, pan=index == 0))
        ours.append(_timed_load(lambda: build_ours(features, points), OURS_DRAWN, expected, pan=True))
    _delete_closed_widgets(app)
    return {
        "ours_seconds": statistics.median(load.seconds for load in ours),
        "naive_seconds": statistics.median(load.seconds for load in naive),
        "ours_bytes": ours[-1].page_bytes,
        "naive_bytes": naive[-1].page_bytes,
        "ours_drawn": ours[-1].drawn,
        "naive_drawn": naive[-1].drawn,
        "ours_pan_ms": _median_of(ours, "pan_frame_ms"),
        "naive_pan_ms": _median_of(naive, "pan_frame_ms"),
        "ours_pan_redraw_ms": _median_of(ours, "pan_redraw_ms"),
        "naive_pan_redraw_ms": _median_of(naive, "pan_redraw_ms"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    options = parser.parse_args()
    missing = missing_data()
    if missing:
        print(f"map page not measured: {missing}", file=sys.stderr)
        return 0
    result = run(options.runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
