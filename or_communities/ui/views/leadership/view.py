"""The neighborhood leadership area (stage 2): choose a neighborhood; its calls for applications with who answered
them, and its resident-leadership meetings; and, when these show task 2.1 or 2.2 done, an offer to mark it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ....domain.catalog import Area
from ....domain.leadership import CALL_TASK, MEETING_TASK
from ...view_context import ViewContext
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.task_offer import TaskOfferBar
from .calls import CallsPage
from .meetings import LeadershipMeetingsPage

CALLS_TAB, MEETINGS_TAB = range(2)


class LeadershipView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("leadershipView")
        self._context = context
        self.place_combo = QComboBox()
        self.place_combo.setObjectName("leadershipPlaceCombo")
        self.place_combo.currentIndexChanged.connect(lambda _index: self._show_place())
        self.calls = CallsPage(context)
        self.meetings = LeadershipMeetingsPage(context)
        for page in (self.calls, self.meetings):
            page.saved.connect(self._on_changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leadershipTabs")
        self.tabs.addTab(self.calls, self.tr("Call for applications"))
        self.tabs.addTab(self.meetings, self.tr("Leadership meetings"))
        self.tabs.currentChanged.connect(lambda _index: self._update_offer())
        self.offer = TaskOfferBar()
        self.offer.accepted.connect(self.mark_task_done)
        self.guide = EmptyGuide(
            "leadershipGuide",
            self.tr("No neighborhoods yet"),
            self.tr(
                "A neighborhood's leadership is found with a call for applications and formed at a resident-leadership "
                "meeting that appoints its community coordinator. Add the city's neighborhoods first."
            ),
            [GuideStep(self.tr("Open the neighborhoods…"), "guideOpenNeighborhoodsButton", "neighborhoods", self._open_neighborhoods)],
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Neighborhood:")))
        top.addWidget(self.place_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.guide)
        layout.addWidget(self.offer)
        layout.addWidget(self.tabs, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    def place(self) -> int | None:
        value = self.place_combo.currentData()
        return None if value is None else int(value)

    def show_calls(self, neighborhood_id: int | None) -> None:
        """Open the calls for applications of a neighborhood (the tool of task 2.1)."""
        self._choose_place(neighborhood_id)
        self.tabs.setCurrentIndex(CALLS_TAB)

    def show_meetings(self, neighborhood_id: int | None) -> None:
        """Open the resident-leadership meetings of a neighborhood (the tool of tasks 2.2 and 2.3)."""
        self._choose_place(neighborhood_id)
        self.tabs.setCurrentIndex(MEETINGS_TAB)

    def _choose_place(self, neighborhood_id: int | None) -> None:
        if neighborhood_id is not None:
            self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(neighborhood_id)))

    def refresh(self) -> None:
        chosen = self.place_combo.currentData()
        neighborhoods = self._context.workspace.neighborhoods.list()
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for neighborhood in neighborhoods:
            self.place_combo.addItem(neighborhood.name, neighborhood.id)
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(chosen)))
        self.place_combo.blockSignals(False)
        self.guide.show_when(not neighborhoods)
        self.tabs.setEnabled(bool(neighborhoods))
        self._show_place()

    def _show_place(self) -> None:
        place = self.place()
        self.calls.show_place(place)
        self.meetings.show_place(place)
        self._update_offer()

    def _on_changed(self) -> None:
        self.meetings.show_place(self.place())  # the people who may be invited changed
        self._update_offer()
        self._context.events.announce(self)

    def _update_offer(self) -> None:
        place = self.place()
        offers = [] if place is None else self._context.workspace.leadership.tasks_to_offer(place)
        shown_task = MEETING_TASK if self.tabs.currentIndex() == MEETINGS_TAB else CALL_TASK
        offers.sort(key=lambda offer: offer.task_key != shown_task)  # the task of the tab shown first
        first = offers[0] if offers else None
        evidence = first.text.get(self._context.language) if first is not None and first.text is not None else ""
        self.offer.offer(first.task_key if first is not None else None, evidence, self._context.language)

    def mark_task_done(self) -> None:
        place, key = self.place(), self.offer.task_key
        if place is None or key not in (CALL_TASK, MEETING_TASK):
            return
        self._context.workspace.leadership.mark_task_done(place, key, self._context.language)
        self._update_offer()
        self._context.events.announce(self)
        self._context.open_task(place, key)

    def _open_neighborhoods(self) -> None:
        self._context.show_area(Area.NEIGHBORHOODS)

    def flush_edits(self) -> None:
        self.calls.flush_edits()
        self.meetings.flush_edits()
