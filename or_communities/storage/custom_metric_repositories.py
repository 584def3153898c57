"""The success metrics the manager defines, and their readings."""

from __future__ import annotations

import builtins

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.custom_metrics import CustomMetric, MetricReading
from .base import check_seen_version, delete_row
from .tables import CustomMetricRow, MetricReadingRow


def _metric(row: CustomMetricRow) -> CustomMetric:
    return CustomMetric(row.id, row.name, row.unit, row.target, row.neighborhood_id, row.version)


def _reading(row: MetricReadingRow) -> MetricReading:
    return MetricReading(row.id, row.metric_id, row.date, row.value)


class CustomMetricRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[CustomMetric]:
        rows = self._session.scalars(select(CustomMetricRow).order_by(CustomMetricRow.name, CustomMetricRow.id))
        return [_metric(row) for row in rows]

    def get(self, metric_id: int) -> CustomMetric | None:
        row = self._session.get(CustomMetricRow, metric_id)
        return _metric(row) if row else None

    def add(self, metric: CustomMetric) -> CustomMetric:
        row = CustomMetricRow(name=metric.name, unit=metric.unit, target=metric.target, neighborhood_id=metric.neighborhood_id)
        self._session.add(row)
        self._session.flush()
        return _metric(row)

    def update(self, metric: CustomMetric) -> CustomMetric | None:
        row = self._session.get(CustomMetricRow, metric.id)
        if row is None:
            return None
        check_seen_version(row, metric.version, metric, lambda: _metric(row))
        row.name, row.unit, row.target, row.neighborhood_id = metric.name, metric.unit, metric.target, metric.neighborhood_id
        self._session.flush()
        return _metric(row)

    def remove(self, metric_id: int) -> bool:
        return delete_row(self._session, CustomMetricRow, metric_id)

    def readings(self, metric_id: int) -> builtins.list[MetricReading]:
        rows = self._session.scalars(
            select(MetricReadingRow).where(MetricReadingRow.metric_id == metric_id).order_by(MetricReadingRow.date, MetricReadingRow.id)
        )
        return [_reading(row) for row in rows]

    def add_reading(self, reading: MetricReading) -> MetricReading:
        row = MetricReadingRow(metric_id=reading.metric_id, date=reading.date, value=reading.value)
        self._session.add(row)
        self._session.flush()
        return _reading(row)

    def remove_reading(self, reading_id: int) -> bool:
        return delete_row(self._session, MetricReadingRow, reading_id)

    def latest_readings(self) -> dict[int, MetricReading]:
        """Each metric's latest reading (by date, then the last entered)."""
        latest = (
            select(MetricReadingRow.metric_id, func.max(MetricReadingRow.date).label("last"))
            .group_by(MetricReadingRow.metric_id)
            .subquery()
        )
        rows = self._session.scalars(
            select(MetricReadingRow)
            .join(latest, (latest.c.metric_id == MetricReadingRow.metric_id) & (latest.c.last == MetricReadingRow.date))
            .order_by(MetricReadingRow.id)
        )
        return {row.metric_id: _reading(row) for row in rows}
