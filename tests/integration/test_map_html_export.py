"""The exported map file: self-contained, and it draws in a second browser engine with networking off."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from or_communities.maps.city_map import CATEGORY_COLORS
from or_communities.maps.leaflet_page import (
    LegendEntry,
    MapArea,
    MapContent,
    MapPoint,
    PointLayer,
    TileSource,
)
from or_communities.maps.map_html import write_map_html
from or_communities.services.map_pages import write_city_map_html
from or_communities.services.workspace import Workspace
from tests.geodata import shared_geodata
from tests.map_page_checks import (
    KEY_POINT_LINES,
    LABEL_BOXES,
    LABELLED_AREAS,
    LAYER_CONTROL_LINES,
    POPUP_LAYOUT,
    SHOWN_BOUNDS,
    contains,
    css_rgb,
    fit_ratio,
    geometry_bounds,
    intersecting_pairs,
    multicity_areas,
    multicity_city_keys,
    tlv_areas,
    tlv_boundary,
)

TLV = "tlv-neighborhoods-wgs84/neighborhoods.geojson"
HOSTILE = ('<img src=x onerror="window.orcCanary=1">', "</script><script>window.orcCanary=2</script>", "${window.orcCanary=3}")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _content() -> MapContent:
    features = json.loads(shared_geodata(TLV).read_text(encoding="utf-8"))["features"][:12]
    names = [feature["properties"]["neighborhood"] for feature in features]
    names[:3] = HOSTILE
    areas = tuple(
        MapArea(key=f"n{index}", name=name, geometry=feature["geometry"], color="#42a5f5", tooltip=name,
                popup_rows=(("שם", name),))
        for index, (feature, name) in enumerate(zip(features, names, strict=True))
    )
    points = (MapPoint("p1", "מרכז קהילתי", 34.78, 32.08), MapPoint("p2", HOSTILE[0], 34.79, 32.09))
    return MapContent(
        title="מפת שכונות", right_to_left=True, areas=areas, legend_title="מקרא המפה",
        legend=(LegendEntry("#42a5f5", "שכונה פעילה"), LegendEntry("#ef5350", HOSTILE[1])),
        point_layers=(PointLayer("centres", "מרכזים", "#ef5350", points),), area_layer_title="שכונות",
        tiles=TileSource("orc://tiles/{z}/{x}/{y}", "local"),
    )


def test_exported_file_references_nothing_online(tmp_path):
    """The file carries its scripts, styles and images inline: no http(s) script, link or image reference."""
    path = tmp_path / "map.html"
    write_map_html(_content(), path)
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", page)
    assert "orc://" not in page and "qrc:" not in page
    assert "data:image/png;base64," in page
    assert not list(tmp_path.glob(".map.html.*"))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package 'chromium')")
def test_exported_file_draws_in_chromium_offline(tmp_path):
    """Headless chromium with every network route closed draws all shapes, the legend, and hostile names as text."""
    path = tmp_path / "map.html"
    write_map_html(_content(), path)
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000", f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom", path.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout
    assert 'data-drawn-shapes="14"' in dom
    assert "מקרא המפה" in dom and "שכונה פעילה" in dom
    assert "&lt;img src=x onerror=\"window.orcCanary=1\"&gt;" in dom
    assert "&lt;/script&gt;&lt;script&gt;window.orcCanary=2&lt;/script&gt;" in dom
    assert "${window.orcCanary=3}" in dom
    assert "<img src=\"x\"" not in dom
    assert "leaflet-control-layers" in dom and "מרכזים" in dom


# --- the file in headless Chromium, read by a script run once the map is drawn ---------------------------

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package 'chromium')")

# Waits until the map has drawn, runs the steps (each a JavaScript expression, all at once) and leaves
# their values as JSON in <pre id="orc-probe">. Added to a copy of the file by the test only.
PROBE = """<script>
(function () {
  function probe() {
    if (!window.orMap || !document.body.hasAttribute('data-drawn-shapes')) { setTimeout(probe, 20); return; }
    var out = document.createElement('pre');
    out.id = 'orc-probe';
    out.textContent = JSON.stringify([STEPS]);
    document.body.appendChild(out);
  }
  window.addEventListener('load', probe);
})();
</script>"""


def _probe(path: Path, steps: list[str], size: tuple[int, int] = (1200, 800)) -> list:
    """The values of ``steps``, run in order in the exported file at ``path`` opened offline in headless Chromium."""
    assert CHROMIUM is not None
    probed = path.with_name("probed-" + path.name)
    probed.write_text(path.read_text(encoding="utf-8") + PROBE.replace("STEPS", ",\n".join(steps)), encoding="utf-8")
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=10000", f"--window-size={size[0]},{size[1]}",
        f"--user-data-dir={path.parent / 'profile'}", "--dump-dom", probed.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    found = re.search(r'<pre id="orc-probe">(.*?)</pre>', dom, re.S)
    assert found, "the map did not finish drawing"
    return json.loads(html.unescape(found.group(1)))


def _exported(tmp_path: Path, content: MapContent) -> Path:
    path = tmp_path / "map.html"
    write_map_html(content, path)
    return path


@needs_chromium
def test_the_exported_key_names_each_point_layer_in_hebrew_with_its_dot(tmp_path, demo_path):
    """The demo city's exported key has a line per asset category on the map: its Hebrew name and its dot's colour."""
    workspace = Workspace.open(demo_path)
    categories = sorted({asset.category for asset in workspace.assets.list()}, key=list(CATEGORY_COLORS).index)
    path = tmp_path / "map.html"
    write_city_map_html(workspace, path, "he")
    workspace.close()
    lines, titles, boundary = _probe(path, [
        KEY_POINT_LINES,
        "Array.from(document.querySelectorAll('.orc-legend-title')).map(e => e.textContent)",
        "document.querySelector('.orc-key-boundary').textContent",
    ])
    assert len(categories) > 3
    assert lines == [[category.value, category.label.he, css_rgb(CATEGORY_COLORS[category]), False] for category in categories]
    assert titles == ["שלב", "נכסים"] and boundary == "גבול העיר"


@needs_chromium
def test_hostile_point_layer_names_show_as_text_in_the_exported_key(tmp_path):
    """Point layer names made of markup and template placeholders show literally in the key and the layer control."""
    content = _content()
    layers = tuple(PointLayer(f"h{index}", name, "#123456", (MapPoint(f"p{index}", "נקודה", 34.78, 32.08),))
                   for index, name in enumerate(HOSTILE))
    content = replace(content, point_layers=layers, point_layers_title=HOSTILE[1])
    key, control, canary = _probe(_exported(tmp_path, content), [
        "Array.from(document.querySelectorAll('.orc-key-point .orc-key-label, .orc-key-points-title')).map(e => e.textContent)",
        "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label span span')).map(e => e.textContent.trim())",
        "typeof window.orcCanary",
    ])
    assert key == [HOSTILE[1], *HOSTILE]
    assert control[1:] == list(HOSTILE)
    assert canary == "undefined"


@needs_chromium
def test_exported_area_names_never_overlap_and_more_appear_when_zoomed_in(tmp_path):
    """In the file of 1,179 areas no two names' boxes intersect at the first view nor zoomed to a city, where more of its names show."""
    areas = multicity_areas()
    content = MapContent(title="שכונות", right_to_left=True, areas=areas, legend_title="", legend=())
    city = multicity_city_keys("תל אביב יפו")
    bounds = [geometry_bounds(area.geometry) for area in areas if area.key in city]
    west, south = min(b[0] for b in bounds), min(b[1] for b in bounds)
    east, north = max(b[2] for b in bounds), max(b[3] for b in bounds)
    first, first_boxes, closer, closer_boxes = _probe(_exported(tmp_path, content), [
        LABELLED_AREAS, LABEL_BOXES,
        f"(window.orMap.zoomToBounds({west}, {south}, {east}, {north}), {LABELLED_AREAS})", LABEL_BOXES,
    ])
    assert 0 < len(first_boxes) == len(first) < len(areas)
    assert intersecting_pairs(first_boxes) == [] and intersecting_pairs(closer_boxes) == []
    assert len(set(closer) & set(city)) > len(set(first) & set(city))


@needs_chromium
@pytest.mark.parametrize("language", ["he", "en"])
def test_an_exported_popup_reads_from_the_side_of_its_language(tmp_path, language):
    """In the file a popup's title aligns right and reads right to left in Hebrew, close button on the left; the other way in English."""
    hebrew = language == "he"
    area = MapArea("n1", "פלורנטין" if hebrew else "Florentin", tlv_areas()[3].geometry, "#42a5f5", "",
                   (("כתובת" if hebrew else "Address", "רחוב הרצל 120, קומה שנייה" if hebrew else "120 Herzl Street, second floor"),))
    content = MapContent(title="מפה", right_to_left=hebrew, areas=(area,), legend_title="", legend=())
    opened, layout = _probe(_exported(tmp_path, content), ["window.orMap.showAreaPopup('n1')", POPUP_LAYOUT])
    assert opened
    (title_left, title_right), (content_left, content_right) = layout["title"], layout["content"]
    assert title_right - title_left < content_right - content_left - 30
    if hebrew:
        assert (layout["align"], layout["direction"]) == ("right", "rtl")
        assert abs(title_right - content_right) < 1 and layout["close"][1] <= title_left
    else:
        assert (layout["align"], layout["direction"]) == ("left", "ltr")
        assert abs(title_left - content_left) < 1 and layout["close"][0] >= title_right


@needs_chromium
@pytest.mark.parametrize("language", ["he", "en"])
def test_the_exported_layer_control_reads_from_the_side_of_its_language(tmp_path, language):
    """In Hebrew each layer's checkbox sits right of its name (left of it in English), and the control reads that way."""
    hebrew = language == "he"
    content = replace(_content(), right_to_left=hebrew)
    lines, direction = _probe(_exported(tmp_path, content), [
        LAYER_CONTROL_LINES, "getComputedStyle(document.querySelector('.leaflet-control-layers')).direction",
    ])
    assert len(lines) == 2  # the neighborhoods and the one point layer
    for box_left, box_right, name_left, name_right in lines:
        assert box_left >= name_right if hebrew else box_right <= name_left
    assert direction == ("rtl" if hebrew else "ltr")


@needs_chromium
@pytest.mark.parametrize("with_boundary", [True, False], ids=["its boundary", "its neighborhoods"])
def test_the_exported_map_opens_fitted_to_the_city(tmp_path, with_boundary):
    """The file's first view holds the city's boundary (else its neighborhoods) and is at most 1.3 times its span where it fills the view."""
    boundary = tlv_boundary() if with_boundary else None
    areas = tlv_areas()[:10] if with_boundary else tlv_areas()  # a city with only some neighborhoods drawn yet
    content = MapContent(title="תל אביב-יפו", right_to_left=True, areas=areas, legend_title="", legend=(),
                         city_boundary=boundary)
    city = geometry_bounds(boundary) if boundary else _bounds_of(areas)
    (shown,) = _probe(_exported(tmp_path, content), [SHOWN_BOUNDS])
    assert contains(shown, city)
    assert fit_ratio(shown, city) <= 1.3


def _bounds_of(areas: tuple[MapArea, ...]) -> tuple[float, float, float, float]:
    every = [geometry_bounds(area.geometry) for area in areas]
    return (min(b[0] for b in every), min(b[1] for b in every), max(b[2] for b in every), max(b[3] for b in every))
