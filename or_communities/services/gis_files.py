"""GIS files and asset lists coming in: the window and the command line read them here, not from maps/ or files/.

Boundaries come from any GIS file (zipped shapefile, shapefile, GeoJSON, GeoPackage, KML) in any coordinate
system, read in WGS 84; assets come from a GIS layer of points or an Excel/CSV list with coordinates. The GIS
readers load geopandas, so they are imported the first time a file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ImportFailed, NothingToImport
from ..domain.mapping import Asset, category_from_text
from ..files.asset_lists import TABLE_SUFFIXES, read_asset_list

if TYPE_CHECKING:
    from ..maps.geodata_files import GeoSource

def gis_layers(path: Path) -> list[str]:
    """The layers of a GIS file (a GeoPackage may hold several); empty when the file cannot tell."""
    from ..maps.geodata_files import GeoDataError, list_layers

    try:
        return list_layers(path)
    except GeoDataError:
        return []


def read_gis_file(
    path: Path,
    layer: str | None = None,
    crs: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> GeoSource:
    """A GIS file's features in WGS 84. Raises GisFileUnreadable with the reason, or GisReadCancelled."""
    from ..maps.geodata_files import GeoDataError, ReadCancelled, read_geodata

    try:
        return read_geodata(path, layer=layer, crs=crs, progress=progress, is_cancelled=cancelled)
    except ReadCancelled as error:
        raise GisReadCancelled() from error
    except GeoDataError as error:
        raise GisFileUnreadable(str(error)) from error


class GisFileUnreadable(ImportFailed):
    """The file is not a GIS file this app can read, or it is damaged; the reason says which."""


class GisReadCancelled(Exception):
    """The user cancelled reading the file."""


def assets_from_gis_file(path: Path, name_field: str | None, category_field: str | None) -> list[Asset]:
    """Each place of a GIS file, named by its name field, else by its address; with its address when it has one."""
    source = read_gis_file(path)
    address_field = source.suggest_address_field()
    name = name_field or source.suggest_name_field() or address_field
    if name is None or name not in source.fields:
        raise ImportFailed(f"which field holds the names? The file has: {', '.join(source.fields)}")
    if category_field is not None and category_field not in source.fields:
        raise ImportFailed(f"no field named {category_field!r}; the file has: {', '.join(source.fields)}")
    return [
        Asset(
            None, point.name, category_from_text(point.category or ""), point.longitude, point.latitude,
            address=_text(point.attributes.get(address_field)) if address_field and address_field != name else "",
        )
        for point in source.points(name, category_field)
        if point.name
    ]


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def read_assets(path: Path, name_field: str | None = None, category_field: str | None = None) -> list[Asset]:
    """Every asset a file holds; rows without a name or a place are left out."""
    if path.suffix.lower() in TABLE_SUFFIXES:
        assets = read_asset_list(path, name_field, category_field)
    else:
        assets = assets_from_gis_file(path, name_field, category_field)
    if not assets:
        raise NothingToImport()
    return assets
