"""What the next steps read about a place's communication channels and gathering space.

Plain SQL over the table names, as ``first_step_counts`` does: the journey asks at start-up, and the events' mapped
classes load with the events area, not before.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, String, Text, column, text
from sqlalchemy.orm import Session

_CHANNEL_COLUMNS = (column("name", String), column("last_used", Date))
_CITY_CHANNELS = text("SELECT name, last_used FROM channel WHERE neighborhood_id IS NULL ORDER BY name, id")
_NEIGHBORHOOD_CHANNELS = text(
    "SELECT name, last_used FROM channel WHERE neighborhood_id = :place ORDER BY name, id"
)
_SPACE_RULES = text("SELECT rules FROM gathering_space WHERE neighborhood_id = :place").columns(column("rules", Text))


def channels_of(session: Session, neighborhood_id: int | None) -> list[tuple[str, dt.date | None]]:
    """(name, last used) of the city's own channels (None) or of one neighborhood's, by name."""
    if neighborhood_id is None:
        rows = session.execute(_CITY_CHANNELS.columns(*_CHANNEL_COLUMNS))
    else:
        rows = session.execute(_NEIGHBORHOOD_CHANNELS.columns(*_CHANNEL_COLUMNS), {"place": neighborhood_id})
    return [(name, last_used) for name, last_used in rows]


def space_rules(session: Session, neighborhood_id: int) -> str | None:
    """The rules of the neighborhood's gathering space; None when it has no space."""
    return session.execute(_SPACE_RULES, {"place": neighborhood_id}).scalar_one_or_none()
