"""Adding, renaming, removing neighborhoods and writing their profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.errors import DuplicateName, InvalidPopulation, RecordNotFound
from ..domain.records import Neighborhood, NeighborhoodProfile
from ..domain.validation import clean_name
from ..storage.repositories import NeighborhoodRepository

if TYPE_CHECKING:
    from .workspace import Workspace


class NeighborhoodService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self) -> list[Neighborhood]:
        with self._workspace.transaction() as session:
            return NeighborhoodRepository(session).list()

    def get(self, neighborhood_id: int) -> Neighborhood:
        with self._workspace.transaction() as session:
            found = NeighborhoodRepository(session).get(neighborhood_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add(
        self,
        name: str,
        profile: NeighborhoodProfile | None = None,
        boundary_geojson: str | None = None,
    ) -> Neighborhood:
        """Add a neighborhood; its boundary, if given, is a GeoJSON geometry in WGS 84."""
        cleaned = clean_name(name)
        if profile is not None:
            _check_profile(profile)
        with self._workspace.transaction() as session:
            repository = NeighborhoodRepository(session)
            if repository.find_by_name(cleaned):
                raise DuplicateName(cleaned)
            new_id = repository.add(cleaned, profile, boundary_geojson)
            added = repository.get(new_id)
        assert added is not None
        return added

    def rename(self, neighborhood_id: int, name: str, seen_version: int = 0) -> Neighborhood:
        """Rename; refused with EditConflict when someone saved the neighborhood after ``seen_version`` was read."""
        cleaned = clean_name(name)
        with self._workspace.transaction() as session:
            repository = NeighborhoodRepository(session)
            same_name = repository.find_by_name(cleaned)
            if same_name and same_name.id != neighborhood_id:
                raise DuplicateName(cleaned)
            if not repository.rename(neighborhood_id, cleaned, seen_version):
                raise RecordNotFound()
        return self.get(neighborhood_id)

    def update_profile(self, neighborhood_id: int, profile: NeighborhoodProfile, seen_version: int = 0) -> Neighborhood:
        """Save the profile; refused with EditConflict when someone saved the neighborhood after ``seen_version``."""
        _check_profile(profile)
        with self._workspace.transaction() as session:
            if not NeighborhoodRepository(session).update_profile(neighborhood_id, profile, seen_version):
                raise RecordNotFound()
        return self.get(neighborhood_id)

    def remove(self, neighborhood_id: int) -> None:
        """Remove a neighborhood with its task states; its people stay, without a neighborhood."""
        with self._workspace.transaction() as session:
            if not NeighborhoodRepository(session).remove(neighborhood_id):
                raise RecordNotFound()


def _check_profile(profile: NeighborhoodProfile) -> None:
    if profile.population is not None and profile.population < 0:
        raise InvalidPopulation()
