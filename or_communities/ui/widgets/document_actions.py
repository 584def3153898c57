"""Preview and export one document (a call for applications, a meeting's protocol…): two buttons any page puts
under its form. The preview shows the very page that is printed; the export writes PDF or Word, by the name the
user gives, and says where it went or why it could not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.documents import Document
from ...domain.errors import InputError
from ..labels import input_error_message
from ..view_context import ViewContext
from .controls import make_button

PDF_SUFFIX, WORD_SUFFIX, SHEET_SUFFIX = ".pdf", ".docx", ".xlsx"


class DocumentActions(QWidget):
    def __init__(self, context: ViewContext, name: str, build: Callable[[], Document | None]) -> None:
        """``build`` makes the document from what the page shows now (None: nothing chosen)."""
        super().__init__()
        self.setObjectName(f"{name}DocumentActions")
        self._context = context
        self._build = build
        self.preview_button = make_button(self.tr("Preview…"), f"{name}PreviewButton", self.preview, "preview")
        self.export_button = make_button(self.tr("Export PDF or Word…"), f"{name}ExportButton", self.export, "document")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview_button)
        row.addWidget(self.export_button)
        row.addStretch(1)

    def preview(self) -> None:
        from ...files.document_html import document_html

        document = self._build()
        if document is not None:
            self._context.dialogs.preview(self, document.title, document_html(document))

    def export(self) -> Path | None:
        document = self._build()
        return None if document is None else export_document(self._context, self, document)


def export_document(context: ViewContext, parent: QWidget, document: Document, as_sheet: bool = False) -> Path | None:
    """Ask where, then write the document as PDF or Word (or, ``as_sheet``, as an Excel sheet) and say where it
    went, or why it could not."""
    title = QCoreApplication.translate("DocumentActions", "Export the document")
    suggested = context.workspace.path.parent / f"{_file_name(document.title)}{PDF_SUFFIX}"
    formats = QCoreApplication.translate("DocumentActions", "PDF document (*.pdf);;Word document (*.docx)")
    if as_sheet:
        formats += QCoreApplication.translate("DocumentActions", ";;Excel sheet (*.xlsx)")
    chosen = context.dialogs.save_file(parent, title, suggested, formats)
    if chosen is None:
        return None
    known = (PDF_SUFFIX, WORD_SUFFIX, SHEET_SUFFIX) if as_sheet else (PDF_SUFFIX, WORD_SUFFIX)
    path = chosen if chosen.suffix.lower() in known else chosen.with_name(chosen.name + PDF_SUFFIX)
    from ...services.documents import write_document
    from ..document_engine import shared_engine

    try:
        write_document(document, path, shared_engine())
    except InputError as error:
        context.dialogs.error(parent, title, input_error_message(error))
        return None
    except OSError as error:
        reason = QCoreApplication.translate("DocumentActions", "Cannot write {0}: {1}")
        context.dialogs.error(parent, title, reason.format(path, error.strerror or error))
        return None
    written = QCoreApplication.translate("DocumentActions", "The document was written to {0}.")
    context.dialogs.info(parent, title, written.format(path))
    return path


def _file_name(title: str) -> str:
    """A title as a file name: without the characters Windows refuses in one."""
    kept = "".join(" " if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in title)
    return " ".join(kept.split())[:120] or "document"
