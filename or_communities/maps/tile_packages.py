"""The map's background: a tile package on disk (MBTiles, read only), OpenStreetMap when the user allowed online
tiles, or none."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from .leaflet_page import TileSource

MBTILES_URL = "orc://tiles/{z}/{x}/{y}"


ONLINE_TILES_PREFIX = "https://tile.openstreetmap.org/"


ONLINE_TILES = TileSource(
    url_template=ONLINE_TILES_PREFIX + "{z}/{x}/{y}.png",
    attribution="© OpenStreetMap contributors",
    max_zoom=19,
)


def mbtiles_tile_source(mbtiles_path: Path) -> TileSource:
    """The tile source for an MBTiles file, with its own attribution and deepest zoom when it says."""
    metadata = read_mbtiles_metadata(mbtiles_path)
    max_zoom = int(metadata["maxzoom"]) if metadata.get("maxzoom", "").isdigit() else 19
    return TileSource(url_template=MBTILES_URL, attribution=metadata.get("attribution", ""), max_zoom=max_zoom)


def choose_tile_source(online_allowed: bool, mbtiles_path: Path | None) -> TileSource | None:
    """The background to put in MapContent: the user's MBTiles file, else OSM when allowed, else none."""
    if mbtiles_path is not None and mbtiles_path.is_file():
        return mbtiles_tile_source(mbtiles_path)
    if online_allowed:
        return ONLINE_TILES
    return None


def read_mbtiles_metadata(mbtiles_path: Path) -> dict[str, str]:
    with _open_read_only(mbtiles_path) as connection:
        try:
            rows = connection.execute("SELECT name, value FROM metadata").fetchall()
        except sqlite3.DatabaseError:
            return {}
    return {str(name): str(value) for name, value in rows}


def read_mbtiles_tile(mbtiles_path: Path, zoom: int, column: int, row_from_top: int) -> bytes | None:
    """One tile's bytes; MBTiles number rows from the bottom (TMS), Leaflet from the top."""
    tms_row = (1 << zoom) - 1 - row_from_top
    with _open_read_only(mbtiles_path) as connection:
        found = connection.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (zoom, column, tms_row),
        ).fetchone()
    return bytes(found[0]) if found else None


def _open_read_only(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))


def tile_mime_type(data: bytes) -> bytes:
    if data.startswith(b"\xff\xd8"):
        return b"image/jpeg"
    if data[8:12] == b"WEBP":
        return b"image/webp"
    return b"image/png"
