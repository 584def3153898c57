"""A document as one HTML page for print: right to left in Hebrew, A4, every text escaped. Each line, item and
cell gets its direction from domain/text.paragraph_reads_right_to_left: an English line in a Hebrew document, or
a Hebrew one in an English document, reads in its own direction.

The page is what the preview shows and what the web engine prints to PDF, so the two never differ. No script, no
external resource: a picture is inline SVG, which is drawn only (its text escaped where the app made it).
"""

from __future__ import annotations

from html import escape

from ..domain.documents import Block, Bullets, Document, Fields, Heading, PageBreak, Paragraph, Picture, Table
from ..domain.text import paragraph_reads_right_to_left

STYLE = """
@page { size: A4; }
html { font-family: "Noto Sans Hebrew", "Noto Sans", "Arial", sans-serif; font-size: 11pt; color: #1b1b1b; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #1f5f8b; }
.subtitle { font-size: 12pt; color: #555; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 7mm 0 2mm; color: #1f5f8b; border-bottom: 1px solid #c9d8e6; }
h3 { font-size: 12pt; margin: 5mm 0 1mm; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }  /* a heading stays with what it heads */
p { margin: 0 0 3mm; white-space: pre-wrap; line-height: 1.45; }
dl { display: grid; grid-template-columns: max-content auto; gap: 1.5mm 5mm; margin: 0 0 4mm; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; page-break-inside: auto; }
th, td { border: 1px solid #9aa8b5; padding: 1.5mm 2mm; text-align: start; vertical-align: top; }
th { background: #e8eff5; }
tr { page-break-inside: avoid; }
td.number { text-align: end; unicode-bidi: plaintext; }
html[dir="rtl"] td, html[dir="rtl"] dd { text-align: right; }  /* an English name keeps the column's edge */
ul { margin: 0 0 4mm; padding-inline-start: 7mm; }
ul.boxes { list-style: none; padding-inline-start: 0; }
ul.boxes li::before { content: "\\2610"; margin-inline-end: 2mm; }
li { margin: 0 0 1.5mm; }
figure { margin: 0 0 4mm; text-align: center; }
figure svg { max-width: 100%; height: auto; border: 1px solid #c9d8e6; }
figcaption { font-size: 9pt; color: #555; }
.footer { margin-top: 8mm; font-size: 9pt; color: #666; }
.page-break { break-before: page; page-break-before: always; }
"""


def _dir(text: str, document: Document) -> str:
    return "rtl" if paragraph_reads_right_to_left(text, document.right_to_left) else "ltr"


def document_html(document: Document) -> str:
    direction = "rtl" if document.right_to_left else "ltr"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(document.language)}" dir="{direction}">',
        "<head>",
        '<meta charset="utf-8">',
        # Nothing in a document loads or runs anything; the web engine is told so too.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(document.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f'<h1 dir="{_dir(document.title, document)}">{escape(document.title)}</h1>',
    ]
    if document.subtitle:
        parts.append(f'<div class="subtitle" dir="{_dir(document.subtitle, document)}">{escape(document.subtitle)}</div>')
    parts.extend(block_html(block, document) for block in document.blocks)
    if document.footer:
        parts.append(f'<div class="footer">{escape(document.footer)}</div>')
    parts.extend(["</body>", "</html>"])
    return "\n".join(parts)


def block_html(block: Block, document: Document) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 2), 3)
        return f'<h{level} dir="{_dir(block.text, document)}">{escape(block.text)}</h{level}>'
    if isinstance(block, Paragraph):
        return "".join(f'<p dir="{_dir(line, document)}">{escape(line)}</p>' for line in block.text.split("\n"))
    if isinstance(block, Fields):
        rows = "".join(
            f'<dt>{escape(label)}</dt><dd dir="{_dir(value, document)}">{escape(value)}</dd>' for label, value in block.rows
        )
        return f"<dl>{rows}</dl>"
    if isinstance(block, Table):
        return _table_html(block, document)
    if isinstance(block, Bullets):
        items = "".join(f'<li dir="{_dir(item, document)}">{escape(item)}</li>' for item in block.items)
        css = ' class="boxes"' if block.checkboxes else ""
        return f"<ul{css}>{items}</ul>"
    if isinstance(block, PageBreak):
        return '<div class="page-break"></div>'
    return _picture_html(block)


def _table_html(table: Table, document: Document) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in table.headers)
    body = []
    for row in table.rows:
        cells = "".join(
            f'<td class="number">{escape(cell)}</td>' if column in table.numeric else f'<td dir="{_dir(cell, document)}">{escape(cell)}</td>'
            for column, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _picture_html(picture: Picture) -> str:
    caption = f"<figcaption>{escape(picture.caption)}</figcaption>" if picture.caption else ""
    return f'<figure style="width: {int(picture.width_mm)}mm; margin-inline: auto;">{picture.svg}{caption}</figure>'
