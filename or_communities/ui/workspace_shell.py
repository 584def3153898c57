"""An open workspace: the list of areas and the area being shown, each built when first opened."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.catalog import Area
from ..domain.errors import NotPermitted, ReadOnlyWorkspace
from ..domain.text import isolated
from ..services.workspace import Workspace
from .dialogs import Dialogs, RefusalShownOnce
from .excel_exports import ExcelExports
from .icons import icon
from .labels import area_label, input_error_message
from .settings import AppSettings
from .style import Title, set_title, style_navigation
from .view_context import AREA_VIEWS, AreaFilter, ViewContext, WorkspaceEvents

AREA_ORDER = (
    Area.JOURNEY,
    Area.MATRIX,
    Area.NEIGHBORHOODS,
    Area.MAP,
    Area.PARTNERS,
    Area.COALITIONS,
    Area.LEADERSHIP,
    Area.PEOPLE,
    Area.COORDINATORS,
    Area.WORK_PLANS,
    Area.BUDGET,
    Area.EVENTS,
    Area.DASHBOARD,
)


def _build_view(area: Area, context: ViewContext) -> QWidget:
    if area not in AREA_VIEWS:
        from .views.area_placeholder import AreaPlaceholder

        return AreaPlaceholder(area)
    module_name, class_name = AREA_VIEWS[area]
    module = importlib.import_module(f"{__package__}.views.{module_name}")
    return getattr(module, class_name)(context)


class WorkspaceShell(QWidget):
    def __init__(
        self, workspace: Workspace, language: str, dialogs: Dialogs, settings: AppSettings, exports: ExcelExports
    ) -> None:
        super().__init__()
        self.setObjectName("workspaceShell")
        self.workspace = workspace
        self.events = WorkspaceEvents(self)
        self.undo_stack = QUndoStack(self)
        if workspace.read_only:
            dialogs = RefusalShownOnce(dialogs, input_error_message(ReadOnlyWorkspace(workspace.read_only_for or "")))
        elif not workspace.access.writes:
            dialogs = RefusalShownOnce(dialogs, input_error_message(NotPermitted(workspace.access.role.value)))
        self.context = ViewContext(
            workspace, language, dialogs, self.events, self.show_area, self.open_task, settings, exports, self.act_in,
            self.undo_stack,
        )
        self._views: dict[Area, QWidget] = {}

        city = workspace.city.get()
        # The city's name is isolated: a Hebrew name must not turn an English header right to left.
        self.header = QLabel(self.tr("{0} · plan year {1}").format(isolated(city.name), city.plan_year))
        self.header.setObjectName("cityHeader")
        set_title(self.header, Title.WINDOW)

        self.nav = QListWidget()
        self.nav.setObjectName("areaNav")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(22, 22))
        style_navigation(self.nav)
        self.pages = QStackedWidget()
        for area in AREA_ORDER:
            item = QListWidgetItem(icon(area.name.lower()), area_label(area))
            self.nav.addItem(item)
            self.pages.addWidget(QWidget())  # replaced by the real view when first shown
        self.nav.currentRowChanged.connect(self._show_row)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.nav.setCurrentRow(0)

    def view(self, area: Area) -> QWidget:
        """The area's view, built now if this is the first time it is needed."""
        if area not in self._views:
            row = AREA_ORDER.index(area)
            view = _build_view(area, self.context)
            placeholder = self.pages.widget(row)
            assert placeholder is not None
            self.pages.insertWidget(row, view)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._views[area] = view
        return self._views[area]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        area = AREA_ORDER[row]
        built_before = area in self._views
        view = self.view(area)
        self.pages.setCurrentWidget(view)
        refresh: Callable[[], None] | None = getattr(view, "refresh", None)
        if built_before and refresh is not None:
            refresh()  # a view just built has loaded itself

    def show_area(self, area: Area, area_filter: AreaFilter | None = None) -> None:
        """Show an area; with a filter, ask its view to show only what the filter says."""
        self.nav.setCurrentRow(AREA_ORDER.index(area))
        if area_filter is not None:
            apply_filter: Callable[[AreaFilter], None] | None = getattr(self.view(area), "apply_filter", None)
            if apply_filter is not None:
                apply_filter(area_filter)

    def act_in(self, area: Area, step: str, *arguments: object) -> None:
        """Show ``area`` and call its view's ``step`` with ``arguments`` (a first step, a tool for one place)."""
        self.show_area(area)
        action: Callable[..., object] = getattr(self.view(area), step)
        action(*arguments)

    def current_area(self) -> Area:
        return AREA_ORDER[max(0, self.nav.currentRow())]

    def open_task(self, neighborhood_id: int | None, task_key: str) -> None:
        from .views.journey import JourneyView

        self.show_area(Area.JOURNEY)
        journey = self.view(Area.JOURNEY)
        assert isinstance(journey, JourneyView)
        journey.select_task(neighborhood_id, task_key)

    def flush_edits(self) -> None:
        for view in self._views.values():
            flush: Callable[[], None] | None = getattr(view, "flush_edits", None)
            if flush is not None:
                flush()
