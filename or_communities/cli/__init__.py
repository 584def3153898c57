"""The command line without a window: each subcommand prints what it did, or one readable line and exits 1."""

from __future__ import annotations

from collections.abc import Sequence

from . import list_commands, mapping_commands, workspace_commands
from .common import PROGRAM, Command, run_guarded

COMMANDS: dict[str, Command] = {
    **workspace_commands.COMMANDS,
    **mapping_commands.COMMANDS,
    **list_commands.COMMANDS,
}


def run_command(command: str, argv: Sequence[str]) -> int:
    make_parser, handler = COMMANDS[command]
    return run_guarded(handler, make_parser().parse_args(list(argv)))


__all__ = ["COMMANDS", "PROGRAM", "run_command"]
