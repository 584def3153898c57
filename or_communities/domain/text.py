"""Bilingual text carried by domain data (the catalog is data, not UI code)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """A phrase in Hebrew and in English."""

    he: str
    en: str

    def get(self, lang: str) -> str:
        return self.he if lang == "he" else self.en


class Phrasebook:
    """The fixed words of a document, by key, in both languages: ``words("name", "he")``."""

    def __init__(self, phrases: dict[str, tuple[str, str]]) -> None:
        self._phrases = {key: Text(he, en) for key, (he, en) in phrases.items()}

    def __call__(self, key: str, language: str) -> str:
        return self._phrases[key].get(language)


def count_text(count: int) -> str:
    """A count as every place shows it, its thousands apart: 119,040."""
    return f"{count:,}"


def text_direction(text: str) -> str | None:
    """"rtl" or "ltr" by the first letter with a direction of its own (Hebrew and Arabic read right to left);
    None for text with no such letter (numbers, punctuation), which takes its surroundings' direction."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return "rtl"
        if direction == "L":
            return "ltr"
    return None


def reads_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction of its own is Hebrew or Arabic."""
    return text_direction(text) == "rtl"


def paragraph_reads_right_to_left(text: str, in_right_to_left_document: bool) -> bool:
    """A paragraph's direction in a document: in a Hebrew document it reads right to left unless it has no Hebrew
    (or Arabic) letter at all, so "John – לבדוק את הגינה" keeps the reader's direction; in an English document it
    reads left to right unless it has no Latin letter at all."""
    has_right_to_left = has_left_to_right = False
    for char in text:
        direction = unicodedata.bidirectional(char)
        has_right_to_left |= direction in ("R", "AL")
        has_left_to_right |= direction == "L"
    if in_right_to_left_document:
        return has_right_to_left or not has_left_to_right
    return has_right_to_left and not has_left_to_right


def shortened(text: str, limit: int = 80) -> str:
    """A text quoted back to the user: whole when short, else its start and an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


_HIDDEN_CONTROLS = {
    code: None
    for code in (*range(0x20), 0x7F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    if chr(code) not in "\t\n"
}
"""Characters nobody types into a name and files use to hide or reverse text: the C0 controls (NUL among them) and
the bidirectional embeddings, overrides and isolates (U+202E shows "gpj.exe" as "exe.jpg"). The marks a
Hebrew typist uses, U+200E and U+200F, are kept."""


def without_hidden_controls(text: str) -> str:
    """The text without control characters or bidirectional overrides; tabs and line ends are kept."""
    return text.translate(_HIDDEN_CONTROLS)


def left_to_right(text: object) -> str:
    """Text that reads left to right (a path, a negative amount) isolated (U+2066 … U+2069), so a right-to-left
    line does not scramble its slashes or move its minus sign."""
    return f"\u2066{text}\u2069"


def isolated(text: str) -> str:
    """A name set inside a sentence of the other direction, isolated (U+2068 … U+2069) so its letters and dots
    keep their order: "באר שבע.orcity" stays so inside a Hebrew sentence, and a Hebrew name inside an English one."""
    return f"\u2068{text}\u2069"
