"""The map page's own script and styles come from resources/map_page/ and travel inside every page built."""

from __future__ import annotations

import re

import pytest

from or_communities import paths
from or_communities.maps.leaflet_page import (
    MapArea,
    MapContent,
    build_map_page,
    page_script,
    page_style,
)

SQUARE = {"type": "Polygon", "coordinates": [[[34.78, 31.25], [34.79, 31.25], [34.79, 31.26], [34.78, 31.25]]]}


def _content() -> MapContent:
    return MapContent(
        title="מפה", right_to_left=True, legend_title="מקרא", legend=(),
        areas=(MapArea("n1", "רובע 1", SQUARE, "#42a5f5", "רובע 1"),),
    )


def _file_text(name: str) -> str:
    return (paths.map_page_dir() / name).read_text(encoding="utf-8")


def test_the_script_and_styles_are_read_from_the_resource_files():
    """page_script and page_style return exactly the text of map_page.js and map_page.css."""
    assert page_script() == _file_text("map_page.js")
    assert page_style() == _file_text("map_page.css")
    assert "window.orcStartMap" in page_script() and ".orc-legend" in page_style()


@pytest.mark.parametrize("standalone", [True, False], ids=["exported file", "in the app"])
def test_every_page_carries_the_script_and_styles_inline(standalone):
    """Both the exported file and the app's page hold the whole script and style text in their own tags."""
    page = build_map_page(_content(), standalone=standalone)
    assert f"<script>{_file_text('map_page.js')}</script>" in page
    assert f"<style>{_file_text('map_page.css')}</style>" in page
    assert "map_page.js" not in page and "map_page.css" not in page  # no reference to load them from elsewhere


def test_only_the_app_page_loads_leaflet_by_url():
    """The app's page loads Leaflet from orc://app/static; the exported file has no orc:// reference at all."""
    in_app = build_map_page(_content(), standalone=False)
    exported = build_map_page(_content(), standalone=True)
    assert re.search(r'<script src="orc://app/static/leaflet/leaflet\.js">', in_app)
    assert "orc://" not in exported
