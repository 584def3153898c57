"""The mapping file's command line: boundaries and assets in, the division checked, maps out and back in."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zipfile
from pathlib import Path

import geopandas
import pytest

from tests.geodata import shared_geodata
from tests.integration.test_cli import run_cli

TLV = "tlv-neighborhoods-wgs84/neighborhoods.geojson"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _neighborhood_names(workspace: Path) -> list[str]:
    connection = sqlite3.connect(workspace)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM neighborhood"))
    finally:
        connection.close()


@pytest.fixture(scope="module")
def tlv_names() -> list[str]:
    return sorted(geopandas.read_file(shared_geodata(TLV))["neighborhood"])


@pytest.fixture
def empty_city(tmp_path: Path) -> Path:
    from or_communities.services.workspace import Workspace

    path = tmp_path / "tlv.orcity"
    Workspace.create(path, "תל אביב-יפו", 2027).close()
    return path


def _municipal_zip(folder: Path, with_prj: bool = True) -> Path:
    """What a municipality sends: an EPSG:2039 shapefile, its DBF in cp1255, no .cpg, zipped."""
    frame = geopandas.read_file(shared_geodata(TLV)).to_crs("EPSG:2039").rename(columns={"neighborhood": "שם_שכונה"})
    shapefile = folder / "shapes" / "neighborhoods.shp"
    shapefile.parent.mkdir()
    frame.to_file(shapefile, encoding="cp1255")
    shapefile.with_suffix(".cpg").unlink(missing_ok=True)
    if not with_prj:
        shapefile.with_suffix(".prj").unlink()
    archive = folder / ("neighborhoods.zip" if with_prj else "no_prj.zip")
    with zipfile.ZipFile(archive, "w") as zipped:
        for part in shapefile.parent.iterdir():
            zipped.write(part, part.name)
    return archive


def test_import_boundaries_from_a_municipal_zip(empty_city, tmp_path, tlv_names):
    """A zipped cp1255 EPSG:2039 shapefile without .cpg brings in every name, character for character."""
    result = run_cli("import-boundaries", str(empty_city), str(_municipal_zip(tmp_path)), "--name-field", "שם_שכונה")
    assert result.returncode == 0, result.stderr
    assert f"{len(tlv_names)} new" in result.stdout
    assert _neighborhood_names(empty_city) == tlv_names


def test_a_file_without_a_crs_needs_it_confirmed(empty_city, tmp_path, tlv_names):
    """Without a .prj the command names its guess and changes nothing until --crs confirms it."""
    archive = _municipal_zip(tmp_path, with_prj=False)
    before = _digest(empty_city)
    refused = run_cli("import-boundaries", str(empty_city), str(archive))
    assert refused.returncode == 1 and "--crs EPSG:2039" in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert _digest(empty_city) == before
    confirmed = run_cli("import-boundaries", str(empty_city), str(archive), "--crs", "EPSG:2039")
    assert confirmed.returncode == 0, confirmed.stderr
    assert _neighborhood_names(empty_city) == tlv_names


def test_bad_files_get_one_line_and_change_nothing(empty_city, tmp_path):
    """A file that is not GIS data, or a field that does not exist, exits 1 with one line; the workspace is untouched."""
    junk = tmp_path / "junk.shp"
    junk.write_text("not a shapefile")
    before = _digest(empty_city)
    for arguments in (
        ("import-boundaries", str(empty_city), str(junk)),
        ("import-boundaries", str(empty_city), str(shared_geodata(TLV)), "--name-field", "nope"),
        ("export-map", str(empty_city), str(tmp_path / "map.pdf")),
        ("import-map", str(empty_city), str(junk)),
    ):
        result = run_cli(*arguments)
        assert result.returncode == 1, arguments
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert _digest(empty_city) == before


def test_validate_reports_findings_and_exits_one(empty_city, tmp_path):
    """`validate` exits 1 with a line per finding, and a neighborhood laid over another shows as an overlap."""
    run_cli("import-boundaries", str(empty_city), str(shared_geodata(TLV)), "--name-field", "neighborhood")
    clean = run_cli("validate", str(empty_city))
    frame = geopandas.read_file(shared_geodata(TLV)).iloc[[0]]
    moved = frame.copy()
    moved["neighborhood"] = "שכונה חופפת"
    moved.to_file(tmp_path / "overlap.geojson")
    run_cli("import-boundaries", str(empty_city), str(tmp_path / "overlap.geojson"), "--name-field", "neighborhood")
    found = run_cli("validate", str(empty_city))
    assert found.returncode == 1
    assert any(line.startswith("overlap:") and "שכונה חופפת" in line for line in found.stdout.splitlines())
    overlaps_before = [line for line in clean.stdout.splitlines() if line.startswith("overlap:")]
    overlaps_after = [line for line in found.stdout.splitlines() if line.startswith("overlap:")]
    assert len(overlaps_after) > len(overlaps_before)


def test_import_assets_from_a_csv(empty_city, tmp_path):
    """`import-assets` reads a Hebrew CSV with lat/lon and files each asset under its neighborhood."""
    run_cli("import-boundaries", str(empty_city), str(shared_geodata(TLV)), "--name-field", "neighborhood")
    listing = tmp_path / "assets.csv"
    listing.write_text("שם,סוג,lat,lon\nמתנ\"ס נווה צדק,מרכז קהילתי,32.0606,34.7649\n", encoding="utf-8-sig")
    result = run_cli("import-assets", str(empty_city), str(listing))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(empty_city)
    row = connection.execute(
        "SELECT a.name, a.category, n.name FROM asset a LEFT JOIN neighborhood n ON n.id = a.neighborhood_id"
    ).fetchone()
    connection.close()
    assert row[0] == "מתנ\"ס נווה צדק" and row[1] == "community_center" and row[2] is not None


def test_import_assets_refuses_another_citys_file_in_one_line(empty_city):
    """`import-assets` of Beit Shemesh's shelters into Tel Aviv exits 1 with one line that counts them and says how
    to keep them; nothing is added; with --keep-outside they come in, reported as outside."""
    run_cli("import-boundaries", str(empty_city), str(shared_geodata(TLV)), "--name-field", "neighborhood")
    shelters = str(shared_geodata("beit-shemesh-itm/Miklatim_no_contacts.geojson"))
    before = _digest(empty_city)
    refused = run_cli("import-assets", str(empty_city), shelters)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "none of its 33 places" in refused.stderr and "--keep-outside" in refused.stderr
    assert _digest(empty_city) == before
    kept = run_cli("import-assets", str(empty_city), shelters, "--keep-outside")
    assert kept.returncode == 0, kept.stderr
    assert "33 assets added" in kept.stdout and "33 of them lie outside the city's neighborhoods" in kept.stdout


def test_export_map_html_and_geopackage_then_import_into_another_city(demo_path, empty_city, tmp_path):
    """The demo exports to HTML and GeoPackage; import-map previews without --yes and merges with it."""
    html = tmp_path / "map.html"
    gpkg = tmp_path / "map.gpkg"
    assert run_cli("export-map", str(demo_path), str(html)).returncode == 0
    text = html.read_text(encoding="utf-8")
    assert "<html" in text.lower()
    assert not re.search(r"<(script|link|img)\b[^>]*(src|href)=[\"']?(https?:)?//", text, re.IGNORECASE)
    assert run_cli("export-map", str(demo_path), str(gpkg)).returncode == 0
    before = _digest(empty_city)
    previewed = run_cli("import-map", str(empty_city), str(gpkg))
    assert previewed.returncode == 0 and "--yes" in previewed.stdout
    assert _digest(empty_city) == before
    merged = run_cli("import-map", str(empty_city), str(gpkg), "--yes")
    assert merged.returncode == 0, merged.stderr
    assert len(_neighborhood_names(empty_city)) == 10


def test_validate_says_what_it_could_not_check_and_fails(empty_city):
    """Without a city boundary, `validate` names the gap and outside-the-city checks as not run, says why, and
    does not call the division sound."""
    run_cli("import-boundaries", str(empty_city), str(shared_geodata(TLV)), "--name-field", "neighborhood")
    result = run_cli("validate", str(empty_city))
    assert result.returncode == 1
    assert "not checked: gap, outside_city: there is no city boundary" in result.stdout
    assert "sound" not in result.stdout


def test_validate_passes_a_sound_division(demo_path):
    """The demo's neighborhoods, built from whole census areas, cover its city boundary without gaps, neither
    overlap nor lack names: every check runs, exit 0."""
    result = run_cli("validate", str(demo_path))
    assert result.returncode == 0, result.stdout
    assert "no findings" in result.stdout


def test_a_geopackage_in_israels_grid_for_the_municipalitys_gis_and_back(demo_path, empty_city, tmp_path):
    """`export-map --crs 2039` writes every layer in EPSG:2039, read as such by a second reader (pyogrio), with
    coordinates in Israel's grid; merged into another workspace it lands where the WGS 84 package does."""
    import pyogrio

    itm = tmp_path / "itm.gpkg"
    done = run_cli("export-map", str(demo_path), str(itm), "--crs", "2039")
    assert done.returncode == 0, done.stderr
    for layer, geometry_type in pyogrio.list_layers(itm):
        if geometry_type is None:
            continue
        info = pyogrio.read_info(itm, layer=layer)
        assert info["crs"] == "EPSG:2039", layer
        west, south, _east, _north = info["total_bounds"]
        assert 150_000 < west < 250_000 and 400_000 < south < 700_000, layer  # Be'er Sheva in the grid, not degrees
    assert run_cli("import-map", str(empty_city), str(itm), "--yes").returncode == 0
    bad = run_cli("export-map", str(demo_path), str(tmp_path / "x.gpkg"), "--crs", "3857")
    assert bad.returncode == 1 and "EPSG:2039" in bad.stderr and "Traceback" not in bad.stderr
    html = run_cli("export-map", str(demo_path), str(tmp_path / "x.html"), "--crs", "2039")
    assert html.returncode == 1 and "--crs is for a GeoPackage" in html.stderr


def test_a_package_in_israels_grid_merges_to_the_same_places(demo_path, tmp_path):
    """The same map written in WGS 84 and in EPSG:2039 reads back to the same neighborhoods within a metre."""
    from shapely.geometry import shape

    from or_communities.files.geopackage import read_map_package
    from or_communities.services.workspace import Workspace

    demo = Workspace.open(demo_path)
    demo.maps.export_geopackage(tmp_path / "wgs.gpkg")
    demo.maps.export_geopackage(tmp_path / "itm.gpkg", crs="EPSG:2039")
    demo.close()
    wgs, itm = read_map_package(tmp_path / "wgs.gpkg"), read_map_package(tmp_path / "itm.gpkg")
    assert [n.name for n in wgs.neighborhoods] == [n.name for n in itm.neighborhoods]
    for one, other in zip(wgs.neighborhoods, itm.neighborhoods, strict=True):
        first, second = shape(one.geometry), shape(other.geometry)
        assert first.symmetric_difference(second).area < 1e-9  # degrees squared: well under a square metre


def _geojson(folder: Path, name: str, features: list[dict]) -> Path:
    import json

    path = folder / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
    return path


def _feature(name: str, geometry: dict) -> dict:
    return {"type": "Feature", "properties": {"name": name}, "geometry": geometry}


SQUARE = {"type": "Polygon", "coordinates": [[[34.78, 32.08], [34.79, 32.08], [34.79, 32.09], [34.78, 32.09], [34.78, 32.08]]]}


def test_points_are_refused_as_boundaries_and_a_mixed_file_says_what_it_left_out(empty_city, tmp_path):
    """A file of points given as boundaries exits 1 with one line offering to import it as assets, and the
    workspace is byte-identical; in a file of areas with a point among them, the point is left out and counted."""
    points = _geojson(tmp_path, "places.geojson", [
        _feature("גינה", {"type": "Point", "coordinates": [34.78, 32.08]}),
        _feature("מתנ\"ס", {"type": "Point", "coordinates": [34.79, 32.09]}),
    ])
    before = _digest(empty_city)
    refused = run_cli("import-boundaries", str(empty_city), str(points), "--name-field", "name")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "points or lines, not areas" in refused.stderr and "as assets" in refused.stderr
    assert _digest(empty_city) == before

    mixed = _geojson(tmp_path, "mixed.geojson", [
        _feature("הצפון הישן", SQUARE), _feature("ספסל", {"type": "Point", "coordinates": [34.785, 32.085]}),
    ])
    taken = run_cli("import-boundaries", str(empty_city), str(mixed), "--name-field", "name")
    assert taken.returncode == 0, taken.stderr
    assert "1 new" in taken.stdout and "1 points or lines left out" in taken.stdout
    assert _neighborhood_names(empty_city) == ["הצפון הישן"]


def test_a_guessed_name_field_that_folds_many_shapes_into_few_needs_confirming(empty_city, tmp_path):
    """Without --name-field, a guessed field that would make six shapes two neighborhoods is refused in one line
    naming the field and the counts; confirmed with --name-field, the shapes become two neighborhoods."""
    features = [
        {"type": "Feature", "properties": {"name": "רובע " + ("א" if n % 2 else "ב"), "code": str(n)}, "geometry": SQUARE}
        for n in range(6)
    ]
    folding = _geojson(tmp_path, "areas.geojson", features)
    before = _digest(empty_city)
    refused = run_cli("import-boundaries", str(empty_city), str(folding))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "would fold 6 shapes into 2 neighborhoods" in refused.stderr and "--name-field name" in refused.stderr
    assert _digest(empty_city) == before
    confirmed = run_cli("import-boundaries", str(empty_city), str(folding), "--name-field", "name")
    assert confirmed.returncode == 0, confirmed.stderr
    assert _neighborhood_names(empty_city) == ["רובע א", "רובע ב"]
