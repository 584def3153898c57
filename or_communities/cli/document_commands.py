"""`document`: write a neighborhood's call for applications, leadership meeting protocol or mapping file as PDF,
Word or an Excel sheet."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import Command, checked_output, command_parser, neighborhood_named, open_workspace, write_document_to

if TYPE_CHECKING:
    pass

KINDS = ("call", "meeting", "conference-checklist", "mapping-file")


def _document_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "document",
        "Write a document of a neighborhood as PDF, Word or an Excel sheet: its latest call for applications (call), "
        "the protocol of its latest resident-leadership meeting (meeting), its conference's checklist "
        "(conference-checklist), or its mapping file (mapping-file).",
    )
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    parser.add_argument("out", metavar="OUT.pdf|OUT.docx|OUT.xlsx")
    parser.add_argument("--neighborhood", metavar="NAME", required=True, help="the neighborhood, by its name")
    parser.add_argument("--language", choices=("he", "en"), default="he", help="the document's language (default: he)")
    parser.add_argument(
        "--contact-details", action="store_true", help="the mapping file with phones and emails (names only by default)"
    )
    return parser


def write_document_command(arguments: argparse.Namespace) -> int:
    from ..services.documents import SUFFIXES, DocumentKind, DocumentService

    out = checked_output(arguments.out, tuple(SUFFIXES), "a document is written as .pdf, .docx or .xlsx")
    with open_workspace(arguments.workspace) as workspace:
        neighborhood = neighborhood_named(workspace, arguments.neighborhood)
        kind = DocumentKind(arguments.kind)
        document = DocumentService(workspace).build(
            kind, neighborhood, arguments.language, contact_details=arguments.contact_details
        )
        needs_engine = out.suffix.lower() == ".pdf" or kind is DocumentKind.MAPPING_FILE  # printing, or drawing the map
        engine = arguments.document_engine() if needs_engine and arguments.document_engine else None
        return write_document_to(document, out, engine)


COMMANDS: dict[str, Command] = {"document": (_document_parser, write_document_command)}
