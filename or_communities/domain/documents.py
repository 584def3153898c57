"""A document the app writes for people (a call for applications, a meeting's protocol, a conference checklist, a
neighborhood's mapping file): a title and blocks of text, in one language and its direction.

The blocks hold plain text only. Whatever a user typed stays text in every format the document is written to: the
HTML writer escapes it, the Word writer puts it in runs; nothing in a document is ever run or interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

RIGHT_TO_LEFT_LANGUAGES = frozenset({"he", "ar"})


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 2
    """2 for a section, 3 for a part of one (the document's title is level 1)."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    """Line breaks inside are kept."""


@dataclass(frozen=True, slots=True)
class Fields:
    """Labelled values, one per line: "Neighborhood: Old City"."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()
    """Columns of numbers (aligned to the end of their cells)."""


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]
    checkboxes: bool = False
    """Items with an empty box to tick on paper (an agenda, a checklist)."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A drawing given as SVG (a neighborhood's map); written as is into HTML, as a picture into Word."""

    svg: str
    caption: str = ""
    width_mm: int = 160


@dataclass(frozen=True, slots=True)
class PageBreak:
    """What follows starts a new page (a report's page per neighborhood)."""


Block = Heading | Paragraph | Fields | Table | Bullets | Picture | PageBreak


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    language: str
    blocks: tuple[Block, ...] = ()
    subtitle: str = ""
    footer: str = ""
    """A line at the end (who wrote it and when)."""
    keywords: tuple[str, ...] = field(default=())

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT_LANGUAGES

    def text(self) -> str:
        """Every text of the document in reading order, one block a line (for searching and for tests)."""
        lines = [self.title, self.subtitle]
        for block in self.blocks:
            lines.extend(_block_lines(block))
        lines.append(self.footer)
        return "\n".join(line for line in lines if line)


def _block_lines(block: Block) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text]
    if isinstance(block, Fields):
        return [f"{label}: {value}" for label, value in block.rows]
    if isinstance(block, Table):
        return [" | ".join(block.headers), *(" | ".join(row) for row in block.rows)]
    if isinstance(block, Bullets):
        return list(block.items)
    if isinstance(block, PageBreak):
        return []
    return [block.caption]
