"""What every view of an open workspace is given: the workspace, the language, dialogs, and a way around."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from ..domain.catalog import Area
from ..services.workspace import Workspace
from .dialogs import Dialogs
from .excel_exports import ExcelExports
from .settings import AppSettings


class WorkspaceEvents(QObject):
    """Tells the views that the workspace changed, so each can show the new state.

    A change carries the view that made it: that view is already showing it, so it is not asked to reload.
    """

    changed = Signal(object)
    """The view that changed the workspace, or None when every view should look again."""

    def announce(self, sender: QObject | None = None) -> None:
        self.changed.emit(sender)

    def follow(
        self, view: QObject, refresh: Callable[[], None], own_change: Callable[[], None] | None = None
    ) -> None:
        """Call ``refresh`` when the workspace changed elsewhere, and ``own_change`` (when given) after ``view``'s
        own changes, for as long as ``view`` lives."""
        self.changed.connect(_ChangeFollower(view, refresh, own_change).on_changed)


class _ChangeFollower(QObject):
    """A view's ear for changes; a child of the view, so it is disconnected when the view goes."""

    def __init__(self, view: QObject, refresh: Callable[[], None], own_change: Callable[[], None] | None) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self._own_change = own_change

    @Slot(object)
    def on_changed(self, sender: object) -> None:
        if sender is not self._view:
            self._refresh()
        elif self._own_change is not None:
            self._own_change()


AREA_VIEWS: dict[Area, tuple[str, str]] = {
    Area.JOURNEY: ("journey", "JourneyView"),
    Area.MATRIX: ("matrix_view", "MatrixView"),
    Area.NEIGHBORHOODS: ("neighborhoods", "NeighborhoodsView"),
    Area.MAP: ("map_area", "MapAreaView"),
    Area.PARTNERS: ("partners", "PartnersView"),
    Area.COALITIONS: ("coalitions", "CoalitionsView"),
    Area.LEADERSHIP: ("leadership", "LeadershipView"),
    Area.PEOPLE: ("people", "PeopleView"),
    Area.COORDINATORS: ("coordinators_view", "CoordinatorsView"),
    Area.WORK_PLANS: ("work_plans", "WorkPlansView"),
    Area.BUDGET: ("budget", "BudgetView"),
    Area.EVENTS: ("events", "EventsView"),
    Area.DASHBOARD: ("dashboard", "DashboardView"),
}
"""Each built area's view: its module under ui/views and its class, imported the first time it is shown."""

READY_AREAS = frozenset(AREA_VIEWS)
"""Areas that already hold their tools; the others describe what they will hold."""


@dataclass(frozen=True)
class AreaFilter:
    """What an area is asked to show when it is opened from elsewhere (the home view's counts)."""

    needs_attention: bool = False
    """Partners to contact, or inactive activists."""
    neighborhood_id: int | None = None


@dataclass(frozen=True)
class ViewContext:
    workspace: Workspace
    language: str
    dialogs: Dialogs
    events: WorkspaceEvents
    show_area: Callable[..., None]
    """show_area(area) or show_area(area, AreaFilter(...)) for a view that has ``apply_filter``."""
    open_task: Callable[[int | None, str], None]
    settings: AppSettings
    exports: ExcelExports
    """The window's Excel exports, written off the interface thread one at a time."""
    act_in: Callable[..., None]
    """act_in(area, step, *arguments): show another area and take a step there (its view's method of that name), as
    an empty area's guide offers (import the boundaries on the map, add a neighborhood by name…) or a tool opened
    for one neighborhood (its coalition)."""
    undo_stack: QUndoStack
    """The edits in place of this workspace's tables, for the Edit menu's Undo (Ctrl+Z) and Redo (Ctrl+Y)."""
