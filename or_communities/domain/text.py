"""Bilingual text carried by domain data (the catalog is data, not UI code)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """A phrase in Hebrew and in English."""

    he: str
    en: str

    def get(self, lang: str) -> str:
        return self.he if lang == "he" else self.en
