"""Checks of the city's division into neighborhoods: overlaps, gaps, names, broken shapes, parts outside.

Geometry comes in as GeoJSON dicts in WGS 84; areas are measured in metres on the Israeli TM grid
(EPSG:2039). Imported only when the checks first run: it loads shapely and pyproj.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from or_communities.domain.mapping import Bounds, DivisionFinding, FindingKind

MIN_OVERLAP_SQUARE_METRES = 50.0
MIN_GAP_SQUARE_METRES = 1_000.0
MAX_SHARE_OUTSIDE_CITY = 0.10

_KIND_ORDER = {kind: position for position, kind in enumerate(FindingKind)}
_POLYGONAL = {"Polygon", "MultiPolygon"}


@dataclass(frozen=True, slots=True)
class _Area:
    id: int
    name: str
    shape: BaseGeometry
    """Valid and polygonal, in EPSG:2039 metres."""


def check_division(
    neighborhoods: Sequence[tuple[int, str, dict | None]],
    city_boundary: dict | None = None,
) -> list[DivisionFinding]:
    """Every problem in the division, sorted by kind then name.

    neighborhoods are (id, name, GeoJSON geometry in WGS 84 or None); gaps and parts outside the
    city are looked for only when city_boundary (a GeoJSON geometry, Feature or FeatureCollection) is given.
    """
    findings = _name_findings(neighborhoods) + _invalid_findings(neighborhoods)
    areas = _areas(neighborhoods)
    findings += _overlap_findings(areas)
    if city_boundary is not None:
        city = _polygonal(_valid(to_metres(_polygonal(_valid(_shape_of(city_boundary))))))
        findings += _gap_findings(areas, city)
        findings += _outside_findings(areas, city)
    return sorted(findings, key=_sort_key)


def repair_geometry(geometry: dict) -> dict:
    """The polygonal parts of shapely's make_valid of a shape, as a Polygon or MultiPolygon GeoJSON dict.

    A shape with no area left (a line, a point) becomes an empty MultiPolygon.
    """
    repaired = _polygonal(_valid(shapely.geometry.shape(geometry)))
    if repaired.is_empty:
        return {"type": "MultiPolygon", "coordinates": []}
    return json.loads(shapely.to_geojson(repaired))


# --- names ------------------------------------------------------------------------------------------


def _name_findings(neighborhoods: Sequence[tuple[int, str, dict | None]]) -> list[DivisionFinding]:
    findings = []
    groups: dict[str, list[tuple[int, str, dict | None]]] = defaultdict(list)
    for neighborhood in neighborhoods:
        key = _name_key(neighborhood[1])
        if key:
            groups[key].append(neighborhood)
        else:
            findings.append(_finding(FindingKind.UNNAMED, [neighborhood], _bounds_of_geojson([neighborhood[2]])))
    for same_name in groups.values():
        if len(same_name) > 1:
            bounds = _bounds_of_geojson([geometry for _, _, geometry in same_name])
            findings.append(_finding(FindingKind.DUPLICATE_NAME, same_name, bounds))
    return findings


def _name_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _finding(
    kind: FindingKind,
    neighborhoods: Sequence[tuple[int, str, dict | None]],
    bounds: Bounds | None,
    area: float | None = None,
    detail: str = "",
) -> DivisionFinding:
    ids = tuple(neighborhood[0] for neighborhood in neighborhoods)
    names = tuple(neighborhood[1] for neighborhood in neighborhoods)
    return DivisionFinding(kind, ids, names, bounds, area, detail)


def _bounds_of_geojson(geometries: Sequence[dict | None]) -> Bounds | None:
    shapes = [shapely.geometry.shape(geometry) for geometry in geometries if geometry]
    return _bounds(shapely.union_all(shapes)) if shapes else None


def _bounds(shape: BaseGeometry) -> Bounds | None:
    if shape.is_empty:
        return None
    west, south, east, north = (float(value) for value in shape.bounds)
    return west, south, east, north


# --- broken shapes ----------------------------------------------------------------------------------


def _invalid_findings(neighborhoods: Sequence[tuple[int, str, dict | None]]) -> list[DivisionFinding]:
    findings = []
    for neighborhood in neighborhoods:
        geometry = neighborhood[2]
        if not geometry:
            continue
        shape = shapely.geometry.shape(geometry)
        if not shape.is_valid:
            findings.append(_finding(FindingKind.INVALID_GEOMETRY, [neighborhood], _bounds(shape), detail=explain_validity(shape)))
    return findings


def _shape_of(geojson: dict) -> BaseGeometry:
    """A geometry from a GeoJSON geometry, Feature or FeatureCollection."""
    kind = geojson.get("type")
    if kind == "Feature":
        return shapely.geometry.shape(geojson["geometry"])
    if kind == "FeatureCollection":
        return shapely.union_all([_valid(shapely.geometry.shape(feature["geometry"])) for feature in geojson["features"]])
    return shapely.geometry.shape(geojson)


def _valid(shape: BaseGeometry) -> BaseGeometry:
    return shape if shape.is_valid else shapely.make_valid(shape)


def _polygonal(shape: BaseGeometry) -> BaseGeometry:
    if shape.geom_type in _POLYGONAL:
        return shape
    parts = [part for part in shapely.get_parts(shape) if part.geom_type in _POLYGONAL]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def _areas(neighborhoods: Sequence[tuple[int, str, dict | None]]) -> list[_Area]:
    areas = []
    for neighborhood_id, name, geometry in neighborhoods:
        if not geometry:
            continue
        shape = _polygonal(_valid(shapely.geometry.shape(geometry)))
        if not shape.is_empty:
            # Reprojecting can fold a valid shape's vertices onto each other: valid again in metres.
            areas.append(_Area(neighborhood_id, name, _polygonal(_valid(to_metres(shape)))))
    return areas


# --- projection -------------------------------------------------------------------------------------

_transformers: dict[str, Transformer] = {}


def _transformer(direction: str) -> Transformer:
    if direction not in _transformers:
        source, target = ("EPSG:4326", "EPSG:2039") if direction == "to_metres" else ("EPSG:2039", "EPSG:4326")
        _transformers[direction] = Transformer.from_crs(source, target, always_xy=True)
    return _transformers[direction]


def _project(shape: BaseGeometry, direction: str) -> BaseGeometry:
    transformer = _transformer(direction)

    def move(coordinates: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coordinates[:, 0], coordinates[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(shape, move)


def to_metres(shape: BaseGeometry) -> BaseGeometry:
    """A shape in degrees (WGS 84) in Israel's grid (EPSG:2039), in metres."""
    return _project(shape, "to_metres")


def _wgs84_bounds(shape_in_metres: BaseGeometry) -> Bounds | None:
    return _bounds(_project(shape_in_metres, "to_degrees"))


# --- overlaps, gaps, parts outside the city ---------------------------------------------------------


def _overlap_findings(areas: Sequence[_Area]) -> list[DivisionFinding]:
    shapes = [area.shape for area in areas]
    tree = shapely.STRtree(shapes)
    left, right = tree.query(shapes, predicate="intersects")
    findings = []
    for first, second in zip(left.tolist(), right.tolist(), strict=True):
        if first >= second:
            continue
        overlap = _polygonal(shapely.intersection(shapes[first], shapes[second]))
        if overlap.area >= MIN_OVERLAP_SQUARE_METRES:
            pair = [(areas[index].id, areas[index].name, None) for index in (first, second)]
            findings.append(_finding(FindingKind.OVERLAP, pair, _wgs84_bounds(overlap), overlap.area))
    return findings


def _gap_findings(areas: Sequence[_Area], city: BaseGeometry) -> list[DivisionFinding]:
    covered = shapely.union_all([area.shape for area in areas])
    uncovered = _polygonal(shapely.difference(city, covered))
    return [
        _finding(FindingKind.GAP, [], _wgs84_bounds(gap), gap.area)
        for gap in shapely.get_parts(uncovered)
        if gap.area >= MIN_GAP_SQUARE_METRES
    ]


def _outside_findings(areas: Sequence[_Area], city: BaseGeometry) -> list[DivisionFinding]:
    findings = []
    for area in areas:
        total = area.shape.area
        outside = _polygonal(shapely.difference(area.shape, city))
        if total > 0 and outside.area / total > MAX_SHARE_OUTSIDE_CITY:
            detail = f"{outside.area / total:.0%} of its area is outside the city boundary"
            findings.append(
                _finding(FindingKind.OUTSIDE_CITY, [(area.id, area.name, None)], _wgs84_bounds(outside), outside.area, detail)
            )
    return findings


def _sort_key(finding: DivisionFinding) -> tuple:
    names = tuple(_name_key(name) for name in finding.neighborhood_names)
    return (_KIND_ORDER[finding.kind], names, -(finding.area_square_metres or 0.0), finding.bounds or ())
