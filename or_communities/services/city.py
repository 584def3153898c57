"""The city itself: its name and plan year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.records import City
from ..domain.validation import check_plan_year, clean_name
from ..storage.repositories import CityRepository

if TYPE_CHECKING:
    from .workspace import Workspace


class CityService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def get(self) -> City:
        with self._workspace.transaction() as session:
            return CityRepository(session).get()

    def update(self, name: str, plan_year: int) -> City:
        cleaned, year = clean_name(name), check_plan_year(plan_year)
        with self._workspace.transaction() as session:
            repository = CityRepository(session)
            repository.update(cleaned, year)
            return repository.get()
