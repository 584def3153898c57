"""The texts a city may write in its own words (the guidance by each tool): the city's version when it wrote
one, else the app's default, and "restore the default"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.document_templates import TEMPLATES
from ..domain.errors import RecordNotFound
from ..domain.guidance import GUIDANCE
from ..domain.text import Text
from ..storage.repositories import CityTextRepository

if TYPE_CHECKING:
    from .workspace import Workspace

TEXT_LIMIT = 20_000
"""No guidance is longer than a few pages; a longer paste is a mistake."""

DEFAULTS: dict[str, Text] = {**{f"guidance.{tool}": text for tool, text in GUIDANCE.items()}, **TEMPLATES}
"""Every text a city may rewrite (the guidance and the documents' templates), by its key, with the app's default."""


class CityTextService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def text(self, key: str, language: str) -> str:
        """The city's own text under ``key`` in ``language``, else the default."""
        default = _default(key)
        with self._workspace.transaction() as session:
            own = CityTextRepository(session).get(key, language)
        return own if own is not None else default.get(language)

    def is_own(self, key: str, language: str) -> bool:
        """Whether the city wrote its own text there (so "restore the default" has something to undo)."""
        _default(key)
        with self._workspace.transaction() as session:
            return CityTextRepository(session).get(key, language) is not None

    def save(self, key: str, language: str, body: str) -> str:
        """Keep the city's text; an empty one, or one equal to the default, restores the default."""
        default = _default(key).get(language)
        cleaned = body.strip()[:TEXT_LIMIT]
        with self._workspace.transaction() as session:
            repository = CityTextRepository(session)
            if not cleaned or cleaned == default.strip():
                repository.remove(key, language)
                return default
            repository.save(key, language, cleaned)
        return cleaned

    def restore_default(self, key: str, language: str) -> str:
        default = _default(key).get(language)
        with self._workspace.transaction() as session:
            CityTextRepository(session).remove(key, language)
        return default


def _default(key: str) -> Text:
    if key not in DEFAULTS:
        raise RecordNotFound()
    return DEFAULTS[key]
