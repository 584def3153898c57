"""The Import… and Export… buttons of the partners and people areas: a file chosen, then the list brought in or
written. The import dialog and the Excel writer load the first time they are used."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from ..domain.errors import InputError
from .labels import input_error_message
from .widgets.controls import make_button
from .widgets.record_page import RecordPage

ListKind = Literal["people", "partners"]


class ListFiles(QObject):
    """Import and export for one page's list; after an import the page reads everything again."""

    def __init__(self, page: RecordPage, kind: ListKind, button_names: tuple[str, str]) -> None:
        super().__init__(page)
        self._page = page
        self._kind = kind
        import_name, export_name = button_names
        self.import_button: QPushButton = make_button(self.tr("Import…"), import_name, self.import_list, "import")
        self.export_button: QPushButton = make_button(self.tr("Export…"), export_name, self.export_list, "export")
        # A list comes in whole, for any neighborhood: on a team server, the manager's to import.
        self.import_button.setEnabled(page.context.workspace.access.whole_city)

    def import_list(self) -> int:
        """Ask for an Excel or CSV file and open the import dialog on it; the number of rows that came in."""
        from .list_import_dialog import ListImportDialog

        page, context = self._page, self._page.context
        page.flush_edits()
        path = context.dialogs.open_file(
            page, self.tr("Import a list"), context.workspace.path.parent, self.tr("Excel or CSV lists (*.xlsx *.csv)")
        )
        if path is None:
            return 0
        dialog = ListImportDialog(context.workspace, self._kind, path, context.dialogs, page)
        dialog.exec()
        imported = int(dialog.imported_count or 0)
        if imported:
            page.reload()
            page.saved.emit()
        return imported

    def export_list(self) -> None:
        """Ask where to write the list (Excel or CSV) and write it."""
        from ..services.list_export import export_partners, export_people

        page, context = self._page, self._page.context
        page.flush_edits()
        title = self.tr("Export the list")
        city = context.workspace.city.get().name
        name = self.tr("{0} - partners") if self._kind == "partners" else self.tr("{0} - people")
        suggested = context.workspace.path.parent / f"{name.format(city)}.xlsx"
        path = context.dialogs.save_file(page, title, suggested, self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path is None:
            return
        write = export_partners if self._kind == "partners" else export_people
        try:
            write(context.workspace, path, context.language)
        except InputError as error:
            context.dialogs.error(page, title, input_error_message(error))
            return
        except OSError as error:
            context.dialogs.error(page, title, self.tr("Cannot write {0}: {1}").format(path, error.strerror or error))
            return
        context.dialogs.info(page, title, self.tr("The list was written to {0}.").format(path))
