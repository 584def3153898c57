"""The city's neighborhoods with their population, coordinator and stage."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...domain.progress import NeighborhoodStage
from ...domain.records import Neighborhood
from ..labels import stage_label
from .record_table import Column, RecordTableModel


class NeighborhoodTableModel(RecordTableModel):
    NAME, POPULATION, COORDINATOR, STAGE = range(4)

    def __init__(self) -> None:
        super().__init__(key=lambda row: row[0].id)
        self.columns = [
            Column(self.tr("Neighborhood"), lambda row: row[0].name, lambda row: row[0].name),
            Column(self.tr("Population"), lambda row: _population_text(row[0]), lambda row: _population(row[0])),
            Column(
                self.tr("Community coordinator"), lambda row: row[0].coordinator_name or "",
                lambda row: row[0].coordinator_name or "",
            ),
            Column(self.tr("Stage"), lambda row: stage_label(row[1]), lambda row: row[1].value),
        ]

    def set_rows(self, rows: list[tuple[Neighborhood, NeighborhoodStage]]) -> None:
        self.set_records(rows)

    def neighborhood(self, row: int) -> Neighborhood:
        return self.record(row)[0]


def _population(neighborhood: Neighborhood) -> int:
    population = neighborhood.profile.population
    return population if population is not None else -1


def _population_text(neighborhood: Neighborhood) -> str:
    population = neighborhood.profile.population
    return QLocale().toString(population) if population is not None else ""
