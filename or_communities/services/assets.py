"""The mapping file's assets: places that serve each neighborhood's community."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.mapping import Asset
from ..storage.mapping_repositories import AssetRepository, BoundaryRepository
from ..domain.errors import InvalidCoordinates, RecordNotFound
from .validation import clean_name, clean_text

if TYPE_CHECKING:
    from .workspace import Workspace


def check_coordinates(longitude: float, latitude: float) -> None:
    if not (-180.0 <= longitude <= 180.0 and -90.0 <= latitude <= 90.0):
        raise InvalidCoordinates(longitude, latitude)


def clean_asset(asset: Asset, neighborhood_id: int | None = None) -> Asset:
    """The asset as stored: checked place, clean name and address; ``neighborhood_id`` fills a missing one."""
    check_coordinates(asset.longitude, asset.latitude)
    return Asset(
        asset.id,
        clean_name(asset.name),
        asset.category,
        asset.longitude,
        asset.latitude,
        asset.neighborhood_id if asset.neighborhood_id is not None else neighborhood_id,
        clean_text(asset.address),
        asset.notes.strip(),
        asset.uid,
    )


class AssetService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self, neighborhood_id: int | None = None) -> list[Asset]:
        """Every asset, or those of one neighborhood."""
        with self._workspace.transaction() as session:
            return AssetRepository(session).list(neighborhood_id)

    def get(self, asset_id: int) -> Asset:
        with self._workspace.transaction() as session:
            found = AssetRepository(session).get(asset_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add(self, asset: Asset) -> Asset:
        """Add an asset; without a neighborhood it goes to the one whose boundary holds it."""
        cleaned = clean_asset(asset)
        with self._workspace.transaction() as session:
            if cleaned.neighborhood_id is None:
                cleaned = clean_asset(cleaned, self._owners([cleaned], BoundaryRepository(session))[0])
            repository = AssetRepository(session)
            new_id = repository.add(cleaned)
            added = repository.get(new_id)
        assert added is not None
        return added

    def add_many(self, assets: Sequence[Asset]) -> int:
        """Add many assets in one transaction: all of them, or none if any is refused."""
        with self._workspace.transaction() as session:
            owners = self._owners(assets, BoundaryRepository(session))
            cleaned = [clean_asset(asset, owner) for asset, owner in zip(assets, owners, strict=True)]
            return AssetRepository(session).add_many(cleaned)

    def update(self, asset: Asset) -> Asset:
        cleaned = clean_asset(asset)
        with self._workspace.transaction() as session:
            if not AssetRepository(session).update(cleaned):
                raise RecordNotFound()
        assert cleaned.id is not None
        return self.get(cleaned.id)

    def remove(self, asset_id: int) -> None:
        with self._workspace.transaction() as session:
            if not AssetRepository(session).remove(asset_id):
                raise RecordNotFound()

    @staticmethod
    def _owners(assets: Sequence[Asset], boundaries: BoundaryRepository) -> list[int | None]:
        """For each asset without a neighborhood, the one whose boundary holds it (None for the others)."""
        unplaced = [index for index, asset in enumerate(assets) if asset.neighborhood_id is None]
        owners: list[int | None] = [None] * len(assets)
        if not unplaced:
            return owners
        areas = boundaries.all_as_text()
        if not areas:
            return owners
        from ..maps.geometry_ops import locate

        found = locate([(assets[i].longitude, assets[i].latitude) for i in unplaced], areas)
        for index, neighborhood_id in zip(unplaced, found, strict=True):
            owners[index] = neighborhood_id
        return owners
