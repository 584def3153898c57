"""The Import… and Export… buttons of the partners and people areas: a file chosen, then the list brought in or written."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..domain.errors import InputError
from .labels import input_error_message
from .view_context import ViewContext

ListKind = Literal["people", "partners"]
IMPORT_DIALOG_MODULE = "or_communities.ui.list_import_dialog"
EXPORT_MODULE = "or_communities.services.list_export"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListFiles", text)


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def import_list(context: ViewContext, parent: QWidget, kind: ListKind) -> int:
    """Ask for an Excel or CSV file and open the import dialog on it; the number of rows that came in."""
    title = _tr("Import a list")
    if not _available(IMPORT_DIALOG_MODULE):
        context.dialogs.info(parent, title, _tr("Importing lists is not available in this version of the app yet."))
        return 0
    path = context.dialogs.open_file(
        parent, title, context.workspace.path.parent, _tr("Excel or CSV lists (*.xlsx *.csv)")
    )
    if path is None:
        return 0
    dialog_class = importlib.import_module(IMPORT_DIALOG_MODULE).ListImportDialog
    dialog = dialog_class(context.workspace, kind, path, context.dialogs, parent)
    dialog.exec()
    return int(getattr(dialog, "imported_count", 0) or 0)


def export_list(context: ViewContext, parent: QWidget, kind: ListKind) -> Path | None:
    """Ask where to write the list (Excel or CSV) and write it; the file written, if any."""
    title = _tr("Export the list")
    writer = _export_function(kind)
    if writer is None:
        context.dialogs.info(parent, title, _tr("Exporting lists is not available in this version of the app yet."))
        return None
    city = context.workspace.city.get().name
    name = _tr("{0} - partners") if kind == "partners" else _tr("{0} - people")
    suggested = context.workspace.path.parent / f"{name.format(city)}.xlsx"
    path = context.dialogs.save_file(parent, title, suggested, _tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
    if path is None:
        return None
    try:
        writer(context.workspace, path, context.language)
    except InputError as error:
        context.dialogs.error(parent, title, input_error_message(error))
        return None
    except OSError as error:
        context.dialogs.error(parent, title, _tr("Cannot write {0}: {1}").format(path, error.strerror or error))
        return None
    context.dialogs.info(parent, title, _tr("The list was written to {0}.").format(path))
    return path


def _export_function(kind: ListKind):  # noqa: ANN202 - the module's own function, (workspace, path, language)
    if not _available(EXPORT_MODULE):
        return None
    module = importlib.import_module(EXPORT_MODULE)
    return getattr(module, f"export_{kind}", None)
