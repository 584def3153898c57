"""A neighborhood's assets: name, category, address."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.mapping import Asset

AnyIndex = QModelIndex | QPersistentModelIndex


class AssetTableModel(QAbstractTableModel):
    NAME, CATEGORY, ADDRESS = range(3)

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self._assets: list[Asset] = []

    def set_assets(self, assets: list[Asset]) -> None:
        self.beginResetModel()
        self._assets = list(assets)
        self.endResetModel()

    def asset(self, row: int) -> Asset:
        return self._assets[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._assets)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Asset"), self.tr("Category"), self.tr("Address")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        asset = self._assets[index.row()]
        return [asset.name, asset.category.label.get(self._language), asset.address][index.column()]
