"""Opening one of the guide's tools for a task: the area where the tool is worked, or, for a tool that is a
text to read, the task itself on the journey, whose form shows the tool."""

from __future__ import annotations

from collections.abc import Callable

from ..domain import catalog
from .view_context import READY_AREAS, ViewContext

TOOL_STEPS: dict[str, tuple[str, bool]] = {
    "coalition": ("choose_place", True),
    "mapping_file": ("show_mapping_file", True),
    "call_for_applications": ("show_calls", True),
    "leadership_meeting": ("show_meetings", True),
    "first_conference": ("show_conference", True),
    "city_projects": ("show_city_projects", False),
    "city_work_plan_format": ("show_plan_for", True),
    "neighborhood_work_plan_format": ("show_plan_for", True),
    "budget_sources": ("show_sources", False),
}
"""Tools worked on one page of their area: the view's method that shows it, and whether it is given the place
(the city or the neighborhood) the task is for."""


def tool_opener(
    context: ViewContext, tool_key: str | None, neighborhood_id: int | None, task_key: str | None
) -> Callable[[], None]:
    """What a "tool" button does for ``task_key`` of the city (None) or a neighborhood."""
    tool = catalog.TOOLS.get(tool_key or "")
    if tool is not None and tool.area is not None and tool.key in TOOL_STEPS:
        area, (step, for_the_place) = tool.area, TOOL_STEPS[tool.key]
        arguments = (neighborhood_id,) if for_the_place else ()
        return lambda: context.act_in(area, step, *arguments)
    if tool is not None and tool.area is not None and tool.area in READY_AREAS:
        area = tool.area
        return lambda: context.show_area(area)
    key = task_key or ""
    return lambda: context.open_task(neighborhood_id, key)


def tool_button_text(tool_key: str | None, language: str, no_tool: str) -> str:
    """The button's words: the tool's name, or ``no_tool`` for a task the guide gives no tool."""
    tool = catalog.TOOLS.get(tool_key or "")
    return tool.name.get(language) if tool is not None else no_tool
