"""A city's map as a GeoPackage: for the municipality's GIS team (QGIS, ArcGIS, GDAL) and for a colleague's workspace.

The file is in WGS 84 (EPSG:4326), or in Israel's grid (EPSG:2039) when asked; either reads back in WGS 84.
Field names are English snake_case keys; values are kept as the user wrote them, in Hebrew. Layers: ``neighborhoods`` (always), ``assets``, ``partner_sites``,
``city_boundary`` and the non-spatial ``partners`` when they have rows, and the non-spatial
``or_communities_package`` table of key/value rows describing the package.

geopandas, pyogrio and shapely are imported inside the functions: the app must not load them at start-up.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..domain.errors import ImportFailed
from ..domain.mapping import AssetCategory, category_from_text

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

FORMAT_VERSION = 1
WGS84 = "EPSG:4326"
SQLITE_HEADER = b"SQLite format 3\x00"

NEIGHBORHOODS_LAYER = "neighborhoods"
ASSETS_LAYER = "assets"
PARTNER_SITES_LAYER = "partner_sites"
CITY_BOUNDARY_LAYER = "city_boundary"
PARTNERS_TABLE = "partners"
METADATA_TABLE = "or_communities_package"

YES, NO = "yes", "no"
BASE_FIELD = "orc_base"
"""The field holding the version a record was last exchanged at (JSON); packages from before it have none."""


@dataclass(frozen=True, slots=True)
class PackagedNeighborhood:
    uid: str
    name: str
    population: int | None = None
    stage: str = ""
    """The stage's Hebrew name, for reading; it is derived from tasks and never imported."""
    coordinator: str = ""
    description: str = ""
    strengths: str = ""
    needs: str = ""
    geometry: dict | None = None
    """GeoJSON geometry in WGS 84."""
    coordinator_phone: str = ""
    coordinator_email: str = ""
    """The coordinator's contact details: filled only in a package that includes personal data."""
    base: dict[str, str] | None = None
    """The version the record was last exchanged at (its shared fields as text), for a three-way merge."""


@dataclass(frozen=True, slots=True)
class PackagedAsset:
    uid: str
    name: str
    category: str
    """The category's key (``AssetCategory`` value)."""
    category_he: str
    longitude: float
    latitude: float
    neighborhood_uid: str = ""
    neighborhood_name: str = ""
    address: str = ""
    notes: str = ""
    base: dict[str, str] | None = None
    """The version the asset was last exchanged at, for a three-way merge."""


@dataclass(frozen=True, slots=True)
class PackagedPartner:
    """A partner organization; its contact details only in a package that includes personal data."""

    name: str
    kind: str
    contribution: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class PackagedEvent:
    uid: str
    title: str
    date: dt.date | None = None
    neighborhood_uid: str = ""


@dataclass
class MapPackage:
    """Everything a map package holds, as plain data.

    People never appear individually: a neighborhood names its coordinator, and contact details
    (coordinators' phones and emails, partners' contact people, phones and emails) are included
    only when ``include_personal`` is set. ``events`` stays empty, and no events layer is written,
    until events arrive with the events area.
    """

    city_name: str
    plan_year: int
    created: dt.date
    app_version: str
    include_personal: bool = False
    neighborhoods: list[PackagedNeighborhood] = field(default_factory=list)
    assets: list[PackagedAsset] = field(default_factory=list)
    """Every asset except partner sites."""
    partner_sites: list[PackagedAsset] = field(default_factory=list)
    """Assets of category ``partner_site``, in their own layer."""
    partners: list[PackagedPartner] = field(default_factory=list)
    city_boundary: dict | None = None
    events: list[PackagedEvent] = field(default_factory=list)


# -- writing ---------------------------------------------------------------------------


def write_map_package(package: MapPackage, path: Path, crs: str = WGS84) -> None:
    """Write ``package`` to ``path``: built under a hidden name beside it, then moved into place in one step.

    ``crs`` is the coordinate system of the layers (WGS 84 by default; "EPSG:2039", Israel's grid, for a
    municipality's GIS department). Raises OSError when the folder cannot be written.
    """
    import pyogrio.errors

    path = Path(path)
    partial = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.partial.gpkg")
    try:
        for layer, frame, geometry_type in _layers_to_write(package):
            if geometry_type is not None and crs != WGS84:
                frame = frame.to_crs(crs)
            _write_layer(partial, layer, frame, geometry_type)
        os.replace(partial, path)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise OSError(f"cannot write {path.name}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)


def _write_layer(path: Path, layer: str, frame: Any, geometry_type: str | None) -> None:
    import pyogrio

    options: dict[str, Any] = {"driver": "GPKG", "layer": layer}
    if geometry_type is not None:
        options.update(geometry_type=geometry_type, promote_to_multi=geometry_type.startswith("Multi"))
    pyogrio.write_dataframe(frame, path, **options)


def _layers_to_write(package: MapPackage) -> list[tuple[str, Any, str | None]]:
    layers: list[tuple[str, Any, str | None]] = [
        (NEIGHBORHOODS_LAYER, _neighborhood_frame(package), "MultiPolygon")
    ]
    if package.assets:
        layers.append((ASSETS_LAYER, _asset_frame(package.assets), "Point"))
    if package.partner_sites:
        layers.append((PARTNER_SITES_LAYER, _asset_frame(package.partner_sites), "Point"))
    if package.city_boundary is not None:
        layers.append((CITY_BOUNDARY_LAYER, _city_boundary_frame(package), "MultiPolygon"))
    if package.partners:
        layers.append((PARTNERS_TABLE, _partner_frame(package), None))
    layers.append((METADATA_TABLE, _metadata_frame(package), None))
    return layers


def _geo_frame(columns: dict[str, Any], geometries: list[Any]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometries, crs=WGS84), crs=WGS84)


def _shape(geometry: dict | None) -> Any:
    import shapely.geometry

    return None if geometry is None else shapely.geometry.shape(geometry)


def _neighborhood_frame(package: MapPackage) -> gpd.GeoDataFrame:
    import pandas as pd

    rows = package.neighborhoods
    columns: dict[str, Any] = {
        "uid": pd.Series([n.uid for n in rows], dtype=object),
        "name": pd.Series([n.name for n in rows], dtype=object),
        "population": pd.array([n.population for n in rows], dtype="Int64"),
        "stage": pd.Series([n.stage for n in rows], dtype=object),
        "coordinator": pd.Series([n.coordinator for n in rows], dtype=object),
        "description": pd.Series([n.description for n in rows], dtype=object),
        "strengths": pd.Series([n.strengths for n in rows], dtype=object),
        "needs": pd.Series([n.needs for n in rows], dtype=object),
        BASE_FIELD: pd.Series([_base_text(n.base) for n in rows], dtype=object),
    }
    if package.include_personal:
        columns["coordinator_phone"] = pd.Series([n.coordinator_phone for n in rows], dtype=object)
        columns["coordinator_email"] = pd.Series([n.coordinator_email for n in rows], dtype=object)
    return _geo_frame(columns, [_shape(n.geometry) for n in rows])


def _asset_frame(assets: list[PackagedAsset]) -> gpd.GeoDataFrame:
    import shapely

    columns = {
        "uid": [a.uid for a in assets],
        "name": [a.name for a in assets],
        "category": [a.category for a in assets],
        "category_he": [a.category_he for a in assets],
        "neighborhood_uid": [a.neighborhood_uid or None for a in assets],
        "neighborhood": [a.neighborhood_name or None for a in assets],
        "address": [a.address for a in assets],
        "notes": [a.notes for a in assets],
        BASE_FIELD: [_base_text(a.base) for a in assets],
    }
    return _geo_frame(columns, [shapely.Point(a.longitude, a.latitude) for a in assets])


def _base_text(base: dict[str, str] | None) -> str | None:
    return None if base is None else json.dumps(base, ensure_ascii=False, separators=(",", ":"))


def _city_boundary_frame(package: MapPackage) -> gpd.GeoDataFrame:
    return _geo_frame({"name": [package.city_name]}, [_shape(package.city_boundary)])


def _partner_frame(package: MapPackage) -> Any:
    import pandas as pd

    partners = package.partners
    columns = {
        "name": [p.name for p in partners],
        "kind": [p.kind for p in partners],
        "contribution": [p.contribution for p in partners],
    }
    if package.include_personal:
        columns["contact_person"] = [p.contact_person for p in partners]
        columns["phone"] = [p.phone for p in partners]
        columns["email"] = [p.email for p in partners]
    return pd.DataFrame(columns)


def _metadata_frame(package: MapPackage) -> Any:
    import pandas as pd

    values = {
        "format_version": str(FORMAT_VERSION),
        "city": package.city_name,
        "plan_year": str(package.plan_year),
        "created": package.created.isoformat(),
        "app_version": package.app_version,
        "personal_data_included": YES if package.include_personal else NO,
    }
    return pd.DataFrame({"key": list(values), "value": list(values.values())})


# -- reading ---------------------------------------------------------------------------


def read_map_package(path: Path) -> MapPackage:
    """The package in the GeoPackage at ``path``; ImportFailed (with a reason in English) if it is not one of ours."""
    path = Path(path)
    _check_geopackage(path)
    layers = _layer_names(path)
    if NEIGHBORHOODS_LAYER not in layers:
        raise ImportFailed("the GeoPackage has no 'neighborhoods' layer, so it was not exported by Or Communities")
    if METADATA_TABLE not in layers:
        raise ImportFailed(f"the GeoPackage has no '{METADATA_TABLE}' table, so it was not exported by Or Communities")
    try:
        return _read_package(path, layers)
    except ImportFailed:
        raise
    except Exception as error:  # a foreign file can fail in GDAL, pandas or shapely in many ways
        raise ImportFailed(f"the GeoPackage is damaged or not in the expected form ({error})") from error


def _check_geopackage(path: Path) -> None:
    if not path.is_file():
        raise ImportFailed(f"the file {path.name} was not found")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ImportFailed("the file is not a GeoPackage")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ImportFailed(f"the GeoPackage cannot be opened ({error})") from error
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_contents'").fetchone() is None:
            raise ImportFailed("the file is an SQLite database but not a GeoPackage")
        integrity = "; ".join(row[0] for row in connection.execute("PRAGMA quick_check"))
    except sqlite3.DatabaseError as error:
        raise ImportFailed(f"the GeoPackage is damaged ({error})") from error
    finally:
        connection.close()
    if integrity != "ok":
        raise ImportFailed(f"the GeoPackage is damaged ({integrity[:200]})")


def _layer_names(path: Path) -> set[str]:
    import pyogrio

    try:
        return {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception as error:  # GDAL's own reasons vary; the user needs only that it failed
        raise ImportFailed(f"the GeoPackage cannot be read ({error})") from error


def _read_package(path: Path, layers: set[str]) -> MapPackage:
    metadata = _read_metadata(path)
    version = int(metadata.get("format_version", "0") or 0)
    if version > FORMAT_VERSION:
        raise ImportFailed("the package was made by a newer version of Or Communities")
    return MapPackage(
        city_name=metadata.get("city", ""),
        plan_year=int(metadata.get("plan_year", "0") or 0),
        created=dt.date.fromisoformat(metadata["created"]) if metadata.get("created") else dt.date.min,
        app_version=metadata.get("app_version", ""),
        include_personal=metadata.get("personal_data_included") == YES,
        neighborhoods=[_neighborhood(row) for row in _records(path, NEIGHBORHOODS_LAYER, ("uid", "name"))],
        assets=_assets(path, ASSETS_LAYER, layers),
        partner_sites=_assets(path, PARTNER_SITES_LAYER, layers),
        partners=[_partner(row) for row in _records(path, PARTNERS_TABLE, ("name",))] if PARTNERS_TABLE in layers else [],
        city_boundary=_city_boundary(path) if CITY_BOUNDARY_LAYER in layers else None,
    )


def _read_metadata(path: Path) -> dict[str, str]:
    rows = _records(path, METADATA_TABLE, ("key", "value"), spatial=False)
    return {_text(row["key"]): _text(row["value"]) for row in rows}


def _records(path: Path, layer: str, required: tuple[str, ...], spatial: bool = True) -> list[dict[str, Any]]:
    import pyogrio

    frame: pd.DataFrame = (
        _in_wgs84(pyogrio.read_dataframe(path, layer=layer))
        if spatial
        else pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    )
    missing = [name for name in required if name not in frame.columns]
    if missing:
        raise ImportFailed(f"the '{layer}' layer lacks the fields: {', '.join(missing)}")
    return cast(list[dict[str, Any]], frame.to_dict("records"))  # GDAL names every field with a str


def _in_wgs84(frame: pd.DataFrame) -> pd.DataFrame:
    """A layer written in another coordinate system (Israel's grid, say) comes back in WGS 84."""
    import geopandas as gpd

    if not isinstance(frame, gpd.GeoDataFrame) or frame.crs is None or frame.crs.to_epsg() == 4326:
        return frame  # a layer without geometry reads as a plain frame
    return frame.to_crs(WGS84)


def _assets(path: Path, layer: str, layers: set[str]) -> list[PackagedAsset]:
    if layer not in layers:
        return []
    return [_asset(row) for row in _records(path, layer, ("uid", "name", "category"))]


def _neighborhood(row: dict[str, Any]) -> PackagedNeighborhood:
    return PackagedNeighborhood(
        uid=_text(row["uid"]),
        name=_text(row["name"]),
        population=_integer(row.get("population")),
        stage=_text(row.get("stage")),
        coordinator=_text(row.get("coordinator")),
        description=_text(row.get("description")),
        strengths=_text(row.get("strengths")),
        needs=_text(row.get("needs")),
        geometry=_geojson(row.get("geometry")),
        coordinator_phone=_text(row.get("coordinator_phone")),
        coordinator_email=_text(row.get("coordinator_email")),
        base=_base(row.get(BASE_FIELD)),
    )


def _asset(row: dict[str, Any]) -> PackagedAsset:
    point = row.get("geometry")
    if point is None or point.is_empty or point.geom_type != "Point":
        raise ImportFailed(f"the asset {_text(row['name'])!r} has no point on the map")
    category = _category(_text(row["category"]), _text(row.get("category_he")))
    return PackagedAsset(
        uid=_text(row["uid"]),
        name=_text(row["name"]),
        category=category.value,
        category_he=_text(row.get("category_he")) or category.label.he,
        longitude=float(point.x),
        latitude=float(point.y),
        neighborhood_uid=_text(row.get("neighborhood_uid")),
        neighborhood_name=_text(row.get("neighborhood")),
        address=_text(row.get("address")),
        notes=_text(row.get("notes")),
        base=_base(row.get(BASE_FIELD)),
    )


def _base(value: Any) -> dict[str, str] | None:
    """The version a record names as its base; None when it names none, or something that is not one."""
    try:
        base = json.loads(_text(value)) if _text(value) else None
    except ValueError:
        return None
    if not isinstance(base, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in base.items()):
        return None
    return base


def _category(key: str, hebrew: str) -> AssetCategory:
    category = category_from_text(key)
    if category is AssetCategory.OTHER and hebrew:
        return category_from_text(hebrew)
    return category


def _partner(row: dict[str, Any]) -> PackagedPartner:
    return PackagedPartner(
        name=_text(row["name"]),
        kind=_text(row.get("kind")),
        contribution=_text(row.get("contribution")),
        contact_person=_text(row.get("contact_person")),
        phone=_text(row.get("phone")),
        email=_text(row.get("email")),
    )


def _city_boundary(path: Path) -> dict | None:
    rows = _records(path, CITY_BOUNDARY_LAYER, ())
    return _geojson(rows[0].get("geometry")) if rows else None


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text(value: Any) -> str:
    return "" if _is_missing(value) else str(value)


def _integer(value: Any) -> int | None:
    return None if _is_missing(value) else int(value)


def _geojson(geometry: Any) -> dict | None:
    """A shape as a GeoJSON dict; a one-part multipolygon (the file's layer type) back to the polygon it was."""
    import shapely

    if geometry is None or geometry.is_empty:
        return None
    if geometry.geom_type == "MultiPolygon" and len(geometry.geoms) == 1:
        geometry = geometry.geoms[0]
    return json.loads(shapely.to_geojson(geometry))
