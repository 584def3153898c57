"""Subcommands on a workspace as a whole: write the demo city, check a workspace file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import WorkspaceFileError
from .common import Command, CommandFailed, command_parser, describe_problem, open_workspace


def demo(arguments: argparse.Namespace) -> int:
    from ..services.demo import write_demo_workspace

    path = Path(arguments.path)
    try:
        workspace = write_demo_workspace(path)
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    workspace.close()
    print(f"Demo city written to {path}")
    return 0


def check(arguments: argparse.Namespace) -> int:
    from ..services.check import check_server_workspace, check_workspace
    from ..storage.server import is_server_url

    try:
        if is_server_url(arguments.workspace):
            report = check_server_workspace(arguments.workspace)
        else:
            report = check_workspace(Path(arguments.workspace))
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    print(f"workspace: {report.path}")
    print(f"schema version: {report.schema_revision}")
    for table, count in report.counts.items():
        print(f"{table}: {count}")
    print(f"integrity: {report.integrity}")
    if report.recovered_from is not None:
        print(f"recovered: a write cut off by a crash was rolled back; the files as they were are in {report.recovered_from}")
    return 0 if report.sound else 1


KIND_WORDS = {
    "name": "names",
    "contact": "contact details",
    "address": "addresses",
    "notes": "notes about people",
    "consent": "consent to be contacted",
}


def privacy(arguments: argparse.Namespace) -> int:
    """What personal data the workspace holds, where and how much (no value is printed)."""
    from ..services.privacy import privacy_report

    with open_workspace(arguments.workspace) as workspace:
        fields = privacy_report(workspace)
    print(f"personal data in {arguments.workspace}:")
    for field in fields:
        print(f"{field.table}.{field.column} ({KIND_WORDS.get(field.kind, field.kind)}): {field.filled} of {field.records} records")
    held = sum(1 for field in fields if field.filled)
    print(f"{held} of {len(fields)} personal fields hold data")
    return 0


def _privacy_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "privacy", "Print what personal data a workspace holds, where and how much (counts only, no values)."
    )
    parser.add_argument("workspace", metavar="WORKSPACE")
    return parser


def _demo_parser() -> argparse.ArgumentParser:
    parser = command_parser("demo", "Write the demo city workspace to PATH.")
    parser.add_argument("path", metavar="PATH", help="where to write the demo workspace (.orcity)")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = command_parser("check", "Print a workspace's schema version, record counts and integrity check.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    return parser


COMMANDS: dict[str, Command] = {
    "demo": (_demo_parser, demo),
    "check": (_check_parser, check),
    "privacy": (_privacy_parser, privacy),
}
