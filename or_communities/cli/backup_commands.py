"""`backup` and `restore`: a workspace's backup copies on the command line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import WorkspaceFileError, WorkspaceProblem
from .common import Command, CommandFailed, command_parser, describe_problem

COUNTED = ("neighborhood", "person", "partner")


def backup(arguments: argparse.Namespace) -> int:
    from ..services.backups import back_up
    from ..storage.server import is_server_url

    if is_server_url(arguments.workspace):
        return _back_up_server(arguments.workspace, arguments.dest)
    workspace = Path(arguments.workspace)
    destination = Path(arguments.dest) if arguments.dest else None
    if destination is not None and not destination.is_dir():
        raise CommandFailed(f"{destination}: no such folder; give a folder to write the backup into")
    with _writing_backup_into(destination or workspace.parent, workspace):
        made = back_up(workspace, folder=destination)
    print(f"Backup written to {made.path}")
    return 0


def _back_up_server(url: str, dest: str | None) -> int:
    """A team workspace's backup is a copy of it in a workspace file, checked record by record (its server keeps
    its own backups too; this one opens anywhere, offline)."""
    import datetime as dt

    from ..services.copying import copy_workspace
    from ..storage.server import database_name, shown

    folder = Path(dest) if dest else Path.cwd()
    if not folder.is_dir():
        raise CommandFailed(f"{folder}: no such folder; give a folder to write the backup into")
    target = folder / f"{database_name(url)} {dt.datetime.now():%Y-%m-%d %H%M%S}.orcity"
    with _writing_backup_into(folder):
        counts = copy_workspace(url, str(target))
    print(f"Backup of {shown(url)} written to {target} ({sum(counts.values())} records, checked against the server)")
    return 0


@contextmanager
def _writing_backup_into(folder: Path, source: Path | None = None) -> Iterator[None]:
    """A workspace refused or a folder that takes no file: one line naming what is wrong (and, when the trouble is
    in the folder written into, that another can be given)."""
    try:
        yield
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    except OSError as error:
        where = Path(error.filename) if error.filename else folder  # the folder, or the name in it in the way
        in_the_folder = where != source and (where == folder or folder in where.parents)
        hint = "; give a folder that takes files with --dest" if in_the_folder else ""
        raise CommandFailed(f"{where}: cannot write the backup ({error.strerror or error}){hint}") from error


def restore(arguments: argparse.Namespace) -> int:
    from ..services.backups import replace_damaged
    from ..services.backups import restore as restore_backup
    from ..storage.server import is_server_url
    from ..storage.workspace_file import count_records, inspect_workspace_file
    from ..storage.workspace_lock import WorkspaceLock

    if is_server_url(arguments.workspace):
        raise CommandFailed(
            "a team workspace is not replaced from the command line: copy the backup into a new, empty database "
            "(or-communities copy BACKUP postgresql://…) and have the team open that one; nothing was changed"
        )
    source, workspace = Path(arguments.backup), Path(arguments.workspace)
    try:
        inspect_workspace_file(source)
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    damaged = _is_damaged(workspace)
    theirs = count_records(source)
    ours = count_records(workspace) if workspace.exists() and not damaged else dict.fromkeys(COUNTED, 0)
    if damaged:
        print(f"{workspace.name} is damaged: restoring keeps it, as it is, in its backups folder")
    for table in COUNTED:
        print(f"{table}: {'?' if damaged else ours[table]} now, {theirs[table]} in the backup")
    if not arguments.yes:
        print(f"Nothing was changed. To replace {workspace.name} with the backup, run again with --yes.")
        return 0
    lock = WorkspaceLock(workspace)
    try:
        lock.acquire()
        kept = replace_damaged(workspace, source) if damaged else restore_backup(source, workspace).path
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error
    finally:
        lock.release()
    print(f"Restored {workspace} from {source.name}; its state before is kept in {kept}")
    return 0


def _is_damaged(workspace: Path) -> bool:
    """Whether the workspace to restore is damaged (then it is put aside whole); any other problem is refused."""
    from ..storage.workspace_file import inspect_workspace_file

    if not workspace.exists():
        return False
    try:
        inspect_workspace_file(workspace)
    except WorkspaceFileError as error:
        if error.problem is not WorkspaceProblem.DAMAGED:
            raise CommandFailed(describe_problem(error)) from error
        return True
    return False


def _backup_parser() -> argparse.ArgumentParser:
    parser = command_parser("backup", "Write a backup copy of a workspace (into its backups folder, or DEST).")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("dest", metavar="DEST", nargs="?", help="a folder to write the backup into")
    return parser


def _restore_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "restore", "Replace a workspace with a backup, after backing up its current state; shows what changes first."
    )
    parser.add_argument("backup", metavar="BACKUP")
    parser.add_argument("workspace", metavar="WORKSPACE")
    parser.add_argument("--yes", action="store_true", help="restore without asking")
    return parser


COMMANDS: dict[str, Command] = {
    "backup": (_backup_parser, backup),
    "restore": (_restore_parser, restore),
}
