"""What the map tests read off a drawn map page: the same scripts in QtWebEngine (the app) and headless Chromium (the file).

Each constant is a JavaScript expression whose value is plain JSON; the functions judge what it gave back.
"""

from __future__ import annotations

import json

from or_communities.maps.leaflet_page import MapArea
from tests.geodata import shared_geodata

MULTICITY = "israel-neighborhoods-multicity-wgs84/neighborhoods.geojson"
TLV = "tlv-neighborhoods-wgs84/neighborhoods.geojson"
TLV_BOUNDARY = "municipal-boundaries-wgs84/tel_aviv_yafo.geojson"
AREA_COLORS = ("#66bb6a", "#42a5f5", "#ffa726", "#ab47bc")

# [left, top, right, bottom] of every area name in the page.
LABEL_BOXES = (
    "Array.from(document.querySelectorAll('.orc-label'))"
    ".map(e => (r => [r.left, r.top, r.right, r.bottom])(e.getBoundingClientRect()))"
)
LABELLED_AREAS = "window.orMap.labelledAreas()"
# [layer key, name as shown, the dot's computed colour] of each point layer's line in the key, top to bottom.
KEY_POINT_LINES = (
    "Array.from(document.querySelectorAll('.orc-legend .orc-key-point')).map(line => [line.dataset.layer,"
    " line.querySelector('.orc-key-label').textContent, getComputedStyle(line.querySelector('.orc-dot')).backgroundColor,"
    " line.classList.contains('orc-key-off')])"
)
# The open popup: its title's alignment and direction, and where title, content and close button sit.
POPUP_LAYOUT = """(() => {
  const box = (element) => { const r = element.getBoundingClientRect(); return [r.left, r.right]; };
  const title = document.querySelector('.leaflet-popup .orc-popup b');
  return {align: getComputedStyle(title).textAlign, direction: getComputedStyle(title.parentElement).direction,
          title: box(title), content: box(document.querySelector('.leaflet-popup .orc-popup')),
          close: box(document.querySelector('.leaflet-popup-close-button'))};
})()"""
# [checkbox left, checkbox right, name left, name right] of each line of the layer control.
LAYER_CONTROL_LINES = (
    "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label')).map(label =>"
    " [label.querySelector('input').getBoundingClientRect(), label.querySelector('span span').getBoundingClientRect()])"
    ".map(([box, name]) => [box.left, box.right, name.left, name.right])"
)
SHOWN_BOUNDS = "window.orMap.shownBounds()"


def intersecting_pairs(boxes: list[list[float]]) -> list[tuple[int, int]]:
    """The index pairs of boxes (left, top, right, bottom) whose insides overlap; touching edges do not count."""
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1:], start=i + 1)
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]


def css_rgb(hex_color: str) -> str:
    """'#1f6fb2' as a browser computes it: 'rgb(31, 111, 178)'."""
    red, green, blue = (int(hex_color[index:index + 2], 16) for index in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def multicity_areas() -> tuple[MapArea, ...]:
    """The 1,179 neighborhoods of many cities, each named by its city and neighborhood as the file does."""
    features = json.loads(shared_geodata(MULTICITY).read_text(encoding="utf-8"))["results"]["features"]
    return tuple(
        MapArea(key=f"m{index}", name=str(feature["properties"]["areaId"]), geometry=feature["geometry"],
                color=AREA_COLORS[index % len(AREA_COLORS)], tooltip=str(feature["properties"]["areaId"]))
        for index, feature in enumerate(features)
    )


def multicity_city_keys(city: str) -> list[str]:
    """The keys multicity_areas gives the neighborhoods of ``city``."""
    features = json.loads(shared_geodata(MULTICITY).read_text(encoding="utf-8"))["results"]["features"]
    return [f"m{index}" for index, feature in enumerate(features) if feature["properties"]["cityAreaId"] == city]


def tlv_areas() -> tuple[MapArea, ...]:
    """Tel Aviv-Yafo's 71 neighborhoods, with their Hebrew names."""
    features = json.loads(shared_geodata(TLV).read_text(encoding="utf-8"))["features"]
    return tuple(
        MapArea(key=f"n{index}", name=feature["properties"]["neighborhood"], geometry=feature["geometry"],
                color=AREA_COLORS[index % len(AREA_COLORS)], tooltip=feature["properties"]["neighborhood"],
                popup_rows=(("תושבים", str(1000 + index)),))
        for index, feature in enumerate(features)
    )


def tlv_boundary() -> dict:
    """Tel Aviv-Yafo's municipal boundary as one GeoJSON geometry."""
    return json.loads(shared_geodata(TLV_BOUNDARY).read_text(encoding="utf-8"))["features"][0]["geometry"]


def geometry_bounds(geometry: dict) -> tuple[float, float, float, float]:
    """West, south, east, north of a GeoJSON geometry."""
    from shapely.geometry import shape

    return shape(geometry).bounds


def fit_ratio(shown: list[float], city: tuple[float, float, float, float]) -> float:
    """How many times the city's span the view is, along the side the city fills (1 is a perfect fit)."""
    return min((shown[2] - shown[0]) / (city[2] - city[0]), (shown[3] - shown[1]) / (city[3] - city[1]))


def contains(shown: list[float], city: tuple[float, float, float, float], tolerance: float = 1e-6) -> bool:
    """Whether the view (west, south, east, north) holds the whole of the city's bounds."""
    return (shown[0] <= city[0] + tolerance and shown[1] <= city[1] + tolerance
            and shown[2] >= city[2] - tolerance and shown[3] >= city[3] - tolerance)
