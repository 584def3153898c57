"""What every subcommand shares: its parser, opening the workspace, and one readable line when it fails."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.errors import WorkspaceFileError, WorkspaceProblem

if TYPE_CHECKING:
    from ..services.workspace import Workspace

PROGRAM = "or-communities"

Handler = Callable[[argparse.Namespace], int]
Command = tuple[Callable[[], argparse.ArgumentParser], Handler]
"""A subcommand: how to make its parser, and what runs it."""

PROBLEM_MESSAGES: dict[WorkspaceProblem, str] = {
    WorkspaceProblem.NOT_FOUND: "{path}: no such file",
    WorkspaceProblem.NOT_A_WORKSPACE: "{path}: not an Or Communities workspace",
    WorkspaceProblem.DAMAGED: "{path}: the workspace is damaged ({detail}); restore it from a backup",
    WorkspaceProblem.NEWER_VERSION: "{path}: made by a newer version of Or Communities (schema {detail}); update the app to open it",
    WorkspaceProblem.ALREADY_EXISTS: "{path}: already exists; choose another path",
    WorkspaceProblem.CANNOT_WRITE: "{path}: cannot write here ({detail})",
}


class CommandFailed(Exception):
    """One readable line for standard error; the command exits 1."""


def describe_problem(error: WorkspaceFileError) -> str:
    return PROBLEM_MESSAGES[error.problem].format(path=error.path, detail=error.detail)


def command_parser(command: str, help_text: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROGRAM} {command}", description=help_text)
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    return parser


@contextmanager
def open_workspace(path: str) -> Iterator[Workspace]:
    from ..domain.errors import InputError
    from ..services.workspace import Workspace

    try:
        workspace = Workspace.open(Path(path))
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    try:
        yield workspace
    except InputError as error:
        raise CommandFailed(str(error) or type(error).__name__) from error
    finally:
        workspace.close()


def run_guarded(handler: Handler, arguments: argparse.Namespace) -> int:
    try:
        return handler(arguments)
    except CommandFailed as failure:
        print(f"{PROGRAM}: error: {failure}", file=sys.stderr)
        return 1


def neighborhood_named(workspace: Workspace, name: str) -> int:
    """A neighborhood's id by its name as typed (spaces and letter case aside), or one line naming the city's."""
    wanted = " ".join(name.split()).casefold()
    for hood in workspace.neighborhoods.list():
        if hood.name.casefold() == wanted:
            return hood.id
    names = ", ".join(hood.name for hood in workspace.neighborhoods.list())
    raise CommandFailed(f"no neighborhood named {name!r}; the city has: {names}")
