"""Command-line subcommands for the lists: people and partners in from Excel or CSV, lists out to Excel or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_mapping import CommandFailed, open_workspace

EXPORTABLE_NOW = ("partners", "people")
EXPORTABLE_LATER = ("city", "work-plan", "budget", "events")


def _import(arguments: argparse.Namespace, kind_name: str) -> int:
    from .services.list_import import DuplicateChoice, ListKind, import_list

    source = Path(arguments.file)
    if not source.is_file():
        raise CommandFailed(f"{source}: no such file")
    with open_workspace(arguments.workspace) as workspace:
        preview, result = import_list(
            workspace, ListKind(kind_name), source, arguments.sheet, DuplicateChoice(arguments.on_duplicate)
        )
    print(f"added: {result.added}")
    print(f"merged: {result.merged}")
    print(f"skipped: {result.skipped}")
    print(f"rejected: {result.rejected}")
    for rejected in preview.rejected:
        print(f"  {rejected.describe()}")
    return 0


def import_people(arguments: argparse.Namespace) -> int:
    return _import(arguments, "people")


def import_partners(arguments: argparse.Namespace) -> int:
    return _import(arguments, "partners")


def export_excel(arguments: argparse.Namespace) -> int:
    out = Path(arguments.out)
    if arguments.what in EXPORTABLE_LATER:
        raise CommandFailed(f"exporting {arguments.what} is not available yet; for now: {', '.join(EXPORTABLE_NOW)}")
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise CommandFailed(f"{out}: the list can be written as .xlsx or .csv")
    if not out.parent.is_dir():
        raise CommandFailed(f"{out.parent}: no such folder")
    from .services.list_export import export_partners, export_people

    write = export_people if arguments.what == "people" else export_partners
    with open_workspace(arguments.workspace) as workspace:
        try:
            write(workspace, out, language=arguments.language)
        except OSError as error:
            raise CommandFailed(f"{out}: cannot write ({error.strerror or error})") from error
    print(f"{arguments.what.capitalize()} written to {out}")
    return 0


def add_parsers(parser_for) -> dict:  # noqa: ANN001
    """The list subcommands: name -> (parser factory, handler)."""

    def import_parser(command: str, what: str) -> argparse.ArgumentParser:
        parser = parser_for(command, f"Import {what} from an Excel workbook (.xlsx) or a CSV file.")
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

    def export_parser() -> argparse.ArgumentParser:
        parser = parser_for("export-excel", "Write a list as an Excel workbook (OUT.xlsx) or CSV (OUT.csv).")
        parser.add_argument("workspace", metavar="WORKSPACE")
        parser.add_argument("out", metavar="OUT.xlsx|OUT.csv")
        parser.add_argument("--what", required=True, choices=EXPORTABLE_NOW + EXPORTABLE_LATER, help="which list to write")
        parser.add_argument("--language", choices=("he", "en"), default="he", help="the language of the headers")
        return parser

    return {
        "import-people": (lambda: import_parser("import-people", "people"), import_people),
        "import-partners": (lambda: import_parser("import-partners", "partners"), import_partners),
        "export-excel": (export_parser, export_excel),
    }
