"""A neighborhood drawn for print: its boundary and its assets, numbered as in the mapping file's list, as SVG.

Drawn in Israel's grid (EPSG:2039) so distances and shapes are true on paper, north up, with a scale bar. The
drawing holds shapes and numbers only (no name a user typed), so nothing in it is ever read as markup.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..domain.mapping import Asset
from .city_map import CATEGORY_COLORS

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

WIDTH = 640
MARGIN = 24
MAX_HEIGHT = 560
GRID = "EPSG:2039"
NICE_LENGTHS_M = (50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)


@functools.cache
def _to_grid() -> Callable[[float, float], tuple[float, float]]:
    """WGS 84 to Israel's grid; made once (PROJ takes tens of milliseconds to set a transformation up)."""
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", GRID, always_xy=True).transform


def neighborhood_svg(boundary: dict | None, assets: Sequence[Asset]) -> str | None:
    """The drawing, or None when there is nothing to place (no boundary and no asset)."""
    if boundary is None and not assets:
        return None
    from shapely.geometry import shape

    from .division_checks import to_metres

    to_grid = _to_grid()
    area = to_metres(shape(boundary)) if boundary else None
    if area is not None and area.is_empty:
        area = None
    points = [to_grid(asset.longitude, asset.latitude) for asset in assets]
    if area is None and not points:
        return None
    # The extent from the bounds alone: no overlay, which an invalid boundary would make fail.
    corners = list(points) + ([] if area is None else [area.bounds[:2], area.bounds[2:]])
    west, south = min(x for x, _ in corners), min(y for _, y in corners)
    east, north = max(x for x, _ in corners), max(y for _, y in corners)
    span_x, span_y = max(east - west, 50.0), max(north - south, 50.0)
    scale = min((WIDTH - 2 * MARGIN) / span_x, (MAX_HEIGHT - 2 * MARGIN) / span_y)
    height = round(span_y * scale + 2 * MARGIN)

    def place(x: float, y: float) -> tuple[float, float]:
        return MARGIN + (x - west) * scale, MARGIN + (north - y) * scale

    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" direction="ltr">'
        ),
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    if area is not None and not area.is_empty:
        parts.append(
            f'<path d="{_path(area, place)}" fill="#d4e4f1" fill-opacity="0.7" stroke="#1f5f8b" stroke-width="2" '
            'fill-rule="evenodd"/>'
        )
    for number, (asset, (x, y)) in enumerate(zip(assets, points, strict=True), start=1):
        cx, cy = place(x, y)
        color = CATEGORY_COLORS.get(asset.category, "#555555")
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="9" fill="{color}" stroke="#ffffff" stroke-width="1.5"/>')
        parts.append(
            f'<text x="{cx:.1f}" y="{cy + 3.5:.1f}" font-size="10" font-weight="bold" fill="#ffffff" '
            f'text-anchor="middle">{number}</text>'
        )
    parts.extend(_scale_bar(scale, height))
    parts.extend(_north_arrow())
    parts.append("</svg>")
    return "".join(parts)


def _path(area: BaseGeometry, place: Callable[[float, float], tuple[float, float]]) -> str:
    polygons = getattr(area, "geoms", [area])
    rings = []
    for polygon in polygons:
        for ring in (polygon.exterior, *polygon.interiors):
            coordinates = [place(x, y) for x, y, *_ in ring.coords]
            rings.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in coordinates) + " Z")
    return " ".join(rings)


def _scale_bar(scale: float, height: int) -> list[str]:
    """A bar of a round length, about a quarter of the drawing's width, at its lower left."""
    wanted = (WIDTH / 4) / scale
    length = max((n for n in NICE_LENGTHS_M if n <= wanted), default=NICE_LENGTHS_M[0])
    pixels = length * scale
    x, y = MARGIN, height - 10
    label = f"{length // 1000} km" if length >= 1000 else f"{length} m"
    return [
        f'<line x1="{x}" y1="{y}" x2="{x + pixels:.1f}" y2="{y}" stroke="#333333" stroke-width="3"/>',
        f'<text x="{x + pixels / 2:.1f}" y="{y - 5}" font-size="11" fill="#333333" text-anchor="middle">{label}</text>',
    ]


def _north_arrow() -> list[str]:
    x, y = WIDTH - MARGIN, MARGIN + 4
    return [
        f'<path d="M{x},{y - 4} L{x - 6},{y + 12} L{x},{y + 8} L{x + 6},{y + 12} Z" fill="#333333"/>',
        f'<text x="{x}" y="{y + 26}" font-size="11" fill="#333333" text-anchor="middle">N</text>',
    ]
