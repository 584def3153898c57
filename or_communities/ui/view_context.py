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


AREA_VIEWS: dict[Area, tuple[str, str]] = {
    Area.JOURNEY: ("journey_view", "JourneyView"),
    Area.MATRIX: ("matrix_view", "MatrixView"),
    Area.NEIGHBORHOODS: ("neighborhoods_view", "NeighborhoodsView"),
    Area.MAP: ("map_area_view", "MapAreaView"),
    Area.PARTNERS: ("partners_view", "PartnersView"),
    Area.PEOPLE: ("people_view", "PeopleView"),
    Area.COORDINATORS: ("coordinators_view", "CoordinatorsView"),
    Area.WORK_PLANS: ("work_plans_view", "WorkPlansView"),
    Area.BUDGET: ("budget_view", "BudgetView"),
    Area.EVENTS: ("events_view", "EventsView"),
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
