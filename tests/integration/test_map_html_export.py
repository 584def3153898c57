"""The exported map file: self-contained, and it draws in a second browser engine with networking off."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from or_communities.maps.leaflet_page import (
    LegendEntry,
    MapArea,
    MapContent,
    MapPoint,
    PointLayer,
    TileSource,
)
from or_communities.maps.map_html import write_map_html
from tests.geodata import shared_geodata

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
