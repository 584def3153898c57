"""What every view of an open workspace is given: the workspace, the language, dialogs, and a way around."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..domain.catalog import Area
from ..services.workspace import Workspace
from .dialogs import Dialogs
from .settings import AppSettings


class WorkspaceEvents(QObject):
    """Tells the views that the workspace changed, so each can show the new state."""

    changed = Signal()


READY_AREAS = frozenset({Area.JOURNEY, Area.MATRIX, Area.NEIGHBORHOODS, Area.MAP})
"""Areas that already hold their tools; the others describe what they will hold."""


@dataclass(frozen=True)
class ViewContext:
    workspace: Workspace
    language: str
    dialogs: Dialogs
    events: WorkspaceEvents
    show_area: Callable[[Area], None]
    open_task: Callable[[int | None, str], None]
    settings: AppSettings
