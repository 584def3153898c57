"""The success metrics' history: one row per month, measure and neighborhood (or the city), as they were."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from .tables import MeasureSnapshotRow

SnapshotValue = tuple[str, str, str, float | None]
"""(neighborhood uid or "" for the city, neighborhood name, measure key, value)."""


def has_month(session: Session, month: str) -> bool:
    return bool(session.scalar(select(exists().where(MeasureSnapshotRow.month == month))))


def replace_month(session: Session, month: str, values: Iterable[SnapshotValue]) -> None:
    """The month's figures, replacing any taken earlier in the same month."""
    session.execute(delete(MeasureSnapshotRow).where(MeasureSnapshotRow.month == month))
    session.add_all(
        MeasureSnapshotRow(month=month, neighborhood_uid=uid, neighborhood_name=name, measure=measure, value=value)
        for uid, name, measure, value in values
    )
    session.flush()


def series(session: Session, measure: str, neighborhood_uid: str = "") -> list[tuple[str, float | None]]:
    """(month, value) of one measure for the city ("") or one neighborhood, oldest first."""
    rows = session.execute(
        select(MeasureSnapshotRow.month, MeasureSnapshotRow.value)
        .where(MeasureSnapshotRow.measure == measure, MeasureSnapshotRow.neighborhood_uid == neighborhood_uid)
        .order_by(MeasureSnapshotRow.month)
    )
    return [(month, value) for month, value in rows]
