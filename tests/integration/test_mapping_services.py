"""The mapping file's use cases on real workspace files: boundaries, assets, statistical areas, coordinates."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import openpyxl
import pytest
from pyproj import Transformer
from shapely.geometry import Point, shape

from or_communities import paths
from or_communities.domain.errors import (
    ImportFailed,
    InvalidCoordinates,
    NameTooLong,
    NothingToImport,
)
from or_communities.domain.mapping import Asset, AssetCategory
from or_communities.services.gis_files import read_assets
from or_communities.services.workspace import Workspace
from tests.geodata import shared_geodata

TLV_NEIGHBORHOODS = "tlv-neighborhoods-wgs84/neighborhoods.geojson"


def _tlv_shapes() -> list[tuple[str, dict]]:
    features = json.loads(shared_geodata(TLV_NEIGHBORHOODS).read_text(encoding="utf-8"))["features"]
    return [(feature["properties"]["neighborhood"], feature["geometry"]) for feature in features]


@pytest.fixture
def city(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "תל אביב.orcity", "תל אביב-יפו", 2027)
    yield workspace
    workspace.close()


def test_boundaries_merge_then_replace(city):
    """Merging adds and updates by name; replacing removes the neighborhoods the file does not name."""
    shapes = _tlv_shapes()
    city.neighborhoods.add("שכונה שאינה בקובץ")
    plan = city.division.import_boundaries(shapes[:40], replace=False)
    assert len(plan.new_names) == 40 and plan.removed_names == ()
    names = {n.name for n in city.neighborhoods.list()}
    assert {name for name, _ in shapes[:40]} <= names and "שכונה שאינה בקובץ" in names
    plan = city.division.import_boundaries(shapes, replace=True)
    assert len(plan.updated_names) == 40 and len(plan.new_names) == len(shapes) - 40
    assert plan.removed_names == ("שכונה שאינה בקובץ",)
    listed = city.neighborhoods.list()
    assert sorted(n.name for n in listed) == sorted(name for name, _ in shapes)
    assert all(n.has_boundary for n in listed)


def test_a_boundary_file_that_renames_a_neighborhood_over_the_same_place_renames_it(city):
    """Re-importing the boundaries with one neighborhood renamed (its shape unchanged) renames ours — its people and
    profile stay with it — instead of adding a new one and, with replace, removing the old."""
    from or_communities.domain.records import NeighborhoodProfile

    shapes = _tlv_shapes()[:6]
    city.division.import_boundaries(shapes, replace=False)
    old_name, geometry = shapes[2]
    old = next(n for n in city.neighborhoods.list() if n.name == old_name)
    city.neighborhoods.update_profile(old.id, NeighborhoodProfile(population=4321, needs="גן שעשועים"))
    renamed = [*shapes[:2], ("שם חדש לשכונה", geometry), *shapes[3:]]
    plan = city.division.plan_import(renamed, replace=True)
    assert plan.renamed == ((old_name, "שם חדש לשכונה"),)
    assert plan.new_names == () and plan.removed_names == ()
    city.division.import_boundaries(renamed, replace=True)
    after = next(n for n in city.neighborhoods.list() if n.id == old.id)
    assert after.name == "שם חדש לשכונה" and after.profile.population == 4321 and after.profile.needs == "גן שעשועים"
    assert len(city.neighborhoods.list()) == 6


def test_an_import_that_fails_changes_nothing(city, tmp_path):
    """A shape that cannot be stored half-way through leaves the workspace file exactly as it was."""
    city.division.import_boundaries(_tlv_shapes()[:5], replace=False)
    before = hashlib.sha256(city.path.read_bytes()).hexdigest()
    square = {"type": "Polygon", "coordinates": [[[34.8, 32.1], [34.81, 32.1], [34.8, 32.11], [34.8, 32.1]]]}
    broken = [*_tlv_shapes()[5:10], ("x" * 500, square)]
    with pytest.raises(NameTooLong):
        city.division.import_boundaries(broken, replace=False)
    assert hashlib.sha256(city.path.read_bytes()).hexdigest() == before
    assert len(city.neighborhoods.list()) == 5


def test_an_asset_without_a_neighborhood_goes_to_the_one_that_holds_it(city):
    """An asset placed by coordinates alone is filed under the neighborhood whose boundary contains it."""
    shapes = _tlv_shapes()
    city.division.import_boundaries(shapes, replace=False)
    name, geometry = shapes[10]
    inside = shape(geometry).representative_point()
    asset = city.assets.add(Asset(None, "מתנ\"ס <b>שכונתי</b>", AssetCategory.COMMUNITY_CENTER, inside.x, inside.y))
    owner = next(n for n in city.neighborhoods.list() if n.id == asset.neighborhood_id)
    assert owner.name == name
    assert asset.name == "מתנ\"ס <b>שכונתי</b>"
    assert [a.name for a in city.assets.list(owner.id)] == [asset.name]


def test_many_assets_come_in_all_or_none(city):
    """One asset with impossible coordinates refuses the whole batch."""
    good = Asset(None, "גן ילדים", AssetCategory.KINDERGARTEN, 34.78, 32.08)
    bad = Asset(None, "מקלט", AssetCategory.SHELTER, 234.78, 32.08)
    with pytest.raises(InvalidCoordinates):
        city.assets.add_many([good, bad])
    assert city.assets.list() == []


def test_statistical_areas_grouped_by_a_field_sum_their_population(city):
    """Census areas grouped by a field become neighborhoods whose population is the sum of their areas."""
    features = json.loads(paths.demo_city_geodata().read_text(encoding="utf-8"))["features"]
    areas = [
        (str(int(f["properties"]["YISHUV_STAT11"])), "", int(f["properties"]["Pop_Total"] or 0), f["geometry"])
        for f in features
    ]
    city.division.import_statistical_areas(areas)
    quarter_of = {code: f"רובע {code[4]}" for code, _, _, _ in areas}
    city.division.group_statistical_areas_by(quarter_of)
    expected: dict[str, int] = {}
    for code, _, population, _ in areas:
        expected[quarter_of[code]] = expected.get(quarter_of[code], 0) + population
    got = {n.name: n.profile.population for n in city.neighborhoods.list()}
    assert got == expected
    assert all(n.has_boundary for n in city.neighborhoods.list())


def test_assets_from_a_cp1255_csv_in_itm_metres(tmp_path):
    """A CSV in cp1255 with ITM x/y columns: Hebrew intact, the point within a metre of PROJ's EPSG:2039 and inside Jerusalem."""
    path = tmp_path / "מוסדות.csv"
    with path.open("w", encoding="cp1255", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["שם", "סוג", "כתובת", "X", "Y"])
        writer.writerow(["בית הכנסת הגדול", "בית כנסת", "רחוב הרצל 5", "219529.584", "626907.390"])
        writer.writerow(["", "גן", "", "219600", "627000"])  # no name: left out
        writer.writerow(["מקלט ציבורי 12", "מקלט", "", "", ""])  # no place: left out
    assets = read_assets(path)
    assert [a.name for a in assets] == ["בית הכנסת הגדול"]
    synagogue = assets[0]
    assert synagogue.category is AssetCategory.PLACE_OF_WORSHIP and synagogue.address == "רחוב הרצל 5"
    # The grid's origin: in WGS 84 it sits some 40 m from its Israel 1993 coordinates, by the datum shift.
    expected_lon, expected_lat = Transformer.from_crs("EPSG:2039", "EPSG:4326", always_xy=True).transform(
        219529.584, 626907.390
    )
    assert synagogue.latitude == pytest.approx(expected_lat, abs=1e-5)  # 1e-5 degrees is about a metre
    assert synagogue.longitude == pytest.approx(expected_lon, abs=1e-5)
    jerusalem = json.loads(shared_geodata("municipal-boundaries-wgs84/jerusalem_yerushalayim.geojson").read_text("utf-8"))
    assert any(shape(f["geometry"]).contains(Point(synagogue.longitude, synagogue.latitude)) for f in jerusalem["features"])


def test_assets_from_an_excel_sheet_with_lat_lon(tmp_path):
    """An Excel list with latitude/longitude columns and a formula-looking name comes in as text."""
    path = tmp_path / "assets.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Category", "Latitude", "Longitude"])
    sheet.append(["מועדון הנוער", "club", 31.2518, 34.7913])
    sheet.append(["'=HYPERLINK(\"x\")", "park", 31.25, 34.79])
    workbook.save(path)
    assets = read_assets(path)
    assert [(a.name, a.category) for a in assets] == [
        ("מועדון הנוער", AssetCategory.CLUB),
        ("'=HYPERLINK(\"x\")", AssetCategory.PARK),
    ]
    assert assets[0].latitude == pytest.approx(31.2518)


def test_a_list_without_coordinates_is_refused(tmp_path):
    """A list with no coordinate columns gets a reason, not a traceback."""
    path = tmp_path / "list.csv"
    path.write_text("שם,כתובת\nמתנ\"ס,הרצל 1\n", encoding="utf-8-sig")
    with pytest.raises(ImportFailed, match="coordinate"):
        read_assets(path)
    empty = tmp_path / "empty.csv"
    empty.write_text("name,lat,lon\n,,\n", encoding="utf-8")
    with pytest.raises((ImportFailed, NothingToImport)):
        read_assets(empty)


def test_city_boundary_is_kept(city):
    """The municipal boundary can be loaded, read back, and cleared."""
    boundary = json.loads(shared_geodata("municipal-boundaries-wgs84/tel_aviv_yafo.geojson").read_text(encoding="utf-8"))
    geometries = [feature["geometry"] for feature in boundary["features"]]
    stored = city.division.import_city_boundary(geometries)
    assert city.division.city_boundary() == stored
    assert shape(stored).area > 0
    city.division.set_city_boundary(None)
    assert city.division.city_boundary() is None


def test_demo_assets_lie_in_their_neighborhoods(demo_path):
    """The demo city has ten bounded neighborhoods, each with assets that lie inside it."""
    workspace = Workspace.open(demo_path)
    try:
        boundaries = {nid: shape(geometry) for nid, _, geometry in workspace.division.boundaries()}
        assert len(boundaries) == 10
        assets = workspace.assets.list()
        assert {asset.neighborhood_id for asset in assets} == set(boundaries)
        assert all(boundaries[a.neighborhood_id].contains(Point(a.longitude, a.latitude)) for a in assets)
    finally:
        workspace.close()


SHELTERS = "beit-shemesh-itm/Miklatim_no_contacts.geojson"


def test_shelters_are_named_by_their_address_not_by_their_number():
    """Beit Shemesh's shelters carry a number as text and an address: each asset is named by its address, never
    "1"."""
    assets = read_assets(shared_geodata(SHELTERS))
    assert len(assets) == 33
    assert not any(asset.name.isdigit() for asset in assets)
    assert "אבא נעמת 2" in {asset.name for asset in assets}


def test_another_citys_places_are_refused_unless_kept_and_reported_when_kept(city):
    """Shelters of Beit Shemesh brought into Tel Aviv: nothing is added and the refusal counts them; kept on
    purpose, they come in and every one is reported as outside the city's neighborhoods."""
    from or_communities.domain.errors import AllOutsideTheCity

    city.division.import_boundaries(_tlv_shapes(), replace=False)
    assets = read_assets(shared_geodata(SHELTERS))
    with pytest.raises(AllOutsideTheCity) as refused:
        city.assets.add_many(assets)
    assert refused.value.count == 33 and city.assets.list() == []
    result = city.assets.add_many(assets, keep_outside=True)
    assert result.added == 33 and len(result.outside) == 33


def test_places_partly_outside_come_in_with_those_outside_named(city):
    """Of two places, the one in a neighborhood is filed under it; the other comes in and is named as outside."""
    city.division.import_boundaries(_tlv_shapes(), replace=False)
    inside = Asset(None, "מתנ\"ס נווה צדק", AssetCategory.COMMUNITY_CENTER, 34.7649, 32.0606)
    far = Asset(None, "מקלט בבית שמש", AssetCategory.SHELTER, 34.99, 31.75)
    result = city.assets.add_many([inside, far])
    assert result.added == 2 and result.outside == ("מקלט בבית שמש",)
