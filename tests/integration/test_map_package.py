"""Map packages: a GeoPackage GIS tools read with Hebrew intact, personal data only on request,
and a colleague's package merged after a preview, all at once or not at all."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pyogrio
import pytest

from or_communities.domain.errors import ImportFailed, InvalidCoordinates
from or_communities.domain.mapping import Asset, AssetCategory
from or_communities.domain.records import (
    NeighborhoodProfile,
    Partner,
    PartnerKind,
    PersonRole,
)
from or_communities.files.geopackage import (
    PackagedAsset,
    read_map_package,
    write_map_package,
)
from or_communities.services.map_exchange import ConflictReason, ItemKind, MergeState
from or_communities.services.workspace import Workspace

HEBREW_ASSETS = [
    ("מתנ\"ס \"בית הכרם\" – אגף צפון", AssetCategory.COMMUNITY_CENTER, 34.7921, 31.2515, "רח' הרצל 12, באר שבע"),
    ("גינת הזיתים של רחוב ז'בוטינסקי", AssetCategory.PARK, 34.8003, 31.2440, ""),
    ("מקלט 7 – ליד בית הכנסת \"אוהל משה\"", AssetCategory.SHELTER, 34.7850, 31.2602, "שד' רגר 3"),
]
PARTNER_SITE = ("בית העמותה \"צעירים בנגב\"", AssetCategory.PARTNER_SITE, 34.7990, 31.2555, "רח' העצמאות 40")
PARTNER_PHONE = "052-7771234"
PARTNER_EMAIL = "gilad.shemesh@example.net"
COORDINATOR_PHONE = "054-3332211"
COORDINATOR_EMAIL = "dana.karmi@example.net"
CITY_BOUNDARY = {
    "type": "Polygon",
    "coordinates": [[[34.70, 31.20], [34.90, 31.20], [34.90, 31.32], [34.70, 31.32], [34.70, 31.20]]],
}


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def source(demo_path: Path) -> Iterator[Workspace]:
    """The demo city with Hebrew-named assets, a partner site, a partner's and a coordinator's contact details."""
    workspace = Workspace.open(demo_path)
    first = workspace.neighborhoods.list()[0]
    for name, category, longitude, latitude, address in [*HEBREW_ASSETS, PARTNER_SITE]:
        workspace.assets.add(Asset(None, name, category, longitude, latitude, first.id, address, "הערה: פתוח בערבים"))
    workspace.partners.add(
        Partner(0, "צעירים בנגב", PartnerKind.SOCIAL_ORGANIZATION, "גלעד שמש", PARTNER_PHONE, PARTNER_EMAIL, "מתנדבים")
    )
    coordinator = workspace.people.add(
        "דנה כרמי", [PersonRole.COMMUNITY_COORDINATOR], first.id, COORDINATOR_PHONE, COORDINATOR_EMAIL
    )
    workspace.neighborhoods.update_profile(first.id, dataclasses.replace(first.profile, coordinator_id=coordinator))
    workspace.division.set_city_boundary(CITY_BOUNDARY)
    yield workspace
    workspace.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    """A colleague's fresh workspace of the same city."""
    workspace = Workspace.create(tmp_path / "עמית.orcity", "באר שבע (הדגמה)", 2026)
    yield workspace
    workspace.close()


def _export(workspace: Workspace, path: Path, include_personal: bool = False) -> Path:
    workspace.maps.export_geopackage(path, include_personal)
    return path


def _states(preview, kind: ItemKind) -> dict[str, MergeState]:
    return {item.name: item.state for item in preview.items if item.kind is kind}


def test_gdal_reads_every_layer_with_hebrew_intact(source, tmp_path):
    """pyogrio lists the layers and reads back every neighborhood and asset, Hebrew names character for character."""
    path = _export(source, tmp_path / "מפה.gpkg")
    layers = dict(pyogrio.list_layers(path))
    assert layers["neighborhoods"] == "MultiPolygon" and layers["assets"] == "Point"
    assert layers["partner_sites"] == "Point" and layers["city_boundary"] == "MultiPolygon"
    assert {"partners", "or_communities_package"} <= set(layers)

    neighborhoods = pyogrio.read_dataframe(path, layer="neighborhoods")
    assert neighborhoods.crs.to_epsg() == 4326
    assert sorted(neighborhoods["name"]) == sorted(n.name for n in source.neighborhoods.list())
    assert neighborhoods.geometry.notna().sum() == len(source.division.boundaries())
    assert set(neighborhoods["stage"]) <= {"טרם החלה", "שלב 2", "שלב 3"}

    assets = pyogrio.read_dataframe(path, layer="assets")
    local_assets = source.assets.list()
    assert len(assets) == sum(1 for a in local_assets if a.category is not AssetCategory.PARTNER_SITE)
    rows = {row["name"]: row for row in assets.to_dict("records")}
    for name, category, longitude, latitude, address in HEBREW_ASSETS:
        assert rows[name]["category"] == category.value and rows[name]["category_he"] == category.label.he
        assert rows[name]["address"] == address and rows[name]["notes"] == "הערה: פתוח בערבים"
        assert (rows[name]["geometry"].x, rows[name]["geometry"].y) == (longitude, latitude)
    [site] = pyogrio.read_dataframe(path, layer="partner_sites").to_dict("records")
    assert site["name"] == PARTNER_SITE[0] and site["category_he"] == "אתר של שותף"


def test_sqlite_sees_a_geopackage_in_wgs84(source, tmp_path):
    """Plain sqlite3 finds the layers in gpkg_contents in EPSG:4326 and the package's key/value description."""
    path = _export(source, tmp_path / "map.gpkg")
    connection = sqlite3.connect(path)
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        contents = {name: (kind, srs) for name, kind, srs in connection.execute(
            "SELECT table_name, data_type, srs_id FROM gpkg_contents"
        )}
        metadata = dict(connection.execute("SELECT key, value FROM or_communities_package"))
        hebrew = [row[0] for row in connection.execute("SELECT name FROM assets ORDER BY name")]
        srs = connection.execute("SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 4326").fetchone()
    finally:
        connection.close()
    assert application_id == int.from_bytes(b"GPKG", "big")
    for layer in ("neighborhoods", "assets", "partner_sites", "city_boundary"):
        assert contents[layer] == ("features", 4326)
    assert contents["or_communities_package"][0] == "attributes"
    assert srs == ("EPSG", 4326)
    assert metadata["city"] == "באר שבע (הדגמה)" and metadata["personal_data_included"] == "no"
    assert metadata["format_version"] == "1" and metadata["plan_year"] == str(source.city.get().plan_year)
    assert {name for name, *_ in HEBREW_ASSETS} <= set(hebrew)


def test_personal_data_only_when_asked(source, tmp_path):
    """Phones and emails of partners and coordinators are not in the file's bytes unless included on request."""
    plain = _export(source, tmp_path / "plain.gpkg").read_bytes()
    for secret in (PARTNER_PHONE, PARTNER_EMAIL, COORDINATOR_PHONE, COORDINATOR_EMAIL, "גלעד שמש"):
        assert secret.encode() not in plain
    personal = _export(source, tmp_path / "personal.gpkg", include_personal=True).read_bytes()
    for secret in (PARTNER_PHONE, PARTNER_EMAIL, COORDINATOR_PHONE, COORDINATOR_EMAIL, "גלעד שמש"):
        assert secret.encode() in personal
    assert read_map_package(tmp_path / "personal.gpkg").include_personal is True


def test_export_replaces_a_file_and_leaves_nothing_beside_it(source, tmp_path):
    """Exporting over an older package replaces it whole, with no partial file left in the folder."""
    path = tmp_path / "map.gpkg"
    path.write_text("an older file")
    _export(source, path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".orcity"] == ["map.gpkg"]
    assert len(read_map_package(path).neighborhoods) == len(source.neighborhoods.list())


def test_fresh_workspace_takes_everything_in(source, target, tmp_path):
    """Into an empty workspace every record previews as new, and after merging all are there with their uids."""
    path = _export(source, tmp_path / "map.gpkg")
    preview = target.maps.preview_import(path)
    assert {item.state for item in preview.items} == {MergeState.NEW}
    assert preview.same_city

    summary = target.maps.apply_import(preview, "keep_mine")

    theirs, ours = source.neighborhoods.list(), target.neighborhoods.list()
    assert summary.added == len(theirs) + len(source.assets.list()) + 1  # and the city boundary
    assert [(n.name, n.uid, n.profile.population) for n in ours] == [(n.name, n.uid, n.profile.population) for n in theirs]
    assert sum(1 for _, _, geometry in target.division.boundaries() if geometry) == len(theirs)
    assert target.division.city_boundary() is not None
    by_name = {n.id: n.name for n in ours}
    imported = {(a.name, a.category, a.uid, by_name.get(a.neighborhood_id)) for a in target.assets.list()}
    source_names = {n.id: n.name for n in theirs}
    assert imported == {(a.name, a.category, a.uid, source_names.get(a.neighborhood_id)) for a in source.assets.list()}
    again = target.maps.preview_import(path)
    assert {item.state for item in again.items} == {MergeState.UNCHANGED}


def test_edits_show_as_changed_new_and_unchanged(source, target, tmp_path):
    """After a rename, a new population and a new neighborhood at the source, the preview names exactly those."""
    target.maps.apply_import(target.maps.preview_import(_export(source, tmp_path / "first.gpkg")), "keep_mine")
    renamed, counted, *_ = source.neighborhoods.list()
    source.neighborhoods.rename(renamed.id, "רובע 1 – העיר העתיקה")
    source.neighborhoods.update_profile(counted.id, dataclasses.replace(counted.profile, population=12345))
    source.neighborhoods.add("נווה זאב", NeighborhoodProfile(population=900, needs="מרחב התכנסות"))

    preview = target.maps.preview_import(_export(source, tmp_path / "second.gpkg"))

    states = _states(preview, ItemKind.NEIGHBORHOOD)
    assert states.pop("רובע 1 – העיר העתיקה") is MergeState.CHANGED
    assert states.pop(counted.name) is MergeState.CHANGED
    assert states.pop("נווה זאב") is MergeState.NEW
    assert set(states.values()) == {MergeState.UNCHANGED}
    items = {item.name: item for item in preview.items}
    assert items["רובע 1 – העיר העתיקה"].changed_fields == ("name",)
    assert items["רובע 1 – העיר העתיקה"].local_values == (renamed.name,)
    assert items[counted.name].changed_fields == ("population",)
    assert items[counted.name].incoming_values == ("12345",)
    lines = preview.summary_lines()
    at = lines.index("  changed neighborhood: רובע 1 – העיר העתיקה")
    assert lines[at + 1] == f"    name: mine {renamed.name!r}, theirs 'רובע 1 – העיר העתיקה', both started from {renamed.name!r}"

    summary = target.maps.apply_import(preview, "keep_mine")
    assert (summary.added, summary.updated) == (1, 2)
    names = {n.name: n for n in target.neighborhoods.list()}
    assert "רובע 1 – העיר העתיקה" in names and renamed.name not in names
    assert names[counted.name].profile.population == 12345 and names["נווה זאב"].profile.needs == "מרחב התכנסות"


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs"])
def test_same_name_made_in_both_places_is_a_conflict_resolved_as_chosen(source, target, tmp_path, choice):
    """A neighborhood made separately under the same name conflicts; keep mine leaves it, take theirs adopts theirs."""
    theirs = next(n for n in source.neighborhoods.list() if n.profile.population)
    mine = target.neighborhoods.add(theirs.name, NeighborhoodProfile(population=1, description="שלנו"))
    preview = target.maps.preview_import(_export(source, tmp_path / "map.gpkg"))

    [conflict] = [item for item in preview.items if item.state is MergeState.CONFLICTING]
    assert conflict.name == theirs.name and conflict.reason is ConflictReason.MADE_IN_BOTH_PLACES
    assert conflict.local_id == mine.id and "population" in conflict.changed_fields

    summary = target.maps.apply_import(preview, choice)

    after = target.neighborhoods.get(mine.id)
    assert len(target.neighborhoods.list()) == len(source.neighborhoods.list())
    if choice == "keep_mine":
        assert summary.conflicts_kept == 1
        assert (after.uid, after.profile.population, after.profile.description) == (mine.uid, 1, "שלנו")
    else:
        assert summary.conflicts_taken == 1
        assert (after.uid, after.profile.population) == (theirs.uid, theirs.profile.population)
        assert after.profile.description == (theirs.profile.description or "שלנו")
        assert target.division.boundary(mine.id) is not None


def test_an_asset_recorded_in_both_places_conflicts(source, target, tmp_path):
    """An asset of the same name and category a few metres away, made separately, shows as conflicting."""
    name, category, longitude, latitude, _ = HEBREW_ASSETS[0]
    target.assets.add(Asset(None, name, category, longitude + 0.0001, latitude))
    preview = target.maps.preview_import(_export(source, tmp_path / "map.gpkg"))
    conflicts = [item for item in preview.items if item.state is MergeState.CONFLICTING]
    assert [(item.kind, item.name) for item in conflicts] == [(ItemKind.ASSET, name)]
    assert "position" in conflicts[0].changed_fields


def test_a_failure_half_way_changes_nothing(source, target, tmp_path):
    """An invalid asset after valid neighborhoods and assets rolls the whole merge back: the file keeps its bytes."""
    package = source.maps.package()
    broken = PackagedAsset("f" * 32, "נקודה שגויה", "park", "פארק / גינה", 34.8, 123.0)
    package.assets.append(broken)
    path = tmp_path / "broken.gpkg"
    write_map_package(package, path)
    preview = target.maps.preview_import(path)
    before = _fingerprint(target.path)

    with pytest.raises(InvalidCoordinates):
        target.maps.apply_import(preview, "take_theirs")

    assert _fingerprint(target.path) == before
    assert target.neighborhoods.list() == [] and target.assets.list() == []


def _text_file(path: Path) -> None:
    path.write_text("שלום, this is a letter, not a map", encoding="utf-8")


def _foreign_geopackage(path: Path) -> None:
    import geopandas as gpd
    import shapely

    frame = gpd.GeoDataFrame({"שם": ["גן"]}, geometry=[shapely.Point(34.8, 31.25)], crs="EPSG:4326")
    pyogrio.write_dataframe(frame, path, layer="parks", driver="GPKG")


def _plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE neighborhoods (name TEXT)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_text_file, "not a GeoPackage"),
        (_foreign_geopackage, "no 'neighborhoods' layer"),
        (_plain_sqlite, "not a GeoPackage"),
    ],
)
def test_files_that_are_not_our_packages_are_refused(target, tmp_path, make, reason):
    """A text file renamed .gpkg, someone else's GeoPackage or a plain database is refused with a reason; nothing changes."""
    path = tmp_path / "not-ours.gpkg"
    make(path)
    before = _fingerprint(target.path)
    with pytest.raises(ImportFailed) as caught:
        target.maps.preview_import(path)
    assert reason in caught.value.reason
    assert _fingerprint(target.path) == before and target.neighborhoods.list() == []


def test_a_damaged_package_is_refused(source, target, tmp_path):
    """A package with garbage over its pages is refused as damaged, not with a library traceback."""
    path = _export(source, tmp_path / "map.gpkg")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 8] = b"\x07" * (4096 * 7)
    path.write_bytes(bytes(data))
    before = _fingerprint(target.path)
    with pytest.raises(ImportFailed) as caught:
        target.maps.preview_import(path)
    assert "damaged" in caught.value.reason or "cannot be read" in caught.value.reason
    assert _fingerprint(target.path) == before


# -- three ways: what changed where since the version both had ------------------------------------------------------


def _neighborhood(workspace: Workspace, name: str):
    return next(n for n in workspace.neighborhoods.list() if n.name == name)


def _set_profile(workspace: Workspace, name: str, **changes) -> None:
    hood = _neighborhood(workspace, name)
    workspace.neighborhoods.update_profile(hood.id, dataclasses.replace(hood.profile, **changes))


def _item(preview, name: str):
    return next(item for item in preview.items if item.name == name)


def test_my_own_package_coming_back_never_undoes_what_i_changed_since(source, tmp_path):
    """A package exported, then a population changed here, then the same package imported back: the newer
    population stays, and the preview says it was kept as mine."""
    name = source.neighborhoods.list()[1].name
    package = _export(source, tmp_path / "mine.gpkg")
    _set_profile(source, name, population=424242)
    preview = source.maps.preview_import(package)
    item = _item(preview, name)
    assert item.state is MergeState.UNCHANGED and item.kept_fields == ("population",)
    source.maps.apply_import(preview, "take_theirs")
    assert _neighborhood(source, name).profile.population == 424242


def test_a_colleagues_change_is_taken_and_mine_on_another_field_is_kept(source, target, tmp_path):
    """After both had the same version: their new population comes in, my new needs stay."""
    target.maps.apply_import(target.maps.preview_import(_export(source, tmp_path / "first.gpkg")), "keep_mine")
    name = source.neighborhoods.list()[1].name
    _set_profile(source, name, population=31337)
    _set_profile(target, name, needs="מועדון נוער")
    preview = target.maps.preview_import(_export(source, tmp_path / "second.gpkg"))
    item = _item(preview, name)
    assert item.state is MergeState.CHANGED and item.changed_fields == ("population",)
    assert item.kept_fields == ("needs",)
    target.maps.apply_import(preview, "keep_mine")
    after = _neighborhood(target, name).profile
    assert (after.population, after.needs) == (31337, "מועדון נוער")


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs"])
def test_a_field_changed_on_both_sides_is_a_conflict_shown_with_both_values_and_the_base(source, target, tmp_path, choice):
    """Both changed the population since the shared version: a conflict naming mine, theirs and the base; either
    way the description only they changed comes in, and the population is the one chosen."""
    target.maps.apply_import(target.maps.preview_import(_export(source, tmp_path / "first.gpkg")), "keep_mine")
    name = source.neighborhoods.list()[1].name
    base = _neighborhood(source, name).profile.population
    _set_profile(source, name, population=5000, description="שכונה ותיקה ליד השוק")
    _set_profile(target, name, population=6000)
    preview = target.maps.preview_import(_export(source, tmp_path / "second.gpkg"))
    item = _item(preview, name)
    assert item.state is MergeState.CONFLICTING and item.reason is ConflictReason.CHANGED_IN_BOTH
    assert item.conflicting_fields == ("population",)
    values = dict(zip(item.changed_fields, zip(item.local_values, item.incoming_values, item.base_values, strict=True), strict=True))
    assert values["population"] == ("6000", "5000", str(base))
    assert values["description"][1] == "שכונה ותיקה ליד השוק"
    assert any("population (changed on both sides): mine '6000', theirs '5000'" in line for line in preview.summary_lines())
    target.maps.apply_import(preview, choice)
    after = _neighborhood(target, name).profile
    assert (after.population, after.description) == (6000 if choice == "keep_mine" else 5000, "שכונה ותיקה ליד השוק")


def test_an_asset_moved_there_and_annotated_here_merges_both(source, target, tmp_path):
    """An asset moved at the source and given notes at the target: the new place comes in, the notes stay."""
    target.maps.apply_import(target.maps.preview_import(_export(source, tmp_path / "first.gpkg")), "keep_mine")
    theirs = next(a for a in source.assets.list() if a.name == HEBREW_ASSETS[1][0])
    source.assets.update(dataclasses.replace(theirs, longitude=theirs.longitude + 0.001))
    mine = next(a for a in target.assets.list() if a.uid == theirs.uid)
    target.assets.update(dataclasses.replace(mine, notes="נפתח מחדש אחרי שיפוץ"))
    preview = target.maps.preview_import(_export(source, tmp_path / "second.gpkg"))
    item = _item(preview, theirs.name)
    assert item.state is MergeState.CHANGED and item.changed_fields == ("position",) and item.kept_fields == ("notes",)
    target.maps.apply_import(preview, "keep_mine")
    after = next(a for a in target.assets.list() if a.uid == theirs.uid)
    assert abs(after.longitude - (theirs.longitude + 0.001)) < 1e-9 and after.notes == "נפתח מחדש אחרי שיפוץ"
