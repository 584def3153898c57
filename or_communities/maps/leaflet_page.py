"""The Leaflet page that shows a city's areas and points, in the app or as one file to send.

The page is a folium map whose scripts and styles come from the installed XStatic
packages, never a CDN. All data goes in as one JSON block (not code) and is drawn
by a small script on Leaflet's canvas renderer: thousands of shapes stay fast.
Every user-entered text is escaped here, in Python, before it reaches the page.

folium is imported on first use, so importing this module stays cheap.
"""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass
from typing import Any

from or_communities import paths

APP_STATIC_URL = "orc://app/static"
COORDINATE_DECIMALS = 5  # about one metre; the caller simplifies in metres first
FEW_AREAS = 40  # up to this many areas, their names are always shown on the map
ISRAEL_BOUNDS = (34.2, 29.4, 35.9, 33.4)  # west, south, east, north: shown when there is nothing to fit

_BIDI_CONTROLS = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
_SAFE_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9.,% ]{5,40}\))$")
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


# --- escaping -------------------------------------------------------------------------------


def escape_text(text: str) -> str:
    """User text made safe for innerHTML, JavaScript strings and templates, bidi controls shown as codes."""
    escaped = html.escape(str(text), quote=True)
    escaped = escaped.replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")
    for control in _BIDI_CONTROLS:
        if control in escaped:
            escaped = escaped.replace(control, f"[U+{ord(control):04X}]")
    return escaped


def safe_color(color: str) -> str:
    """A CSS colour as given when it is a plain one, otherwise a neutral grey."""
    return color if _SAFE_COLOR.match(color or "") else _FALLBACK_COLOR


def json_for_script_block(value: Any) -> str:
    """JSON that cannot close its <script> block or open an HTML comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


# --- geometry -------------------------------------------------------------------------------


def round_coordinates(coordinates: Any, decimals: int = COORDINATE_DECIMALS) -> Any:
    """Nested GeoJSON coordinates rounded, repeated vertices that rounding created dropped."""
    if not coordinates:
        return coordinates
    first = coordinates[0]
    if isinstance(first, (int, float)):
        return [round(first, decimals), round(coordinates[1], decimals)]
    if isinstance(first[0], (int, float)):
        return _round_ring(coordinates, decimals)
    return [round_coordinates(part, decimals) for part in coordinates]


def _round_ring(ring: list, decimals: int) -> list:
    rounded: list[list[float]] = []
    previous = None
    for x, y, *_ in ring:
        point = (round(x, decimals), round(y, decimals))
        if point != previous:
            rounded.append([point[0], point[1]])
            previous = point
    return rounded


def compact_geometry(geometry: dict) -> dict | None:
    """A polygonal geometry with rounded coordinates; None for anything else."""
    kind = geometry.get("type") if geometry else None
    if kind not in ("Polygon", "MultiPolygon"):
        return None
    return {"type": kind, "coordinates": round_coordinates(geometry["coordinates"])}


def _rings(geometry: dict | None) -> list[list]:
    coordinates = (geometry or {}).get("coordinates") or []
    kind = (geometry or {}).get("type")
    if kind == "Polygon":
        return list(coordinates)
    if kind == "MultiPolygon":
        return [ring for polygon in coordinates for ring in polygon]
    return []


def content_bounds(content: MapContent) -> tuple[float, float, float, float]:
    """West, south, east, north of what the map shows first."""
    if content.areas:
        rings = [ring for area in content.areas for ring in _rings(area.geometry)]
    else:
        rings = _rings(content.city_boundary)
    xs: list[float] = []
    ys: list[float] = []
    for ring in rings:
        if ring:
            columns = list(zip(*ring))
            xs += (min(columns[0]), max(columns[0]))
            ys += (min(columns[1]), max(columns[1]))
    if not rings:
        points = [point for layer in content.point_layers for point in layer.points]
        xs = [point.longitude for point in points]
        ys = [point.latitude for point in points]
    if not xs:
        return ISRAEL_BOUNDS
    return min(xs), min(ys), max(xs), max(ys)


# --- the data block -------------------------------------------------------------------------


def _rows(rows: tuple[tuple[str, str], ...]) -> list[list[str]]:
    return [[escape_text(label), escape_text(value)] for label, value in rows]


def _area_record(area: MapArea) -> list | None:
    geometry = compact_geometry(area.geometry)
    if geometry is None:
        return None
    return [area.key, escape_text(area.name), safe_color(area.color), escape_text(area.tooltip),
            _rows(area.popup_rows), geometry]


def _point_record(point: MapPoint) -> list:
    return [point.key, escape_text(point.name), round(point.longitude, COORDINATE_DECIMALS),
            round(point.latitude, COORDINATE_DECIMALS), _rows(point.popup_rows)]


def _tiles_record(tiles: TileSource | None, standalone: bool) -> dict | None:
    if tiles is None or (standalone and not tiles.url_template.startswith("https://")):
        return None  # a file sent to others cannot reach the app's own tile store
    return {"url": tiles.url_template, "attribution": escape_text(tiles.attribution), "maxZoom": tiles.max_zoom}


def page_data(content: MapContent, *, standalone: bool,
              bounds: tuple[float, float, float, float] | None = None) -> dict:
    """Everything the page script draws, as plain JSON-able data with user text escaped."""
    west, south, east, north = bounds or content_bounds(content)
    rtl = content.right_to_left
    return {
        "rtl": rtl,
        "standalone": standalone,
        "bounds": [[south, west], [north, east]],
        "fewAreas": FEW_AREAS,
        "areaLayerTitle": escape_text(content.area_layer_title or content.legend_title),
        "legendTitle": escape_text(content.legend_title),
        "legend": [[safe_color(entry.color), escape_text(entry.label)] for entry in content.legend],
        "areas": [record for record in map(_area_record, content.areas) if record is not None],
        "pointLayers": [
            {"key": layer.key, "title": escape_text(layer.title), "color": safe_color(layer.color),
             "visible": layer.visible, "points": [_point_record(point) for point in layer.points]}
            for layer in content.point_layers
        ],
        "tiles": _tiles_record(content.tiles, standalone),
        "boundary": compact_geometry(content.city_boundary) if content.city_boundary else None,
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

    raw = _raw_element_class()
    west, south, east, north = content_bounds(content)
    fmap = folium.Map(
        location=[(south + north) / 2, (west + east) / 2], zoom_start=12, tiles=None,
        prefer_canvas=True, zoom_control=False, attribution_control=True,
    )
    fmap.default_js = []
    fmap.default_css = []
    figure = fmap.get_root()
    figure.header.add_child(raw(f"<title>{escape_text(content.title)}</title>"), name="orc_title")
    for index, tag in enumerate(asset_tags(standalone)):
        figure.header.add_child(raw(tag), name=f"orc_asset_{index}")
    figure.header.add_child(raw(f"<style>{PAGE_CSS}</style>"), name="orc_style")
    figure.header.add_child(raw(_inline_script(PAGE_SCRIPT)), name="orc_script")
    data = json_for_script_block(page_data(content, standalone=standalone, bounds=(west, south, east, north)))
    figure.html.add_child(raw(f'<script type="application/json" id="orc-map-data">{data}</script>'), name="orc_data")
    fmap.add_child(_starter_class()())
    return figure.render()


PAGE_CSS = """
.folium-map { background: #eef1f4; }
.orc-tip, .orc-popup, .orc-legend { font-family: "Noto Sans Hebrew", "Noto Sans", Arial, sans-serif; font-size: 13px; }
.orc-popup table { border-collapse: collapse; margin-top: 4px; }
.orc-popup td { padding: 1px 4px; vertical-align: top; }
.orc-popup td.orc-label-cell { color: #555; }
.orc-legend { background: rgba(255,255,255,0.92); padding: 6px 9px; border-radius: 5px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); line-height: 18px; max-height: 50vh; overflow-y: auto; }
.orc-legend-title { font-weight: bold; margin-bottom: 3px; }
.orc-swatch { display: inline-block; width: 14px; height: 14px; margin: 0 4px; vertical-align: -2px;
  border: 1px solid #555; }
.leaflet-tooltip.orc-label { background: transparent; border: none; box-shadow: none; padding: 0;
  font-size: 12px; font-weight: bold; color: #222; text-shadow: 0 0 3px #fff, 0 0 3px #fff; }
.leaflet-tooltip.orc-label:before { display: none; }
.orc-handle { background: #fff; border: 2px solid #1565c0; border-radius: 50%; }
.orc-done { background: #1565c0; color: #fff; border: none; padding: 6px 12px; font-size: 14px;
  border-radius: 4px; cursor: pointer; }
"""

# The page script. It only ever puts text into the page that Python escaped already, and only
# through innerHTML of elements it created itself; data arrive as JSON, never as code.
PAGE_SCRIPT = r"""
(function () {
  'use strict';
  var bridge = null, pendingCalls = [], inQt = (typeof qt !== 'undefined');

  function callPython(name, args) {
    if (!inQt) { return; }
    if (bridge) { bridge[name].apply(bridge, args); } else { pendingCalls.push([name, args]); }
  }

  function connectBridge() {
    if (!inQt || typeof QWebChannel === 'undefined') { return; }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      pendingCalls.forEach(function (call) { bridge[call[0]].apply(bridge, call[1]); });
      pendingCalls = [];
    });
  }

  // Creates an element holding text that Python has already escaped.
  // dir="auto" on each text lets a Latin name read left to right inside a right-to-left box.
  function escapedElement(tag, className, escapedHtml, dir) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    element.setAttribute('dir', dir || 'auto');
    element.innerHTML = escapedHtml;
    return element;
  }

  function popupContent(escapedName, rows, dir) {
    var box = escapedElement('div', 'orc-popup', '', dir);
    box.appendChild(escapedElement('b', '', escapedName));
    if (rows.length) {
      var table = document.createElement('table');
      rows.forEach(function (row) {
        var tr = document.createElement('tr');
        tr.appendChild(escapedElement('td', 'orc-label-cell', row[0]));
        tr.appendChild(escapedElement('td', '', row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    return box;
  }

  function roundedLatLngs(latlngs) {
    return latlngs.map(function (p) { return [+p.lng.toFixed(6), +p.lat.toFixed(6)]; });
  }

  window.orcStartMap = function (map, data) {
    var dir = data.rtl ? 'rtl' : 'ltr';
    var near = data.rtl ? 'right' : 'left', far = data.rtl ? 'left' : 'right';
    var renderer = L.canvas({padding: 0.1, tolerance: 4});
    var areaStyle = {renderer: renderer, color: '#444', weight: 1, opacity: 0.9, fillOpacity: 0.45};
    var selectedStyle = {color: '#111', weight: 4, opacity: 1, fillOpacity: 0.6};
    var areasByKey = {}, areaGroup = L.featureGroup(), pointGroups = {}, labelGroup = L.layerGroup();
    var pointCount = 0, firstDrawDone = false, selectedKey = null, tool = null;
    var sharedTip = L.tooltip({direction: 'top', offset: [0, -6], className: 'orc-tip'});
    var sharedPopup = L.popup({maxWidth: 320});

    L.control.zoom({position: 'top' + far}).addTo(map);
    map.attributionControl.setPrefix('Leaflet');
    // A hidden view has no size, and fitting bounds into nothing gives NaN: fit once it has one.
    function fitWhenSized(bounds) {
      var size = map.getSize();
      if (size.x > 0 && size.y > 0) { map.fitBounds(bounds, {padding: [8, 8], animate: false}); return; }
      map.once('resize', function () { fitWhenSized(bounds); });
    }
    fitWhenSized(data.bounds);

    if (data.tiles) {
      L.tileLayer(data.tiles.url, {attribution: data.tiles.attribution, maxZoom: data.tiles.maxZoom}).addTo(map);
    }
    if (data.boundary) {
      L.geoJSON(data.boundary, {renderer: renderer, interactive: false,
        style: {color: '#333', weight: 2, dashArray: '6 4', fill: false}}).addTo(map);
    }

    function showTip(event, escapedText) {
      if (tool) { return; }
      sharedTip.setContent(escapedElement('div', '', escapedText, dir)).setLatLng(event.latlng);
      if (!map.hasLayer(sharedTip)) { sharedTip.addTo(map); }
    }
    function moveTip(event) { if (map.hasLayer(sharedTip)) { sharedTip.setLatLng(event.latlng); } }
    function hideTip() { map.closeTooltip(sharedTip); }
    function openPopup(latlng, escapedName, rows) {
      sharedPopup.setLatLng(latlng).setContent(popupContent(escapedName, rows, dir)).openOn(map);
    }

    data.areas.forEach(function (record) {
      var geometry = record[5];
      var depth = geometry.type === 'Polygon' ? 1 : 2;
      var layer = L.polygon(L.GeoJSON.coordsToLatLngs(geometry.coordinates, depth),
        L.extend({fillColor: record[2]}, areaStyle));
      layer.orcArea = record;
      areasByKey[record[0]] = layer;
      areaGroup.addLayer(layer);
    });
    areaGroup.on('mouseover', function (e) { showTip(e, e.layer.orcArea[3]); });
    areaGroup.on('mousemove', moveTip);
    areaGroup.on('mouseout', hideTip);
    areaGroup.on('click', function (e) {
      if (tool) { return; }  // the map's own click handler serves the tool
      L.DomEvent.stopPropagation(e);
      var record = e.layer.orcArea;
      if (record[4].length || data.standalone) { openPopup(e.latlng, record[1], record[4]); }
      callPython('areaClicked', [record[0]]);
    });
    areaGroup.addTo(map);

    data.pointLayers.forEach(function (pointLayer) {
      var group = L.featureGroup();
      var style = {renderer: renderer, radius: 5, color: '#fff', weight: 1, fillColor: pointLayer.color, fillOpacity: 0.95};
      pointLayer.points.forEach(function (record) {
        var marker = L.circleMarker([record[3], record[2]], style);
        marker.orcPoint = record;
        group.addLayer(marker);
      });
      group.on('mouseover', function (e) { showTip(e, e.layer.orcPoint[1]); });
      group.on('mouseout', hideTip);
      group.on('click', function (e) {
        if (tool) { return; }
        L.DomEvent.stopPropagation(e);
        var record = e.layer.orcPoint;
        openPopup(e.layer.getLatLng(), record[1], record[4]);
        callPython('pointClicked', [record[0]]);
      });
      pointGroups[pointLayer.key] = group;
      pointCount += pointLayer.points.length;
      if (pointLayer.visible) { group.addTo(map); }
    });

    // Names on the map: always for a few areas, otherwise only those in view once zoomed in.
    function refreshLabels() {
      labelGroup.clearLayers();
      if (!map.hasLayer(areaGroup)) { return; }
      var all = data.areas.length <= data.fewAreas;
      if (!all && map.getZoom() < 14) { return; }
      var view = map.getBounds(), shown = 0;
      for (var key in areasByKey) {
        var layer = areasByKey[key];
        if (!all && (!view.intersects(layer.getBounds()) || ++shown > 200)) { continue; }
        labelGroup.addLayer(L.tooltip({permanent: true, direction: 'center', className: 'orc-label',
          interactive: false}).setLatLng(layer.getCenter()).setContent(escapedElement('span', '', layer.orcArea[1], dir)));
      }
    }
    labelGroup.addTo(map);
    map.on('moveend', refreshLabels);
    map.on('overlayadd overlayremove', refreshLabels);
    refreshLabels();

    if (data.legend.length || data.legendTitle) {
      var legend = L.control({position: 'bottom' + near});
      legend.onAdd = function () {
        var box = escapedElement('div', 'orc-legend', '', dir);
        if (data.legendTitle) { box.appendChild(escapedElement('div', 'orc-legend-title', data.legendTitle)); }
        data.legend.forEach(function (entry) {
          var line = document.createElement('div');
          var swatch = document.createElement('span');
          swatch.className = 'orc-swatch';
          swatch.style.background = entry[0];
          line.appendChild(swatch);
          line.appendChild(escapedElement('span', '', entry[1]));
          box.appendChild(line);
        });
        L.DomEvent.disableClickPropagation(box);
        return box;
      };
      legend.addTo(map);
    }

    if (data.standalone) {
      var overlays = {};
      overlays[data.areaLayerTitle || '&#9632;'] = areaGroup;
      data.pointLayers.forEach(function (pointLayer) { overlays[pointLayer.title] = pointGroups[pointLayer.key]; });
      L.control.layers(null, overlays, {position: 'top' + near, collapsed: false}).addTo(map);
    }

    // --- tools: drawing a polygon, editing one, placing a point ------------------------------------

    function toolCursor(on) {
      var container = map.getContainer();
      if (on) { L.DomUtil.addClass(container, 'leaflet-crosshair'); } else { L.DomUtil.removeClass(container, 'leaflet-crosshair'); }
    }

    function endTool() {
      if (!tool) { return; }
      var ending = tool;
      tool = null;
      ending.cleanup();
      toolCursor(false);
    }

    var draftGroup = L.layerGroup().addTo(map);

    function drawingTool() {
      var vertices = [];
      var outline = L.polyline([], {renderer: renderer, interactive: false, color: '#1565c0', weight: 2}).addTo(draftGroup);
      var guide = L.polyline([], {renderer: renderer, interactive: false, color: '#1565c0', weight: 1, dashArray: '4 4'}).addTo(draftGroup);
      var handles = L.layerGroup().addTo(draftGroup);
      map.doubleClickZoom.disable();

      function pixelDistance(a, b) { return map.latLngToContainerPoint(a).distanceTo(map.latLngToContainerPoint(b)); }
      function finish() {
        if (vertices.length < 3) { return; }
        var ring = roundedLatLngs(vertices);
        ring.push(ring[0]);
        var geometry = {type: 'Polygon', coordinates: [ring]};
        endTool();
        L.polygon(vertices, {renderer: renderer, interactive: false, color: '#1565c0', dashArray: '6 4', fillOpacity: 0.2}).addTo(draftGroup);
        api.lastDrawn = JSON.stringify(geometry);
        callPython('shapeDrawn', [api.lastDrawn]);
      }
      return {
        click: function (e) {
          if (vertices.length >= 3 && pixelDistance(e.latlng, vertices[0]) <= 10) { finish(); return; }
          if (vertices.length && pixelDistance(e.latlng, vertices[vertices.length - 1]) <= 3) { return; }
          vertices.push(e.latlng);
          outline.setLatLngs(vertices);
          L.circleMarker(e.latlng, {renderer: renderer, interactive: false, radius: vertices.length === 1 ? 7 : 4,
            color: '#1565c0', fillColor: '#fff', fillOpacity: 1, weight: 2}).addTo(handles);
        },
        dblclick: finish,
        move: function (e) {
          if (vertices.length) { guide.setLatLngs([vertices[vertices.length - 1], e.latlng]); }
        },
        enter: finish,
        cleanup: function () {
          draftGroup.removeLayer(outline); draftGroup.removeLayer(guide); draftGroup.removeLayer(handles);
          setTimeout(function () { map.doubleClickZoom.enable(); }, 0);
        }
      };
    }

    function copyLatLngs(latlngs) {
      return latlngs.map(function (item) { return Array.isArray(item) ? copyLatLngs(item) : L.latLng(item.lat, item.lng); });
    }

    function rings(latlngs) {
      return Array.isArray(latlngs[0]) ? [].concat.apply([], latlngs.map(rings)) : [latlngs];
    }

    function editingTool(key) {
      var layer = areasByKey[key];
      var original = copyLatLngs(layer.getLatLngs());
      var latlngs = layer.getLatLngs();
      var handles = L.layerGroup().addTo(map);
      layer.setStyle(selectedStyle).bringToFront();
      rings(latlngs).forEach(function (ring) {
        ring.forEach(function (vertex, index) {
          var handle = L.marker(vertex, {draggable: true, keyboard: false,
            icon: L.divIcon({className: 'orc-handle', iconSize: [12, 12]})}).addTo(handles);
          handle.on('drag', function () { ring[index] = handle.getLatLng(); layer.setLatLngs(latlngs); });
        });
      });
      var done = L.control({position: 'top' + near});
      done.onAdd = function () {
        var button = escapedElement('button', 'orc-done', data.doneLabel);
        button.type = 'button';
        L.DomEvent.disableClickPropagation(button);
        L.DomEvent.on(button, 'click', finish);
        return button;
      };
      done.addTo(map);
      var finished = false;
      function finish() {
        finished = true;
        var geometry = layer.toGeoJSON(6).geometry;
        endTool();
        api.lastEdited = JSON.stringify(geometry);
        callPython('shapeEdited', [key, api.lastEdited]);
      }
      return {
        click: function () {}, dblclick: function () {}, move: function () {}, enter: finish,
        cleanup: function () {
          map.removeLayer(handles);
          done.remove();
          if (!finished) { layer.setLatLngs(original); }
          layer.setStyle(key === selectedKey ? selectedStyle : areaStyle);
        }
      };
    }

    function placingTool() {
      return {
        click: function (e) {
          endTool();
          callPython('mapClicked', [e.latlng.lat, e.latlng.lng]);
        },
        dblclick: function () {}, move: function () {}, enter: function () {}, cleanup: function () {}
      };
    }

    function startTool(make) {
      endTool();
      draftGroup.clearLayers();
      hideTip();
      map.closePopup();
      tool = make();
      toolCursor(true);
    }

    map.on('click', function (e) {
      if (tool) { tool.click(e); return; }
      callPython('mapClicked', [e.latlng.lat, e.latlng.lng]);
    });
    map.on('dblclick', function (e) { if (tool) { tool.dblclick(e); } });
    map.on('mousemove', function (e) { if (tool) { tool.move(e); } });
    document.addEventListener('keydown', function (e) {
      if (!tool) { return; }
      if (e.key === 'Escape') { endTool(); draftGroup.clearLayers(); }
      if (e.key === 'Enter') { tool.enter(); }
    });

    // --- the API the app calls ----------------------------------------------------------

    var api = {
      lastDrawn: null,
      lastEdited: null,
      selectArea: function (key) {
        if (selectedKey !== null && areasByKey[selectedKey]) { areasByKey[selectedKey].setStyle(areaStyle); }
        selectedKey = areasByKey.hasOwnProperty(key) ? key : null;
        if (selectedKey !== null) { areasByKey[key].setStyle(selectedStyle).bringToFront(); }
        return selectedKey !== null;
      },
      selectedArea: function () { return selectedKey; },
      showAreaPopup: function (key) {
        if (!areasByKey.hasOwnProperty(key)) { return false; }
        var record = areasByKey[key].orcArea;
        openPopup(areasByKey[key].getCenter(), record[1], record[4]);
        return true;
      },
      areaWeight: function (key) { return areasByKey.hasOwnProperty(key) ? areasByKey[key].options.weight : null; },
      areaScreenPoint: function (key) {
        var point = map.latLngToContainerPoint(areasByKey[key].getCenter());
        return [point.x, point.y];
      },
      screenPoint: function (lat, lon) {
        var point = map.latLngToContainerPoint([lat, lon]);
        return [point.x, point.y];
      },
      zoomToBounds: function (west, south, east, north) {
        fitWhenSized([[south, west], [north, east]]);
      },
      setLayerVisible: function (key, visible) {
        var group = key === 'areas' ? areaGroup : pointGroups[key];
        if (!group) { return false; }
        if (visible) { group.addTo(map); } else { map.removeLayer(group); }
        refreshLabels();
        return true;
      },
      startDrawing: function () { startTool(drawingTool); },
      startEditing: function (key) {
        if (!areasByKey.hasOwnProperty(key)) { return false; }
        startTool(function () { return editingTool(key); });
        return true;
      },
      startPlacingPoint: function () { startTool(placingTool); },
      cancelTool: function () { endTool(); draftGroup.clearLayers(); },
      finishTool: function () { if (tool) { tool.enter(); } },
      activeTool: function () { return tool !== null; },
      drawnShapeCount: function () {
        if (!firstDrawDone) { return 0; }
        var count = map.hasLayer(areaGroup) ? data.areas.length : 0;
        data.pointLayers.forEach(function (pointLayer) {
          if (map.hasLayer(pointGroups[pointLayer.key])) { count += pointLayer.points.length; }
        });
        return count;
      }
    };
    window.orMap = api;
    connectBridge();

    // The canvas draws on the next animation frame; report once that frame has been painted.
    L.Util.requestAnimFrame(function () {
      firstDrawDone = true;
      var drawn = api.drawnShapeCount();
      document.body.setAttribute('data-drawn-shapes', String(drawn));
      callPython('pageReady', [drawn]);
    });
  };
})();
"""
