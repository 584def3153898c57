"""Command-line subcommands that need no window: `demo`, `check` and the mapping file's (cli_mapping)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .cli_lists import add_parsers as add_list_parsers
from .cli_mapping import add_parsers, run_guarded
from .domain.errors import WorkspaceFileError, WorkspaceProblem

PROGRAM = "or-communities"

PROBLEM_MESSAGES: dict[WorkspaceProblem, str] = {
    WorkspaceProblem.NOT_FOUND: "{path}: no such file",
    WorkspaceProblem.NOT_A_WORKSPACE: "{path}: not an Or Communities workspace",
    WorkspaceProblem.DAMAGED: "{path}: the workspace is damaged ({detail}); restore it from a backup",
    WorkspaceProblem.NEWER_VERSION: "{path}: made by a newer version of Or Communities (schema {detail}); update the app to open it",
    WorkspaceProblem.ALREADY_EXISTS: "{path}: already exists; choose another path",
    WorkspaceProblem.CANNOT_WRITE: "{path}: cannot write here ({detail})",
}


def describe_problem(error: WorkspaceFileError) -> str:
    return PROBLEM_MESSAGES[error.problem].format(path=error.path, detail=error.detail)


def _fail(message: str) -> int:
    print(f"{PROGRAM}: error: {message}", file=sys.stderr)
    return 1


def _demo(arguments: argparse.Namespace) -> int:
    from .services.demo import write_demo_workspace

    path = Path(arguments.path)
    try:
        workspace = write_demo_workspace(path)
    except WorkspaceFileError as error:
        return _fail(describe_problem(error))
    workspace.close()
    print(f"Demo city written to {path}")
    return 0


def _check(arguments: argparse.Namespace) -> int:
    from .services.check import check_workspace

    path = Path(arguments.workspace)
    try:
        report = check_workspace(path)
    except WorkspaceFileError as error:
        return _fail(describe_problem(error))
    print(f"workspace: {report.path}")
    print(f"schema version: {report.schema_revision}")
    for table, count in report.counts.items():
        print(f"{table}: {count}")
    print(f"integrity: {report.integrity}")
    return 0 if report.sound else 1


def _parser(command: str, help_text: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROGRAM} {command}", description=help_text)
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    return parser


def _demo_parser() -> argparse.ArgumentParser:
    parser = _parser("demo", "Write the demo city workspace to PATH.")
    parser.add_argument("path", metavar="PATH", help="where to write the demo workspace (.orcity)")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = _parser("check", "Print a workspace's schema version, record counts and integrity check.")
    parser.add_argument("workspace", metavar="WORKSPACE")
    return parser


COMMANDS: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]] = {
    "demo": (_demo_parser, _demo),
    "check": (_check_parser, _check),
    **add_parsers(_parser),
    **add_list_parsers(_parser),
}


def run_command(command: str, argv: Sequence[str]) -> int:
    make_parser, handler = COMMANDS[command]
    return run_guarded(handler, make_parser().parse_args(list(argv)))
