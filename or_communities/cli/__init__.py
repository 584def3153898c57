"""The command line without a window: each subcommand prints what it did, or one readable line and exits 1."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..app_log import PROGRAM

if TYPE_CHECKING:
    from ..services.documents import DocumentEngine
    from .common import Command

COMMAND_MODULES: dict[str, str] = {
    "demo": "workspace_commands",
    "check": "workspace_commands",
    "privacy": "workspace_commands",
    "import-boundaries": "mapping_commands",
    "import-assets": "mapping_commands",
    "validate": "mapping_commands",
    "export-map": "mapping_commands",
    "import-map": "mapping_commands",
    "import-people": "list_commands",
    "import-partners": "list_commands",
    "export-excel": "list_commands",
    "import-work-plan": "list_commands",
    "document": "document_commands",
    "report": "report_commands",
    "backup": "backup_commands",
    "restore": "backup_commands",
    "copy": "copy_commands",
    "team": "team_commands",
}
"""Each subcommand and the module of this package that defines it. The window's start-up only needs the names,
so a command's module is imported when the command runs (all of them cost start-up 6 ms)."""

COMMANDS = tuple(COMMAND_MODULES)


def command(name: str) -> Command:
    """A subcommand's parser maker and handler, from its module."""
    module = importlib.import_module(f"{__name__}.{COMMAND_MODULES[name]}")
    found: Command = module.COMMANDS[name]
    return found


def run_command(command_name: str, argv: Sequence[str], document_engine: Callable[[], DocumentEngine] | None = None) -> int:
    """Run a subcommand; ``document_engine`` makes the engine that prints PDF (the interface's web engine: the
    command line itself has no Qt)."""
    from .common import run_guarded

    make_parser, handler = command(command_name)
    arguments = make_parser().parse_args(list(argv))
    arguments.document_engine = document_engine
    arguments.command_name = command_name
    return run_guarded(handler, arguments)


__all__ = ["COMMANDS", "PROGRAM", "command", "run_command"]
