"""The manager's own success metrics: each with its target and latest reading, edited in place; and a metric's
readings."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ...domain.custom_metrics import CustomMetric, MetricStanding
from .cells import date_text
from .measure_table_model import RATING_COLORS
from .record_table import Column, EditorKind, RecordTableModel


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


def _metric_change(field: str, convert: Callable[[object], object]) -> Callable[[MetricStanding, object], MetricStanding]:
    def apply(standing: MetricStanding, value: object) -> MetricStanding:
        changes: dict[str, Any] = {field: convert(value)}
        return dataclasses.replace(standing, metric=dataclasses.replace(standing.metric, **changes))

    return apply


class CustomMetricModel(RecordTableModel):
    def __init__(self, places: Callable[[], list[tuple[str, object]]], place_name: Callable[[int | None], str]) -> None:
        super().__init__(key=lambda standing: standing.metric.id)
        self.columns = [
            Column(self.tr("Metric"), lambda s: s.metric.name, key="name", editor=EditorKind.TEXT,
                   apply=_metric_change("name", str)),
            Column(self.tr("For"), lambda s: place_name(s.metric.neighborhood_id), key="place",
                   value=lambda s: s.metric.neighborhood_id, editor=EditorKind.CHOICE, choices=places,
                   apply=_metric_change("neighborhood_id", lambda value: value)),
            Column(self.tr("Unit"), lambda s: s.metric.unit, key="unit", editor=EditorKind.TEXT,
                   apply=_metric_change("unit", str)),
            Column(self.tr("Target"), lambda s: _number(s.metric.target), key="target", amount=True,
                   value=lambda s: s.metric.target or 0.0, editor=EditorKind.NUMBER,
                   apply=_metric_change("target", lambda value: float(value) if isinstance(value, int | float) and value else None)),
            Column(self.tr("Latest value"), lambda s: _number(s.latest.value) if s.latest else "—", key="latest",
                   amount=True, background=lambda s: RATING_COLORS[s.rating]),
            Column(self.tr("Measured on"), lambda s: date_text(s.latest.date) if s.latest else "", key="date"),
        ]

    @staticmethod
    def blank() -> MetricStanding:
        return MetricStanding(CustomMetric(None, ""), None)


class ReadingModel(RecordTableModel):
    """A metric's readings; its editable columns make the form of a new measurement."""

    def __init__(self) -> None:
        super().__init__(key=lambda reading: reading.id)
        self.columns = [
            Column(self.tr("Date"), lambda r: date_text(r.date), key="date", value=lambda r: r.date,
                   editor=EditorKind.DATE, apply=lambda r, value: dataclasses.replace(r, date=value)),
            Column(self.tr("Value"), lambda r: _number(r.value), key="value", amount=True, value=lambda r: r.value,
                   editor=EditorKind.NUMBER, apply=lambda r, value: dataclasses.replace(r, value=float(str(value)))),
        ]
