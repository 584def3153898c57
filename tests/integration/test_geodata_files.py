"""Reading municipal map files into WGS 84: the formats cities send, Hebrew text, coordinate systems, bad files."""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
import warnings
import zipfile
from pathlib import Path

import pytest

from tests.geodata import shared_geodata

geopandas = pytest.importorskip("geopandas")
shapely = pytest.importorskip("shapely")

from or_communities.maps.geodata_files import (
    GeoDataError,
    ReadCancelled,
    list_layers,
    read_geodata,
)

TLV_NEIGHBORHOODS = "tlv-neighborhoods-wgs84/neighborhoods.geojson"
TLV_MERCATOR = "tlv-neighborhoods-wgs84/all_parties_by_neighborhood.geojson"
MULTICITY = "israel-neighborhoods-multicity-wgs84/neighborhoods.geojson"
TLV_BOUNDARY = "municipal-boundaries-wgs84/tel_aviv_yafo.geojson"
SHELTERS_ITM = "beit-shemesh-itm/Miklatim_no_contacts.geojson"
LOCALITIES_6991 = "israel-localities-itm/sets4.geojson"

HEBREW_NAME_FIELD = "שם_שכונה"


def _source_values(name: str, field: str) -> list[str]:
    """The values of ``field`` in the shared GeoJSON file ``name``, read as plain JSON."""
    content = json.loads(shared_geodata(name).read_text(encoding="utf-8"))
    collection = content.get("results", content)
    return [feature["properties"][field] for feature in collection["features"]]


def _tlv_names() -> list[str]:
    return _source_values(TLV_NEIGHBORHOODS, "neighborhood")


def _write_shapefile(frame, folder: Path, stem: str, encoding: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.shp"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame.to_file(path, encoding=encoding)
    return path


def _zip_files(files: list[Path], target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in files:
            archive.write(file, file.name)
    return target


def _shapefile_parts(shp: Path, *suffixes: str) -> list[Path]:
    return [shp.with_suffix(suffix) for suffix in suffixes]


@pytest.fixture(scope="module")
def tlv_itm():
    """Tel Aviv's 71 neighborhoods in EPSG:2039, named in a Hebrew field, as a city GIS department keeps them."""
    frame = geopandas.read_file(shared_geodata(TLV_NEIGHBORHOODS)).to_crs("EPSG:2039")
    return frame.rename(columns={"neighborhood": HEBREW_NAME_FIELD})


@pytest.fixture(scope="module")
def cp1255_shapefile(tlv_itm, tmp_path_factory) -> Path:
    """An EPSG:2039 shapefile whose DBF is cp1255, with its .prj and without a .cpg."""
    shp = _write_shapefile(tlv_itm, tmp_path_factory.mktemp("cp1255"), "shchunot", "cp1255")
    shp.with_suffix(".cpg").unlink()
    return shp


@pytest.fixture(scope="module")
def zipped_cp1255(cp1255_shapefile, tmp_path_factory) -> Path:
    parts = _shapefile_parts(cp1255_shapefile, ".shp", ".shx", ".dbf", ".prj")
    return _zip_files(parts, tmp_path_factory.mktemp("zip") / "שכונות.zip")


@pytest.fixture(scope="module")
def zipped_without_prj(cp1255_shapefile, tmp_path_factory) -> Path:
    parts = _shapefile_parts(cp1255_shapefile, ".shp", ".shx", ".dbf")
    return _zip_files(parts, tmp_path_factory.mktemp("noprj") / "shchunot.zip")


def test_fixture_dbf_really_holds_cp1255_bytes(cp1255_shapefile):
    """The fixture is what cities send: every name's cp1255 bytes are in the DBF and there is no .cpg."""
    dbf = cp1255_shapefile.with_suffix(".dbf").read_bytes()
    assert not cp1255_shapefile.with_suffix(".cpg").exists()
    assert all(name.encode("cp1255") in dbf for name in _tlv_names())
    assert HEBREW_NAME_FIELD.encode("cp1255") in dbf


def test_zipped_cp1255_shapefile_keeps_every_hebrew_name(zipped_cp1255):
    """A zipped EPSG:2039 shapefile in cp1255 without .cpg gives all 71 names character for character."""
    source = read_geodata(zipped_cp1255)
    assert source.encoding == "cp1255"
    assert source.source_crs == source.declared_crs == "EPSG:2039" and not source.crs_guessed
    assert source.feature_count == 71
    assert HEBREW_NAME_FIELD in source.fields
    assert source.suggest_name_field() == HEBREW_NAME_FIELD
    assert [shape.name for shape in source.features(HEBREW_NAME_FIELD)] == _tlv_names()


def test_zipped_shapefile_lands_where_the_wgs84_original_is(zipped_cp1255):
    """Reprojected from EPSG:2039, every neighborhood lies within 1 mm of the WGS 84 file it came from."""
    source = read_geodata(zipped_cp1255)
    original = geopandas.read_file(shared_geodata(TLV_NEIGHBORHOODS))
    moved = source.data.geometry.to_crs("EPSG:2039").hausdorff_distance(original.geometry.to_crs("EPSG:2039"))
    assert moved.max() < 0.001


def test_shp_path_reads_the_same_as_the_zip(cp1255_shapefile):
    """Opening the .shp among its files gives the same Hebrew names as the zip."""
    source = read_geodata(cp1255_shapefile)
    assert source.encoding == "cp1255"
    assert source.field_preview(HEBREW_NAME_FIELD, limit=3) == _tlv_names()[:3]
    assert list_layers(cp1255_shapefile) == ["shchunot"]


def test_utf8_shapefile_with_and_without_cpg(tlv_itm, tmp_path):
    """A UTF-8 DBF is recognised as UTF-8 whether or not a .cpg says so."""
    # A DBF field name holds 10 bytes: in UTF-8 that is 5 Hebrew letters.
    frame = tlv_itm.rename(columns={HEBREW_NAME_FIELD: "שם"})
    shp = _write_shapefile(frame, tmp_path / "utf8", "shchunot", "UTF-8")
    with_cpg = read_geodata(shp)
    shp.with_suffix(".cpg").unlink()
    without_cpg = read_geodata(shp)
    for source in (with_cpg, without_cpg):
        assert source.encoding == "UTF-8"
        assert source.suggest_name_field() == "שם"
        assert [shape.name for shape in source.features("שם")] == _tlv_names()


def test_shapefile_without_prj_is_guessed_as_itm_and_says_so(zipped_without_prj, zipped_cp1255):
    """No .prj: ITM is guessed from the coordinates, flagged, the 05/12 grid mentioned, positions unchanged."""
    guessed = read_geodata(zipped_without_prj)
    assert guessed.declared_crs is None
    assert guessed.crs_guessed and guessed.source_crs == "EPSG:2039"
    assert "EPSG:6991" in guessed.guess_reason and "confirm" in guessed.guess_reason
    declared = read_geodata(zipped_cp1255)
    assert guessed.data.geometry.geom_equals_exact(declared.data.geometry, tolerance=1e-9).all()


def test_crs_argument_overrides_the_guess(zipped_without_prj):
    """crs="EPSG:6991" is used as given and not marked as a guess."""
    source = read_geodata(zipped_without_prj, crs="EPSG:6991")
    assert source.source_crs == "EPSG:6991" and not source.crs_guessed and source.guess_reason == ""


def test_unknown_crs_argument_is_a_readable_error(zipped_without_prj):
    """An EPSG code PROJ does not know is refused by name."""
    with pytest.raises(GeoDataError, match="Unknown coordinate system EPSG:1234"):
        read_geodata(zipped_without_prj, crs="EPSG:1234")


def test_zip_with_two_shapefiles_lists_and_reads_each(cp1255_shapefile, tmp_path):
    """Each shapefile in a zip is a layer; the one asked for is read."""
    shelters = geopandas.read_file(shared_geodata(SHELTERS_ITM))[["ctovet", "geometry"]]
    shelters_shp = _write_shapefile(shelters, tmp_path / "shelters", "miklatim", "cp1255")
    parts = _shapefile_parts(cp1255_shapefile, ".shp", ".shx", ".dbf", ".prj")
    parts += _shapefile_parts(shelters_shp, ".shp", ".shx", ".dbf", ".prj", ".cpg")
    archive = _zip_files(parts, tmp_path / "layers.zip")
    assert sorted(list_layers(archive)) == ["miklatim", "shchunot"]
    source = read_geodata(archive, layer="miklatim")
    assert source.feature_count == 33
    assert [point.name for point in source.points("ctovet")] == _source_values(SHELTERS_ITM, "ctovet")


def test_geopackage_with_two_layers(tlv_itm, tmp_path):
    """A GeoPackage's layers are listed and the chosen one read, Hebrew intact."""
    path = tmp_path / "עירייה.gpkg"
    tlv_itm.to_file(path, layer="shchunot")
    geopandas.read_file(shared_geodata(SHELTERS_ITM)).to_file(path, layer="miklatim")
    assert list_layers(path) == ["shchunot", "miklatim"]
    neighborhoods = read_geodata(path, layer="shchunot")
    assert neighborhoods.source_crs == "EPSG:2039" and neighborhoods.layer == "shchunot"
    assert [shape.name for shape in neighborhoods.features(HEBREW_NAME_FIELD)] == _tlv_names()
    shelters = read_geodata(path, layer="miklatim")
    assert shelters.field_preview("ctovet", limit=100) == _source_values(SHELTERS_ITM, "ctovet")
    with pytest.raises(GeoDataError, match="no layer named 'schools'"):
        read_geodata(path, layer="schools")


def test_kml_names_and_places(tmp_path):
    """A KML written from the neighborhoods reads back with every name and in the same place."""
    frame = geopandas.read_file(shared_geodata(TLV_NEIGHBORHOODS))
    frame["Name"] = frame["neighborhood"]
    path = tmp_path / "shchunot.kml"
    frame[["Name", "geometry"]].to_file(path, driver="KML")
    source = read_geodata(path)
    assert source.suggest_name_field() == "Name"
    shapes = source.features("Name")
    assert [shape.name for shape in shapes] == _tlv_names()
    centroids = shapely.centroid(shapely.from_geojson([json.dumps(shape.geometry) for shape in shapes]))
    assert shapely.distance(centroids, shapely.centroid(frame.geometry.values)).max() < 1e-6


def test_web_mercator_geojson(tmp_path):
    """The EPSG:3857 copy of the neighborhoods lands on the WGS 84 one (within 1 m) with the same names."""
    source = read_geodata(shared_geodata(TLV_MERCATOR))
    assert source.source_crs == "EPSG:3857" and not source.crs_guessed
    original = geopandas.read_file(shared_geodata(TLV_NEIGHBORHOODS))
    assert [shape.name for shape in source.features("neighborhood")] == _tlv_names()
    mine = source.data.geometry.to_crs("EPSG:2039").centroid
    theirs = original.geometry.to_crs("EPSG:2039").centroid
    assert mine.distance(theirs).max() < 1.0


def test_multicity_file_with_results_wrapper():
    """All 1,179 neighborhoods of the wrapped file, names exact, and a Tel Aviv one inside the city boundary."""
    source = read_geodata(shared_geodata(MULTICITY))
    assert source.feature_count == 1179
    assert source.suggest_name_field() == "areaId"
    shapes = source.features("areaId")
    # GDAL orders this file's features by their "id" property, not as they stand in the file.
    expected = dict(zip(_source_values(MULTICITY, "id"), _source_values(MULTICITY, "areaId"), strict=True))
    assert {shape.attributes["id"]: shape.name for shape in shapes} == expected
    assert len(shapes) == len(expected) == 1179
    boundary = shapely.union_all(geopandas.read_file(shared_geodata(TLV_BOUNDARY)).geometry.values)
    florentin = next(shape for shape in shapes if shape.name == "תל אביב יפו/פלורנטין")
    assert boundary.contains(shapely.centroid(shapely.geometry.shape(florentin.geometry)))
    haifa = next(shape for shape in shapes if shape.name.startswith("חיפה/"))
    assert not boundary.contains(shapely.centroid(shapely.geometry.shape(haifa.geometry)))


@pytest.mark.parametrize("wrapping", ["nested", "bare list"])
def test_wrappers_gdal_refuses_are_unwrapped(tmp_path, wrapping):
    """A FeatureCollection two levels down, or a bare list of features, is still read with its legacy crs."""
    content = json.loads(shared_geodata(SHELTERS_ITM).read_text(encoding="utf-8"))
    wrapped = {"data": {"layer": content}} if wrapping == "nested" else content["features"]
    path = tmp_path / "wrapped.geojson"
    path.write_text(json.dumps(wrapped, ensure_ascii=False), encoding="utf-8")
    source = read_geodata(path)
    assert source.feature_count == 33
    expected_crs = "EPSG:2039" if wrapping == "nested" else None
    assert source.declared_crs == expected_crs
    assert source.source_crs == "EPSG:2039"
    reference = read_geodata(shared_geodata(SHELTERS_ITM))
    assert source.data.geometry.geom_equals_exact(reference.data.geometry, tolerance=1e-9).all()


def test_beit_shemesh_shelters_land_in_beit_shemesh():
    """Shelters in EPSG:2039 (legacy crs member) all fall in the Beit Shemesh polygon of the EPSG:6991 localities."""
    shelters = read_geodata(shared_geodata(SHELTERS_ITM))
    assert shelters.source_crs == "EPSG:2039" and shelters.feature_count == 33
    localities = read_geodata(shared_geodata(LOCALITIES_6991))
    assert localities.source_crs == "EPSG:6991"
    assert [shape.name for shape in localities.features("set_name")] == _source_values(LOCALITIES_6991, "set_name")
    town = next(shape for shape in localities.features("set_name") if shape.name == "בית שמש")
    polygon = shapely.geometry.shape(town.geometry)
    points = shelters.points("ctovet")
    assert all(polygon.contains(shapely.Point(point.longitude, point.latitude)) for point in points)


# The EPSG parameters, taken from the EPSG dataset (not from PROJ's pipeline):
# EPSG:2039 Israeli TM: origin 31°44'03.817"N 35°12'16.261"E on Israel 1993 (GRS 1980),
# false easting 219529.584 m, false northing 626907.390 m.
# EPSG:9676 "Israel 1993 to WGS 84 (2)", coordinate frame rotation: tX 23.772 m, tY 17.490 m,
# tZ 17.859 m, rX 0.3132", rY 1.85274", rZ -1.67299", scale -5.4262 ppm.
ITM_ORIGIN_EN = (219529.584, 626907.390)
ITM_ORIGIN_ON_ISRAEL_1993 = (31 + 44 / 60 + 3.817 / 3600, 35 + 12 / 60 + 16.261 / 3600)
HELMERT_9676 = (23.772, 17.490, 17.859, 0.3132, 1.85274, -1.67299, -5.4262)


def _geodetic_to_cartesian(latitude: float, longitude: float) -> tuple[float, float, float]:
    a, f = 6378137.0, 1 / 298.257222101  # GRS 1980
    e2 = f * (2 - f)
    phi, lam = math.radians(latitude), math.radians(longitude)
    n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    return (n * math.cos(phi) * math.cos(lam), n * math.cos(phi) * math.sin(lam), n * (1 - e2) * math.sin(phi))


def _cartesian_to_geodetic(x: float, y: float, z: float) -> tuple[float, float]:
    a, f = 6378137.0, 1 / 298.257223563  # WGS 84
    e2 = f * (2 - f)
    p = math.hypot(x, y)
    phi = math.atan2(z, p * (1 - e2))
    for _ in range(10):
        n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
        phi = math.atan2(z + e2 * n * math.sin(phi), p)
    return math.degrees(phi), math.degrees(math.atan2(y, x))


def _itm_origin_on_wgs84_by_hand() -> tuple[float, float]:
    tx, ty, tz, rx, ry, rz, ppm = HELMERT_9676
    rx, ry, rz = (math.radians(value / 3600) for value in (rx, ry, rz))
    x, y, z = _geodetic_to_cartesian(*ITM_ORIGIN_ON_ISRAEL_1993)
    scale = 1 + ppm * 1e-6
    # Coordinate frame rotation (EPSG method 9607).
    return _cartesian_to_geodetic(
        tx + scale * (x + rz * y - ry * z),
        ty + scale * (-rz * x + y + rx * z),
        tz + scale * (ry * x - rx * y + z),
    )


def test_itm_origin_lands_where_the_epsg_definition_puts_it(tmp_path):
    """The ITM origin in a 2039 file lands within 1 m of the EPSG-defined origin carried to WGS 84 by EPSG:9676.

    The 31.7343936 N 35.2045169 E of the definition are on the Israel 1993 datum: on WGS 84 the same
    spot is about 78 m away, and a reader that skipped the datum shift would land there instead.
    """
    from pyproj import Geod, Transformer

    path = tmp_path / "origin.geojson"
    path.write_text(
        json.dumps({
            "type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "EPSG:2039"}},
            "features": [{"type": "Feature", "properties": {"name": "origin"},
                          "geometry": {"type": "Point", "coordinates": list(ITM_ORIGIN_EN)}}],
        }),
        encoding="utf-8",
    )
    point = read_geodata(path).points("name")[0]
    geod = Geod(ellps="WGS84")
    expected_latitude, expected_longitude = _itm_origin_on_wgs84_by_hand()
    assert abs(geod.inv(point.longitude, point.latitude, expected_longitude, expected_latitude)[2]) < 1.0
    on_israel_1993 = Transformer.from_crs("EPSG:2039", "EPSG:4141", always_xy=True).transform(*ITM_ORIGIN_EN)
    assert on_israel_1993 == pytest.approx(ITM_ORIGIN_ON_ISRAEL_1993[::-1], abs=1e-9)
    datum_shift = geod.inv(point.longitude, point.latitude, ITM_ORIGIN_ON_ISRAEL_1993[1], ITM_ORIGIN_ON_ISRAEL_1993[0])[2]
    assert 70 < datum_shift < 90


def test_itm_geojson_without_crs_member_is_guessed(tmp_path):
    """A GeoJSON in metres with no crs member (GDAL calls it WGS 84) is recognised as ITM and flagged."""
    content = json.loads(shared_geodata(SHELTERS_ITM).read_text(encoding="utf-8"))
    del content["crs"]
    path = tmp_path / "miklatim.geojson"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    source = read_geodata(path)
    assert source.crs_guessed and source.source_crs == "EPSG:2039" and source.declared_crs is None
    assert "not in degrees" in source.guess_reason
    reference = read_geodata(shared_geodata(SHELTERS_ITM))
    assert source.data.geometry.geom_equals_exact(reference.data.geometry, tolerance=1e-9).all()


def test_web_mercator_without_crs_is_guessed(tmp_path):
    """Web Mercator coordinates without a crs member are guessed as EPSG:3857."""
    content = json.loads(shared_geodata(TLV_MERCATOR).read_text(encoding="utf-8"))
    del content["crs"]
    path = tmp_path / "mercator.geojson"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    source = read_geodata(path)
    assert source.crs_guessed and source.source_crs == "EPSG:3857"
    assert source.data.total_bounds == pytest.approx(read_geodata(shared_geodata(TLV_MERCATOR)).data.total_bounds)


def test_coordinates_of_no_known_system_ask_for_a_crs(tmp_path):
    """Metres far from any Israeli range raise an error that asks for the coordinate system."""
    path = tmp_path / "elsewhere.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "x"}, "geometry": {"type": "Point", "coordinates": [5_000_000, 9_000_000]}}
    ]}), encoding="utf-8")
    with pytest.raises(GeoDataError, match="choose its coordinate system"):
        read_geodata(path)


def test_itm_grid_with_a_home_made_datum_shift_uses_projs_epsg_2039(cp1255_shapefile, tmp_path):
    """A .prj with ITM's grid and no datum shift of its own is read as PROJ's EPSG:2039, not 78 m off."""
    from pyproj import CRS

    folder = tmp_path / "homemade"
    folder.mkdir()
    for part in _shapefile_parts(cp1255_shapefile, ".shp", ".shx", ".dbf"):
        shutil.copyfile(part, folder / part.name)
    no_shift = CRS.from_proj4(
        "+proj=tmerc +lat_0=31.7343936111111 +lon_0=35.2045169444444 +k=1.0000067 +x_0=219529.584 "
        "+y_0=626907.39 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"
    )
    (folder / "shchunot.prj").write_text(no_shift.to_wkt("WKT1_ESRI"), encoding="ascii")
    source = read_geodata(folder / "shchunot.shp")
    assert source.source_crs == "EPSG:2039" and not source.crs_guessed and "EPSG:2039" in source.guess_reason
    reference = read_geodata(cp1255_shapefile)
    assert source.data.geometry.geom_equals_exact(reference.data.geometry, tolerance=1e-9).all()


@pytest.fixture(scope="module")
def many_points_shapefile(tmp_path_factory) -> Path:
    """12,000 points in EPSG:2039 with Hebrew names, in a cp1255 shapefile: big enough to read in chunks."""
    count = 12_000
    frame = geopandas.GeoDataFrame(
        {"שם": [f"מקלט {number}" for number in range(count)]},
        geometry=shapely.points([(190_000 + number % 100 * 50, 600_000 + number // 100 * 50) for number in range(count)]),
        crs="EPSG:2039",
    )
    shp = _write_shapefile(frame, tmp_path_factory.mktemp("many"), "points", "cp1255")
    shp.with_suffix(".cpg").unlink()
    return shp


def test_big_shapefile_reports_progress_as_it_reads(many_points_shapefile):
    """Reading 12,000 features reports rising progress several times, ending at 100 of 100."""
    reports: list[tuple[int, int]] = []
    source = read_geodata(many_points_shapefile, progress=lambda done, total: reports.append((done, total)))
    assert source.feature_count == 12_000
    assert source.field_preview("שם", limit=2) == ["מקלט 0", "מקלט 1"]
    assert [shape.name for shape in source.features("שם")][-1] == "מקלט 11999"
    percents = [done for done, _ in reports]
    assert len(percents) >= 6 and percents == sorted(percents) and reports[-1] == (100, 100)


def test_cancel_stops_the_read(many_points_shapefile):
    """Cancelling after the first chunk raises ReadCancelled, a GeoDataError, and reads no further."""
    reports: list[int] = []
    with pytest.raises(ReadCancelled) as caught:
        read_geodata(
            many_points_shapefile,
            progress=lambda done, total: reports.append(done),
            is_cancelled=lambda: len(reports) >= 2,
        )
    assert isinstance(caught.value, GeoDataError) and "cancelled" in str(caught.value)
    assert max(reports) < 100


def _assert_readable_error(path: Path, words: str) -> None:
    with pytest.raises(GeoDataError) as caught:
        read_geodata(path)
    message = str(caught.value)
    assert words in message and "Traceback" not in message and "/vsizip/" not in message


def test_text_file_renamed_shp_is_refused(tmp_path):
    """A letter saved as .shp names what is missing instead of crashing."""
    path = tmp_path / "letter.shp"
    path.write_text("Dear community manager,", encoding="utf-8")
    _assert_readable_error(path, "needs its .shx and .dbf")
    for suffix in (".shx", ".dbf"):
        path.with_suffix(suffix).write_text("not really", encoding="utf-8")
    _assert_readable_error(path, "not a map file that can be read")


def test_empty_and_shapefile_less_zips_are_refused(tmp_path):
    """An empty zip and a zip of documents both say the zip holds no shapefile; a broken zip says so."""
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    _assert_readable_error(empty, "The zip holds no shapefile")
    documents = tmp_path / "documents.zip"
    with zipfile.ZipFile(documents, "w") as archive:
        archive.writestr("readme.txt", "hello")
    _assert_readable_error(documents, "The zip holds no shapefile")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    _assert_readable_error(broken, "not a readable zip file")


def test_zip_missing_the_dbf_is_refused(cp1255_shapefile, tmp_path):
    """A zip with the .shp but not its .dbf says which file is missing."""
    archive = _zip_files(_shapefile_parts(cp1255_shapefile, ".shp", ".shx", ".prj"), tmp_path / "part.zip")
    _assert_readable_error(archive, "needs its .dbf")


def test_geojson_with_no_features_is_refused(tmp_path):
    """An empty FeatureCollection says the layer has no features."""
    path = tmp_path / "empty.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    _assert_readable_error(path, "has no features")


def test_not_json_geojson_is_refused(tmp_path):
    """Broken JSON under a .geojson name is not a map file."""
    path = tmp_path / "broken.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    _assert_readable_error(path, "not a map file that can be read")


def test_corrupted_geopackage_is_refused(tlv_itm, tmp_path):
    """A GeoPackage cut short, and one with its pages overwritten, are reported as damaged."""
    good = tmp_path / "good.gpkg"
    tlv_itm.to_file(good, layer="shchunot")
    content = good.read_bytes()
    cut = tmp_path / "cut.gpkg"
    cut.write_bytes(content[:5000])
    _assert_readable_error(cut, "damaged")
    overwritten = tmp_path / "overwritten.gpkg"
    overwritten.write_bytes(content[:100] + b"\0" * 5000 + content[5100:])
    _assert_readable_error(overwritten, "damaged")


def test_plain_sqlite_named_gpkg_is_refused(tmp_path):
    """A SQLite file with only a plain table, named .gpkg, is refused with GDAL's reason, not a traceback."""
    path = tmp_path / "table.gpkg"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    _assert_readable_error(path, "could not be read: At least one of the required GeoPackage tables")


def test_missing_file_is_refused(tmp_path):
    """A path that does not exist says so."""
    _assert_readable_error(tmp_path / "nowhere.geojson", "does not exist")
