"""A neighborhood's assets: name, category, address."""

from __future__ import annotations

from ...domain.mapping import Asset
from .record_table import Column, RecordTableModel


class AssetTableModel(RecordTableModel):
    NAME, CATEGORY, ADDRESS = range(3)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.columns = [
            Column(self.tr("Asset"), lambda asset: asset.name),
            Column(self.tr("Category"), lambda asset: asset.category.label.get(language)),
            Column(self.tr("Address"), lambda asset: asset.address),
        ]

    def set_assets(self, assets: list[Asset]) -> None:
        self.set_records(assets)

    def asset(self, row: int) -> Asset:
        return self.record(row)
