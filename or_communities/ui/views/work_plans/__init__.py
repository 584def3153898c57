"""The work plans area."""

from .view import PLAN_TAB, TIMELINE_TAB, WorkPlansView

__all__ = ["PLAN_TAB", "TIMELINE_TAB", "WorkPlansView"]
