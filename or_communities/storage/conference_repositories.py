"""Reading and writing conferences' checklists; rows never leave this module."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.conferences import ChecklistItem
from .base import check_seen_version, delete_row
from .planning_tables import ChecklistItemRow


class ChecklistRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def items(self, conference_id: int | None = None) -> list[ChecklistItem]:
        """One conference's items (or every conference's), by due date, undated last."""
        query = select(ChecklistItemRow).order_by(
            ChecklistItemRow.due.is_(None), ChecklistItemRow.due, ChecklistItemRow.id
        )
        if conference_id is not None:
            query = query.where(ChecklistItemRow.conference_id == conference_id)
        return [_item(row) for row in self._session.scalars(query)]

    def due_between(self, first: dt.date, last: dt.date) -> list[ChecklistItem]:
        query = select(ChecklistItemRow).where(ChecklistItemRow.due >= first, ChecklistItemRow.due <= last)
        return [_item(row) for row in self._session.scalars(query.order_by(ChecklistItemRow.due, ChecklistItemRow.id))]

    def add(self, item: ChecklistItem) -> int:
        row = ChecklistItemRow(conference_id=item.conference_id)
        _apply(row, item)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, item: ChecklistItem) -> int | None:
        row = self._session.get(ChecklistItemRow, item.id)
        if row is None:
            return None
        check_seen_version(row, item.version, item, lambda: _item(row))
        _apply(row, item)
        self._session.flush()
        return row.version

    def remove(self, item_id: int) -> bool:
        return delete_row(self._session, ChecklistItemRow, item_id)


def _apply(row: ChecklistItemRow, item: ChecklistItem) -> None:
    row.name, row.owner, row.due, row.done = item.name, item.owner, item.due, item.done


def _item(row: ChecklistItemRow) -> ChecklistItem:
    return ChecklistItem(row.id, row.conference_id, row.name, row.owner, row.due, row.done, row.version)
