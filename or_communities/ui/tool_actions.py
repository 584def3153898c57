"""Opening one of the guide's tools for a task: the area where the tool is worked, or, for a tool that is a
text to read, the task itself on the journey, whose form shows the tool."""

from __future__ import annotations

from collections.abc import Callable

from ..domain import catalog
from ..domain.catalog import Area
from .view_context import READY_AREAS, ViewContext

OPENED_FOR_A_PLACE = {Area.COALITIONS: "choose_place"}
"""Areas whose tool opens on the place the task is for (the view's method that chooses it)."""

OPENED_ON_ITS_PAGE = {"city_projects": "show_city_projects"}
"""Tools worked on one page of their area (the view's method that shows it)."""


def tool_opener(
    context: ViewContext, tool_key: str | None, neighborhood_id: int | None, task_key: str | None
) -> Callable[[], None]:
    """What a "tool" button does for ``task_key`` of the city (None) or a neighborhood."""
    tool = catalog.TOOLS.get(tool_key or "")
    if tool is not None and tool.area in OPENED_FOR_A_PLACE:
        area, step = tool.area, OPENED_FOR_A_PLACE[tool.area]
        return lambda: context.act_in(area, step, neighborhood_id)
    if tool is not None and tool.area is not None and tool.key in OPENED_ON_ITS_PAGE:
        area, step = tool.area, OPENED_ON_ITS_PAGE[tool.key]
        return lambda: context.act_in(area, step)
    if tool is not None and tool.area is not None and tool.area in READY_AREAS:
        area = tool.area
        return lambda: context.show_area(area)
    key = task_key or ""
    return lambda: context.open_task(neighborhood_id, key)


def tool_button_text(tool_key: str | None, language: str, no_tool: str) -> str:
    """The button's words: the tool's name, or ``no_tool`` for a task the guide gives no tool."""
    tool = catalog.TOOLS.get(tool_key or "")
    return tool.name.get(language) if tool is not None else no_tool
