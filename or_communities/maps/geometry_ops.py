"""Geometry work the use cases need: uniting shapes, finding which area holds a point.

Geometries are GeoJSON dicts in WGS 84; shapely is imported on first use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence


def unite(geometries: Sequence[dict]) -> dict:
    """One (multi)polygon covering all the given ones."""
    import shapely
    from shapely.geometry import shape

    shapes = [shapely.make_valid(shape(geometry)) for geometry in geometries]
    return json.loads(shapely.to_geojson(shapely.union_all(shapes)))


def locate(points: Sequence[tuple[float, float]], areas: Sequence[tuple[int, dict | str]]) -> list[int | None]:
    """For each (longitude, latitude), the id of the first area that contains it, or None.

    Areas are GeoJSON geometries, as dicts or as the JSON text they are stored in.
    """
    if not areas or not points:
        return [None] * len(points)
    import numpy
    import shapely

    ids = [area_id for area_id, _ in areas]
    texts = [geometry if isinstance(geometry, str) else json.dumps(geometry) for _, geometry in areas]
    shapes = shapely.from_geojson(texts)
    invalid = ~shapely.is_valid(shapes)
    if invalid.any():
        shapes[invalid] = shapely.make_valid(shapes[invalid])
    tree = shapely.STRtree(numpy.asarray(shapes))
    located: list[int | None] = [None] * len(points)
    point_geometries = shapely.points([(lon, lat) for lon, lat in points])
    point_indexes, area_indexes = tree.query(point_geometries, predicate="intersects")
    for point_index, area_index in zip(point_indexes.tolist(), area_indexes.tolist(), strict=True):
        if located[point_index] is None:
            located[point_index] = ids[area_index]
    return located


def bounds(geometry: dict) -> tuple[float, float, float, float]:
    """West, south, east, north of a GeoJSON geometry."""
    from shapely.geometry import shape

    west, south, east, north = shape(geometry).bounds
    return west, south, east, north


SAME_PLACE_OVERLAP = 0.9
"""Two shapes whose common area is at least this share of their joint area are the same place (a neighborhood
redrawn a little, or not at all)."""


def same_place(first: dict, second: dict) -> bool:
    """Whether two areas cover the same place: they overlap by at least SAME_PLACE_OVERLAP of their union."""
    from shapely.geometry import shape

    a, b = shape(first), shape(second)
    if not a.is_valid:
        a = a.buffer(0)
    if not b.is_valid:
        b = b.buffer(0)
    union = a.union(b).area
    return union > 0 and a.intersection(b).area / union >= SAME_PLACE_OVERLAP
