"""The events area."""

from .view import (
    CALENDAR_TAB,
    CHANNELS_TAB,
    CONFERENCES_TAB,
    EVENTS_TAB,
    GROUPS_TAB,
    INITIATIVES_TAB,
    SPACES_TAB,
    EventsView,
)

__all__ = [
    "CALENDAR_TAB",
    "CHANNELS_TAB",
    "CONFERENCES_TAB",
    "EVENTS_TAB",
    "GROUPS_TAB",
    "INITIATIVES_TAB",
    "SPACES_TAB",
    "EventsView",
]
