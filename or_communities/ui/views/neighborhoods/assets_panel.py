"""The mapping file's assets of one neighborhood: listed, added by coordinates, edited, removed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.catalog import Area
from ....domain.errors import InputError
from ....domain.mapping import Asset, AssetCategory
from ...labels import input_error_message
from ...models.asset_table_model import AssetTableModel
from ...view_context import ViewContext

ISRAEL_CENTER = (34.85, 31.5)
"""Where a new asset starts when its neighborhood has no boundary yet (longitude, latitude)."""


class AssetsPanel(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("assetsPanel")
        self._context = context
        self._neighborhood_id: int | None = None
        self.model = AssetTableModel(context.language)
        self.table = QTableView()
        self.table.setObjectName("assetTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_asset())
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addAssetByCoordinatesButton", self.tr("Add…"), self.add_asset),
            ("editAssetButton", self.tr("Edit…"), self.edit_asset),
            ("removeAssetButton", self.tr("Remove…"), self.remove_asset),
            ("showOnMapButton", self.tr("Show on the map"), self.show_on_map),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, action=slot: action())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def show_neighborhood(self, neighborhood_id: int | None) -> None:
        self._neighborhood_id = neighborhood_id
        assets = self._context.workspace.assets.list(neighborhood_id) if neighborhood_id is not None else []
        self.model.set_assets(assets)
        self.setEnabled(neighborhood_id is not None)

    def _selected(self) -> Asset | None:
        index = self.table.currentIndex()
        return self.model.asset(index.row()) if index.isValid() else None

    def _starting_place(self) -> tuple[float, float]:
        if self._neighborhood_id is not None:
            boundary = self._context.workspace.division.boundary(self._neighborhood_id)
            if boundary is not None:
                from ....maps.geometry_ops import bounds

                west, south, east, north = bounds(boundary)
                return (west + east) / 2, (south + north) / 2
        return ISRAEL_CENTER

    def add_asset(self) -> None:
        longitude, latitude = self._starting_place()
        draft = Asset(None, "", AssetCategory.COMMUNITY_CENTER, longitude, latitude, self._neighborhood_id)
        self._edit(draft)

    def edit_asset(self) -> None:
        asset = self._selected()
        if asset is not None:
            self._edit(asset)

    def _edit(self, asset: Asset) -> None:
        from ...asset_dialog import AssetDialog

        workspace = self._context.workspace
        dialog = AssetDialog(asset, workspace.neighborhoods.list(), self._context.language, self)
        if not dialog.exec():
            return
        try:
            changed = dialog.asset()
            workspace.assets.add(changed) if changed.id is None else workspace.assets.update(changed)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Not changed"), input_error_message(error))
            return
        self.show_neighborhood(self._neighborhood_id)
        self._context.events.announce()

    def remove_asset(self) -> None:
        asset = self._selected()
        if asset is None or asset.id is None:
            return
        if not self._context.dialogs.confirm(
            self, self.tr("Remove an asset"), self.tr("Remove {0} from the mapping file?").format(asset.name)
        ):
            return
        self._context.workspace.assets.remove(asset.id)
        self.show_neighborhood(self._neighborhood_id)
        self._context.events.announce()

    def show_on_map(self) -> None:
        self._context.show_area(Area.MAP)
