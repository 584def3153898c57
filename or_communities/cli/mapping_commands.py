"""Subcommands of the map: boundaries and assets in, the division checked, maps out and in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import AllOutsideTheCity
from ..domain.mapping import UncheckedReason
from ..domain.text import shortened
from .common import Command, CommandFailed, command_parser, open_workspace

if TYPE_CHECKING:
    from ..domain.mapping import DivisionFinding
    from ..maps.geodata_files import GeoSource
    from ..services.gis_files import AssetReading


def _read_gis_file(arguments: argparse.Namespace) -> GeoSource:
    from ..services.gis_files import GisFileUnreadable, read_gis_file

    source_path = Path(arguments.file)
    try:
        source = read_gis_file(source_path, getattr(arguments, "layer", None), getattr(arguments, "crs", None))
    except GisFileUnreadable as error:
        raise CommandFailed(f"{source_path}: {error}") from error
    if source.crs_guessed and not getattr(arguments, "crs", None):
        raise CommandFailed(
            f"{source_path}: the file does not say its coordinate system; it looks like {source.source_crs} "
            f"({source.guess_reason}). Run again with --crs {source.source_crs} to confirm, or give the right one."
        )
    return source


def _field(source: GeoSource, asked: str | None, suggested: str | None, what: str) -> str:
    field = asked or suggested
    if field is None:
        raise CommandFailed(f"which field holds the {what}? Give --{what.split()[0]}-field; fields: {', '.join(source.fields)}")
    if field not in source.fields:
        raise CommandFailed(f"no field named {field!r}; the file has: {', '.join(source.fields)}")
    return field


FOLDING_SHARE = 0.5
"""A guessed name field whose distinct names are fewer than half the shapes would fold many areas into few."""


def _refuse_a_folding_guess(source: GeoSource, field: str, shapes: list[tuple[str, dict]]) -> None:
    named = [" ".join(str(name or "").split()) for name, _geometry in shapes if str(name or "").strip()]
    distinct = len(set(named))
    if named and distinct < len(named) * FOLDING_SHARE:
        raise CommandFailed(
            f"{source.path.name}: the name field was guessed as {field!r}, which would fold {len(named)} shapes into "
            f"{distinct} neighborhoods; confirm with --name-field {field}, or choose another of: {', '.join(source.fields)}"
        )


def import_boundaries(arguments: argparse.Namespace) -> int:
    source = _read_gis_file(arguments)
    name_field = _field(source, arguments.name_field, source.suggest_name_field(), "name")
    shapes = [(shape.name, shape.geometry) for shape in source.features(name_field)]
    if arguments.name_field is None:
        _refuse_a_folding_guess(source, name_field, shapes)
    shapeless = source.feature_count - len(shapes)
    with open_workspace(arguments.workspace, writes=True) as workspace:
        plan = workspace.division.import_boundaries(shapes, replace=arguments.replace)
    print(
        f"{len(plan.new_names)} new, {len(plan.updated_names)} updated, {len(plan.renamed)} renamed,"
        f" {len(plan.removed_names)} removed"
        f" neighborhoods; {plan.unnamed_count} shapes without a name skipped"
        + (f"; {plan.not_areas_count} points or lines left out (not areas)" if plan.not_areas_count else "")
        + (f"; {shapeless} features without a shape left out" if shapeless else "")
    )
    for old, new in plan.renamed:
        print(f"renamed (the same place under a new name): {shortened(old, 60)} → {shortened(new, 60)}")
    if plan.merged_names:
        shown = ", ".join(shortened(name, 40) for name in plan.merged_names[:5])
        more = f" and {len(plan.merged_names) - 5} more" if len(plan.merged_names) > 5 else ""
        print(f"shapes that share a name became one neighborhood each: {shown}{more}")
    return 0


def import_assets(arguments: argparse.Namespace) -> int:
    from ..domain.errors import NothingToImport
    from ..services.gis_files import read_asset_file

    with open_workspace(arguments.workspace, writes=True) as workspace:
        reading = read_asset_file(Path(arguments.file), arguments.name_field, arguments.category_field)
        if reading.many_unnamed and reading.better_field and arguments.name_field is None:
            raise CommandFailed(
                f"{_left_out(reading)}; the field {reading.better_field!r} names {reading.better_named} of them. Run "
                f"again with --name-field {reading.better_field!r}, or --name-field {reading.name_field!r} to import "
                "only the named ones"
            )
        assets = reading.assets
        if not assets:
            raise NothingToImport()
        try:
            result = workspace.assets.add_many(assets, keep_outside=arguments.keep_outside)
        except AllOutsideTheCity as refused:
            raise CommandFailed(
                f"{arguments.file}: none of its {refused.count} places lies in the city's neighborhoods; is it another "
                "city's file? Nothing was added; run again with --keep-outside to add them anyway"
            ) from refused
    print(f"{result.added} assets added")
    if reading.unnamed or reading.without_place:
        print(f"left out: {_left_out(reading)}")
    if result.outside:
        shown = ", ".join(result.outside[:5]) + (", …" if len(result.outside) > 5 else "")
        print(f"{len(result.outside)} of them lie outside the city's neighborhoods: {shown}")
    return 0


def _left_out(reading: AssetReading) -> str:
    parts = []
    if reading.unnamed:
        placed = reading.total - reading.without_place
        parts.append(f"{reading.unnamed} of {placed} places have no name in the field {reading.name_field!r}")
    if reading.without_place:
        parts.append(f"{reading.without_place} more have no place (no shape or coordinates)")
    return "; ".join(parts)


def finding_line(finding: DivisionFinding) -> str:
    names = ", ".join(finding.neighborhood_names) or "-"
    where = ""
    if finding.bounds is not None:
        west, south, east, north = finding.bounds
        where = f" at {(south + north) / 2:.5f},{(west + east) / 2:.5f}"
    area = f" ({finding.area_square_metres:,.0f} m²)" if finding.area_square_metres else ""
    detail = f": {finding.detail}" if finding.detail else ""
    return f"{finding.kind.value}: {names}{area}{where}{detail}"


UNCHECKED_REASONS = {
    UncheckedReason.NO_CITY_BOUNDARY: "there is no city boundary; load the municipal boundary in the map area",
    UncheckedReason.NO_NEIGHBORHOOD_BOUNDARIES: "no neighborhood has a boundary yet; run import-boundaries",
}


def validate(arguments: argparse.Namespace) -> int:
    with open_workspace(arguments.workspace) as workspace:
        report = workspace.division.validate()
    for finding in report.findings:
        print(finding_line(finding))
    for reason in dict.fromkeys(reason for _kind, reason in report.unchecked):
        kinds = ", ".join(kind.value for kind, why in report.unchecked if why is reason)
        print(f"not checked: {kinds}: {UNCHECKED_REASONS[reason]}")
    if report.without_boundary:
        print(f"not checked, no boundary: {', '.join(report.without_boundary)}")
    if report.sound:
        print("The division is sound: no findings.")
    elif not report.findings:
        print("No findings in what could be checked; the division is not fully checked.")
    return 0 if report.sound else 1


def export_map(arguments: argparse.Namespace) -> int:
    out = Path(arguments.out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".gpkg"):
        raise CommandFailed(f"{out}: the map can be written as .html or .gpkg")
    if not out.parent.is_dir():
        raise CommandFailed(f"{out.parent}: no such folder")
    crs = _export_crs(arguments.crs, suffix)
    with open_workspace(arguments.workspace) as workspace:
        if suffix == ".gpkg":
            workspace.maps.export_geopackage(out, include_personal=arguments.include_personal, crs=crs)
        else:
            from ..services.map_pages import write_city_map_html

            write_city_map_html(workspace, out, language="he")
    print(f"Map written to {out}")
    return 0


EXPORT_CRS = {"4326": "EPSG:4326", "2039": "EPSG:2039"}
"""The coordinate systems a GeoPackage is written in: WGS 84, or Israel's grid as municipal GIS works in."""


def _export_crs(asked: str | None, suffix: str) -> str:
    if asked is None:
        return EXPORT_CRS["4326"]
    if suffix != ".gpkg":
        raise CommandFailed("--crs is for a GeoPackage (.gpkg); an HTML map is always in WGS 84")
    code = asked.upper().removeprefix("EPSG:")
    if code not in EXPORT_CRS:
        raise CommandFailed(f"--crs {asked}: a GeoPackage is written in EPSG:4326 (WGS 84) or EPSG:2039 (Israel's grid)")
    return EXPORT_CRS[code]


def import_map(arguments: argparse.Namespace) -> int:
    with open_workspace(arguments.workspace, writes=arguments.yes) as workspace:
        preview = workspace.maps.preview_import(Path(arguments.file))
        for line in preview.summary_lines():
            print(line)
        if not arguments.yes:
            print("Nothing merged yet: run again with --yes to merge.")
            return 0
        counts = workspace.maps.apply_import(preview, "take_theirs" if arguments.take_theirs else "keep_mine")
    print(f"Merged: {counts}")
    return 0


def _boundaries_parser() -> argparse.ArgumentParser:
    parser = command_parser("import-boundaries", "Import neighborhood boundaries from a GIS file.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("file", metavar="FILE", help="zipped shapefile, .shp, GeoJSON, GeoPackage or KML")
    parser.add_argument("--name-field", help="the field that holds the neighborhoods' names")
    parser.add_argument("--layer", help="the layer to read (GeoPackage, or a zip of several shapefiles)")
    parser.add_argument("--crs", help="the file's coordinate system, e.g. EPSG:2039, when it does not say")
    parser.add_argument("--replace", action="store_true", help="remove neighborhoods the file does not name")
    return parser


def _assets_parser() -> argparse.ArgumentParser:
    parser = command_parser("import-assets", "Import assets (points) from a GIS file, or Excel/CSV with coordinates.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--category-field", help="the field that holds each asset's category")
    parser.add_argument("--name-field", help="the field that holds each asset's name")
    parser.add_argument(
        "--keep-outside", action="store_true", help="add the places even when none lies in the city's neighborhoods"
    )
    return parser


def _validate_parser() -> argparse.ArgumentParser:
    parser = command_parser("validate", "Check the division into neighborhoods; exit 1 when there are findings.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = command_parser("export-map", "Write the city map as one offline HTML file or a GeoPackage.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("out", metavar="OUT.html|OUT.gpkg")
    parser.add_argument("--include-personal", action="store_true", help="include contact details (left out by default)")
    parser.add_argument("--crs", help="the GeoPackage's coordinate system: 4326 (WGS 84, the default) or 2039 (Israel's grid)")
    return parser


def _import_map_parser() -> argparse.ArgumentParser:
    parser = command_parser("import-map", "Merge a colleague's map GeoPackage, after showing what would change.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("file", metavar="FILE.gpkg")
    parser.add_argument("--yes", action="store_true", help="merge without asking")
    parser.add_argument("--take-theirs", action="store_true", help="on conflicts take the file's version")
    return parser


COMMANDS: dict[str, Command] = {
    "import-boundaries": (_boundaries_parser, import_boundaries),
    "import-assets": (_assets_parser, import_assets),
    "validate": (_validate_parser, validate),
    "export-map": (_export_parser, export_map),
    "import-map": (_import_map_parser, import_map),
}
