"""What an empty area says: what belongs in it, and a button for each first step, so a new city knows where to
start. It shows while the area has nothing and hides with the first record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...domain.catalog import Area
from ..icons import icon
from ..style import Title, set_title, style_guide
from ..view_context import ViewContext
from .controls import make_button


@dataclass(frozen=True)
class GuideStep:
    text: str
    name: str
    """The button's object name."""
    icon_name: str
    act: Callable[[], object]


class EmptyGuide(QFrame):
    def __init__(self, name: str, title: str, text: str, steps: Sequence[GuideStep]) -> None:
        super().__init__()
        self.setObjectName(name)
        style_guide(self)
        self.title = QLabel(title)
        self.title.setObjectName("emptyGuideTitle")
        set_title(self.title, Title.RECORD)
        self.title.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.buttons: list[QPushButton] = [make_button(step.text, step.name, step.act, step.icon_name) for step in steps]
        badge = QLabel()
        badge.setPixmap(icon("first_steps").pixmap(QSize(32, 32)))
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        words.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(badge, 0)
        layout.addLayout(words, 1)
        self.hide()

    def show_when(self, empty: bool) -> None:
        self.setVisible(empty)


def no_neighborhoods_guide(context: ViewContext, name: str) -> EmptyGuide:
    """The guide of an area that shows neighborhoods while the city has none: the three ways to make them."""
    return EmptyGuide(
        name,
        QCoreApplication.translate("EmptyGuide", "The city has no neighborhoods yet"),
        QCoreApplication.translate(
            "EmptyGuide",
            "Everything here is kept per neighborhood, so the first step is the city's division. Import the "
            "neighborhood boundaries the municipality's GIS people gave you (GeoJSON, Shapefile, GeoPackage or KML), "
            "draw them on the map, or add them by name and draw later.",
        ),
        [
            GuideStep(
                QCoreApplication.translate("EmptyGuide", "Import boundaries…"), f"{name}ImportButton",
                "import_boundaries", lambda: context.act_in(Area.MAP, "import_boundaries"),
            ),
            GuideStep(
                QCoreApplication.translate("EmptyGuide", "Draw on the map"), f"{name}DrawButton", "draw",
                lambda: context.act_in(Area.MAP, "start_drawing"),
            ),
            GuideStep(
                QCoreApplication.translate("EmptyGuide", "Add by name…"), f"{name}AddButton", "add",
                lambda: context.act_in(Area.NEIGHBORHOODS, "add_neighborhood"),
            ),
        ],
    )
