"""GIS files and asset lists coming in: the window and the command line read them here, not from maps/ or files/.

Boundaries come from any GIS file (zipped shapefile, shapefile, GeoJSON, GeoPackage, KML) in any coordinate
system, read in WGS 84; assets come from a GIS layer of points or an Excel/CSV list with coordinates. The GIS
readers load geopandas, so they are imported the first time a file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ImportFailed, NothingToImport
from ..domain.mapping import Asset, category_from_text
from ..files.asset_lists import TABLE_SUFFIXES, assets_from_table
from ..files.spreadsheet_rows import Table, read_table

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


@dataclass(frozen=True)
class AssetReading:
    """The places read from an asset file, and what was left out of them and why."""

    assets: list[Asset]
    name_field: str
    total: int
    """Features or rows in the file."""
    unnamed: int
    """Places with no name in ``name_field``: left out."""
    without_place: int
    """Features without a shape, rows without coordinates: left out."""
    better_field: str | None = None
    """Another field that names clearly more of the places, when one does."""
    better_named: int = 0

    @property
    def many_unnamed(self) -> bool:
        """A quarter or more of the places have no name: the field chosen is likely the wrong one."""
        return self.unnamed > 0 and 4 * self.unnamed >= self.total - self.without_place


def read_asset_file(path: Path, name_field: str | None = None, category_field: str | None = None) -> AssetReading:
    """Every place an asset file holds, named by its name field, with counts of what was left out."""
    if path.suffix.lower() in TABLE_SUFFIXES:
        return _from_table(read_table(path), name_field, category_field)
    return _from_gis_file(path, name_field, category_field)


def read_assets(path: Path, name_field: str | None = None, category_field: str | None = None) -> list[Asset]:
    """Every asset a file holds; rows without a name or a place are left out."""
    assets = read_asset_file(path, name_field, category_field).assets
    if not assets:
        raise NothingToImport()
    return assets


def _from_table(table: Table, name_field: str | None, category_field: str | None) -> AssetReading:
    assets, unnamed, without_place, name = assets_from_table(table, name_field, category_field)
    return AssetReading(assets, name, len(table.rows), unnamed, without_place)


def _from_gis_file(path: Path, name_field: str | None, category_field: str | None) -> AssetReading:
    """Each place of a GIS file, named by its name field, else by its address; with its address when it has one."""
    source = read_gis_file(path)
    address_field = source.suggest_address_field()
    name = name_field or source.suggest_name_field() or address_field
    if name is None or name not in source.fields:
        raise ImportFailed(f"which field holds the names? The file has: {', '.join(source.fields)}")
    if category_field is not None and category_field not in source.fields:
        raise ImportFailed(f"no field named {category_field!r}; the file has: {', '.join(source.fields)}")
    points = source.points(name, category_field)
    assets = [
        Asset(
            None, point.name, category_from_text(point.category or ""), point.longitude, point.latitude,
            address=_text(point.attributes.get(address_field)) if address_field and address_field != name else "",
        )
        for point in points
        if point.name
    ]
    better, better_named = _better_name_field(source, name, len(assets))
    total = source.feature_count
    return AssetReading(assets, name, total, len(points) - len(assets), total - len(points), better, better_named)


def _better_name_field(source: GeoSource, chosen: str, named: int) -> tuple[str | None, int]:
    """The text field that names the most places, when it names clearly more than the chosen one does."""
    counts = {field: source.named_count(field) for field in source.fields if field != chosen}
    if not counts:
        return None, 0
    best = max(counts, key=lambda field: counts[field])
    margin = max(1, source.feature_count // 10)
    return (best, counts[best]) if counts[best] >= named + margin else (None, 0)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()
