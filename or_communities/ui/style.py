"""The app's look in one place: its colors, and the style of the widgets that have one of their own (the areas'
navigation, the guides of empty areas, the first-steps checklist).

Each sheet is set on its own widget, not on the application: a style sheet on the application makes Qt style every
widget through its style-sheet engine, which made opening a workspace some 50 ms slower.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

BLUE = "#1f5f8b"
"""The app's color: the areas' icons, titles."""
CHOSEN = "#d4e4f1"
"""The chosen area in the navigation."""
PROBLEM = "#b3261e"
DONE = "#2e7d32"
FIRST_STEP = "#b26a00"
"""The guides of an empty area and the first steps (with GUIDE_BACKGROUND and GUIDE_BORDER)."""
GUIDE_BACKGROUND = "#fff8e6"
GUIDE_BORDER = "#f0d58c"
GUIDE_TITLE = "#7a4a00"

NAVIGATION = f"""
QListWidget {{ font-size: 11pt; background: #f3f6f9; border: 1px solid #d5dde5; border-radius: 4px; }}
QListWidget::item {{ padding: 6px 4px; border-radius: 3px; }}
QListWidget::item:selected {{ background: {CHOSEN}; color: #0f2f47; font-weight: bold; }}
QListWidget::item:hover:!selected {{ background: #e1eaf2; }}
"""

GUIDE = f"""
QFrame#{{name}} {{{{ background: {GUIDE_BACKGROUND}; border: 1px solid {GUIDE_BORDER}; border-radius: 6px; }}}}
QLabel#emptyGuideTitle {{{{ color: {GUIDE_TITLE}; }}}}
"""

FIRST_STEPS = f"""
QGroupBox#firstStepsBox {{ background: {GUIDE_BACKGROUND}; border: 1px solid {GUIDE_BORDER}; border-radius: 6px;
    margin-top: 14px; padding-top: 6px; font-weight: bold; }}
QGroupBox#firstStepsBox::title {{ subcontrol-origin: margin; subcontrol-position: top right; padding: 0 6px;
    color: {GUIDE_TITLE}; }}
QGroupBox#firstStepsBox QLabel {{ font-weight: normal; }}
"""


class Title(Enum):
    """The app's three sizes of title, in points above the text's own size."""

    WINDOW = 4
    """The city's name above every area."""
    RECORD = 3
    """What a form shows (a partner, a task, a neighborhood, the budget's year, the month)."""
    SECTION = 0
    """A part of a screen: bold at the text's size."""


def set_title(widget: QWidget, level: Title) -> None:
    """Give ``widget`` the bold font of a title of ``level``."""
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSize(font.pointSize() + level.value)
    widget.setFont(font)


def style_navigation(navigation: QWidget) -> None:
    navigation.setStyleSheet(NAVIGATION)


def style_guide(guide: QWidget) -> None:
    guide.setStyleSheet(GUIDE.format(name=guide.objectName()))


def style_first_steps(box: QWidget) -> None:
    box.setStyleSheet(FIRST_STEPS)
