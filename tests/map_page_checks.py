"""What the map tests read off a drawn map page: the same scripts in QtWebEngine (the app) and headless Chromium (the file).

Each constant is a JavaScript expression whose value is plain JSON; the functions judge what it gave back.
"""

from __future__ import annotations

import json

from tests.geodata import shared_geodata

TLV_BOUNDARY = "municipal-boundaries-wgs84/tel_aviv_yafo.geojson"

# [layer key, name as shown, the dot's computed colour] of each point layer's line in the key, top to bottom.
KEY_POINT_LINES = (
    "Array.from(document.querySelectorAll('.orc-legend .orc-key-point')).map(line => [line.dataset.layer,"
    " line.querySelector('.orc-key-label').textContent, getComputedStyle(line.querySelector('.orc-dot')).backgroundColor,"
    " line.classList.contains('orc-key-off')])"
)


def css_rgb(hex_color: str) -> str:
    """'#1f6fb2' as a browser computes it: 'rgb(31, 111, 178)'."""
    red, green, blue = (int(hex_color[index:index + 2], 16) for index in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def tlv_boundary() -> dict:
    """Tel Aviv-Yafo's municipal boundary as one GeoJSON geometry."""
    return json.loads(shared_geodata(TLV_BOUNDARY).read_text(encoding="utf-8"))["features"][0]["geometry"]
