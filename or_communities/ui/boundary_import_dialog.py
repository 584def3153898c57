"""Importing a municipality's boundaries: the file read off the interface thread, its coordinate system
confirmed, the name field picked from its values, the shapes seen on the map, then merged or replaced."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import InputError
from ..domain.text import isolated
from .background import BackgroundTask
from .labels import input_error_message

if TYPE_CHECKING:
    from .view_context import ViewContext

KNOWN_CRS = ("EPSG:2039", "EPSG:6991", "EPSG:3857", "EPSG:4326")
PREVIEW_COLOR = "#3a82c4"


class ImportTarget(Enum):
    MERGE = "merge"
    REPLACE = "replace"
    CITY_BOUNDARY = "city_boundary"
    STATISTICAL_AREAS = "statistical_areas"


class BoundaryImportDialog(QDialog):
    """Opened on a chosen file; ``imported`` tells the caller something changed."""

    def __init__(self, context: ViewContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundaryImportDialog")
        self.setWindowTitle(self.tr("Import boundaries: {0}").format(path.name))
        self.resize(1000, 640)
        self._context = context
        self._path = path
        self._source: Any = None
        self._task: BackgroundTask | None = None
        self.imported = False

        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("layerCombo")
        self.crs_combo = QComboBox()
        self.crs_combo.setObjectName("crsCombo")
        self.crs_note = QLabel()
        self.crs_note.setObjectName("crsNote")
        self.crs_note.setWordWrap(True)
        self.name_combo = QComboBox()
        self.name_combo.setObjectName("nameFieldCombo")
        self.population_combo = QComboBox()
        self.population_combo.setObjectName("populationFieldCombo")
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupFieldCombo")
        self.values = QListWidget()
        self.values.setObjectName("fieldValues")
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        for target, label in (
            (ImportTarget.MERGE, self.tr("Neighborhoods: add new ones, update those with the same name")),
            (ImportTarget.REPLACE, self.tr("Neighborhoods: replace the division (remove those not in the file)")),
            (ImportTarget.CITY_BOUNDARY, self.tr("The city's municipal boundary")),
            (ImportTarget.STATISTICAL_AREAS, self.tr("Census statistical areas, to group into neighborhoods")),
        ):
            self.target_combo.addItem(label, target.value)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("planLabel")
        self.plan_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Layer:"), self.layer_combo)
        form.addRow(self.tr("Coordinate system:"), self.crs_combo)
        form.addRow(self.crs_note)
        form.addRow(self.tr("Import as:"), self.target_combo)
        form.addRow(self.tr("Names (or area codes) are in:"), self.name_combo)
        form.addRow(self.tr("Population is in:"), self.population_combo)
        form.addRow(self.tr("Group areas by:"), self.group_combo)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(form)
        side_layout.addWidget(QLabel(self.tr("Values of the chosen field:")))
        side_layout.addWidget(self.values, 1)
        side_layout.addWidget(self.plan_label)

        from .widgets.map_widget import MapWidget

        self.map = MapWidget(online_tiles=False)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._fill_layers()
        self.layer_combo.currentIndexChanged.connect(lambda _index: self._read())
        self.crs_combo.activated.connect(lambda _index: self._read(self.crs_combo.currentData()))
        for combo in (self.name_combo, self.target_combo, self.population_combo, self.group_combo):
            combo.currentIndexChanged.connect(lambda _index: self._update())
        self._read()

    # -- reading ---------------------------------------------------------------------

    def _fill_layers(self) -> None:
        from ..services.gis_files import gis_layers

        layers = gis_layers(self._path)
        self.layer_combo.blockSignals(True)
        for layer in layers:
            self.layer_combo.addItem(layer, layer)
        self.layer_combo.setEnabled(len(layers) > 1)
        self.layer_combo.blockSignals(False)

    def _read(self, crs: str | None = None) -> None:
        from ..services.gis_files import read_gis_file

        layer = self.layer_combo.currentData()
        path = self._path
        self.import_button.setEnabled(False)
        self._task = BackgroundTask(
            lambda progress, cancelled: read_gis_file(path, layer, crs, progress, cancelled),
            self.tr("Reading {0}…").format(path.name),
            self,
        )
        self._task.succeeded.connect(self._on_read)
        self._task.failed.connect(self._on_read_failed)
        self._task.start()

    def _on_read_failed(self, error: object) -> None:
        from ..services.gis_files import GisReadCancelled

        if not isinstance(error, GisReadCancelled):
            self._context.dialogs.error(
                self,
                self.tr("Cannot read the file"),
                self.tr("{0} could not be read: {1}\n\nNothing was changed. Check that it is a shapefile (zipped or not), "
                        "GeoJSON, GeoPackage or KML.").format(self._path.name, error),
            )
        self.reject()

    def _on_read(self, source: Any) -> None:
        self._source = source
        self._fill_crs(source)
        text_fields = list(source.fields)
        for combo, suggested in (
            (self.name_combo, source.suggest_name_field()),
            (self.population_combo, _first_match(text_fields, ("pop_total", "population", "אוכלוסייה", "pop"))),
            (self.group_combo, None),
        ):
            combo.blockSignals(True)
            combo.clear()
            if combo is not self.name_combo:
                combo.addItem(self.tr("(none)"), None)
            for field in text_fields:
                combo.addItem(field, field)
            if suggested is not None:
                combo.setCurrentIndex(combo.findData(suggested))
            combo.blockSignals(False)
        self._update()

    def _fill_crs(self, source: Any) -> None:
        self.crs_combo.clear()
        choices = [source.source_crs] if source.source_crs else []
        choices += [crs for crs in KNOWN_CRS if crs not in choices]
        for crs in choices:
            self.crs_combo.addItem(crs, crs)
        if source.crs_guessed:
            self.crs_note.setText(
                self.tr("The file does not say its coordinate system. It looks like {0} ({1}). "
                        "Check the shapes on the map; choose another system if they are not where they belong.").format(
                    source.source_crs, source.guess_reason
                )
            )
            self.crs_note.setStyleSheet("color: #9a5b00;")
        else:
            self.crs_note.setText(self.tr("{0} features, coordinate system from the file.").format(source.feature_count))
            self.crs_note.setStyleSheet("")

    # -- what will happen ------------------------------------------------------------

    def _target(self) -> ImportTarget:
        return ImportTarget(self.target_combo.currentData())

    def _shapes(self) -> list[tuple[str, dict]]:
        field = self.name_combo.currentData()
        if self._source is None or field is None:
            return []
        return [(shape.name, shape.geometry) for shape in self._source.features(field)]

    def _update(self) -> None:
        if self._source is None:
            return
        field = self.name_combo.currentData()
        self.values.clear()
        if field is not None:
            self.values.addItems(self._source.field_preview(field))
        target = self._target()
        statistical = target is ImportTarget.STATISTICAL_AREAS
        self.population_combo.setEnabled(statistical)
        self.group_combo.setEnabled(statistical)
        shapes = self._shapes()
        self._show_preview(shapes)
        shapeless = self._source.feature_count - len(shapes) if field is not None else 0
        self.plan_label.setText(
            self._plan_text(target, shapes)
            + (" " + self.tr("{0} features have no shape and are left out.").format(shapeless) if shapeless else "")
        )
        ready = bool(shapes)
        self.import_button.setEnabled(ready)

    def _plan_text(self, target: ImportTarget, shapes: list[tuple[str, dict]]) -> str:
        if target is ImportTarget.CITY_BOUNDARY:
            return self.tr("{0} shapes will become the city's boundary.").format(len(shapes))
        if target is ImportTarget.STATISTICAL_AREAS:
            if self.group_combo.currentData() is None:
                return self.tr("{0} statistical areas, to be grouped into neighborhoods by choosing them on the map.").format(
                    len(shapes)
                )
            return self.tr("{0} statistical areas; each value of the grouping field becomes a neighborhood.").format(
                len(shapes)
            )
        try:
            plan = self._context.workspace.division.plan_import(shapes, replace=target is ImportTarget.REPLACE)
        except InputError as error:  # points or lines only: not neighborhoods
            return input_error_message(error)
        text = self.tr("{0} new, {1} updated, {2} removed neighborhoods.").format(
            len(plan.new_names), len(plan.updated_names), len(plan.removed_names)
        )
        if plan.renamed:
            pairs = "; ".join(self.tr("{0} is now {1}").format(isolated(old), isolated(new)) for old, new in plan.renamed[:5])
            text += " " + self.tr("Renamed, the same place under a new name, keeping all they hold: {0}.").format(pairs)
        if plan.unnamed_count:
            text += " " + self.tr("{0} shapes have no name and are skipped.").format(plan.unnamed_count)
        if plan.not_areas_count:
            text += " " + self.tr("{0} points or lines are left out: they are not areas.").format(plan.not_areas_count)
        if plan.merged_names:
            text += " " + self.tr("Shapes that share a name become one neighborhood: {0}.").format(
                ", ".join(plan.merged_names[:5])
            )
        return text

    def _show_preview(self, shapes: list[tuple[str, dict]]) -> None:
        from ..maps.leaflet_page import LegendEntry, MapArea, MapContent

        areas = tuple(
            MapArea(f"p{index}", name or "—", geometry, PREVIEW_COLOR, name or "—")
            for index, (name, geometry) in enumerate(shapes)
            if geometry is not None
        )
        self.map.show_content(
            MapContent(
                title=self._path.name,
                right_to_left=self._context.language == "he",
                areas=areas,
                legend_title=self.tr("Preview"),
                legend=(LegendEntry(PREVIEW_COLOR, self._path.name),),
            )
        )

    # -- importing -------------------------------------------------------------------

    def _import(self) -> None:
        try:
            self._import_as_chosen()
        except InputError as error:  # nothing was changed: say why and stay open
            self._context.dialogs.error(self, self.windowTitle(), input_error_message(error))

    def _import_as_chosen(self) -> None:
        target = self._target()
        shapes = self._shapes()
        division = self._context.workspace.division
        if target is ImportTarget.REPLACE:
            plan = division.plan_import(shapes, replace=True)
            if plan.removed_names and not self._context.dialogs.confirm(
                self,
                self.tr("Replace the division"),
                self.tr("These neighborhoods are not in the file and will be removed, with their task states:\n{0}\n\n"
                        "Continue?").format("\n".join(plan.removed_names)),
            ):
                return
        if target in (ImportTarget.MERGE, ImportTarget.REPLACE):
            division.import_boundaries(shapes, replace=target is ImportTarget.REPLACE)
        elif target is ImportTarget.CITY_BOUNDARY:
            division.import_city_boundary([geometry for _, geometry in shapes if geometry is not None])
        else:
            self._import_statistical_areas()
        self.imported = True
        self.accept()

    def _import_statistical_areas(self) -> None:
        code_field = self.name_combo.currentData()
        population_field = self.population_combo.currentData()
        group_field = self.group_combo.currentData()
        areas, groups = [], {}
        for shape in self._source.features(code_field):
            population = _integer(shape.attributes.get(population_field)) if population_field else None
            areas.append((shape.name, "", population, shape.geometry))
            groups[shape.name] = str(shape.attributes.get(group_field) or "")
        division = self._context.workspace.division
        division.import_statistical_areas(areas)
        if group_field is not None:
            division.group_statistical_areas_by(groups)


def _first_match(fields: list[str], wanted: tuple[str, ...]) -> str | None:
    folded = {field.casefold(): field for field in fields}
    return next((folded[name] for name in wanted if name in folded), None)


def _integer(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None
