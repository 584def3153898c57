"""Reading a municipality's GIS file (zipped shapefile, shapefile, GeoJSON, GeoPackage, KML) into WGS 84.

Imported only when a file is first read: it loads geopandas, pyogrio, pyproj and shapely.
"""

from __future__ import annotations

import codecs
import json
import math
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.geometry.base import BaseGeometry

from ..domain.errors import FileTooLarge, HostileFile
from ..domain.input_limits import MAP_FILE_LIMIT, leaves_its_folder, megabytes

__all__ = [
    "PROGRESS_TOTAL",
    "GeoDataError",
    "GeoSource",
    "ImportedPoint",
    "ImportedShape",
    "ReadCancelled",
    "list_layers",
    "read_geodata",
]

WGS84 = "EPSG:4326"
ITM = "EPSG:2039"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PROGRESS_TOTAL = 100
"""Progress is reported as (percent done, 100)."""

CHUNK_FEATURES = 5_000
# Drivers that seek to a feature cheaply; others (GeoJSON, KML) parse the whole file on every open.
CHUNKABLE_DRIVERS = frozenset({"ESRI Shapefile", "GPKG", "FlatGeobuf", "OpenFileGDB", "SQLite"})
GEOJSON_SUFFIXES = frozenset({".geojson", ".json"})
SUPPORTED = "a zipped shapefile, a shapefile, GeoJSON, GeoPackage or KML"

AttributeValue = str | int | float | None


class GeoDataError(Exception):
    """A map file that cannot be read, with a message fit to show the user."""


class ReadCancelled(GeoDataError):
    """The user stopped the reading."""

    def __init__(self) -> None:
        super().__init__("Reading the map file was cancelled")


@dataclass(frozen=True, slots=True)
class ImportedShape:
    """One area from a map file: its name, GeoJSON geometry in WGS 84 and its other attributes."""

    name: str
    geometry: dict
    attributes: dict[str, AttributeValue]


@dataclass(frozen=True, slots=True)
class ImportedPoint:
    """One place from a map file; areas and lines are placed at a point inside them."""

    name: str
    longitude: float
    latitude: float
    category: str
    attributes: dict[str, AttributeValue]


@dataclass(frozen=True, slots=True)
class _CrsChoice:
    found: str | None
    used: str
    guessed: bool
    reason: str


@dataclass
class GeoSource:
    """A layer read from a map file and reprojected to WGS 84 (EPSG:4326)."""

    path: Path
    layer: str | None
    source_crs: str
    """The coordinate system the coordinates were read in: the file's, the one given, or the guess.

    "EPSG:2039" style when PROJ knows it (else its WKT); either way it can be passed back as crs=.
    """
    declared_crs: str | None
    """The coordinate system as the file declares it, or None when it declares none (or an impossible one)."""
    crs_guessed: bool
    guess_reason: str
    """Why the coordinate system was guessed, or replaced by PROJ's own; empty when the file's own was used."""
    encoding: str
    fields: list[str]
    feature_count: int
    data: gpd.GeoDataFrame
    """The features in EPSG:4326, geometry as read (valid or not)."""

    def field_preview(self, field: str, limit: int = 20) -> list[str]:
        """Distinct non-empty values of a field, as text, in the order they first appear."""
        self._require_field(field)
        seen: dict[str, None] = {}
        for value in self.data[field]:
            text = _as_text(value)
            if text and text not in seen:
                seen[text] = None
                if len(seen) >= limit:
                    break
        return list(seen)

    def suggest_name_field(self) -> str | None:
        """The field that most likely names each feature, or None when no text field fits."""
        text_fields = [field for field in self.fields if self._has_text(field)]
        by_folded = {field.casefold(): field for field in text_fields}
        for candidate in NAME_FIELDS:
            if candidate.casefold() in by_folded:
                return by_folded[candidate.casefold()]
        worded = [field for field in text_fields if self._has_words(field)]
        for field in worded:
            if any(part in field.casefold() for part in NAME_PARTS):
                return field
        return next((field for field in worded if self._mostly_distinct(field)), None)

    def suggest_address_field(self) -> str | None:
        """The field that most likely holds each feature's address, or None."""
        by_folded = {field.casefold(): field for field in self.fields if self._has_words(field)}
        return next((by_folded[name.casefold()] for name in ADDRESS_FIELDS if name.casefold() in by_folded), None)

    def features(self, name_field: str | None) -> list[ImportedShape]:
        """Every feature that has a geometry, named by name_field's value (blank when None)."""
        if name_field is not None:
            self._require_field(name_field)
        names = self._column_texts(name_field)
        shapes = []
        for index, geometry, attributes in self._rows_with_geometry():
            shapes.append(ImportedShape(names[index], json.loads(shapely.to_geojson(geometry)), attributes))
        return shapes

    def points(self, name_field: str | None, category_field: str | None = None) -> list[ImportedPoint]:
        """Every feature as a point: points as they are, other shapes at a point inside them."""
        for field in (name_field, category_field):
            if field is not None:
                self._require_field(field)
        names, categories = self._column_texts(name_field), self._column_texts(category_field)
        rows = list(self._rows_with_geometry())
        geometries = np.array([geometry for _, geometry, _ in rows], dtype=object)
        is_point = shapely.get_type_id(geometries) == 0
        spots = np.where(is_point, geometries, shapely.point_on_surface(geometries))
        xs, ys = shapely.get_x(spots).tolist(), shapely.get_y(spots).tolist()
        return [
            ImportedPoint(
                name=names[index],
                longitude=float(x),
                latitude=float(y),
                category=categories[index],
                attributes=attributes,
            )
            for (index, _, attributes), x, y in zip(rows, xs, ys, strict=True)
        ]

    def _column_texts(self, field: str | None) -> list[str]:
        """A field's values as text, one per feature (blank for every feature when field is None)."""
        if field is None:
            return [""] * len(self.data)
        return [_as_text(value) for value in self.data[field].tolist()]

    def named_count(self, field: str) -> int:
        """How many of the features that have a shape have a name in ``field``: a value with a word in it, so a
        field of numbers (an object id) names nothing."""
        self._require_field(field)
        texts = self._column_texts(field)
        return sum(1 for index in np.flatnonzero(self._with_shape()).tolist() if _WORD.search(texts[index]))

    def _with_shape(self) -> np.ndarray:
        geometries = np.asarray(self.data.geometry.array)
        return ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))

    def _rows_with_geometry(self) -> Iterator[tuple[int, BaseGeometry, dict[str, AttributeValue]]]:
        geometries = np.asarray(self.data.geometry.array)
        records = self.data[self.fields].to_dict("records")
        for index in np.flatnonzero(self._with_shape()).tolist():
            attributes = {str(field): _plain_value(value) for field, value in records[index].items()}
            yield index, geometries[index], attributes

    def _require_field(self, field: str) -> None:
        if field not in self.fields:
            raise GeoDataError(f"The layer has no field named {field!r}")

    def _has_text(self, field: str) -> bool:
        column = self.data[field]
        return any(isinstance(value, str) and value.strip() for value in column)

    def _has_words(self, field: str) -> bool:
        """Most values hold a word: numbers written as text ("12 - 17/א", a shelter's number) name nothing."""
        texts = [value for value in self.data[field] if isinstance(value, str) and value.strip()]
        return bool(texts) and sum(1 for text in texts if _WORD.search(text)) >= 0.5 * len(texts)

    def _mostly_distinct(self, field: str) -> bool:
        texts = [text for text in (_as_text(value) for value in self.data[field]) if text]
        if any(text.lower().startswith(("http://", "https://", "www.")) for text in texts[:20]):
            return False  # links to records are distinct but name nothing
        return len(texts) >= 0.5 * max(len(self.data), 1) and len(set(texts)) >= 0.9 * len(texts)


# Field names that name a feature, best first; compared case-insensitively.
NAME_FIELDS = (
    "שם_שכונה", "שם שכונה", "שם", "שם_רובע", "שכונה", "shem_shchuna", "shem_shchu", "shem", "name_heb",
    "heb_name", "name_he", "name", "neighborhood", "neighbourhood", "shchuna", "shcuna",
)
NAME_PARTS = ("שם", "name", "shem")
_WORD = re.compile(r"[^\W\d_]{2}")
"""Two letters in a row: a word, not a number with a letter after it."""
ADDRESS_FIELDS = ("כתובת", "address", "ctovet", "ktovet", "ctovet_heb", "addr", "רחוב", "street", "rechov")
"""Field names that hold an address, best first; compared case-insensitively."""


def list_layers(path: Path) -> list[str]:
    """The map layers in a file: each shapefile in a zip, each GeoPackage or KML layer, else the one."""
    path = Path(path)
    _require_file(path)
    if path.suffix.lower() == ".zip":
        return list(_zipped_shapefiles(path))
    if path.suffix.lower() == ".shp":
        return [path.stem]
    with _readable_errors(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            listed = pyogrio.list_layers(str(path))
        except pyogrio.errors.DataSourceError:
            if _unwrapped_geojson(path) is None:
                raise
            return [path.stem]
    names = [str(name) for name, geometry_type in listed if geometry_type is not None]
    if not names:
        raise GeoDataError("The file has no map layer")
    return names


def read_geodata(
    path: Path,
    layer: str | None = None,
    crs: str | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> GeoSource:
    """Reads one layer of a map file and reprojects it to WGS 84.

    crs, when given ("EPSG:2039"), replaces the file's own coordinate system. Without one in the
    file, it is guessed from the coordinates' ranges and crs_guessed says so. Raises GeoDataError
    with a readable message for a file that cannot be read, ReadCancelled when is_cancelled turns true.
    """
    path = Path(path)
    steps = _Steps(progress, is_cancelled)
    steps.report(0)
    _require_file(path)
    override = _parse_crs(crs) if crs else None
    source = _open_source(path, layer)
    with _readable_errors(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = _read_frame(source, steps)
    encoding = "UTF-8"
    if source.is_shapefile:
        steps.check()
        frame, encoding = _decode_dbf_text(frame, source.declared_encoding)
    steps.report(80)
    frame = _two_dimensional(frame)
    choice = _choose_crs(frame, override)
    steps.report(85)
    frame = _to_wgs84(frame, choice.used)
    steps.report(PROGRESS_TOTAL)
    fields = [str(column) for column in frame.columns if column != frame.geometry.name]
    return GeoSource(
        path=path,
        layer=source.layer_name,
        source_crs=choice.used,
        declared_crs=choice.found,
        crs_guessed=choice.guessed,
        guess_reason=choice.reason,
        encoding=encoding,
        fields=fields,
        feature_count=len(frame),
        data=frame,
    )


class _Steps:
    """Progress and cancellation, both optional."""

    def __init__(self, progress: Progress | None, is_cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ReadCancelled()

    def report(self, percent: int) -> None:
        self.check()
        if self._progress is not None:
            self._progress(percent, PROGRESS_TOTAL)


# --- finding what to read -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Source:
    target: str | bytes
    """What GDAL opens: a path, a /vsizip/ path, or the bytes of an unwrapped GeoJSON."""
    layer: str | None
    layer_name: str | None
    is_shapefile: bool = False
    declared_encoding: str | None = None
    may_be_wrapped: bool = False
    """A GeoJSON file that GDAL may refuse because its FeatureCollection sits inside a wrapper."""


def _require_file(path: Path) -> None:
    """The file exists and may be read: not larger than the limit, and not built as an attack."""
    if not path.is_file():
        raise GeoDataError(f"The file {path.name} does not exist or is not a file")
    if path.stat().st_size == 0:
        raise GeoDataError(f"The file {path.name} is empty")
    if sum(part.stat().st_size for part in _parts(path)) > MAP_FILE_LIMIT:
        raise FileTooLarge(path.name, megabytes(MAP_FILE_LIMIT))
    if path.suffix.lower() == ".kml" and _declares_entities(path):
        raise HostileFile(path.name, HostileFile.ENTITIES)


def _parts(path: Path) -> list[Path]:
    """The files read for this one: a shapefile's attribute table and index too."""
    if path.suffix.lower() != ".shp":
        return [path]
    return [path, *(sibling for suffix in (".dbf", ".shx") if (sibling := _sibling(path, suffix)))]


XML_HEAD_BYTES = 64 * 1024


def _declares_entities(path: Path) -> bool:
    """An XML file whose head declares entities: honest map files never do; the "billion laughs" does."""
    with path.open("rb") as handle:
        return b"<!entity" in handle.read(XML_HEAD_BYTES).lower()


def _open_source(path: Path, layer: str | None) -> _Source:
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _zipped_source(path, layer)
    if suffix == ".shp":
        return _shapefile_source(path)
    if suffix in GEOJSON_SUFFIXES:
        # One layer; listing it would parse the whole file once more.
        return _Source(str(path), None, layer or path.stem, may_be_wrapped=True)
    layers = list_layers(path)
    if layer is not None and layer not in layers:
        raise GeoDataError(f"The file has no layer named {layer!r}; its layers are: {', '.join(layers)}")
    chosen = layer or layers[0]
    return _Source(str(path), chosen, chosen)


def _shapefile_source(path: Path) -> _Source:
    missing = [suffix for suffix in (".shx", ".dbf") if not _sibling(path, suffix)]
    if missing:
        raise GeoDataError(
            f"The shapefile {path.name} needs its {' and '.join(missing)} file beside it, with the same name"
        )
    cpg = _sibling(path, ".cpg")
    declared = cpg.read_bytes().decode("ascii", "ignore").strip() if cpg else None
    return _Source(str(path), None, path.stem, is_shapefile=True, declared_encoding=declared)


def _sibling(path: Path, suffix: str) -> Path | None:
    for candidate in (path.with_suffix(suffix), path.with_suffix(suffix.upper())):
        if candidate.is_file():
            return candidate
    return None


def _zipped_shapefiles(path: Path) -> dict[str, str]:
    """Layer name (the shapefile's name without .shp) to its path inside the zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            listed = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise GeoDataError(f"{path.name} is not a readable zip file") from error
    if any(leaves_its_folder(member.filename) for member in listed):
        raise HostileFile(path.name, HostileFile.ESCAPING_NAMES)
    if sum(member.file_size for member in listed) > MAP_FILE_LIMIT:
        raise FileTooLarge(path.name, megabytes(MAP_FILE_LIMIT), unpacked=True)
    members = [member.filename for member in listed if not member.is_dir()]
    shapefiles = [name for name in members if name.lower().endswith(".shp") and not _is_mac_metadata(name)]
    if not shapefiles:
        raise GeoDataError("The zip holds no shapefile")
    stems = [PurePosixPath(name).stem for name in shapefiles]
    unique = len(set(stems)) == len(stems)
    return {(stem if unique else name[:-4]): name for stem, name in zip(stems, shapefiles, strict=True)}


def _is_mac_metadata(member: str) -> bool:
    return member.startswith("__MACOSX/") or PurePosixPath(member).name.startswith("._")


def _zipped_source(path: Path, layer: str | None) -> _Source:
    shapefiles = _zipped_shapefiles(path)
    if layer is not None and layer not in shapefiles:
        raise GeoDataError(f"The zip has no shapefile named {layer!r}; it has: {', '.join(shapefiles)}")
    chosen = layer or next(iter(shapefiles))
    member = shapefiles[chosen]
    with zipfile.ZipFile(path) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        base = member[:-4].lower()
        missing = [suffix for suffix in (".shx", ".dbf") if base + suffix not in names]
        if missing:
            raise GeoDataError(
                f"The shapefile {chosen} in the zip needs its {' and '.join(missing)} file beside it, with the same name"
            )
        cpg = names.get(base + ".cpg")
        declared = archive.read(cpg).decode("ascii", "ignore").strip() if cpg else None
    target = f"/vsizip/{path.resolve().as_posix()}/{member}"
    return _Source(target, None, chosen, is_shapefile=True, declared_encoding=declared)


def _unwrapped_geojson(path: Path) -> bytes | None:
    """A FeatureCollection found inside a non-standard wrapper ({"results": {...}}, a bare list), or None."""
    if path.suffix.lower() not in GEOJSON_SUFFIXES:
        return None
    try:
        with path.open("rb") as handle:
            content = json.load(handle)
    except (ValueError, OSError):
        return None
    collection = _find_collection(content, depth=3)
    return json.dumps(collection, ensure_ascii=False).encode("utf-8") if collection else None


def _find_collection(content: object, depth: int) -> dict | None:
    if isinstance(content, list) and content and all(_is_feature(item) for item in content):
        return {"type": "FeatureCollection", "features": content}
    if not isinstance(content, dict):
        return None
    if content.get("type") == "FeatureCollection" and isinstance(content.get("features"), list):
        return content
    if depth == 0:
        return None
    for value in content.values():
        found = _find_collection(value, depth - 1)
        if found is not None:
            return found
    return None


def _is_feature(item: object) -> bool:
    return isinstance(item, dict) and item.get("type") == "Feature"


# --- reading ----------------------------------------------------------------------------------------


@contextmanager
def _readable_errors() -> Iterator[None]:
    """Turns GDAL's and pyogrio's errors into GeoDataError with a message for the user."""
    try:
        yield
    except GeoDataError:
        raise
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise GeoDataError(_readable_message(str(error))) from error
    except (pyogrio.errors.FieldError, pyogrio.errors.GeometryError, pyogrio.errors.CRSError) as error:
        raise GeoDataError(f"The file's content could not be read: {_first_sentence(str(error))}") from error
    except (RuntimeError, ValueError, OSError) as error:
        raise GeoDataError(_readable_message(str(error))) from error


def _readable_message(message: str) -> str:
    lowered = message.lower()
    if "not recognized as being in a supported file format" in lowered or "failed to read geojson" in lowered:
        return f"The file is not a map file that can be read; use {SUPPORTED}"
    if "error parsing kml" in lowered:
        return "The KML file is damaged or cut off and cannot be read"
    if "malformed" in lowered or "not a database" in lowered or "file is encrypted" in lowered:
        return "The file is damaged and cannot be read"
    if "no such file" in lowered:
        return "The file does not exist"
    return f"The map file could not be read: {_first_sentence(message)}"


def _first_sentence(message: str) -> str:
    return message.split(";")[0].strip().rstrip(".")[:200]


def _read_frame(source: _Source, steps: _Steps) -> gpd.GeoDataFrame:
    encoding = "latin1" if source.is_shapefile else None
    info = pyogrio.read_info(source.target, layer=source.layer, encoding=encoding) if _chunkable(source) else None
    steps.report(5)
    if info is not None and info["features"] > CHUNK_FEATURES:
        frame = _read_in_chunks(source, encoding, int(info["features"]), steps)
    else:
        frame = _read_whole(source, encoding)
    steps.report(75)
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame.columns:
        raise GeoDataError("The file has no map layer: it holds a table without shapes")
    if len(frame) == 0:
        raise GeoDataError("The map layer has no features")
    if shapely.is_missing(np.asarray(frame.geometry.array)).all():
        raise GeoDataError("None of the features in the map layer has a shape")
    return frame


def _read_whole(source: _Source, encoding: str | None) -> gpd.GeoDataFrame:
    try:
        return pyogrio.read_dataframe(source.target, layer=source.layer, encoding=encoding)
    except pyogrio.errors.DataSourceError:
        unwrapped = _unwrapped_geojson(Path(str(source.target))) if source.may_be_wrapped else None
        if unwrapped is None:
            raise
        return pyogrio.read_dataframe(unwrapped)


def _chunkable(source: _Source) -> bool:
    if isinstance(source.target, bytes):
        return False
    if source.is_shapefile:
        return True
    return str(source.target).lower().endswith((".gpkg", ".fgb", ".sqlite", ".gdb"))


def _read_in_chunks(source: _Source, encoding: str | None, total: int, steps: _Steps) -> gpd.GeoDataFrame:
    chunks = []
    for start in range(0, total, CHUNK_FEATURES):
        chunks.append(
            pyogrio.read_dataframe(
                source.target, layer=source.layer, encoding=encoding, skip_features=start, max_features=CHUNK_FEATURES
            )
        )
        steps.report(5 + 70 * min(start + CHUNK_FEATURES, total) // total)
    frame = pd.concat(chunks, ignore_index=True)
    return gpd.GeoDataFrame(frame, geometry=chunks[0].geometry.name, crs=chunks[0].crs)


def _two_dimensional(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    geometries = np.asarray(frame.geometry.array)
    if not shapely.has_z(geometries).any():
        return frame
    return frame.set_geometry(gpd.GeoSeries(shapely.force_2d(geometries), index=frame.index, crs=frame.crs))


# --- text in DBF files ------------------------------------------------------------------------------
# GDAL recoding cp1255 through iconv has been seen to drop the last character of every string
# (iconv holds back a letter that a following combining point might join). So a DBF is read as
# latin1, which keeps every byte, and the bytes are decoded here.


def _decode_dbf_text(frame: gpd.GeoDataFrame, declared: str | None) -> tuple[gpd.GeoDataFrame, str]:
    geometry_name = frame.geometry.name
    text_columns = [column for column in frame.columns if column != geometry_name and _holds_text(frame[column])]
    raw_values = [value.encode("latin1") for column in text_columns for value in frame[column] if isinstance(value, str)]
    raw_names = [str(column).encode("latin1") for column in frame.columns if column != geometry_name]
    encoding = _choose_encoding(raw_values + raw_names, declared)
    decoded = frame.copy()
    for column in text_columns:
        decoded[column] = [
            _decode(value.encode("latin1"), encoding) if isinstance(value, str) else value for value in frame[column]
        ]
    renames = {column: _decode(str(column).encode("latin1"), encoding) for column in frame.columns if column != geometry_name}
    return decoded.rename(columns=renames), encoding


def _holds_text(column: pd.Series) -> bool:
    return column.dtype == object or pd.api.types.is_string_dtype(column.dtype)


def _choose_encoding(raw: list[bytes], declared: str | None) -> str:
    if all(_is_utf8(value) for value in raw):
        if declared and all(value.isascii() for value in raw):
            return _known_codec(declared) or "UTF-8"
        return "UTF-8"
    known = _known_codec(declared) if declared else None
    if known and known != "UTF-8":
        return known
    return "cp1255"


def _is_utf8(value: bytes) -> bool:
    # A DBF field cut at its width may end in half a character: accept an unfinished last sequence.
    try:
        codecs.getincrementaldecoder("utf-8")().decode(value, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _known_codec(declared: str) -> str | None:
    label = declared.strip().upper().replace(" ", "")
    if label in {"UTF-8", "UTF8", "65001"}:
        return "UTF-8"
    if label.isdigit():  # ArcGIS writes code pages as bare numbers ("1255")
        label = f"cp{label}"
    elif label.startswith("ANSI") and label[4:].isdigit():
        label = f"cp{label[4:]}"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode(value: bytes, encoding: str) -> str:
    if encoding == "UTF-8":
        return codecs.getincrementaldecoder("utf-8")().decode(value, final=False)
    return value.decode(encoding, errors="replace")


# --- coordinate systems -----------------------------------------------------------------------------


def _parse_crs(text: str) -> CRS:
    try:
        return CRS.from_user_input(text.strip())
    except CRSError as error:
        raise GeoDataError(f"Unknown coordinate system {text}") from error


def _choose_crs(frame: gpd.GeoDataFrame, override: CRS | None) -> _CrsChoice:
    declared = _trusted_declared_crs(frame)
    found = _crs_label(declared) if declared is not None else None
    if override is not None:
        used = _crs_label(override) or override.to_wkt()
        return _CrsChoice(found, used, False, "")
    if declared is not None:
        return _declared_choice(declared, found)
    bounds = tuple(float(value) for value in frame.total_bounds)
    reason_prefix = "The file declares longitude/latitude, but its coordinates are not in degrees. " if frame.crs else ""
    code, reason = _guess_crs(bounds)
    return _CrsChoice(None, code, True, reason_prefix + reason)


def _trusted_declared_crs(frame: gpd.GeoDataFrame) -> CRS | None:
    """The file's CRS, unless it claims degrees for coordinates that cannot be degrees (GeoJSON in metres)."""
    if frame.crs is None:
        return None
    if frame.crs.is_geographic and not _fits(frame.total_bounds, (-180, -90, 180, 90)):
        return None
    return frame.crs


def _declared_choice(declared: CRS, found: str | None) -> _CrsChoice:
    if found is not None:
        return _CrsChoice(found, found, False, "")
    if _is_itm_grid(declared):
        # The ITM grid with the file's own datum shift, often a wrong one: PROJ's EPSG:2039 is right.
        reason = "The file defines the Israeli TM grid with its own datum shift; PROJ's EPSG:2039 was used instead."
        return _CrsChoice(declared.name, ITM, False, reason)
    return _CrsChoice(declared.name, declared.to_wkt(), False, "")


def _crs_label(crs: CRS) -> str | None:
    """ "EPSG:2039" when PROJ recognises the coordinate system, else None."""
    authority = crs.to_authority(min_confidence=90)
    return f"{authority[0]}:{authority[1]}" if authority else None


def _is_itm_grid(crs: CRS) -> bool:
    operation = crs.coordinate_operation
    if operation is None or "transverse mercator" not in operation.method_name.lower():
        return False
    parameters = {parameter.code: parameter.value for parameter in operation.params}
    expected = {"8801": 31.7343936111, "8802": 35.2045169444, "8805": 1.0000067, "8806": 219529.584, "8807": 626907.39}
    ellipsoid = crs.ellipsoid
    return (
        all(code in parameters and math.isclose(float(parameters[code]), value, rel_tol=1e-9) for code, value in expected.items())
        and ellipsoid is not None
        and math.isclose(ellipsoid.semi_major_metre, 6378137.0)
        and math.isclose(ellipsoid.inverse_flattening, 298.257222101, rel_tol=1e-9)
    )


# Coordinate ranges that cover Israel in each system (west, south, east, north).
ISRAEL_LONLAT = (33.5, 29.0, 36.5, 33.8)
ISRAEL_ITM = (100_000, 350_000, 300_000, 850_000)
ISRAEL_OLD_GRID = (50_000, 850_000, 300_000, 1_350_000)
ISRAEL_WEB_MERCATOR = (3_700_000, 3_350_000, 4_100_000, 4_050_000)

GUESSES = (
    (ISRAEL_LONLAT, WGS84, "its coordinates are longitude and latitude in Israel, so WGS 84 (EPSG:4326) was assumed."),
    (
        ISRAEL_ITM,
        ITM,
        (
            "its coordinates are in metres in the ranges of the Israeli TM grid (ITM, EPSG:2039), which was assumed. "
            "Israeli Grid 05/12 (EPSG:6991) has nearly the same ranges: confirm which one the file uses."
        ),
    ),
    (
        ISRAEL_OLD_GRID,
        "EPSG:28193",
        (
            "its coordinates are in metres in the ranges of the old Israeli Cassini grid (EPSG:28193), which was "
            "assumed. Confirm with whoever sent the file: most files today use ITM (EPSG:2039)."
        ),
    ),
    (
        ISRAEL_WEB_MERCATOR,
        "EPSG:3857",
        "its coordinates are in metres in the ranges of Web Mercator (EPSG:3857) around Israel, which was assumed.",
    ),
)


def _guess_crs(bounds: tuple[float, ...]) -> tuple[str, str]:
    for box, code, why in GUESSES:
        if _fits(bounds, box):
            return code, f"The file has no coordinate system; {why}"
    raise GeoDataError(
        "The file has no coordinate system and its coordinates match none known for Israel; "
        "choose its coordinate system (for example EPSG:2039) and read it again"
    )


def _fits(bounds: tuple[float, ...] | np.ndarray, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = (float(value) for value in bounds)
    if not all(math.isfinite(value) for value in (west, south, east, north)):
        return False
    return box[0] <= west and box[1] <= south and east <= box[2] and north <= box[3]


def _to_wgs84(frame: gpd.GeoDataFrame, crs: str) -> gpd.GeoDataFrame:
    frame = frame.set_crs(crs, allow_override=True)
    if CRS.from_user_input(crs).equals(CRS.from_user_input(WGS84), ignore_axis_order=True):
        return frame
    try:
        return frame.to_crs(WGS84)
    except (CRSError, ValueError) as error:
        raise GeoDataError(f"The coordinates could not be converted from {crs} to longitude/latitude") from error


# --- attribute values -------------------------------------------------------------------------------


def _as_text(value: object) -> str:
    plain = _plain_value(value)
    if plain is None:
        return ""
    if isinstance(plain, float) and plain.is_integer():
        return str(int(plain))
    return str(plain).strip()


def _plain_value(value: Any) -> AttributeValue:
    """A value as str, int, float or None, for storing and showing."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (datetime, date, time, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bytes):
        return value.hex()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)
