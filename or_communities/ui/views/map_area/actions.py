"""What the map area does with files and checks: boundaries, assets and map packages in, the map out as HTML or a\nGeoPackage, and the division's check with its findings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ....domain.errors import AllOutsideTheCity, InputError, NothingToImport
from ....domain.mapping import DivisionFinding, DivisionReport, FindingKind, UncheckedReason
from ...labels import input_error_message
from ...view_context import ViewContext
from ...widgets.document_actions import export_document

if TYPE_CHECKING:
    from ....domain.measures import Measure
    from ....maps.city_map import ColorBy
    from ....services.gis_files import AssetReading
    from ...widgets.map_widget import MapWidget


class MapAreaActions(QWidget):
    """The map area's actions on files and on the division; MapAreaView builds the widgets they use."""

    _context: ViewContext
    _findings: list[DivisionFinding]
    map: MapWidget
    color_combo: QComboBox
    findings_list: QListWidget
    repair_button: QPushButton

    def select_neighborhood(self, neighborhood_id: int) -> None:
        raise NotImplementedError

    def coloring(self) -> tuple[ColorBy, Measure | None]:
        raise NotImplementedError

    def selected_neighborhood_id(self) -> int | None:
        raise NotImplementedError

    def import_boundaries(self) -> None:
        path = self._context.dialogs.open_file(
            self,
            self.tr("Import boundaries"),
            None,
            self.tr("GIS files (*.zip *.shp *.geojson *.json *.gpkg *.kml);;All files (*)"),
        )
        if path is None:
            return
        from ...boundary_import_dialog import BoundaryImportDialog

        dialog = BoundaryImportDialog(self._context, path, self)
        dialog.exec()
        if dialog.imported:
            self._context.events.announce()

    def import_assets(self) -> None:
        path = self._context.dialogs.open_file(
            self,
            self.tr("Import assets"),
            None,
            self.tr("Assets (*.xlsx *.csv *.zip *.shp *.geojson *.json *.gpkg *.kml);;All files (*)"),
        )
        if path is None:
            return
        self._read_assets(path, None)

    def _read_assets(self, path: Path, name_field: str | None) -> None:
        from ....services.gis_files import read_asset_file
        from ...background import BackgroundTask

        task = BackgroundTask(
            lambda _progress, _cancelled: read_asset_file(path, name_field),
            self.tr("Reading {0}…").format(path.name),
            self,
        )
        task.succeeded.connect(lambda reading: self._add_read_assets(path, reading))
        task.failed.connect(self._on_import_failed)
        self._reading = task
        task.start()

    def _named_ones_taken(self, path: Path, reading: AssetReading) -> bool:
        """When a quarter or more of the places have no name in the field read, say so and let the user name them
        by a field that does (read again), take the named ones, or stop."""
        question = self.tr("{0} of the {1} places in the file have no name in the field “{2}”, so they would be left out.").format(
            reading.unnamed, reading.total - reading.without_place, reading.name_field
        )
        options = [self.tr("Import the {0} named ones").format(len(reading.assets))]
        if reading.better_field:
            question += " " + self.tr("The field “{0}” names {1} of them.").format(reading.better_field, reading.better_named)
            options.insert(0, self.tr("Name them by “{0}”").format(reading.better_field))
        chosen = self._context.dialogs.choose(self, self.tr("Import assets"), question, options)
        if chosen is not None and reading.better_field and chosen == 0:
            self._read_assets(path, reading.better_field)
            return False
        return chosen is not None

    def _add_read_assets(self, path: Path, reading: AssetReading) -> None:
        title = self.tr("Import assets")
        if reading.many_unnamed and not self._named_ones_taken(path, reading):
            return
        assets = reading.assets
        if not assets:
            self._show_input_error(NothingToImport())
            return
        try:
            result = self._context.workspace.assets.add_many(assets)
        except AllOutsideTheCity as refused:
            question = self.tr("None of the {0} places in the file lies in the city's neighborhoods. It may be "
                               "another city's file. Add them anyway?").format(refused.count)
            if not self._context.dialogs.confirm(self, title, question):
                return
            result = self._context.workspace.assets.add_many(assets, keep_outside=True)
        except InputError as error:
            self._show_input_error(error)
            return
        message = self.tr("{0} assets were added.").format(result.added)
        if result.outside:
            shown = ", ".join(result.outside[:5]) + (", …" if len(result.outside) > 5 else "")
            message += "\n" + self.tr("{0} of them lie outside the city's neighborhoods: {1}").format(
                len(result.outside), shown
            )
        if reading.unnamed or reading.without_place:
            message += "\n" + self.tr("Left out: {0} without a name and {1} without a place.").format(
                reading.unnamed, reading.without_place
            )
        self._context.dialogs.info(self, title, message)
        self._context.events.announce()

    def _on_import_failed(self, error: object) -> None:
        if isinstance(error, InputError):
            self._show_input_error(error)
        else:
            self._context.dialogs.error(
                self, self.tr("Import assets"), self.tr("The file could not be read: {0}. Nothing was changed.").format(error)
            )

    def export_map(self) -> None:
        city = self._context.workspace.city.get()
        path = self._context.dialogs.save_file(
            self,
            self.tr("Export the map"),
            Path.home() / f"{city.name}.html",
            self.tr("Map for any browser (*.html);;GeoPackage for GIS (*.gpkg)"),
        )
        if path is None:
            return
        try:
            if path.suffix.lower() == ".gpkg":
                personal = self._context.dialogs.confirm(
                    self,
                    self.tr("Contact details"),
                    self.tr("Include partners' and coordinators' phones and emails in the file? "
                            "Answer no for a file that leaves your office."),
                )
                self._context.workspace.maps.export_geopackage(path, include_personal=personal)
            else:
                from ....services.map_pages import write_city_map_html

                color_by, measure = self.coloring()
                write_city_map_html(self._context.workspace, path, self._context.language, color_by, measure)
        except (InputError, OSError) as error:
            self._context.dialogs.error(
                self, self.tr("Export the map"), self.tr("The map could not be written: {0}").format(error)
            )
            return
        self._context.dialogs.info(self, self.tr("Export the map"), self.tr("The map was written to {0}.").format(path))

    def export_mapping_file(self) -> None:
        """The chosen neighborhood's mapping file, as PDF, Word or an Excel sheet; contact details only if asked."""
        neighborhood_id = self.selected_neighborhood_id()
        title = self.tr("Export the mapping file")
        if neighborhood_id is None:
            self._context.dialogs.info(self, title, self.tr("Choose a neighborhood in the list first."))
            return
        personal = self._context.dialogs.confirm(
            self,
            self.tr("Contact details"),
            self.tr("Include the leaders' and partners' phones and emails? Without them the file lists names only."),
        )
        from ....services.documents import DocumentKind, DocumentService

        document = DocumentService(self._context.workspace).build(
            DocumentKind.MAPPING_FILE, neighborhood_id, self._context.language, contact_details=personal
        )
        export_document(self._context, self, document, as_sheet=True)

    def import_map(self) -> None:
        path = self._context.dialogs.open_file(
            self, self.tr("Import a colleague's map"), None, self.tr("GeoPackage (*.gpkg)")
        )
        if path is None:
            return
        from ...map_import_dialog import MapImportDialog

        try:
            preview = self._context.workspace.maps.preview_import(path)
        except InputError as error:
            self._show_input_error(error)
            return
        dialog = MapImportDialog(preview, self._context.workspace.maps, self)
        if dialog.exec():
            self._context.events.announce()

    def validate(self) -> None:
        report = self._context.workspace.division.validate()
        self._findings = list(report.findings)
        self.findings_list.clear()
        for finding in self._findings:
            self.findings_list.addItem(self._finding_text(finding))
        for line in self._unchecked_lines(report):
            self.findings_list.addItem(line)
        if report.sound:
            self.findings_list.addItem(self.tr("No findings: the division is sound."))
        elif not self._findings:
            self.findings_list.addItem(self.tr("No findings in what could be checked."))
        self.repair_button.setEnabled(False)

    def _unchecked_lines(self, report: DivisionReport) -> list[str]:
        """What could not be checked, and what to do so it can be."""
        reasons = {reason for _kind, reason in report.unchecked}
        lines = []
        if UncheckedReason.NO_NEIGHBORHOOD_BOUNDARIES in reasons:
            lines.append(self.tr("Not checked: no neighborhood has a boundary yet. Import the boundaries or draw them."))
        elif UncheckedReason.NO_CITY_BOUNDARY in reasons:
            lines.append(self.tr("Not checked: gaps inside the city and parts outside it, since there is no city "
                                 "boundary. Import the municipal boundary to check them."))
        if report.without_boundary and UncheckedReason.NO_NEIGHBORHOOD_BOUNDARIES not in reasons:
            lines.append(self.tr("Not checked, no boundary: {0}").format(", ".join(report.without_boundary)))
        return lines

    def _finding_text(self, finding: DivisionFinding) -> str:
        names = ", ".join(finding.neighborhood_names) or self.tr("(no name)")
        texts = {
            FindingKind.OVERLAP: self.tr("Overlap: {0}"),
            FindingKind.GAP: self.tr("Gap inside the city, not in any neighborhood"),
            FindingKind.UNNAMED: self.tr("A neighborhood without a name"),
            FindingKind.DUPLICATE_NAME: self.tr("The same name twice: {0}"),
            FindingKind.INVALID_GEOMETRY: self.tr("Invalid shape: {0}"),
            FindingKind.OUTSIDE_CITY: self.tr("Outside the city boundary: {0}"),
        }
        text = texts[finding.kind].format(names)
        if finding.area_square_metres:
            text += self.tr(" ({0:,.0f} m²)").format(finding.area_square_metres)
        return text

    def _on_finding_clicked(self, item: QListWidgetItem) -> None:
        row = self.findings_list.row(item)
        if row >= len(self._findings):
            return
        finding = self._findings[row]
        if finding.bounds is not None:
            self.map.zoom_to(finding.bounds)
        if finding.neighborhood_ids:
            self.select_neighborhood(finding.neighborhood_ids[0])
        self.repair_button.setEnabled(finding.kind is FindingKind.INVALID_GEOMETRY)

    def _repair(self) -> None:
        row = self.findings_list.currentRow()
        if not 0 <= row < len(self._findings):
            return
        for neighborhood_id in self._findings[row].neighborhood_ids:
            self._context.workspace.division.repair(neighborhood_id)
        self._context.events.announce()
        self.validate()

    def _show_input_error(self, error: InputError) -> None:
        self._context.dialogs.error(self, self.tr("Not changed"), input_error_message(error))
