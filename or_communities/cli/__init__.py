"""The command line without a window: each subcommand prints what it did, or one readable line and exits 1."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import (
    backup_commands,
    copy_commands,
    document_commands,
    list_commands,
    mapping_commands,
    report_commands,
    team_commands,
    workspace_commands,
)
from .common import PROGRAM, Command, run_guarded

if TYPE_CHECKING:
    from ..services.documents import DocumentEngine

COMMANDS: dict[str, Command] = {
    **workspace_commands.COMMANDS,
    **mapping_commands.COMMANDS,
    **list_commands.COMMANDS,
    **document_commands.COMMANDS,
    **report_commands.COMMANDS,
    **backup_commands.COMMANDS,
    **copy_commands.COMMANDS,
    **team_commands.COMMANDS,
}


def run_command(command: str, argv: Sequence[str], document_engine: Callable[[], DocumentEngine] | None = None) -> int:
    """Run a subcommand; ``document_engine`` makes the engine that prints PDF (the interface's web engine: the
    command line itself has no Qt)."""
    make_parser, handler = COMMANDS[command]
    arguments = make_parser().parse_args(list(argv))
    arguments.document_engine = document_engine
    arguments.command_name = command
    return run_guarded(handler, arguments)


__all__ = ["COMMANDS", "PROGRAM", "run_command"]
