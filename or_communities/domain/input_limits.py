"""How much of a file the app reads: a file above these limits is refused before it is read whole, so a huge or
hostile file cannot fill a modest laptop's memory. The figures are stated in RELIABILITY.md beside the peak memory
measured on the hostile corpus."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

MEGABYTE = 1024 * 1024

MAP_FILE_LIMIT = 200 * MEGABYTE
"""A map file (GeoJSON, KML, GeoPackage, a shapefile's parts), or what a zip of one unpacks to. The largest real
municipal files seen are a few megabytes; a national layer of statistical areas is well under this."""

LIST_FILE_LIMIT = 50 * MEGABYTE
"""A people, partners or assets list (CSV or Excel) on disk."""

WORKBOOK_UNPACKED_LIMIT = 200 * MEGABYTE
"""What an Excel workbook (a zip of XML) may unpack to: above it, a zip bomb."""

LIST_ROW_LIMIT = 100_000
"""Rows in one list: far above any neighborhood's people or a city's partners, and it bounds the memory a list
takes however short its rows."""


def megabytes(limit: int) -> int:
    return limit // MEGABYTE


def leaves_its_folder(member: str) -> bool:
    """True for a name inside a zip that points outside it: absolute, with a drive, or climbing with "..".

    Such a name is never needed by an honest file and is how an archive writes over files elsewhere."""
    for pure in (PurePosixPath(member), PureWindowsPath(member)):
        if pure.is_absolute() or pure.drive or pure.root or ".." in pure.parts:
            return True
    return False
