"""The interface's icons: one per area and per main action, from the Material Design Icons set.

They are PNG files in resources/icons, drawn from the icon font by tools/render_icons.py: loading a file is
instant, while drawing from the font would load an icon library and its fonts at every start.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import icons_dir
from .style import BLUE, DONE, FIRST_STEP, PROBLEM

AREA_COLOR = BLUE
ACTION_COLOR = "#37474f"
REMOVE_COLOR = PROBLEM

ICONS: dict[str, tuple[str, str]] = {
    # the areas
    "journey": ("mdi6.map-marker-path", AREA_COLOR),
    "matrix": ("mdi6.table-check", AREA_COLOR),
    "neighborhoods": ("mdi6.home-group", AREA_COLOR),
    "map": ("mdi6.map-outline", AREA_COLOR),
    "partners": ("mdi6.handshake-outline", AREA_COLOR),
    "coalitions": ("mdi6.account-network-outline", AREA_COLOR),
    "leadership": ("mdi6.bullhorn-outline", AREA_COLOR),
    "people": ("mdi6.account-group-outline", AREA_COLOR),
    "coordinators": ("mdi6.account-star-outline", AREA_COLOR),
    "work_plans": ("mdi6.clipboard-list-outline", AREA_COLOR),
    "budget": ("mdi6.cash-multiple", AREA_COLOR),
    "events": ("mdi6.calendar-star", AREA_COLOR),
    "dashboard": ("mdi6.view-dashboard-outline", AREA_COLOR),
    # the main actions
    "add": ("mdi6.plus", ACTION_COLOR),
    "remove": ("mdi6.delete-outline", REMOVE_COLOR),
    "import": ("mdi6.file-import-outline", ACTION_COLOR),
    "export": ("mdi6.file-export-outline", ACTION_COLOR),
    "excel": ("mdi6.microsoft-excel", "#1d6f42"),
    "draw": ("mdi6.vector-polygon", ACTION_COLOR),
    "edit_boundary": ("mdi6.vector-square-edit", ACTION_COLOR),
    "add_asset": ("mdi6.map-marker-plus-outline", ACTION_COLOR),
    "check": ("mdi6.check-decagram-outline", ACTION_COLOR),
    "import_boundaries": ("mdi6.map-search-outline", ACTION_COLOR),
    "copy": ("mdi6.content-copy", ACTION_COLOR),
    "guide_plan": ("mdi6.book-open-page-variant-outline", ACTION_COLOR),
    "settings": ("mdi6.cog-outline", ACTION_COLOR),
    "open": ("mdi6.folder-open-outline", ACTION_COLOR),
    "new_city": ("mdi6.file-plus-outline", ACTION_COLOR),
    "add_person": ("mdi6.account-plus-outline", ACTION_COLOR),
    "first_steps": ("mdi6.lightbulb-on-outline", FIRST_STEP),
    "step_done": ("mdi6.check-circle", DONE),
    "step_open": ("mdi6.circle-outline", "#78909c"),
    "document": ("mdi6.file-document-outline", ACTION_COLOR),
    "preview": ("mdi6.eye-outline", ACTION_COLOR),
}
"""Each icon's name in the app, its glyph in the font and its color: areas in one color, actions in another."""


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of ICONS)."""
    return QIcon(str(icons_dir() / f"{name}.png"))
