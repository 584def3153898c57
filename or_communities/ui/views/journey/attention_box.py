"""The home view's "Needs attention" box: partners to contact and inactive activists per neighborhood, each a way in."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from ....domain.catalog import Area
from ....domain.next_steps import Attention, most_inactive_first
from ....domain.text import count_text
from ...style import Title, set_title
from ...view_context import AreaFilter, ViewContext

MOST_NEIGHBORHOODS = 4
"""Neighborhoods listed by name; the rest are reached through the total."""


class AttentionBox(QFrame):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("attentionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#attentionBox { background: #fff8f0; border: 1px solid #f0c9a0; border-radius: 6px; }"
            "QPushButton { text-align: left; border: none; color: #1a5fb4; text-decoration: underline; padding: 1px; }"
        )
        self._context = context
        title = QLabel(self.tr("Needs attention"))
        set_title(title, Title.SECTION)
        self.partners_button = self._link("partnersToContactButton")
        self.partners_button.clicked.connect(self.open_partners)
        self.activists_button = self._link("inactiveActivistsButton")
        self.activists_button.clicked.connect(lambda: self.open_people(None))
        self.neighborhood_buttons: list[QPushButton] = []
        self._neighborhoods_box = QVBoxLayout()
        self._neighborhoods_box.setContentsMargins(12, 0, 0, 0)
        self._neighborhoods_box.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(self.partners_button)
        layout.addWidget(self.activists_button)
        layout.addLayout(self._neighborhoods_box)

    def _link(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def show_counts(self, attention: Attention, names: Mapping[int, str]) -> None:
        """Show what the journey counted, with the neighborhoods of most inactive activists by ``names``."""
        partners = attention.partners_to_contact
        total = attention.inactive_in_the_city
        self.partners_button.setText(self.tr("Partners to contact: {0}").format(count_text(partners)))
        self.partners_button.setEnabled(partners > 0)
        self.activists_button.setText(self.tr("Inactive activists: {0}").format(count_text(total)))
        self.activists_button.setEnabled(total > 0)
        self._show_neighborhoods(attention.inactive_activists, names)

    def _show_neighborhoods(self, counts: Mapping[int | None, int], names: Mapping[int, str]) -> None:
        for button in self.neighborhood_buttons:
            self._neighborhoods_box.removeWidget(button)
            button.deleteLater()
        self.neighborhood_buttons = []
        ranked = [place for place in most_inactive_first(counts, names) if place is not None]
        for neighborhood_id in ranked[:MOST_NEIGHBORHOODS]:
            button = self._link(f"inactiveIn_{neighborhood_id}")
            button.setText(self.tr("{0}: {1}").format(names.get(neighborhood_id, ""), count_text(counts[neighborhood_id])))
            button.setProperty("neighborhood_id", neighborhood_id)
            button.clicked.connect(lambda _checked=False, nid=neighborhood_id: self.open_people(nid))
            self._neighborhoods_box.addWidget(button)
            self.neighborhood_buttons.append(button)

    def open_partners(self) -> None:
        self._context.show_area(Area.PARTNERS, AreaFilter(needs_attention=True))

    def open_people(self, neighborhood_id: int | None) -> None:
        self._context.show_area(Area.PEOPLE, AreaFilter(needs_attention=True, neighborhood_id=neighborhood_id))
