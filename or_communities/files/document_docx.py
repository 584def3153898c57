"""A document as a Word file (.docx) that Word and LibreOffice open right to left in Hebrew.

python-docx writes the file; it has no switch for direction, so each paragraph gets `w:bidi` (a right-to-left
paragraph), each run `w:rtl` with the Hebrew language for complex script, and each table `w:bidiVisual` (its first
column on the right). Text goes into runs as text, never as a field or a formula.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.documents import Block, Bullets, Document, Fields, Heading, PageBreak, Paragraph, Picture, Table
from ..domain.text import paragraph_reads_right_to_left

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph

PictureToPng = Callable[[Picture], bytes]
"""Draws a picture as PNG (the web engine can; the file writers cannot), for formats that take no SVG."""

CHECKBOX = "\u2610"
PARAGRAPH_PROPERTIES_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
"""Word reads a paragraph's properties in the schema's order only; `w:bidi` goes before these."""
_BIDI = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi"
FONT = "Arial"
"""A font every Word and LibreOffice has, with Hebrew."""


def write_docx(document: Document, path: Path, picture_png: PictureToPng | None = None) -> None:
    import docx  # python-docx: loaded when a document is written, not at start-up

    word = docx.Document()
    _set_defaults(word, document)
    word.core_properties.title = document.title
    word.core_properties.language = document.language
    _paragraph(word.add_heading(level=0), document, document.title)
    if document.subtitle:
        _paragraph(word.add_paragraph(), document, document.subtitle, italic=True)
    for block in document.blocks:
        _write_block(word, document, block, picture_png)
    if document.footer:
        _paragraph(word.add_paragraph(), document, document.footer, italic=True)
    buffer = io.BytesIO()
    word.save(buffer)
    staged = path.with_name(f".{path.name}.partial")  # a file is there whole, or not at all
    try:
        staged.write_bytes(buffer.getvalue())
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)


def _write_block(word: WordDocument, document: Document, block: Block, picture_png: PictureToPng | None) -> None:
    if isinstance(block, Heading):
        _paragraph(word.add_heading(level=min(max(block.level - 1, 1), 2)), document, block.text)
    elif isinstance(block, Paragraph):
        for line in block.text.split("\n"):  # each line its own paragraph, with its own direction
            _paragraph(word.add_paragraph(), document, line)
    elif isinstance(block, Fields):
        for label, value in block.rows:
            paragraph = word.add_paragraph()
            _paragraph(paragraph, document, f"{label}: ", bold=True)
            _run(paragraph, document, value)
    elif isinstance(block, Table):
        _table(word, document, block)
    elif isinstance(block, Bullets):
        for item in block.items:
            if block.checkboxes:
                _paragraph(word.add_paragraph(), document, f"{CHECKBOX} {item}")
            else:
                _paragraph(word.add_paragraph(style="List Bullet"), document, item)
    elif isinstance(block, Picture):
        _picture(word, document, block, picture_png)
    elif isinstance(block, PageBreak):
        word.add_page_break()


def _table(word: WordDocument, document: Document, block: Table) -> None:
    table = word.add_table(rows=1, cols=len(block.headers))
    table.style = "Table Grid"
    _set_table_direction(table, document)
    for cell, header in zip(table.rows[0].cells, block.headers, strict=True):
        _paragraph(cell.paragraphs[0], document, header, bold=True)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            _paragraph(cell.paragraphs[0], document, value)
    word.add_paragraph()


def _picture(word: WordDocument, document: Document, block: Picture, picture_png: PictureToPng | None) -> None:
    from docx.shared import Mm

    if picture_png is not None:
        word.add_picture(io.BytesIO(picture_png(block)), width=Mm(block.width_mm))
        _set_direction(word.paragraphs[-1], document.right_to_left)
    if block.caption:
        _paragraph(word.add_paragraph(), document, block.caption, italic=True)


def _paragraph(paragraph: WordParagraph, document: Document, text: str, bold: bool = False, italic: bool = False) -> None:
    _set_direction(paragraph, _reads_right_to_left(text, document))
    _run(paragraph, document, text, bold, italic)


def _run(paragraph: WordParagraph, document: Document, text: str, bold: bool = False, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    properties = run.element.get_or_add_rPr()
    if bold:
        properties.get_or_add_bCs()  # bold for Hebrew (complex script) too
    if _reads_right_to_left(text, document):
        properties.get_or_add_rtl()


def _reads_right_to_left(text: str, document: Document) -> bool:
    return paragraph_reads_right_to_left(text, document.right_to_left)


def _set_direction(paragraph: WordParagraph, right_to_left: bool) -> None:
    from docx.oxml import OxmlElement

    properties = paragraph._p.get_or_add_pPr()  # noqa: SLF001 - python-docx gives no public handle on a paragraph's XML
    if right_to_left and properties.find(_BIDI) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *PARAGRAPH_PROPERTIES_AFTER_BIDI)


def _set_table_direction(table: WordTable, document: Document) -> None:
    from docx.enum.table import WD_TABLE_DIRECTION

    if document.right_to_left:
        table.table_direction = WD_TABLE_DIRECTION.RTL


def _set_defaults(word: WordDocument, document: Document) -> None:
    """The document's font for Latin and Hebrew and its language, so spelling and shaping follow Hebrew."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    normal = word.styles["Normal"]
    normal.font.name = FONT
    properties = normal.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    fonts.set(qn("w:cs"), FONT)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.insert_element_before(language, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    language.set(qn("w:val"), "he-IL" if document.language == "he" else "en-US")
    language.set(qn("w:bidi"), "he-IL")
