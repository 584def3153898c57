"""Assets from the lists managers keep in Excel or CSV: a name, a category, and a place in degrees (lat/lon) or in
Israel's grid (ITM x/y, converted to WGS 84)."""

from __future__ import annotations

from ..domain.errors import ImportFailed
from ..domain.mapping import Asset, category_from_text
from .spreadsheet_rows import Table

TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


NAME_HEADERS = ("name", "שם", "שם המוסד", "שם האתר", "שם הנכס", "title")


CATEGORY_HEADERS = ("category", "type", "סוג", "קטגוריה", "סוג מוסד", "סוג הנכס")


ADDRESS_HEADERS = ("address", "כתובת", "רחוב")


NOTES_HEADERS = ("notes", "הערות")


LATITUDE_HEADERS = ("lat", "latitude", "קו רוחב", "רוחב")


LONGITUDE_HEADERS = ("lon", "lng", "long", "longitude", "קו אורך", "אורך")


EAST_HEADERS = ("x", "itm_x", "east", "easting", "נ.צ. x", "קואורדינטה x", "מזרח")


NORTH_HEADERS = ("y", "itm_y", "north", "northing", "נ.צ. y", "קואורדינטה y", "צפון")


def _column(headers: list[str], wanted: str | None, known: tuple[str, ...]) -> int | None:
    folded = [" ".join(header.split()).casefold() for header in headers]
    if wanted is not None:
        if wanted.casefold() not in folded:
            raise ImportFailed(f"no column named {wanted!r}; the file has: {', '.join(headers)}")
        return folded.index(wanted.casefold())
    return next((folded.index(name) for name in known if name in folded), None)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _itm_to_wgs84(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:2039", "EPSG:4326", always_xy=True)
    return [transformer.transform(x, y) for x, y in points]


def _coordinates(table: Table) -> list[tuple[float, float] | None]:
    """(longitude, latitude) of each row, from degrees or ITM metres; None where a row has none."""
    columns = [_column(table.headers, None, headers) for headers in (LONGITUDE_HEADERS, LATITUDE_HEADERS)]
    in_metres = None in columns
    if in_metres:
        columns = [_column(table.headers, None, headers) for headers in (EAST_HEADERS, NORTH_HEADERS)]
    if None in columns:
        raise ImportFailed("no coordinate columns: expected lat/lon or ITM x/y")
    first, second = columns
    assert first is not None and second is not None
    raw = [(_number(row[first]), _number(row[second])) for row in table.rows]
    pairs = [(a, b) if a is not None and b is not None else None for a, b in raw]
    if not in_metres:
        return pairs
    present = [pair for pair in pairs if pair is not None]
    converted = iter(_itm_to_wgs84(present))
    return [next(converted) if pair is not None else None for pair in pairs]


def assets_from_table(
    table: Table, name_field: str | None, category_field: str | None
) -> tuple[list[Asset], int, int, str]:
    """The rows' assets, how many rows had a place but no name and how many had no place, and the name column."""
    name_column = _column(table.headers, name_field, NAME_HEADERS)
    if name_column is None:
        raise ImportFailed(f"which column holds the names? The file has: {', '.join(table.headers)}")
    category_column = _column(table.headers, category_field, CATEGORY_HEADERS)
    address_column = _column(table.headers, None, ADDRESS_HEADERS)
    notes_column = _column(table.headers, None, NOTES_HEADERS)
    assets = []
    unnamed = without_place = 0
    for row, place in zip(table.rows, _coordinates(table), strict=True):
        if place is None:
            without_place += 1
            continue
        if not row[name_column]:
            unnamed += 1
            continue
        assets.append(
            Asset(
                None,
                row[name_column],
                category_from_text(row[category_column] if category_column is not None else ""),
                place[0],
                place[1],
                address=row[address_column] if address_column is not None else "",
                notes=row[notes_column] if notes_column is not None else "",
            )
        )
    return assets, unnamed, without_place, table.headers[name_column]
