"""`report`: the success metrics report for the senior municipal level, as PDF (or Word)."""

from __future__ import annotations

import argparse

from .common import Command, checked_output, command_parser, neighborhood_named, open_workspace, write_document_to

REPORT_SUFFIXES = (".pdf", ".docx")


def _report_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "report",
        "Write the success metrics report: a cover, the city's measures with their charts, and a page per "
        "neighborhood with its map and its measures.",
    )
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("out", metavar="OUT.pdf")
    parser.add_argument("--neighborhood", metavar="NAME", help="one neighborhood's page only, after the city's summary")
    parser.add_argument("--year", type=int, help="the plan year (the city's plan year by default)")
    parser.add_argument("--language", choices=("he", "en"), default="he", help="the report's language (default: he)")
    return parser


def write_report(arguments: argparse.Namespace) -> int:
    from ..domain.validation import check_plan_year
    from ..services.report import build_report

    out = checked_output(arguments.out, REPORT_SUFFIXES, "the report is written as .pdf or .docx")
    if arguments.year is not None:
        check_plan_year(arguments.year)
    with open_workspace(arguments.workspace) as workspace:
        neighborhood = neighborhood_named(workspace, arguments.neighborhood) if arguments.neighborhood else None
        document = build_report(workspace, arguments.language, arguments.year, neighborhood)
        engine = arguments.document_engine() if arguments.document_engine else None
        return write_document_to(document, out, engine)


COMMANDS: dict[str, Command] = {"report": (_report_parser, write_report)}
