"""The coalitions area: choose the city or a neighborhood; its coalition's members beside its meetings; and, when
the coalition shows its task done, an offer to mark the task done on the journey."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ....domain.coalitions import coalition_task
from ...view_context import ViewContext
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.screen_fit import remember_splitter
from ...widgets.task_offer import TaskOfferBar
from .meetings import MeetingsPage
from .members import MembersPanel

CITY = "city"
"""The place combo's value for the city's coalition."""


class CoalitionsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("coalitionsView")
        self._context = context
        self.place_combo = QComboBox()
        self.place_combo.setObjectName("coalitionPlaceCombo")
        self.place_combo.currentIndexChanged.connect(lambda _index: self._show_place())
        self.members = MembersPanel(context)
        self.members.changed.connect(self._on_changed)
        self.meetings = MeetingsPage(context, self._member_choices)
        self.meetings.saved.connect(self._on_changed)
        self.guide = EmptyGuide(
            "coalitionGuide",
            self.tr("No members yet"),
            self.tr(
                "A coalition gathers the partners who commit to the community work of the city or of one "
                "neighborhood. Choose partners into it, write what each committed, and log its meetings."
            ),
            [GuideStep(self.tr("Choose partners…"), "guideChooseMembersButton", "add", self.members.choose_partners)],
        )
        self.offer = TaskOfferBar()
        self.offer.accepted.connect(self.mark_task_done)
        self.offer_text, self.offer_button = self.offer.text, self.offer.button
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Coalition of:")))
        top.addWidget(self.place_combo)
        top.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.members)
        splitter.addWidget(self.meetings)
        # The members' table (name, kind, commitment, dates) needs more room than half of a laptop's width less the
        # meetings' list and form beside it.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 620])
        remember_splitter(splitter, "coalitionsSplitter", context.settings)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offer)
        layout.addWidget(self.guide)
        layout.addWidget(splitter, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    def place(self) -> int | None:
        value = self.place_combo.currentData()
        return None if value in (None, CITY) else int(value)

    def choose_place(self, neighborhood_id: int | None) -> None:
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(CITY if neighborhood_id is None else neighborhood_id)))

    def refresh(self) -> None:
        chosen = self.place_combo.currentData()
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("The city"), CITY)
        for neighborhood in self._context.workspace.neighborhoods.list():
            self.place_combo.addItem(neighborhood.name, neighborhood.id)
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(chosen)))
        self.place_combo.blockSignals(False)
        self._show_place()

    def _show_place(self) -> None:
        place = self.place()
        self.members.show_place(place)
        self.meetings.show_place(place)
        self._update_offer()

    def _member_choices(self) -> list[tuple[str, int]]:
        return [(entry.partner.name, entry.partner.id) for entry in self.members.entries()]

    def _on_changed(self) -> None:
        self.meetings.show_place(self.place())  # the members who may come changed
        self._update_offer()
        self._context.events.announce(self)

    def _update_offer(self) -> None:
        place = self.place()
        coalitions = self._context.workspace.coalitions
        self.guide.show_when(not self.members.entries())
        key = coalitions.task_to_offer(place)
        shown = coalitions.evidence(place).text.get(self._context.language) if key is not None else ""
        self.offer.offer(key, shown, self._context.language)

    def mark_task_done(self) -> None:
        place = self.place()
        self._context.workspace.coalitions.mark_task_done(place, self._context.language)
        self._update_offer()
        self._context.events.announce(self)
        self._context.open_task(place, coalition_task(place))

    def flush_edits(self) -> None:
        self.members.flush_edits()
        self.meetings.flush_edits()
