"""What every subcommand shares: its parser, opening the workspace, and one readable line when it fails."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..app_log import PROGRAM, write_failure_log
from ..domain.errors import InputError, WorkspaceFileError, WorkspaceProblem

if TYPE_CHECKING:
    from ..domain.documents import Document
    from ..services.documents import DocumentEngine
    from ..services.workspace import Workspace

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
    WorkspaceProblem.HELD: "{path}: open for writing by {detail}; close it there first, or wait until it is done",
    WorkspaceProblem.IN_USE: "{path}: in use by another program ({detail}); try again when it is done",
    WorkspaceProblem.UNREACHABLE: "{path}: the server did not answer ({detail}); check the address, the network and the password",
    WorkspaceProblem.NOT_A_MEMBER: "{path}: this login has no role in the workspace's team; the city's community "
    "manager adds it (or-communities team URL add-member NAME --role …)",
    WorkspaceProblem.NEEDS_UPGRADE: "{path}: made by an older version; its owner (the city's community manager) opens it "
    "with this version first, which upgrades it",
}


class CommandFailed(Exception):
    """One readable line for standard error; the command exits 1."""


def describe_problem(error: WorkspaceFileError) -> str:
    described = PROBLEM_MESSAGES[error.problem].format(path=error.path, detail=error.detail)
    if error.problem is WorkspaceProblem.DAMAGED:
        described += _newest_backup_hint(Path(error.path))
    return described


def _newest_backup_hint(workspace: Path) -> str:
    """For a damaged workspace: the newest of its backups that opens, and the command that puts it back."""
    from ..services.backups import backups_of

    summaries = backups_of(workspace)
    if not summaries:
        return "; it has no backup"
    newest = summaries[0].backup
    return (
        f"; its newest backup that opens is from {newest.taken_at:%d/%m/%Y %H:%M}: "
        f'{PROGRAM} restore "{newest.path}" "{workspace}" --yes'
    )


def command_parser(command: str, help_text: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROGRAM} {command}", description=help_text)
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    return parser


@contextmanager
def open_workspace(path: str, writes: bool = False) -> Iterator[Workspace]:
    """The workspace, open for the command; one that ``writes`` holds it as its one writer meanwhile."""
    from ..services.workspace import Workspace
    from ..storage.server import is_server_url

    try:
        # A server workspace has no lock file: its server keeps several writers apart, one transaction at a time.
        workspace = Workspace.connect(path) if is_server_url(path) else Workspace.open(Path(path), hold=writes)
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    try:
        yield workspace
    except InputError as error:
        raise CommandFailed(str(error) or type(error).__name__) from error
    finally:
        workspace.close()


LONGEST_LINE = 1_000
"""A message quoting what the user gave (a 100 kB name) is cut to this, so the answer stays one readable line."""


def run_guarded(handler: Handler, arguments: argparse.Namespace) -> int:
    """Run a subcommand so that whatever happens, the user reads one line and the exit status says how it went: a
    refusal or an unexpected failure exits 1, the details of the latter in a log file the line names (never on the
    terminal, where they could show people's names and phones); a reader that went away (`| head`) ends it quietly."""
    try:
        return handler(arguments)
    except CommandFailed as failure:
        return _fail(str(failure))
    except InputError as error:  # a refusal raised outside an open workspace, e.g. while a file is read
        return _fail(str(error) or type(error).__name__)
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return _fail("interrupted; nothing more was done")
    except Exception as error:  # noqa: BLE001 - the guard of every subcommand: one line, details in the log
        logged = write_failure_log(getattr(arguments, "command_name", ""))
        return _fail(f"unexpected failure ({type(error).__name__}); the details are in {logged}")


def _fail(message: str) -> int:
    line = " ".join(message.split())
    if len(line) > LONGEST_LINE:
        line = line[: LONGEST_LINE - 1] + "…"
    with suppress(BrokenPipeError, OSError):
        print(f"{PROGRAM}: error: {line}", file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    """The reader of our output is gone: send what Python still flushes at exit nowhere, without a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def checked_output(path_text: str, suffixes: tuple[str, ...], formats: str) -> Path:
    """Where a file is to be written, refused in one line when its format is not one of ``suffixes`` (``formats``
    says which are), when it is a folder, or when its folder does not exist."""
    out = Path(path_text)
    if out.suffix.lower() not in suffixes:
        raise CommandFailed(f"{out.name}: {formats}")
    if out.is_dir():
        raise CommandFailed(f"{out}: is a folder; give the file's name")
    if not out.parent.is_dir():
        raise CommandFailed(f"{out.parent}: no such folder")
    return out


def write_document_to(document: Document, out: Path, engine: DocumentEngine | None) -> int:
    """Write a document (PDF by the engine) and say where; a folder that takes no file is one line."""
    from ..services.documents import write_document

    try:
        write_document(document, out, engine)
    except OSError as error:
        raise CommandFailed(f"{out}: cannot write here ({error.strerror or error})") from error
    print(f"Wrote {out}")
    return 0


def neighborhood_named(workspace: Workspace, name: str) -> int:
    """A neighborhood's id by its name as typed (spaces and letter case aside), or one line naming the city's."""
    wanted = " ".join(name.split()).casefold()
    for hood in workspace.neighborhoods.list():
        if hood.name.casefold() == wanted:
            return hood.id
    names = ", ".join(hood.name for hood in workspace.neighborhoods.list())
    raise CommandFailed(f"no neighborhood named {name!r}; the city has: {names}")
