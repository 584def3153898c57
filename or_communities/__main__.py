"""Composition root: read the command line, then run a subcommand or start the app."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .cli import COMMANDS, PROGRAM, run_command

if TYPE_CHECKING:
    from .services.documents import DocumentEngine

LANGUAGES = ("he", "en")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Or Communities. Commands: "
        + ", ".join(COMMANDS)
        + f" (see '{PROGRAM} COMMAND --help').",
    )
    parser.add_argument("workspace", nargs="?", metavar="WORKSPACE", help="a workspace (.orcity) to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: the saved setting, Hebrew)")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="show the main window, let pending events run and exit (for timing start-up)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, offscreen, that the app's parts are there and work (one line a step); exit 0 when all do",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in COMMANDS:
        return run_command(arguments[0], arguments[1:], _document_engine)
    options = _app_parser().parse_args(arguments)
    if options.self_test:
        from .ui.self_test import run_self_test

        return run_self_test()
    # Start-up allocates a great deal and frees almost nothing, so collecting garbage then is wasted
    # work (about 0.1 s). The app turns collection back on once its window is up.
    gc.disable()

    # The core is imported before Qt on purpose: once PySide6 is loaded it reads the source of every
    # module imported after it (for its opt-in "feature" syntax), which costs about 1 ms a module.
    from .services import workspace as _core  # noqa: F401 - loaded here, before Qt
    from .ui.app import run_app

    chosen: Path | str | None = None
    if options.workspace:
        # A team workspace on a server is given by its URL; anything else is a file.
        chosen = options.workspace if options.workspace.startswith(SERVER_URL_PREFIXES) else Path(options.workspace)
    return run_app(chosen, options.lang, options.quit_when_ready)


SERVER_URL_PREFIXES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def _document_engine() -> DocumentEngine:
    """The web engine that prints documents to PDF, made only when a command prints one."""
    from .ui.document_engine import command_line_engine

    return command_line_engine()


def run() -> None:
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head`): end quietly, with no second error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = code or 1
    sys.exit(code)


if __name__ == "__main__":
    run()
