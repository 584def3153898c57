"""Where a workspace holds personal data and how much: every column the tables mark as personal, with how many of
its table's records fill it. Read from the marks, so a new personal column is reported as soon as it is marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, ColumnElement, String, and_, func, select
from sqlalchemy.orm import Session

from .tables import complete_metadata


@dataclass(frozen=True, slots=True)
class PersonalField:
    table: str
    column: str
    kind: str
    """name, contact, address, notes or consent."""
    filled: int
    records: int


def personal_fields(session: Session) -> list[PersonalField]:
    found = []
    for table in complete_metadata().sorted_tables:
        for column in table.columns:
            kind = column.info.get("personal")
            if kind is None:
                continue
            records = session.scalar(select(func.count()).select_from(table)) or 0
            filled = session.scalar(select(func.count()).select_from(table).where(_filled(column))) or 0
            found.append(PersonalField(table.name, column.name, str(kind), filled, records))
    return found


def personal_texts(session: Session, kinds: frozenset[str]) -> set[str]:
    """Every text the workspace holds in a column marked personal of one of ``kinds`` (what a shared export must not
    carry unless asked), found from the marks."""
    texts: set[str] = set()
    for table in complete_metadata().sorted_tables:
        for column in table.columns:
            if column.info.get("personal") in kinds and isinstance(column.type, String):
                texts.update(value for value in session.scalars(select(column).where(_filled(column))) if value)
    return texts


def _filled(column: Column[Any]) -> ColumnElement[bool]:
    """A record fills the column: a true consent, a date, a text not empty."""
    if isinstance(column.type, Boolean):
        return column.is_(True)
    if isinstance(column.type, String):  # Text is a String too
        return and_(column.is_not(None), column != "")
    return column.is_not(None)
