"""One asset of the mapping file: its name, category, neighborhood, address and notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ..domain.mapping import Asset, AssetCategory
from ..domain.records import Neighborhood
from .widgets.controls import start_where_the_reader_starts
from .widgets.note_edit import NoteEdit


class AssetDialog(QDialog):
    def __init__(
        self, asset: Asset, neighborhoods: Sequence[Neighborhood], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assetDialog")
        self.setWindowTitle(self.tr("Asset") if asset.id is None else self.tr("Asset: {0}").format(asset.name))
        self._asset = asset
        self.name_edit = QLineEdit(asset.name)
        self.name_edit.setObjectName("assetName")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("assetCategory")
        for category in AssetCategory:
            self.category_combo.addItem(category.label.get(language), category.value)
        self.category_combo.setCurrentIndex(self.category_combo.findData(asset.category.value))
        self.neighborhood_combo = QComboBox()
        self.neighborhood_combo.setObjectName("assetNeighborhood")
        self.neighborhood_combo.addItem(self.tr("(by its place on the map)"), None)
        for neighborhood in neighborhoods:
            self.neighborhood_combo.addItem(neighborhood.name, neighborhood.id)
        if asset.neighborhood_id is not None:
            self.neighborhood_combo.setCurrentIndex(self.neighborhood_combo.findData(asset.neighborhood_id))
        self.address_edit = QLineEdit(asset.address)
        self.address_edit.setObjectName("assetAddress")
        self.notes_edit = NoteEdit(asset.notes)
        self.notes_edit.setObjectName("assetNotes")
        self.notes_edit.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Category:"), self.category_combo)
        form.addRow(self.tr("Neighborhood:"), self.neighborhood_combo)
        form.addRow(self.tr("Address:"), self.address_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        self.latitude_spin = self._coordinate_spin("assetLatitude", -90.0, 90.0, asset.latitude)
        self.longitude_spin = self._coordinate_spin("assetLongitude", -180.0, 180.0, asset.longitude)
        form.addRow(self.tr("Latitude:"), self.latitude_spin)
        form.addRow(self.tr("Longitude:"), self.longitude_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _coordinate_spin(name: str, low: float, high: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        start_where_the_reader_starts(spin)
        spin.setDecimals(6)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def asset(self) -> Asset:
        """The asset as the user left it (not yet checked: the service checks it)."""
        return dataclasses.replace(
            self._asset,
            name=self.name_edit.text(),
            category=AssetCategory(self.category_combo.currentData()),
            neighborhood_id=self.neighborhood_combo.currentData(),
            address=self.address_edit.text(),
            notes=self.notes_edit.toPlainText(),
            latitude=self.latitude_spin.value(),
            longitude=self.longitude_spin.value(),
        )
