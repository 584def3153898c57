"""Subcommands for the lists and the Excel files: people and partners in from Excel or CSV, lists out to Excel or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import shortened
from .common import Command, CommandFailed, checked_output, command_parser, neighborhood_named, open_workspace

if TYPE_CHECKING:
    from ..services.plan_import import PlanImportPreview, PlanImportResult
    from ..services.workspace import Workspace

EXPORTABLE = ("city", "work-plan", "annual-plan", "neighborhood", "budget", "events", "partners", "people")


def _import(arguments: argparse.Namespace, kind_name: str) -> int:
    from ..files.list_columns import ListKind
    from ..services.list_import import DuplicateChoice, import_list

    source = Path(arguments.file)
    if not source.is_file():
        raise CommandFailed(f"{source}: no such file")
    with open_workspace(arguments.workspace, writes=True) as workspace:
        preview, result = import_list(
            workspace, ListKind(kind_name), source, arguments.sheet, DuplicateChoice(arguments.on_duplicate)
        )
    print(f"added: {result.added}")
    print(f"merged: {result.merged}")
    print(f"skipped: {result.skipped}")
    print(f"rejected: {result.rejected}")
    if preview.macros_ignored:
        print("the workbook holds macros: only its values were read, and no macro ran")
    for row, header, formula in preview.formulas:
        print(f"  row {row}, {shortened(header, 40)}: a formula, taken as the text typed: {shortened(formula)}")
    for rejected in preview.rejected:
        print(f"  {rejected.describe()}")
    return 0


def import_people(arguments: argparse.Namespace) -> int:
    return _import(arguments, "people")


def import_partners(arguments: argparse.Namespace) -> int:
    return _import(arguments, "partners")


def export_excel(arguments: argparse.Namespace) -> int:
    lists_only = arguments.what in ("partners", "people")
    out = checked_output(
        arguments.out,
        (".xlsx", ".csv") if lists_only else (".xlsx",),
        "the list can be written as .xlsx or .csv" if lists_only else "write it as .xlsx",
    )
    if arguments.what == "neighborhood" and not arguments.neighborhood:
        raise CommandFailed("which neighborhood? Give --neighborhood NAME")
    if arguments.neighborhood and arguments.what not in ("neighborhood", "work-plan"):
        raise CommandFailed(f"--neighborhood goes with --what neighborhood or work-plan, not with --what {arguments.what}")
    with open_workspace(arguments.workspace) as workspace:
        try:
            _write_export(workspace, arguments, out)
        except OSError as error:
            raise CommandFailed(f"{out}: cannot write ({error.strerror or error})") from error
    print(f"{arguments.what.capitalize()} written to {out}")
    return 0


def _write_export(workspace: Workspace, arguments: argparse.Namespace, out: Path) -> None:
    from ..domain.planning import PlanKind
    from ..services import plan_export
    from ..services.list_export import export_partners, export_people

    language, year = arguments.language, arguments.year
    what = arguments.what
    if what in ("partners", "people"):
        (export_people if what == "people" else export_partners)(workspace, out, language=language)
    elif what == "city":
        plan_export.export_city_workbook(workspace, out, year, language)
    elif what == "budget":
        plan_export.export_budget(workspace, out, year, language)
    elif what == "events":
        plan_export.export_events(workspace, out, year, language)
    elif what == "neighborhood" or (what == "work-plan" and arguments.neighborhood):
        hood = neighborhood_named(workspace, arguments.neighborhood)
        plan_export.export_work_plan(workspace, out, PlanKind.NEIGHBORHOOD, hood, year, language)
    else:
        kind = PlanKind.ANNUAL_CITY if what == "annual-plan" else PlanKind.CITY
        plan_export.export_work_plan(workspace, out, kind, None, year, language)




def import_work_plan(arguments: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..domain.errors import ImportFailed
    from ..services.plan_import import apply_plan_import, preview_plan_import

    source = Path(arguments.file)
    if not source.is_file():
        raise CommandFailed(f"{source}: no such file")
    with open_workspace(arguments.workspace, writes=arguments.yes) as workspace:
        try:
            preview = preview_plan_import(workspace, source)
            _print_plan_preview(preview)
            if not arguments.yes:
                print("nothing changed; run again with --yes to apply (rows deleted in the file are removed too)")
                return 0
            result = apply_plan_import(workspace, preview, remove_deleted=True)
        except ImportFailed as error:
            raise CommandFailed(f"{source}: {error.reason}; nothing was changed") from error
        except SQLAlchemyError as error:
            raise CommandFailed(
                f"{arguments.workspace}: the workspace cannot be read or written now ({type(error).__name__}); "
                "close other windows using it and try again; nothing was changed"
            ) from error
    _print_plan_result(result)
    return 0


def _print_plan_preview(preview: PlanImportPreview) -> None:
    for label, items in (("changed", preview.changed), ("added", preview.added)):
        print(f"{label}: {len(items)}")
        for item in items:
            print(f"  {item.sheet} row {item.row_number}: {item.activity.name}")
    print(f"deleted in the file: {len(preview.deleted)}")
    for activity in preview.deleted:
        print(f"  {activity.name}")
    print(f"unchanged: {preview.unchanged}")
    for label, issues in (("conflicts", preview.conflicts), ("rejected", preview.rejected), ("warnings", preview.warnings)):
        print(f"{label}: {len(issues)}")
        for issue in issues:
            print(f"  {issue.describe()}")


def _print_plan_result(result: PlanImportResult) -> None:
    print(f"applied: {result.updated} updated, {result.added} added, {result.removed} removed")
    if result.held_back:
        print(f"held back (changed in the app after the preview; the app's version is kept): {len(result.held_back)}")
        for issue in result.held_back:
            print(f"  {issue.describe()}")


def _import_parser(command: str, what: str) -> argparse.ArgumentParser:
    parser = command_parser(command, f"Import {what} from an Excel workbook (.xlsx) or a CSV file.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("file", metavar="FILE", help=".xlsx, or .csv in UTF-8 or cp1255")
    parser.add_argument("--sheet", help="the workbook's sheet to read (the first by default)")
    parser.add_argument(
        "--on-duplicate",
        choices=("skip", "merge", "add"),
        default="skip",
        help="what to do with a row that repeats a record (same phone, email, or name in the same neighborhood)",
    )
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = command_parser("export-excel", "Write a list as an Excel workbook (OUT.xlsx) or CSV (OUT.csv).")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("out", metavar="OUT.xlsx|OUT.csv")
    parser.add_argument(
        "--what", default="city", choices=EXPORTABLE, help="what to write (city: everything in one workbook)"
    )
    parser.add_argument(
        "--neighborhood", metavar="NAME", help="the neighborhood, with --what neighborhood (or work-plan: its plan)"
    )
    parser.add_argument("--year", type=int, help="the plan year (the city's plan year by default)")
    parser.add_argument("--language", choices=("he", "en"), default="he", help="the language of the headers")
    return parser


def _import_plan_parser() -> argparse.ArgumentParser:
    parser = command_parser("import-work-plan", "Bring back a work plan written by export-excel and edited in Excel.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("file", metavar="FILE.xlsx")
    parser.add_argument("--yes", action="store_true", help="apply the changes (without it, only show them)")
    return parser


COMMANDS: dict[str, Command] = {
    "import-people": (lambda: _import_parser("import-people", "people"), import_people),
    "import-partners": (lambda: _import_parser("import-partners", "partners"), import_partners),
    "export-excel": (_export_parser, export_excel),
    "import-work-plan": (_import_plan_parser, import_work_plan),
}
