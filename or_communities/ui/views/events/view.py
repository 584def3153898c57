"""The events area: the calendar and the lists of events, initiatives, conferences, groups, spaces and channels,
each in its tab; a page that wrote something tells the others and the other areas."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...view_context import ViewContext
from ...widgets.controls import make_button
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.record_page import RecordPage
from .calendar_page import CalendarPage
from .channels_page import ChannelsPage
from .conferences_page import ConferencesPage
from .events_page import EventsPage
from .groups_page import GroupsPage
from .initiatives_page import InitiativesPage
from .spaces_page import SpacesPage

CALENDAR_TAB, EVENTS_TAB, INITIATIVES_TAB, CONFERENCES_TAB, GROUPS_TAB, SPACES_TAB, CHANNELS_TAB = range(7)
Page = CalendarPage | RecordPage[Any]


class EventsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("eventsView")
        self._context = context
        self.calendar = CalendarPage(context)
        self.events_page = EventsPage(context, lambda: self.calendar.chosen_day)
        self.initiatives_page = InitiativesPage(context)
        self.conferences_page = ConferencesPage(context)
        self.groups_page = GroupsPage(context)
        self.spaces_page = SpacesPage(context)
        self.channels_page = ChannelsPage(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventTabs")
        for page, title in (
            (self.calendar, self.tr("Calendar")),
            (self.events_page, self.tr("Events")),
            (self.initiatives_page, self.tr("Initiatives")),
            (self.conferences_page, self.tr("Neighborhood conferences")),
            (self.groups_page, self.tr("Committees and groups")),
            (self.spaces_page, self.tr("Gathering spaces")),
            (self.channels_page, self.tr("Channels")),
        ):
            self.tabs.addTab(page, title)
            page.saved.connect(self._on_saved)
        self._stale: set[Page] = set()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.export_button = make_button(self.tr("Export to Excel…"), "exportEventsButton", self.export_to_excel, "excel")
        self.export_button.setToolTip(self.tr("The year's events in a workbook of their own, with their Hebrew dates"))
        context.exports.disable_while_running(self.export_button)
        self.tabs.setCornerWidget(self.export_button)
        self.calendar.open_event.connect(self.show_event)
        self.guide = EmptyGuide(
            "eventsGuide",
            self.tr("No events yet"),
            self.tr(
                "The events of the city and its neighborhoods, each with its Hebrew date and a warning when it "
                "falls on Shabbat or a holiday. Add the first one; the calendar shows it on its day."
            ),
            [GuideStep(self.tr("Add an event…"), "guideAddEventButton", "add", self.add_first_event)],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.guide)
        layout.addWidget(self.tabs, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    def pages(self) -> list[Page]:
        widgets = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [widget for widget in widgets if isinstance(widget, (CalendarPage, RecordPage))]

    def refresh(self) -> None:
        """Show the workspace as it is now: the open tab at once, the others when they are opened."""
        self._stale = set(self.pages())
        self._refresh_if_stale(self.tabs.currentWidget())
        self.guide.show_when(not self._context.workspace.events.events())

    def show_channels(self) -> None:
        """Open the communication channels (a next step when one went silent)."""
        self.tabs.setCurrentIndex(CHANNELS_TAB)

    def show_spaces(self) -> None:
        """Open the gathering spaces (a next step when a space has no agreed rules)."""
        self.tabs.setCurrentIndex(SPACES_TAB)

    def show_conference(self, neighborhood_id: int | None) -> None:
        """Open a neighborhood's conference, to plan it or record it (the tool of task 2.6)."""
        self.tabs.setCurrentIndex(CONFERENCES_TAB)
        if neighborhood_id is not None:
            self.conferences_page.choose(neighborhood_id)

    def add_first_event(self) -> None:
        self.tabs.setCurrentIndex(EVENTS_TAB)
        self.events_page.add_record()

    def _refresh_if_stale(self, widget: QWidget | None) -> None:
        page = next((page for page in self._stale if page is widget), None)
        if page is not None:
            self._stale.discard(page)
            page.refresh()

    def _on_tab_changed(self, _index: int) -> None:
        self.flush_edits()
        self._refresh_if_stale(self.tabs.currentWidget())

    def flush_edits(self) -> None:
        for page in self.pages():
            if isinstance(page, RecordPage):
                page.flush_edits()

    def _on_saved(self) -> None:
        """One page wrote something: the others show it when next opened, and the other views are told."""
        sender = self.sender()
        self._stale = {page for page in self.pages() if page is not sender}
        self._context.events.announce(self)
        self.guide.show_when(not self._context.workspace.events.events())

    def show_event(self, event_id: int) -> None:
        """Open the list of events on one event, its form ready to edit."""
        self.tabs.setCurrentIndex(EVENTS_TAB)
        self.events_page.filter.set_criteria(search="", neighborhood=self.events_page.filter.ALL)
        self.events_page.search_edit.clear()
        self.events_page.neighborhood_filter.setCurrentIndex(0)
        self.events_page.choose(event_id)

    def export_to_excel(self) -> None:
        """The year's events alone in a workbook, written off the interface thread."""
        from ....services.plan_export import export_events

        self.flush_edits()
        workspace = self._context.workspace
        city = workspace.city.get()
        name = self.tr("{0} events {1}").format(city.name, city.plan_year)
        self._context.exports.export(
            self.tr("Export the events"),
            workspace.path.parent / f"{name}.xlsx",
            partial(export_events, workspace, language=self._context.language),
            self.tr("The events were written to {0}."),
        )
