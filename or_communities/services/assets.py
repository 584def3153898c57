"""The mapping file's assets: places that serve each neighborhood's community."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..domain.backups import BackupReason
from ..domain.errors import AllOutsideTheCity, RecordNotFound
from ..domain.mapping import Asset, AssetImport, clean_asset
from ..storage.mapping_repositories import AssetRepository, BoundaryRepository

if TYPE_CHECKING:
    from .workspace import Workspace


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

    def add_many(self, assets: Sequence[Asset], keep_outside: bool = False, back_up: bool = True) -> AssetImport:
        """Add many assets in one transaction: all of them, or none if any is refused.

        Each asset without a neighborhood goes to the one whose boundary holds it; those no boundary holds are
        reported. When the city has boundaries and none of the assets falls in them, nothing is added
        (AllOutsideTheCity) unless ``keep_outside`` says to add them anyway. A backup is taken first, for "undo the
        import", unless ``back_up`` is False (the demo city being built).
        """
        if back_up:
            self._workspace.back_up(BackupReason.BEFORE_IMPORT)
        with self._workspace.transaction() as session:
            boundaries = BoundaryRepository(session)
            owners = self._owners(assets, boundaries)
            outside = [asset.name for asset, owner in zip(assets, owners, strict=True) if owner is None]
            has_boundaries = bool(boundaries.all_as_text())
            if has_boundaries and assets and len(outside) == len(assets) and not keep_outside:
                raise AllOutsideTheCity(len(assets))
            cleaned = [clean_asset(asset, owner) for asset, owner in zip(assets, owners, strict=True)]
            added = AssetRepository(session).add_many(cleaned)
        return AssetImport(added, tuple(outside) if has_boundaries else ())

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
    def _owners(assets: Sequence[Asset], boundaries: BoundaryRepository) -> builtins.list[int | None]:
        """Each asset's neighborhood: its own, else the one whose boundary holds it, else None."""
        unplaced = [index for index, asset in enumerate(assets) if asset.neighborhood_id is None]
        owners: list[int | None] = [asset.neighborhood_id for asset in assets]
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
