"""The city's neighborhoods with their population, coordinator and stage."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.progress import NeighborhoodStage
from ...domain.records import Neighborhood
from ..labels import stage_label

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class NeighborhoodTableModel(QAbstractTableModel):
    NAME, POPULATION, COORDINATOR, STAGE = range(4)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Neighborhood, NeighborhoodStage]] = []

    def set_rows(self, rows: list[tuple[Neighborhood, NeighborhoodStage]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def neighborhood(self, row: int) -> Neighborhood:
        return self._rows[row][0]

    def row_of(self, neighborhood_id: int) -> int | None:
        return next((i for i, (n, _) in enumerate(self._rows) if n.id == neighborhood_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Neighborhood"), self.tr("Population"), self.tr("Community coordinator"), self.tr("Stage")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        neighborhood, stage = self._rows[index.row()]
        population = neighborhood.profile.population
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                neighborhood.name,
                QLocale().toString(population) if population is not None else "",
                neighborhood.coordinator_name or "",
                stage_label(stage),
            ][index.column()]
        if role == SORT_ROLE:
            return [neighborhood.name, population if population is not None else -1, neighborhood.coordinator_name or "", stage.value][
                index.column()
            ]
        return None
