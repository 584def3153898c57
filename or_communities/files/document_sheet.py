"""A document as one Excel sheet (a neighborhood's mapping file): its sections one under the other, right to left
in Hebrew, a picture where the document has one, print-ready on A4 portrait.

Written through XlsxWriter with the options of every workbook the app writes (files/excel.py): every cell by its
type, text as text with the quote prefix, so nothing typed ever becomes a formula.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.documents import Block, Bullets, Document, Fields, Heading, PageBreak, Paragraph, Picture, Table
from .excel import WORKBOOK_OPTIONS, close_workbook, safe_text, sheet_title

COLUMNS = 6
COLUMN_WIDTH = 20
ROW_PIXELS = 20
PIXELS_PER_MM = 96 / 25.4

PictureToPng = Callable[[Picture], bytes]


def write_document_sheet(document: Document, path: Path, picture_png: PictureToPng | None = None) -> Path:
    """Write the document as a workbook of one sheet at ``path`` (through a temporary file)."""
    import xlsxwriter

    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        workbook = xlsxwriter.Workbook(str(temporary), WORKBOOK_OPTIONS)
        _SheetOfDocument(workbook, document, picture_png).write()
        close_workbook(workbook)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


class _SheetOfDocument:
    def __init__(self, workbook: Any, document: Document, picture_png: PictureToPng | None) -> None:
        self._document = document
        self._picture_png = picture_png
        self._sheet = workbook.add_worksheet(sheet_title(document.title, set()))
        base: dict[str, object] = {"quote_prefix": True, "valign": "top", "reading_order": 2 if document.right_to_left else 1}
        styles: dict[str, dict[str, object]] = {
            "title": {"bold": True, "font_size": 16, "font_color": "#1f5f8b"},
            "subtitle": {"font_color": "#555555"},
            "heading": {"bold": True, "font_size": 12, "font_color": "#1f5f8b", "bottom": 1},
            "label": {"bold": True},
            "text": {"text_wrap": True},
            "header": {"bold": True, "bg_color": "#e8eff5", "border": 1, "text_wrap": True},
            "cell": {"border": 1, "text_wrap": True},
        }
        self._formats = {name: workbook.add_format({**base, **extra}) for name, extra in styles.items()}
        self._row = 0

    def write(self) -> None:
        sheet = self._sheet
        if self._document.right_to_left:
            sheet.right_to_left()
        sheet.set_column(0, COLUMNS - 1, COLUMN_WIDTH)
        sheet.set_paper(9)  # A4
        sheet.set_portrait()
        sheet.fit_to_pages(1, 0)
        self._line(self._document.title, "title")
        if self._document.subtitle:
            self._line(self._document.subtitle, "subtitle")
        for block in self._document.blocks:
            self._block(block)
        if self._document.footer:
            self._row += 1
            self._line(self._document.footer, "subtitle")

    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._row += 1
            self._line(block.text, "heading")
        elif isinstance(block, Paragraph):
            for line in block.text.split("\n"):
                self._line(line, "text")
        elif isinstance(block, Fields):
            for label, value in block.rows:
                self._sheet.write_string(self._row, 0, safe_text(label), self._formats["label"])
                self._sheet.merge_range(self._row, 1, self._row, COLUMNS - 1, safe_text(value), self._formats["text"])
                self._row += 1
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Bullets):
            for item in block.items:
                self._line(f"• {item}", "text")
        elif isinstance(block, PageBreak):
            self._row += 1  # a sheet has no pages: a blank row between the parts
        else:
            self._picture(block)

    def _line(self, text: str, style: str) -> None:
        self._sheet.merge_range(self._row, 0, self._row, COLUMNS - 1, safe_text(text), self._formats[style])
        self._row += 1

    def _table(self, table: Table) -> None:
        for column, header in enumerate(table.headers[:COLUMNS]):
            self._sheet.write_string(self._row, column, safe_text(header), self._formats["header"])
        self._row += 1
        for row in table.rows:
            for column, value in enumerate(row[:COLUMNS]):
                self._sheet.write_string(self._row, column, safe_text(value), self._formats["cell"])
            self._row += 1

    def _picture(self, picture: Picture) -> None:
        if self._picture_png is None:
            if picture.caption:
                self._line(picture.caption, "subtitle")
            return
        png = self._picture_png(picture)
        width_pixels = picture.width_mm * PIXELS_PER_MM
        image_width, image_height = _png_size(png)
        scale = width_pixels / image_width if image_width else 1.0
        self._sheet.insert_image(
            self._row, 0, "map.png", {"image_data": io.BytesIO(png), "x_scale": scale, "y_scale": scale, "object_position": 3}
        )
        self._row += int(image_height * scale / ROW_PIXELS) + 2
        if picture.caption:
            self._line(picture.caption, "subtitle")


def _png_size(png: bytes) -> tuple[int, int]:
    """A PNG's width and height, read from its header."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        return 0, 0
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
