"""Preview and export one document (a call for applications, a meeting's protocol…): two buttons any page puts
under its form. The preview shows the very page that is printed; the export writes PDF or Word, by the name the
user gives, and says where it went or why it could not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.documents import Document
from ...domain.errors import InputError
from ..labels import input_error_message
from ..view_context import ViewContext
from .controls import make_button

PDF_SUFFIX, WORD_SUFFIX = ".pdf", ".docx"


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
        if document is None:
            return None
        title = self.tr("Export the document")
        suggested = self._context.workspace.path.parent / f"{_file_name(document.title)}{PDF_SUFFIX}"
        chosen = self._context.dialogs.save_file(
            self, title, suggested, self.tr("PDF document (*.pdf);;Word document (*.docx)")
        )
        if chosen is None:
            return None
        path = chosen if chosen.suffix.lower() in (PDF_SUFFIX, WORD_SUFFIX) else chosen.with_name(chosen.name + PDF_SUFFIX)
        from ...services.documents import write_document
        from ..document_engine import shared_engine

        try:
            write_document(document, path, shared_engine())
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
            return None
        except OSError as error:
            self._context.dialogs.error(self, title, self.tr("Cannot write {0}: {1}").format(path, error.strerror or error))
            return None
        self._context.dialogs.info(self, title, self.tr("The document was written to {0}.").format(path))
        return path


def _file_name(title: str) -> str:
    """A title as a file name: without the characters Windows refuses in one."""
    kept = "".join(" " if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in title)
    return " ".join(kept.split())[:120] or "document"
