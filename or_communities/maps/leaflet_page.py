"""The Leaflet page that shows a city's areas and points, in the app or as one file to send.

The page is a folium map whose scripts and styles come from the installed XStatic
packages, never a CDN. All data goes in as one JSON block (not code) and is drawn
by a small script on Leaflet's canvas renderer: thousands of shapes stay fast. The
points of all point layers are one object on that canvas (PointCloud in the script),
not a marker each. That script and the page's styles are files in resources/map_page/,
inlined into every page. Every user-entered text is escaped here, in Python, before it
reaches the page.

folium is imported on first use, so importing this module stays cheap.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import re
from dataclasses import dataclass
from typing import Any

from or_communities import paths

APP_STATIC_URL = "orc://app/static"
COORDINATE_DECIMALS = 5  # about one metre; the caller simplifies in metres first
COORDINATE_SCALE = 10 ** COORDINATE_DECIMALS  # coordinates travel as integers of 1/COORDINATE_SCALE degree
ZOOM_SNAP = 0.25  # zoom levels in quarters, so the first view fits the city closely, not up to twice its size
ISRAEL_BOUNDS = (34.2, 29.4, 35.9, 33.4)  # west, south, east, north: shown when there is nothing to fit

_BIDI_CONTROLS = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
_SAFE_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9.,% ]{5,40}\)")
_FALLBACK_COLOR = "#8c8c8c"


@dataclass(frozen=True)
class MapArea:
    key: str
    name: str
    geometry: dict  # GeoJSON geometry, WGS84
    color: str
    tooltip: str
    popup_rows: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MapPoint:
    key: str
    name: str
    longitude: float
    latitude: float
    popup_rows: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PointLayer:
    key: str
    title: str
    color: str
    points: tuple[MapPoint, ...]
    visible: bool = True


@dataclass(frozen=True)
class LegendEntry:
    color: str
    label: str


@dataclass(frozen=True)
class TileSource:
    url_template: str
    attribution: str
    max_zoom: int = 19


@dataclass(frozen=True)
class MapContent:
    title: str
    right_to_left: bool
    areas: tuple[MapArea, ...]
    legend_title: str
    legend: tuple[LegendEntry, ...]
    point_layers: tuple[PointLayer, ...] = ()
    tiles: TileSource | None = None  # None: plain background, never blank
    city_boundary: dict | None = None
    area_layer_title: str = ""
    point_layers_title: str = ""  # heads the point layers' part of the key
    boundary_title: str = ""  # names the city boundary's dashed line in the key


# --- escaping -------------------------------------------------------------------------------

# Every character escape_text changes; text without any (most names) is returned as it is.
_NEEDS_ESCAPE = re.compile("[&<>\"'`$\\\\" + "".join(_BIDI_CONTROLS) + "]")


def escape_text(text: str) -> str:
    """User text made safe for innerHTML, JavaScript strings and templates, bidi controls shown as codes."""
    text = str(text)
    if not _NEEDS_ESCAPE.search(text):
        return text
    escaped = html.escape(text, quote=True)
    escaped = escaped.replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")
    for control in _BIDI_CONTROLS:
        if control in escaped:
            escaped = escaped.replace(control, f"[U+{ord(control):04X}]")
    return escaped


def safe_color(color: str) -> str:
    """A CSS colour as given when it is a plain one, otherwise a neutral grey."""
    return color if _SAFE_COLOR.fullmatch(color or "") else _FALLBACK_COLOR


def json_for_script_block(value: Any) -> str:
    """JSON that cannot close its <script> block or open an HTML comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


# --- geometry -------------------------------------------------------------------------------
# Coordinates travel as whole numbers of 1/COORDINATE_SCALE degree: integers are written and
# read much faster than decimals, and are shorter. A ring is flat: [x0, y0, x1, y1, ...].


def scaled(degrees: float) -> int:
    return round(degrees * COORDINATE_SCALE)


def flat_ring(ring: list) -> list[int]:
    """A GeoJSON ring as flat scaled integers, without the closing vertex or the repeats that rounding made."""
    flat: list[int] = []
    previous_x = previous_y = None
    for vertex in ring:
        x, y = scaled(vertex[0]), scaled(vertex[1])
        if x != previous_x or y != previous_y:
            flat += (x, y)
            previous_x, previous_y = x, y
    if len(flat) > 2 and flat[0] == flat[-2] and flat[1] == flat[-1]:
        del flat[-2:]
    return flat


def compact_geometry(geometry: dict | None) -> dict | None:
    """A polygonal geometry with flat scaled rings (see flat_ring); None for anything else."""
    if not geometry:
        return None
    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": kind, "coordinates": [flat_ring(ring) for ring in geometry["coordinates"]]}
    if kind == "MultiPolygon":
        polygons = [[flat_ring(ring) for ring in polygon] for polygon in geometry["coordinates"]]
        return {"type": kind, "coordinates": polygons}
    return None


def _flat_rings(compact: dict) -> list[list[int]]:
    if compact["type"] == "Polygon":
        return compact["coordinates"]
    return [ring for polygon in compact["coordinates"] for ring in polygon]


def _bounds_of_flat_rings(rings: list[list[int]]) -> tuple[float, float, float, float] | None:
    rings = [ring for ring in rings if ring]
    if not rings:
        return None
    west = min(min(ring[0::2]) for ring in rings)
    east = max(max(ring[0::2]) for ring in rings)
    south = min(min(ring[1::2]) for ring in rings)
    north = max(max(ring[1::2]) for ring in rings)
    return west / COORDINATE_SCALE, south / COORDINATE_SCALE, east / COORDINATE_SCALE, north / COORDINATE_SCALE


def _shown_bounds(area_geometries: list[dict], boundary: dict | None,
                  point_layers: tuple[PointLayer, ...]) -> tuple[float, float, float, float]:
    """West, south, east, north of what the map shows first: the city's boundary, else the areas, else the points."""
    if boundary:
        found = _bounds_of_flat_rings(_flat_rings(boundary))
    else:
        found = _bounds_of_flat_rings([ring for geometry in area_geometries for ring in _flat_rings(geometry)])
    if found is None:
        points = [point for layer in point_layers for point in layer.points]
        if not points:
            return ISRAEL_BOUNDS
        longitudes = [point.longitude for point in points]
        latitudes = [point.latitude for point in points]
        found = min(longitudes), min(latitudes), max(longitudes), max(latitudes)
    return found


# --- the data block -------------------------------------------------------------------------


def _rows(rows: tuple[tuple[str, str], ...]) -> list[list[str]]:
    return [[escape_text(label), escape_text(value)] for label, value in rows]


def _area_record(area: MapArea) -> list | None:
    geometry = compact_geometry(area.geometry)
    if geometry is None:
        return None
    return [area.key, escape_text(area.name), safe_color(area.color), escape_text(area.tooltip),
            _rows(area.popup_rows), geometry]


def _point_layer_record(layer: PointLayer) -> dict:
    """A point layer in columns: keys, names, flat scaled coordinates and popup rows, index by index."""
    points = layer.points
    coordinates: list[int] = []
    for point in points:
        coordinates += (scaled(point.longitude), scaled(point.latitude))
    return {
        "key": layer.key, "title": escape_text(layer.title), "color": safe_color(layer.color),
        "visible": layer.visible,
        "keys": [point.key for point in points],
        "names": [escape_text(point.name) for point in points],
        "coordinates": coordinates,
        "rows": [_rows(point.popup_rows) if point.popup_rows else [] for point in points],
    }


def _tiles_record(tiles: TileSource | None, standalone: bool) -> dict | None:
    if tiles is None or (standalone and not tiles.url_template.startswith("https://")):
        return None  # a file sent to others cannot reach the app's own tile store
    return {"url": tiles.url_template, "attribution": escape_text(tiles.attribution), "maxZoom": tiles.max_zoom}


def page_data(content: MapContent, *, standalone: bool) -> dict:
    """Everything the page script draws, as plain JSON-able data with user text escaped."""
    areas = [record for record in map(_area_record, content.areas) if record is not None]
    boundary = compact_geometry(content.city_boundary) if content.city_boundary else None
    west, south, east, north = _shown_bounds([record[5] for record in areas], boundary, content.point_layers)
    rtl = content.right_to_left
    return {
        "rtl": rtl,
        "standalone": standalone,
        "bounds": [[south, west], [north, east]],
        "coordinateScale": COORDINATE_SCALE,
        "areaLayerTitle": escape_text(content.area_layer_title or content.legend_title),
        "legendTitle": escape_text(content.legend_title),
        "legend": [[safe_color(entry.color), escape_text(entry.label)] for entry in content.legend],
        "pointLayersTitle": escape_text(content.point_layers_title),
        "boundaryTitle": escape_text(content.boundary_title),
        "areas": areas,
        "pointLayers": [_point_layer_record(layer) for layer in content.point_layers],
        "tiles": _tiles_record(content.tiles, standalone),
        "boundary": boundary,
        "doneLabel": "✓ סיום" if rtl else "✓ Done",
    }


# --- assets ---------------------------------------------------------------------------------

# (package, file) pairs from the XStatic packages; the only scripts and styles the page uses.
SCRIPTS = (("leaflet", "leaflet.js"),)
STYLES = (("leaflet", "leaflet.css"),)
_CSS_IMAGE = re.compile(r"url\((['\"]?)(images/[A-Za-z0-9_.-]+\.png)\1\)")


def static_url(package: str, file_name: str) -> str:
    return f"{APP_STATIC_URL}/{package}/{file_name}"


def _static_text(package: str, file_name: str) -> str:
    return (paths.xstatic_dir(package) / file_name).read_text(encoding="utf-8")


def _css_with_inlined_images(package: str, css: str) -> str:
    def as_data_uri(match: re.Match[str]) -> str:
        data = (paths.xstatic_dir(package) / match.group(2)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return _CSS_IMAGE.sub(as_data_uri, css)


def _inline_script(code: str) -> str:
    return "<script>" + re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE) + "</script>"


@functools.lru_cache(maxsize=1)
def page_script() -> str:
    """The page's own script, resources/map_page/map_page.js; inlined in every page, in the app and in a file."""
    return (paths.map_page_dir() / "map_page.js").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def page_style() -> str:
    """The page's own styles, resources/map_page/map_page.css; inlined like the script."""
    return (paths.map_page_dir() / "map_page.css").read_text(encoding="utf-8")


def asset_tags(standalone: bool) -> list[str]:
    """The <link>/<script>/<style> tags for the page's libraries: URLs in the app, inlined in a file."""
    if not standalone:
        tags = [f'<link rel="stylesheet" href="{static_url(p, f)}"/>' for p, f in STYLES]
        tags += [f'<script src="{static_url(p, f)}"></script>' for p, f in SCRIPTS]
        tags.append('<script src="qrc:///qtwebchannel/qwebchannel.js"></script>')
        return tags
    tags = [f"<style>{_css_with_inlined_images(p, _static_text(p, f))}</style>" for p, f in STYLES]
    tags += [_inline_script(_static_text(p, f)) for p, f in SCRIPTS]
    return tags


# --- building the page ----------------------------------------------------------------------


def _raw_element_class() -> type:
    from branca.element import Element

    class RawHtml(Element):
        """Markup placed as is: folium renders macro output as a template again, which user data must never be."""

        def __init__(self, markup: str) -> None:
            super().__init__()
            self._markup = markup

        def render(self, **kwargs: Any) -> str:
            return self._markup

    return RawHtml


def _starter_class() -> type:
    from folium.elements import MacroElement
    from folium.template import Template

    class StartOrMap(MacroElement):
        """Hands the folium map and the JSON data block to the page script."""

        _template = Template(
            "{% macro script(this, kwargs) %}"
            "orcStartMap({{ this._parent.get_name() }}, "
            "JSON.parse(document.getElementById('orc-map-data').textContent));"
            "{% endmacro %}"
        )

    return StartOrMap


def build_map_page(content: MapContent, *, standalone: bool) -> str:
    """The HTML page of the map; with ``standalone`` one file that needs nothing else."""
    import folium
    from branca.element import Figure

    raw = _raw_element_class()
    data = page_data(content, standalone=standalone)
    (south, west), (north, east) = data["bounds"]
    fmap = folium.Map(
        location=[(south + north) / 2, (west + east) / 2], zoom_start=12, tiles=None,
        prefer_canvas=True, zoom_control=False, attribution_control=True, zoom_snap=ZOOM_SNAP,
    )
    fmap.default_js = []
    fmap.default_css = []
    figure = fmap.get_root()
    assert isinstance(figure, Figure)
    figure.header.add_child(raw(f"<title>{escape_text(content.title)}</title>"), name="orc_title")
    for index, tag in enumerate(asset_tags(standalone)):
        figure.header.add_child(raw(tag), name=f"orc_asset_{index}")
    figure.header.add_child(raw(f"<style>{page_style()}</style>"), name="orc_style")
    figure.header.add_child(raw(_inline_script(page_script())), name="orc_script")
    block = json_for_script_block(data)
    figure.html.add_child(raw(f'<script type="application/json" id="orc-map-data">{block}</script>'), name="orc_data")
    fmap.add_child(_starter_class()())
    return figure.render()
