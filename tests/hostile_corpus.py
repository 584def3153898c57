"""The hostile corpus: files a manager may be sent or may make by mistake, each with the command it is given to and
how that must end. The files are made here, on demand, so no attack sits in the repository as a file.

Used by tests/integration/test_hostile_files.py (every case, every run) and benchmarks/hostile_files.py (the same
cases in fresh processes, with their peak memory).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BIG_BYTES = 300 * 1024 * 1024
"""The size of the "huge file" cases: above every limit the app states."""

Maker = Callable[[Path], list[str]]
"""Writes the case's files into a folder and returns the command's arguments after the workspace."""

WorkspaceMaker = Callable[[Path, Path], list[str]]
"""Given a folder and the sound workspace, writes the case's files and returns all of the command's arguments."""


@dataclass(frozen=True)
class HostileCase:
    name: str
    what: str
    """What the file is, for the table in RELIABILITY.md."""
    command: str
    make: Maker | WorkspaceMaker
    expect: str
    """A fragment of the one line the command must answer with."""
    refused: bool = True
    """False for a file that is read safely (its text kept as text) rather than refused."""
    whole_command: bool = False
    """True when make is a WorkspaceMaker: it is given the workspace and returns every argument."""

    def arguments(self, folder: Path, workspace: Path) -> list[str]:
        if self.whole_command:
            return self.make(folder, workspace)  # type: ignore[call-arg]
        return [str(workspace), *self.make(folder)]  # type: ignore[call-arg]


# --- map files -----------------------------------------------------------------------------------------------------

SQUARE = [[[34.78, 32.08], [34.79, 32.08], [34.79, 32.09], [34.78, 32.09], [34.78, 32.08]]]


def _collection(features: list[dict]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _area(name: object, geometry: dict | None = None) -> dict:
    shape = geometry if geometry is not None else {"type": "Polygon", "coordinates": SQUARE}
    return {"type": "Feature", "properties": {"name": name}, "geometry": shape}


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _boundaries(file_name: str, content: str | bytes, *extra: str) -> Maker:
    def make(folder: Path) -> list[str]:
        return [str(_write(folder, file_name, content)), *extra]

    return make


def _shapefile_parts(folder: Path) -> dict[str, bytes]:
    """A real one-area shapefile's parts (.shp, .shx, .dbf, .prj, .cpg) by suffix."""
    import geopandas
    from shapely.geometry import shape

    frame = geopandas.GeoDataFrame({"name": ["שכונה"]}, geometry=[shape({"type": "Polygon", "coordinates": SQUARE})], crs=4326)
    made = folder / "parts"
    made.mkdir(exist_ok=True)
    frame.to_file(made / "areas.shp", encoding="utf-8")
    return {part.suffix: part.read_bytes() for part in made.iterdir()}


def _zipped(members: Callable[[Path], dict[str, bytes]], file_name: str = "areas.zip") -> Maker:
    def make(folder: Path) -> list[str]:
        path = folder / file_name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, content in members(folder).items():
                archive.writestr(member, content)
        return [str(path), "--name-field", "name"]

    return make


def _without(*suffixes: str) -> Callable[[Path], dict[str, bytes]]:
    def members(folder: Path) -> dict[str, bytes]:
        return {f"areas{suffix}": data for suffix, data in _shapefile_parts(folder).items() if suffix not in suffixes}

    return members


def _traversing(prefix: str) -> Callable[[Path], dict[str, bytes]]:
    def members(folder: Path) -> dict[str, bytes]:
        return {f"{prefix}areas{suffix}": data for suffix, data in _shapefile_parts(folder).items()}

    return members


def _zip_bomb(folder: Path) -> list[str]:
    """A small zip whose shapefile unpacks to BIG_BYTES of zeros."""
    path = folder / "bomb.zip"
    parts = _shapefile_parts(folder)
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for suffix, data in parts.items():
            if suffix != ".dbf":
                archive.writestr(f"areas{suffix}", data)
        with archive.open("areas.dbf", "w", force_zip64=True) as member:
            for _ in range(BIG_BYTES // len(chunk)):
                member.write(chunk)
    return [str(path), "--name-field", "name"]


def _huge(file_name: str) -> Maker:
    """A file of BIG_BYTES that takes no room on disk (sparse): refused by its size before it is read."""

    def make(folder: Path) -> list[str]:
        path = folder / file_name
        with path.open("wb") as handle:
            handle.write(b'{"type": "FeatureCollection", "features": [')
            handle.truncate(BIG_BYTES)
        return [str(path), "--name-field", "name"]

    return make


ENTITY_BOMB_DOCTYPE = (
    '<!DOCTYPE bomb [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + level)} "{("&" + chr(97 + level) + ";") * 10}">' for level in range(9))
    + "]>"
)

KML_BOMB = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    + ENTITY_BOMB_DOCTYPE
    + '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&j;</name>'
    "<Polygon><outerBoundaryIs><LinearRing><coordinates>34.78,32.08 34.79,32.08 34.79,32.09 34.78,32.08"
    "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>"
)

GOOD_GEOJSON = _collection([_area("צפון"), _area("דרום", {"type": "Polygon", "coordinates": [[[34.80, 32.08], [34.81, 32.08], [34.81, 32.09], [34.80, 32.08]]]})])

POINTS_GEOJSON = _collection(
    [_area(f"נקודה {index}", {"type": "Point", "coordinates": [34.78 + index / 1000, 32.08]}) for index in range(5)]
)

HOSTILE_NAMES = ["<script>alert(1)</script>", "${7*7} `whoami`", "\u202eשכונה\u202c", "שם\x00עם NUL", "=HYPERLINK(\"http://x\")"]


def map_cases() -> list[HostileCase]:
    return [
        HostileCase("truncated-geojson", "GeoJSON cut off in the middle", "import-boundaries",
                    _boundaries("cut.geojson", GOOD_GEOJSON[: len(GOOD_GEOJSON) // 2], "--name-field", "name"),
                    "not a map file"),
        HostileCase("malformed-geojson", "a .geojson file that is not JSON", "import-boundaries",
                    _boundaries("junk.geojson", "{{{ not json ]]]", "--name-field", "name"), "not a map file"),
        HostileCase("empty-geojson", "an empty .geojson file (0 bytes)", "import-boundaries",
                    _boundaries("empty.geojson", b"", "--name-field", "name"), "empty"),
        HostileCase("no-geometry", "GeoJSON whose features have no shapes", "import-boundaries",
                    _boundaries("bare.geojson", _collection([{"type": "Feature", "properties": {"name": "א"}, "geometry": None}]), "--name-field", "name"),
                    "has a shape"),
        HostileCase("points-as-boundaries", "points given as neighborhood boundaries", "import-boundaries",
                    _boundaries("points.geojson", POINTS_GEOJSON, "--name-field", "name"), "not areas"),
        HostileCase("zip-without-dbf", "a zipped shapefile missing its .dbf", "import-boundaries",
                    _zipped(_without(".dbf")), ".dbf"),
        HostileCase("zip-without-shx", "a zipped shapefile missing its .shx", "import-boundaries",
                    _zipped(_without(".shx")), ".shx"),
        HostileCase("zip-without-shp", "a zip holding no shapefile", "import-boundaries",
                    _zipped(_without(".shp")), "no shapefile"),
        HostileCase("not-a-zip", "a .zip file that is not a zip", "import-boundaries",
                    _boundaries("fake.zip", b"PK\x03\x04 this is not a zip at all", "--name-field", "name"), "not a readable zip"),
        HostileCase("zip-bomb", f"a zip that unpacks to {BIG_BYTES // 2**20} MB", "import-boundaries", _zip_bomb,
                    "unpacks to more than"),
        HostileCase("zip-path-traversal", "a zip whose members are named ../../", "import-boundaries",
                    _zipped(_traversing("../../")), "outside"),
        HostileCase("zip-absolute-path", "a zip whose members have absolute paths", "import-boundaries",
                    _zipped(_traversing("/etc/or-communities/")), "outside"),
        HostileCase("kml-entity-bomb", "a KML file declaring nested XML entities (billion laughs)", "import-boundaries",
                    _boundaries("bomb.kml", KML_BOMB, "--name-field", "Name"), "XML entities"),
        HostileCase("truncated-kml", "a KML file cut off in the middle", "import-boundaries",
                    _boundaries("cut.kml", KML_BOMB.replace(ENTITY_BOMB_DOCTYPE, "").replace("&j;", "א")[:200], "--name-field", "Name"),
                    "damaged or cut off"),
        HostileCase("huge-geojson", f"a {BIG_BYTES // 2**20} MB GeoJSON file", "import-boundaries", _huge("huge.geojson"),
                    "larger than"),
        HostileCase("not-a-map", "a PNG image named .gpkg", "import-boundaries",
                    _boundaries("image.gpkg", b"\x89PNG\r\n\x1a\n" + bytes(200), "--name-field", "name"), "not a map file"),
        HostileCase("hostile-names", "areas named <script>, ${}, `…`, U+202E, NUL and =formula", "import-boundaries",
                    _boundaries("names.geojson", _collection([_area(name, {"type": "Polygon", "coordinates": [[[34.78 + i / 100, 32.08], [34.785 + i / 100, 32.08], [34.785 + i / 100, 32.085], [34.78 + i / 100, 32.08]]]}) for i, name in enumerate(HOSTILE_NAMES)]), "--name-field", "name"),
                    "5 new", refused=False),
        HostileCase("huge-name", "an area whose name is 100 kB long", "import-boundaries",
                    _boundaries("long.geojson", _collection([_area("א" * 100_000)]), "--name-field", "name"),
                    "longer than 200 characters"),
    ]


# --- lists -----------------------------------------------------------------------------------------------------------


def _csv(text: str, file_name: str = "people.csv", encoding: str = "utf-8") -> Maker:
    def make(folder: Path) -> list[str]:
        return [str(_write(folder, file_name, text.encode(encoding)))]

    return make


def _workbook(rows: list[list[object]], file_name: str = "people.xlsx", macros: bool = False) -> Maker:
    def make(folder: Path) -> list[str]:
        import openpyxl

        path = folder / file_name
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(path)
        if macros:
            _add_macro_part(path)
        return [str(path)]

    return make


def _add_macro_part(path: Path) -> None:
    """Adds a VBA project, as Excel stores the macros of an .xlsm."""
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nShell \"calc\"\nEnd Sub")


def _rewritten_workbook(change: Callable[[str, bytes], bytes], file_name: str = "people.xlsx") -> Maker:
    def make(folder: Path) -> list[str]:
        plain = folder / "plain.xlsx"
        _workbook([["שם", "טלפון"], ["דנה", "050-1234567"]], "plain.xlsx")(folder)
        path = folder / file_name
        with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for member in source.infolist():
                target.writestr(member.filename, change(member.filename, source.read(member)))
        return [str(path)]

    return make


def _entity_bomb(member: str, data: bytes) -> bytes:
    """The sheet declares the nested entities and a cell's text expands them."""
    if member != "xl/worksheets/sheet1.xml":
        return data
    named = "".join(f"&#{ord(letter)};" for letter in "דנה").encode()
    return b'<?xml version="1.0" encoding="UTF-8"?>' + ENTITY_BOMB_DOCTYPE.encode() + data.replace(named, b"&j;")


def _xlsx_bomb(folder: Path) -> list[str]:
    """A workbook whose one sheet unpacks to BIG_BYTES."""
    path = folder / "bomb.xlsx"
    _workbook([["שם"], ["דנה"]], "bomb.xlsx")(folder)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/media/padding.bin", "w", force_zip64=True) as member:
        chunk = bytes(1024 * 1024)
        for _ in range(BIG_BYTES // len(chunk)):
            member.write(chunk)
    return [str(path)]


def _many_rows(folder: Path) -> list[str]:
    lines = ["שם,טלפון", *(f"אדם {index},050{index:07d}" for index in range(200_001))]
    return [str(_write(folder, "many.csv", "\n".join(lines)))]


def _huge_csv(folder: Path) -> list[str]:
    path = folder / "huge.csv"
    with path.open("wb") as handle:
        handle.write("שם,טלפון\n".encode())
        handle.truncate(BIG_BYTES)
    return [str(path)]


def list_cases() -> list[HostileCase]:
    return [
        HostileCase("empty-csv", "an empty CSV file", "import-people", _csv(""), "no rows"),
        HostileCase("csv-nul", "a CSV file holding NUL bytes", "import-people", _csv("שם,טלפון\nדנה\x00\x00,050-1234567\n"),
                    "added: 1", refused=False),
        HostileCase("huge-csv", f"a {BIG_BYTES // 2**20} MB CSV file", "import-people", _huge_csv, "larger than"),
        HostileCase("too-many-rows", "a CSV list of 200,001 people", "import-people", _many_rows, "more than 100,000 rows"),
        HostileCase("fake-xlsx", "a text file named .xlsx", "import-people", _csv("שם,טלפון\n", "fake.xlsx"),
                    "not an Excel workbook"),
        HostileCase("xlsx-entity-bomb", "a workbook declaring nested XML entities", "import-people",
                    _rewritten_workbook(_entity_bomb), "XML entities"),
        HostileCase("xlsx-zip-bomb", f"a workbook that unpacks to {BIG_BYTES // 2**20} MB", "import-people", _xlsx_bomb,
                    "unpacks to more than"),
        HostileCase("xlsm-macros", "an .xlsm workbook with a macro", "import-people",
                    _workbook([["שם", "טלפון"], ["דנה", "050-1234567"]], "people.xlsm", macros=True), "no macro ran",
                    refused=False),
        HostileCase("formula-cells", "a workbook whose names are formulas", "import-people",
                    _workbook([["שם", "טלפון"], ['=HYPERLINK("http://x","y")', "050-1234567"], ["=1+1", ""]]),
                    "row 2, שם: a formula, taken as the text typed", refused=False),
        HostileCase("list-huge-name", "a list whose one name is 100 kB long", "import-people",
                    _csv("שם,טלפון\n" + "א" * 100_000 + ",050-1234567\n"), "the name is too long", refused=False),
    ]


# --- workspaces and other files ----------------------------------------------------------------------------------------


def _copy_of_workspace(change: Callable[[Path], None]) -> WorkspaceMaker:
    def make(folder: Path, workspace: Path) -> list[str]:
        path = folder / "other.orcity"
        path.write_bytes(workspace.read_bytes())
        change(path)
        return [str(path)]

    return make


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _newer_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()


def _not_a_workspace(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4096))


def workspace_cases() -> list[HostileCase]:
    return [
        HostileCase("not-a-workspace", "a PNG image named .orcity", "check", _copy_of_workspace(_not_a_workspace),
                      "not an Or Communities workspace", whole_command=True),
        HostileCase("truncated-workspace", "a workspace cut to a third of its size", "check",
                      _copy_of_workspace(_truncated), "damaged", whole_command=True),
        HostileCase("newer-workspace", "a workspace from a newer version of the app", "check",
                      _copy_of_workspace(_newer_schema), "newer version", whole_command=True),
    ]


def all_cases() -> list[HostileCase]:
    return [*map_cases(), *list_cases(), *workspace_cases()]


def shelters_with_unnamed(folder: Path) -> Path:
    """40 shelters as GeoJSON points: "name" is empty for 15 of them, "תיאור" names all 40, and 3 more features
    have no shape at all — the asset file where the guessed name field leaves a quarter out."""
    features = [
        {
            "type": "Feature",
            "properties": {"name": f"מקלט {index}" if index % 8 < 5 else "", "תיאור": f"מקלט ציבורי {index}", "id": index},
            "geometry": {"type": "Point", "coordinates": [34.79 + index / 10_000, 31.25 + index / 10_000]},
        }
        for index in range(40)
    ] + [{"type": "Feature", "properties": {"name": "בלי מקום", "תיאור": "בלי מקום", "id": 99}, "geometry": None}] * 3
    path = folder / "shelters.geojson"
    path.write_text(_collection(features), encoding="utf-8")
    return path
