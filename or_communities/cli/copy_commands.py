"""`copy`: a workspace from a file to a PostgreSQL server, back, or to another file — all of it or nothing."""

from __future__ import annotations

import argparse
import sys

from .common import Command, CommandFailed, command_parser, describe_problem


def _copy_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "copy",
        "Copy a workspace, every record with its own identity, from SOURCE to DEST: a .orcity file or a "
        "postgresql://USER@HOST/DB URL on either side. DEST must be a new file or an empty database; the copy is "
        "checked record by record against its source before it is kept.",
    )
    parser.add_argument("source", metavar="SOURCE")
    parser.add_argument("dest", metavar="DEST")
    return parser


def copy(arguments: argparse.Namespace) -> int:
    from ..domain.errors import WorkspaceFileError
    from ..services.copying import copy_workspace

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} tables", end="" if done < total else "\n", flush=True)

    try:
        counts = copy_workspace(arguments.source, arguments.dest, progress if sys.stdout.isatty() else None)
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    print(f"Copied {sum(counts.values())} records in {sum(1 for count in counts.values() if count)} tables; "
          "checked against the source, record by record")
    return 0


COMMANDS: dict[str, Command] = {"copy": (_copy_parser, copy)}
