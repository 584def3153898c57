"""The division checks on Tel Aviv's real neighborhoods, as they are and with problems built into them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from or_communities.domain.mapping import FindingKind
from tests.geodata import shared_geodata

pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

import shapely.affinity
from shapely.geometry import mapping, shape

from or_communities.maps.division_checks import check_division, repair_geometry

ROOT = Path(__file__).resolve().parents[2]
TO_ITM = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2039", always_xy=True)
TO_WGS84 = pyproj.Transformer.from_crs("EPSG:2039", "EPSG:4326", always_xy=True)


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def tlv() -> list[tuple[int, str, dict]]:
    """Tel Aviv's 71 neighborhoods as (id, name, geometry), ids from 1."""
    features = _load(shared_geodata("tlv-neighborhoods-wgs84/neighborhoods.geojson"))["features"]
    return [(number, feature["properties"]["neighborhood"], feature["geometry"]) for number, feature in enumerate(features, 1)]


@pytest.fixture(scope="module")
def tlv_boundary() -> dict:
    return _load(shared_geodata("municipal-boundaries-wgs84/tel_aviv_yafo.geojson"))["features"][0]["geometry"]


def _named(neighborhoods, name: str) -> tuple[int, str, dict]:
    return next(neighborhood for neighborhood in neighborhoods if neighborhood[1] == name)


def _move(xy, transformer):
    x, y = transformer.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def _to_itm(geometry: dict):
    return shapely.transform(shape(geometry), lambda xy: _move(xy, TO_ITM))


def _to_wgs84(geometry_in_itm) -> dict:
    return mapping(shapely.transform(geometry_in_itm, lambda xy: _move(xy, TO_WGS84)))


def _inside(inner, outer, slack: float = 1e-6) -> bool:
    return (
        inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack
    )


def test_real_tel_aviv_division_has_only_edge_gaps(tlv, tlv_boundary):
    """The real division has no overlap, bad name, broken shape or part outside; its gaps all run along the city's edge.

    The 2015 municipal boundary takes in the beach and the sea front, which the neighborhood layer
    leaves out, so the biggest gaps lie on the coast; the rest are strips where the two sources'
    lines differ. None is a hole in the middle of the city.
    """
    findings = check_division(tlv, tlv_boundary)
    assert {finding.kind for finding in findings} == {FindingKind.GAP}
    edge = shape(tlv_boundary).exterior
    assert all(shapely.box(*finding.bounds).intersects(edge) for finding in findings)
    assert all(finding.area_square_metres >= 1_000 for finding in findings)
    city_area = _to_itm(tlv_boundary).area
    gap_area = sum(finding.area_square_metres for finding in findings)
    assert 0.02 < gap_area / city_area < 0.06
    biggest = max(findings, key=lambda finding: finding.area_square_metres)
    coast_west = edge.bounds[0]
    assert biggest.bounds[0] < coast_west + 0.04  # on the western, sea side of the city


def test_real_division_without_boundary_reports_nothing(tlv):
    """Without a boundary, the real neighborhoods give no finding at all."""
    assert check_division(tlv) == []


def test_overlap_found_with_its_area_and_place(tlv):
    """Florentin grown by 30 m overlaps its neighbours; each overlap's area and bounds match shapely's own."""
    florentin = _named(tlv, "פלורנטין")
    grown_itm = _to_itm(florentin[2]).buffer(30)
    grown = (florentin[0], florentin[1], _to_wgs84(grown_itm))
    others = [neighborhood for neighborhood in tlv if neighborhood[0] != florentin[0]]
    findings = check_division([grown, *others])
    assert findings and {finding.kind for finding in findings} == {FindingKind.OVERLAP}
    for finding in findings:
        assert florentin[0] in finding.neighborhood_ids and len(finding.neighborhood_ids) == 2
        other = _named(tlv, next(name for name in finding.neighborhood_names if name != "פלורנטין"))
        overlap = shapely.intersection(grown_itm, _to_itm(other[2]))
        assert finding.area_square_metres == pytest.approx(overlap.area, rel=0.01)
        assert finding.area_square_metres >= 50
        expected_bounds = shape(_to_wgs84(overlap)).bounds
        assert finding.bounds == pytest.approx(expected_bounds, abs=1e-5)
    neighbours = {name for finding in findings for name in finding.neighborhood_names} - {"פלורנטין"}
    assert "נוה צדק" in neighbours or "שפירא" in neighbours or "נוה שאנן" in neighbours


def test_slivers_under_50_square_metres_are_ignored(tlv):
    """Growing a neighborhood by 5 cm makes slivers along its borders but no overlap finding."""
    florentin = _named(tlv, "פלורנטין")
    grown = (florentin[0], florentin[1], _to_wgs84(_to_itm(florentin[2]).buffer(0.05)))
    others = [neighborhood for neighborhood in tlv if neighborhood[0] != florentin[0]]
    assert check_division([grown, *others]) == []


def test_missing_neighborhood_is_a_gap_where_it_was(tlv, tlv_boundary):
    """Leaving out Neve Sha'anan, away from the city's edge, gives one new gap with its area and bounds."""
    left_out = _named(tlv, "נוה שאנן")
    findings = check_division([neighborhood for neighborhood in tlv if neighborhood[0] != left_out[0]], tlv_boundary)
    without = {finding.bounds for finding in check_division(tlv, tlv_boundary)}
    new_gaps = [finding for finding in findings if finding.bounds not in without]
    assert len(new_gaps) == 1 and new_gaps[0].kind is FindingKind.GAP
    assert new_gaps[0].neighborhood_ids == ()
    assert new_gaps[0].area_square_metres == pytest.approx(_to_itm(left_out[2]).area, rel=0.01)
    assert new_gaps[0].bounds == pytest.approx(shape(left_out[2]).bounds, abs=1e-4)


def test_unnamed_and_duplicate_names(tlv):
    """A blank name is UNNAMED; names equal after trimming and case-folding are one DUPLICATE_NAME with all ids."""
    first, second, third = tlv[0], tlv[1], tlv[2]
    neighborhoods = [
        (first[0], "  ", first[2]),
        (second[0], " Florentin ", second[2]),
        (third[0], "FLORENTIN", third[2]),
        *tlv[3:],
    ]
    findings = check_division(neighborhoods)
    assert [finding.kind for finding in findings] == [FindingKind.UNNAMED, FindingKind.DUPLICATE_NAME]
    unnamed, duplicate = findings
    assert unnamed.neighborhood_ids == (first[0],)
    assert unnamed.bounds == pytest.approx(shape(first[2]).bounds)
    assert duplicate.neighborhood_ids == (second[0], third[0])
    both = shapely.union_all([shape(second[2]), shape(third[2])])
    assert duplicate.bounds == pytest.approx(both.bounds)


def test_bow_tie_is_invalid_with_shapelys_reason(tlv):
    """A neighborhood drawn as a bow-tie over Florentin's extent is INVALID_GEOMETRY with the self-intersection named."""
    florentin = _named(tlv, "פלורנטין")
    west, south, east, north = shape(florentin[2]).bounds
    bow_tie = {"type": "Polygon", "coordinates": [[[west, south], [east, north], [east, south], [west, north], [west, south]]]}
    others = [neighborhood for neighborhood in tlv if neighborhood[0] != florentin[0]]
    findings = check_division([(florentin[0], florentin[1], bow_tie), *others])
    invalid = [finding for finding in findings if finding.kind is FindingKind.INVALID_GEOMETRY]
    assert len(invalid) == 1
    assert invalid[0].neighborhood_ids == (florentin[0],)
    assert invalid[0].detail.startswith("Self-intersection")
    assert invalid[0].bounds == pytest.approx((west, south, east, north))


def test_repair_geometry_splits_the_bow_tie():
    """Repairing a bow-tie gives a valid MultiPolygon of two triangles with the same area."""
    bow_tie = {"type": "Polygon", "coordinates": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]}
    repaired = repair_geometry(bow_tie)
    assert repaired["type"] == "MultiPolygon" and len(repaired["coordinates"]) == 2
    assert shape(repaired).is_valid and shape(repaired).area == pytest.approx(2.0)


def test_repair_geometry_keeps_valid_shapes_and_drops_lines(tlv):
    """A valid neighborhood comes back unchanged in area; a shape with no area becomes an empty MultiPolygon."""
    geometry = tlv[0][2]
    assert shape(repair_geometry(geometry)).area == pytest.approx(shape(geometry).area)
    flat = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [2, 2], [0, 0]]]}
    assert repair_geometry(flat) == {"type": "MultiPolygon", "coordinates": []}


def test_neighborhood_moved_out_to_sea_is_outside_the_city(tlv, tlv_boundary):
    """Old Jaffa moved 1 km west is mostly outside the boundary: OUTSIDE_CITY with the share and the part outside."""
    jaffa = _named(tlv, "יפו העתיקה,נמל יפו")
    moved_itm = shapely.affinity.translate(_to_itm(jaffa[2]), xoff=-1_000)
    moved = (jaffa[0], jaffa[1], _to_wgs84(moved_itm))
    others = [neighborhood for neighborhood in tlv if neighborhood[0] != jaffa[0]]
    findings = [finding for finding in check_division([moved, *others], tlv_boundary) if finding.kind is FindingKind.OUTSIDE_CITY]
    assert len(findings) == 1 and findings[0].neighborhood_ids == (jaffa[0],)
    outside = shapely.difference(moved_itm, _to_itm(tlv_boundary))
    assert findings[0].area_square_metres == pytest.approx(outside.area, rel=0.01)
    assert findings[0].detail == f"{outside.area / moved_itm.area:.0%} of its area is outside the city boundary"
    assert _inside(findings[0].bounds, shape(moved[2]).bounds)


def test_findings_sorted_by_kind_then_name_and_missing_geometry_tolerated(tlv):
    """Kinds come in FindingKind's order, names alphabetically within a kind; a neighborhood without shape is only name-checked."""
    neighborhoods = [
        (901, "ב", tlv[0][2]),
        (902, "ב", None),
        (903, "", None),
        (904, "א", tlv[1][2]),
        (905, "א", tlv[2][2]),
        *tlv[3:],
    ]
    findings = check_division(neighborhoods)
    assert [(finding.kind, finding.neighborhood_ids) for finding in findings] == [
        (FindingKind.UNNAMED, (903,)),
        (FindingKind.DUPLICATE_NAME, (904, 905)),
        (FindingKind.DUPLICATE_NAME, (901, 902)),
    ]
    assert findings[0].bounds is None


def test_division_checks_do_not_load_geopandas():
    """Importing and running the checks loads shapely and pyproj but neither geopandas nor any Qt."""
    script = (
        "import sys\n"
        "from or_communities.maps.division_checks import check_division\n"
        "check_division([(1, 'a', {'type': 'Polygon', 'coordinates': [[[34.7,32],[34.8,32],[34.8,32.1],[34.7,32]]]})])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'geopandas', 'pandas', 'PySide6', 'pyogrio'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
