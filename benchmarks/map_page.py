"""Map page benchmark: our page against a naive folium page of the same data, in one process.

    python benchmarks/map_page.py [--runs N]      prints one JSON object

Data: the 1,179 neighborhoods of israel-neighborhoods-multicity-wgs84 (its FeatureCollection sits
in a non-standard top-level "results" object) and 10,000 random points with Hebrew names inside
them. Each run builds the page in Python and loads it in a QWebEngineView (offscreen, served
through orc:// the same way) until every shape is drawn; medians over the runs, alternating.
Target: ours at most 0.5x the naive page, page at most 3 MB.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NEIGHBORHOODS = ROOT.parent / "shared" / "data" / "geo" / "israel-neighborhoods-multicity-wgs84" / "neighborhoods.geojson"
POINT_COUNT = 10_000
COLORS = ("#66bb6a", "#42a5f5", "#ffa726", "#ab47bc", "#ef5350")
HEBREW_WORDS = ("מרכז", "קהילתי", "גן", "שכונה", "בית", "ספר", "מועדון", "נוער", "קשישים", "ספרייה")


def measure_map_page(runs: int) -> dict:
    """Run the benchmark in a fresh process; {ours_seconds, naive_seconds, ours_bytes, naive_bytes, ours_drawn, naive_drawn}."""
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
        LegendEntry, MapArea, MapContent, MapPoint, PointLayer, build_map_page,
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


def _timed_load(build, drawn_script: str, expected: int) -> tuple[float, int, int]:
    from PySide6.QtCore import QEventLoop, QTimer

    from or_communities.ui.widgets.map_widget import MapWidget

    widget = MapWidget()
    widget.resize(1200, 800)
    widget.show()
    start = time.perf_counter()
    page = build()
    widget.load_page_html(page)
    drawn = 0
    while drawn < expected and time.perf_counter() - start < 120:
        results: list = []
        widget.page().runJavaScript(drawn_script, 0, results.append)
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
        while not results:
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()
        drawn = int(results[0] or 0)
    elapsed = time.perf_counter() - start
    widget.close()
    widget.deleteLater()
    return elapsed, len(page.encode("utf-8")), drawn


def run(runs: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    features = _features()
    points = _random_points(features)
    expected = len(features) + len(points)
    import folium  # noqa: F401 - imported once, outside the timings of both

    ours, naive = [], []
    for _ in range(runs):
        naive.append(_timed_load(lambda: build_naive(features, points), NAIVE_DRAWN, expected))
        ours.append(_timed_load(lambda: build_ours(features, points), OURS_DRAWN, expected))
    app.processEvents()
    return {
        "ours_seconds": statistics.median(r[0] for r in ours),
        "naive_seconds": statistics.median(r[0] for r in naive),
        "ours_bytes": ours[-1][1],
        "naive_bytes": naive[-1][1],
        "ours_drawn": ours[-1][2],
        "naive_drawn": naive[-1][2],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    result = run(parser.parse_args().runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
