"""The map area: the city's neighborhoods and assets on an offline map, and the tools of the division."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....domain.catalog import Area
from ....domain.errors import InputError
from ....domain.mapping import Asset, AssetCategory, DivisionFinding
from ....domain.measures import Measure
from ...view_context import ViewContext
from ...widgets.controls import make_button
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.form_fields import form_scroll
from ...widgets.screen_fit import remember_splitter
from .actions import MapAreaActions

if TYPE_CHECKING:
    from ....maps.city_map import ColorBy

NEIGHBORHOODS_LAYER = "areas"
MEASURE_PREFIX = "measure:"
"""The color choice of a success metric: "measure:budget_used"."""


class MapAreaView(MapAreaActions):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("mapAreaView")
        self._context = context
        self._findings: list[DivisionFinding] = []
        self._hidden: set[str] = set()
        self._placing_asset = False
        self._grouping = False
        self._chosen_areas: set[int] = set()

        from ...widgets.map_widget import MapWidget

        self.map = MapWidget(online_tiles=context.settings.online_tiles())
        self.map.area_clicked.connect(self._on_area_clicked)
        self.map.map_clicked.connect(self._on_map_clicked)
        self.map.shape_drawn.connect(self._on_shape_drawn)
        self.map.shape_edited.connect(self._on_shape_edited)

        self.color_combo = QComboBox()
        self.color_combo.setObjectName("colorByCombo")
        from ....maps.city_map import ColorBy

        for color_by, label in (
            (ColorBy.STAGE, self.tr("Stage")),
            (ColorBy.STAGE_TWO_PROGRESS, self.tr("Stage 2 progress")),
            (ColorBy.POPULATION, self.tr("Population")),
        ):
            self.color_combo.addItem(label, color_by.value)
        for measure in Measure:  # the dashboard's success metrics, colored against their targets
            self.color_combo.addItem(measure.label.get(context.language), f"{MEASURE_PREFIX}{measure.value}")
        self.color_combo.currentIndexChanged.connect(lambda _index: self.refresh())

        self.layer_checks: dict[str, QCheckBox] = {}
        layers = QGroupBox(self.tr("Layers"))
        layers_grid = QGridLayout(layers)
        entries = [(NEIGHBORHOODS_LAYER, self.tr("Neighborhoods"))] + [
            (category.value, category.label.get(context.language)) for category in AssetCategory
        ]
        for index, (key, label) in enumerate(entries):
            check = QCheckBox(label)
            check.setObjectName(f"layer_{key}")
            check.setChecked(True)
            check.toggled.connect(lambda on, layer=key: self._on_layer_toggled(layer, on))
            self.layer_checks[key] = check
            layers_grid.addWidget(check, index // 2, index % 2)

        self.neighborhood_list = QListWidget()
        self.neighborhood_list.setObjectName("mapNeighborhoodList")
        self.neighborhood_list.currentItemChanged.connect(self._on_list_choice)
        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedNeighborhood")
        self.selected_label.setWordWrap(True)

        self.findings_list = QListWidget()
        self.findings_list.setObjectName("findingsList")
        self.findings_list.itemClicked.connect(self._on_finding_clicked)
        self.repair_button = QPushButton(self.tr("Repair the shape"))
        self.repair_button.setObjectName("repairButton")
        self.repair_button.setEnabled(False)
        self.repair_button.clicked.connect(self._repair)

        side = QWidget()
        side.setMinimumWidth(280)
        side_layout = QVBoxLayout(side)
        self.guide = EmptyGuide(
            "mapGuide",
            self.tr("Start with the neighborhoods"),
            self.tr(
                "Import the neighborhood boundaries from a GIS file, or draw each neighborhood on the map; the "
                "city's assets and the census areas come after."
            ),
            [
                GuideStep(self.tr("Import boundaries…"), "mapGuideImportButton", "import_boundaries", self.import_boundaries),
                GuideStep(self.tr("Draw a neighborhood"), "mapGuideDrawButton", "draw", self.start_drawing),
            ],
        )
        side_layout.addWidget(self.guide)
        color_row = QHBoxLayout()
        color_row.addWidget(QLabel(self.tr("Color by:")))
        color_row.addWidget(self.color_combo, 1)
        side_layout.addLayout(color_row)
        side_layout.addWidget(layers)
        side_layout.addWidget(QLabel(self.tr("Neighborhoods:")))
        side_layout.addWidget(self.neighborhood_list, 2)
        side_layout.addWidget(self.selected_label)
        side_layout.addLayout(self._tool_buttons())
        side_layout.addWidget(self._grouping_box())
        side_layout.addWidget(QLabel(self.tr("Checks of the division:")))
        side_layout.addWidget(self.findings_list, 1)
        side_layout.addWidget(self.repair_button)

        side_scroll = form_scroll(side, "mapSideScroll")  # a laptop's height does not hold all the tools
        side_scroll.setMinimumWidth(side.minimumSizeHint().width() + side_scroll.verticalScrollBar().sizeHint().width() + 4)
        splitter = QSplitter()
        splitter.addWidget(side_scroll)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "mapSplitter", context.settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        context.events.follow(self, self.refresh)
        self.refresh()

    def _tool_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        buttons = (
            ("importBoundariesButton", self.tr("Import boundaries…"), self.import_boundaries, "import_boundaries"),
            ("drawButton", self.tr("Draw a neighborhood"), self.start_drawing, "draw"),
            ("editBoundaryButton", self.tr("Edit its boundary"), self._edit_boundary, "edit_boundary"),
            ("addAssetButton", self.tr("Add an asset on the map"), self._start_placing_asset, "add_asset"),
            ("importAssetsButton", self.tr("Import assets…"), self.import_assets, "import"),
            ("validateButton", self.tr("Check the division"), self.validate, "check"),
            ("exportMapButton", self.tr("Export the map…"), self.export_map, "export"),
            ("importMapButton", self.tr("Import a colleague's map…"), self.import_map, "import"),
            ("exportMappingFileButton", self.tr("Export the mapping file…"), self.export_mapping_file, "document"),
        )
        access = self._context.workspace.access
        # On a team server: the city's division and what comes in whole are the manager's; a coordinator places
        # assets and edits the boundary of their own neighborhoods (the server refuses the rest, in words).
        allowed = {
            "importBoundariesButton": access.whole_city, "drawButton": access.whole_city,
            "importAssetsButton": access.whole_city, "importMapButton": access.whole_city,
            "editBoundaryButton": access.writes, "addAssetButton": access.writes,
        }
        for index, (name, text, slot, icon_name) in enumerate(buttons):
            button = make_button(text, name, slot, icon_name)
            button.setEnabled(allowed.get(name, True))
            grid.addWidget(button, index // 2, index % 2)
        return grid

    def _grouping_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Neighborhoods from census areas"))
        self.grouping_check = QCheckBox(self.tr("Show the census statistical areas, to choose them on the map"))
        self.grouping_check.setObjectName("groupingCheck")
        self.grouping_check.toggled.connect(self._on_grouping_toggled)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenAreasLabel")
        self.chosen_label.setWordWrap(True)
        self.group_button = QPushButton(self.tr("Make a neighborhood of the chosen areas…"))
        self.group_button.setObjectName("groupAreasButton")
        self.group_button.clicked.connect(self._group_chosen_areas)
        layout = QVBoxLayout(box)
        layout.addWidget(self.grouping_check)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.group_button)
        return box

    # -- what is shown -------------------------------------------------------------

    def start_drawing(self) -> None:
        """Draw a new neighborhood on the map (its name is asked when the shape is closed)."""
        self.map.start_drawing()

    def refresh(self) -> None:
        from ....maps.tile_packages import choose_tile_source
        from ....services.map_pages import city_map

        settings = self._context.settings
        online, package = settings.online_tiles(), settings.tile_package()
        self.map.set_online_tiles_allowed(online)
        self.map.set_mbtiles(package)
        self._update_grouping_tools()
        if self._grouping:
            from ....services.map_pages import statistical_areas_map

            self.map.show_content(
                statistical_areas_map(self._context.workspace, self._context.language, choose_tile_source(online, package)),
                keep_view=True,
            )
            self._fill_neighborhood_list()
            return
        color_by, measure = self.coloring()
        content = city_map(
            self._context.workspace,
            self._context.language,
            color_by,
            choose_tile_source(online, package),
            frozenset(self._hidden),
            measure,
        )
        self.map.show_content(content, keep_view=True)
        if NEIGHBORHOODS_LAYER in self._hidden:
            self.map.set_layer_visible(NEIGHBORHOODS_LAYER, False)
        self._fill_neighborhood_list()

    def coloring(self) -> tuple[ColorBy, Measure | None]:
        """What the neighborhoods are colored by: one of the map's own choices, or a success metric."""
        from ....maps.city_map import ColorBy

        chosen = str(self.color_combo.currentData())
        if chosen.startswith(MEASURE_PREFIX):
            return ColorBy.STAGE, Measure(chosen.removeprefix(MEASURE_PREFIX))
        return ColorBy(chosen), None

    def _fill_neighborhood_list(self) -> None:
        chosen = self.selected_neighborhood_id()
        self.neighborhood_list.blockSignals(True)
        self.neighborhood_list.clear()
        neighborhoods = self._context.workspace.neighborhoods.list()
        self.guide.show_when(not neighborhoods)
        for neighborhood in neighborhoods:
            item = QListWidgetItem(neighborhood.name)
            item.setData(Qt.ItemDataRole.UserRole, neighborhood.id)
            if not neighborhood.has_boundary:
                item.setToolTip(self.tr("No boundary yet: draw it or import it"))
                item.setForeground(Qt.GlobalColor.gray)
            self.neighborhood_list.addItem(item)
            if neighborhood.id == chosen:
                self.neighborhood_list.setCurrentItem(item)
        self.neighborhood_list.blockSignals(False)

    def selected_neighborhood_id(self) -> int | None:
        item = self.neighborhood_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def show_mapping_file(self, neighborhood_id: int | None) -> None:
        """Open a neighborhood's mapping view (the tool of its mapping task): the neighborhood chosen on the map."""
        if neighborhood_id is not None:
            self.select_neighborhood(neighborhood_id)

    def select_neighborhood(self, neighborhood_id: int) -> None:
        for row in range(self.neighborhood_list.count()):
            item = self.neighborhood_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == neighborhood_id:
                self.neighborhood_list.setCurrentItem(item)
                return

    def _on_list_choice(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            self.selected_label.clear()
            return
        from ....maps.city_map import area_key

        neighborhood_id = int(current.data(Qt.ItemDataRole.UserRole))
        self.map.select_area(area_key(neighborhood_id))
        assets = self._context.workspace.assets.list(neighborhood_id)
        self.selected_label.setText(self.tr("{0}: {1} assets on the map").format(current.text(), len(assets)))

    def _on_area_clicked(self, key: str) -> None:
        from ....maps.city_map import id_of_key

        if self._grouping and key.startswith("s"):
            self._toggle_area(key)
            return
        neighborhood_id = id_of_key(key)
        if neighborhood_id is not None and key.startswith("n"):
            self.select_neighborhood(neighborhood_id)

    def _on_layer_toggled(self, layer: str, visible: bool) -> None:
        (self._hidden.discard if visible else self._hidden.add)(layer)
        self.map.set_layer_visible(layer, visible)

    # -- grouping census areas -------------------------------------------------------------

    def _update_grouping_tools(self) -> None:
        has_areas = bool(self._context.workspace.division.statistical_areas())
        self.grouping_check.setEnabled(has_areas)
        if not has_areas:
            self.grouping_check.setToolTip(self.tr("Import census statistical areas first (Import boundaries…)."))
        self.group_button.setEnabled(self._grouping and bool(self._chosen_areas))
        if not self._grouping:
            self.chosen_label.clear()
            return
        areas = {a.id: a for a in self._context.workspace.division.statistical_areas()}
        population = sum(areas[i].population or 0 for i in self._chosen_areas if i in areas)
        self.chosen_label.setText(
            self.tr("{0} areas chosen, {1:,} residents. Click areas on the map to choose them.").format(
                len(self._chosen_areas), population
            )
        )

    def _on_grouping_toggled(self, on: bool) -> None:
        self._grouping = on
        self._chosen_areas.clear()
        self.refresh()

    def _toggle_area(self, key: str) -> None:
        area_id = int(key[1:])
        self._chosen_areas.symmetric_difference_update({area_id})
        self.map.select_areas([f"s{i}" for i in sorted(self._chosen_areas)])
        self._update_grouping_tools()

    def _group_chosen_areas(self) -> None:
        name = self._context.dialogs.ask_text(
            self, self.tr("New neighborhood"), self.tr("Name of the neighborhood these areas make:")
        )
        if not name:
            return
        try:
            neighborhood_id = self._context.workspace.division.group_statistical_areas(sorted(self._chosen_areas), name)
        except InputError as error:
            self._show_input_error(error)
            return
        self._chosen_areas.clear()
        self._context.events.announce()
        self.select_neighborhood(neighborhood_id)

    # -- drawing and placing -------------------------------------------------------------

    def _on_shape_drawn(self, geometry: dict) -> None:
        name = self._context.dialogs.ask_text(self, self.tr("New neighborhood"), self.tr("Name of the neighborhood:"))
        if not name:
            self.refresh()
            return
        workspace = self._context.workspace
        try:
            existing = {n.name.casefold(): n for n in workspace.neighborhoods.list()}
            found = existing.get(" ".join(name.split()).casefold())
            if found is not None:
                if found.has_boundary and not self._context.dialogs.confirm(
                    self,
                    self.tr("Replace the boundary"),
                    self.tr("{0} already has a boundary. Replace it with the one you drew?").format(found.name),
                ):
                    self.refresh()
                    return
                workspace.division.set_boundary(found.id, geometry)
                neighborhood_id = found.id
            else:
                neighborhood_id = workspace.neighborhoods.add(name).id
                workspace.division.set_boundary(neighborhood_id, geometry)
        except InputError as error:
            self._show_input_error(error)
            return
        self._context.events.announce()
        self.select_neighborhood(neighborhood_id)

    def _edit_boundary(self) -> None:
        from ....maps.city_map import area_key

        neighborhood_id = self.selected_neighborhood_id()
        if neighborhood_id is None:
            self._context.dialogs.info(self, self.tr("Edit a boundary"), self.tr("Choose a neighborhood in the list first."))
            return
        self.map.start_editing(area_key(neighborhood_id))

    def _on_shape_edited(self, key: str, geometry: dict) -> None:
        from ....maps.city_map import id_of_key

        neighborhood_id = id_of_key(key)
        if neighborhood_id is None:
            return
        self._context.workspace.division.set_boundary(neighborhood_id, geometry)
        self._context.events.announce()

    def _start_placing_asset(self) -> None:
        self._placing_asset = True
        self.map.start_placing_point()

    def _on_map_clicked(self, latitude: float, longitude: float) -> None:
        if not self._placing_asset:
            return
        self._placing_asset = False
        from ...asset_dialog import AssetDialog

        workspace = self._context.workspace
        draft = Asset(None, "", AssetCategory.COMMUNITY_CENTER, longitude, latitude)
        dialog = AssetDialog(draft, workspace.neighborhoods.list(), self._context.language, self)
        if not dialog.exec():
            return
        try:
            workspace.assets.add(dialog.asset())
        except InputError as error:
            self._show_input_error(error)
            return
        self._context.events.announce()

    # -- files -------------------------------------------------------------------------

    # -- checking ----------------------------------------------------------------------

    def show_neighborhoods_area(self) -> None:
        self._context.show_area(Area.NEIGHBORHOODS)
