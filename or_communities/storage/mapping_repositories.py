"""Reading and writing the mapping file: boundaries, assets and statistical areas."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session, load_only, undefer

from ..domain.mapping import Asset, AssetCategory
from .base import check_seen_version, core_table, matched_rows, new_uid
from .tables import AssetRow, CityRow, ExchangedVersionRow, NeighborhoodRow, StatisticalAreaRow


def geometry_to_text(geometry: dict | None) -> str | None:
    return None if geometry is None else json.dumps(geometry, ensure_ascii=False, separators=(",", ":"))


def geometry_from_text(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)


class BoundaryRepository:
    """The city's boundary and each neighborhood's, as GeoJSON geometries in WGS 84."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[tuple[int, str, dict | None]]:
        rows = self._session.scalars(
            select(NeighborhoodRow)
            .options(load_only(NeighborhoodRow.id, NeighborhoodRow.name), undefer(NeighborhoodRow.boundary_geojson))
            .order_by(NeighborhoodRow.name)
        )
        return [(row.id, row.name, geometry_from_text(row.boundary_geojson)) for row in rows]

    def all_as_text(self) -> list[tuple[int, str]]:
        """(id, boundary as stored) of every neighborhood that has one: for geometry work in bulk."""
        rows = self._session.execute(
            select(NeighborhoodRow.id, NeighborhoodRow.boundary_geojson).where(NeighborhoodRow.boundary_geojson.is_not(None))
        )
        return [(nid, text) for nid, text in rows if text is not None]

    def of_neighborhood(self, neighborhood_id: int) -> dict | None:
        text = self._session.scalar(
            select(NeighborhoodRow.boundary_geojson).where(NeighborhoodRow.id == neighborhood_id)
        )
        return geometry_from_text(text)

    def set_neighborhood(self, neighborhood_id: int, geometry: dict | None) -> bool:
        result = self._session.execute(
            update(NeighborhoodRow)
            .where(NeighborhoodRow.id == neighborhood_id)
            .values(boundary_geojson=geometry_to_text(geometry))
        )
        return bool(matched_rows(result))

    def add_neighborhoods(self, named_boundaries: Iterable[tuple[str, dict]]) -> None:
        """Insert many new neighborhoods with their boundaries in one statement."""
        rows = [
            {"uid": new_uid(), "name": name, "boundary_geojson": geometry_to_text(geometry)}
            for name, geometry in named_boundaries
        ]
        if rows:
            self._session.execute(insert(NeighborhoodRow), rows)

    def set_many(self, boundaries: dict[int, dict]) -> None:
        """Replace the boundaries of many neighborhoods (id to geometry) in one statement."""
        # Core's executemany: the ORM's bulk update by primary key would also check each row's version.
        table = core_table(NeighborhoodRow)
        rows = [{"nid": nid, "geometry": geometry_to_text(geometry)} for nid, geometry in boundaries.items()]
        if rows:
            statement = update(table).where(table.c.id == bindparam("nid")).values(boundary_geojson=bindparam("geometry"))
            self._session.execute(statement, rows)

    def city(self) -> dict | None:
        return geometry_from_text(self._session.scalar(select(CityRow.boundary_geojson).order_by(CityRow.id)))

    def set_city(self, geometry: dict | None) -> None:
        self._session.execute(update(CityRow).values(boundary_geojson=geometry_to_text(geometry)))


def _asset(row: AssetRow) -> Asset:
    return Asset(
        row.id,
        row.name,
        AssetCategory(row.category),
        row.longitude,
        row.latitude,
        row.neighborhood_id,
        row.address,
        row.notes,
        row.uid,
        row.version,
    )


def _apply_asset(row: AssetRow, asset: Asset) -> None:
    row.name = asset.name
    row.category = asset.category.value
    row.longitude = asset.longitude
    row.latitude = asset.latitude
    row.neighborhood_id = asset.neighborhood_id
    row.address = asset.address
    row.notes = asset.notes


class AssetRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, neighborhood_id: int | None = None) -> list[Asset]:
        query = select(AssetRow).order_by(AssetRow.category, AssetRow.name)
        if neighborhood_id is not None:
            query = query.where(AssetRow.neighborhood_id == neighborhood_id)
        return [_asset(row) for row in self._session.scalars(query)]

    def get(self, asset_id: int) -> Asset | None:
        row = self._session.get(AssetRow, asset_id)
        return _asset(row) if row else None

    def add(self, asset: Asset) -> int:
        row = AssetRow()
        if asset.uid:
            row.uid = asset.uid
        _apply_asset(row, asset)
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_many(self, assets: Iterable[Asset]) -> int:
        """Insert many assets in one statement (an import of thousands stays quick)."""
        rows = [
            {
                "uid": asset.uid or new_uid(),
                "name": asset.name,
                "category": asset.category.value,
                "neighborhood_id": asset.neighborhood_id,
                "longitude": asset.longitude,
                "latitude": asset.latitude,
                "address": asset.address,
                "notes": asset.notes,
            }
            for asset in assets
        ]
        if rows:
            self._session.execute(insert(AssetRow), rows)
        return len(rows)

    def update(self, asset: Asset) -> int | None:
        row = self._session.get(AssetRow, asset.id) if asset.id is not None else None
        if row is None:
            return None
        check_seen_version(row, asset.version, asset, lambda: _asset(row))
        _apply_asset(row, asset)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, asset_id: int) -> bool:
        row = self._session.get(AssetRow, asset_id)
        if row is None:
            return False
        self._session.delete(row)
        return True


class StatisticalAreaRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[tuple[int, str, str, int | None, int | None, dict]]:
        """(id, code, name, population, neighborhood id, geometry) of every area."""
        rows = self._session.scalars(
            select(StatisticalAreaRow).options(undefer(StatisticalAreaRow.geometry_geojson)).order_by(StatisticalAreaRow.code)
        )
        return [
            (row.id, row.code, row.name, row.population, row.neighborhood_id, json.loads(row.geometry_geojson))
            for row in rows
        ]

    def replace_all(self, areas: Iterable[tuple[str, str, int | None, dict]]) -> int:
        """Put these (code, name, population, geometry) areas in place of any held before."""
        self._session.query(StatisticalAreaRow).delete()
        rows = [
            StatisticalAreaRow(code=code, name=name, population=population, geometry_geojson=geometry_to_text(geometry))
            for code, name, population, geometry in areas
        ]
        self._session.add_all(rows)
        self._session.flush()
        return len(rows)

    def assign(self, area_ids: Iterable[int], neighborhood_id: int | None) -> None:
        self._session.execute(
            update(StatisticalAreaRow).where(StatisticalAreaRow.id.in_(list(area_ids))).values(neighborhood_id=neighborhood_id)
        )


class UidRepository:
    """Records' identities across workspaces, which a shared map package refers to."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def set_neighborhood_uid(self, neighborhood_id: int, uid: str) -> bool:
        result = self._session.execute(update(NeighborhoodRow).where(NeighborhoodRow.id == neighborhood_id).values(uid=uid))
        return bool(matched_rows(result))

    def set_asset_uid(self, asset_id: int, uid: str) -> bool:
        result = self._session.execute(update(AssetRow).where(AssetRow.id == asset_id).values(uid=uid))
        return bool(matched_rows(result))


class ExchangedVersionRepository:
    """The versions of records that went out in map packages or came in from them, by uid."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def remember(self, uid: str, fingerprint: str, fields: Mapping[str, str]) -> None:
        """Keep a version (once: a version seen again is already known)."""
        if not uid or self.known(uid, fingerprint):
            return
        self._session.add(ExchangedVersionRow(uid=uid, fingerprint=fingerprint, fields_json=json.dumps(dict(fields), ensure_ascii=False)))
        self._session.flush()

    def known(self, uid: str, fingerprint: str) -> bool:
        found = self._session.scalar(
            select(ExchangedVersionRow.id).where(ExchangedVersionRow.uid == uid, ExchangedVersionRow.fingerprint == fingerprint)
        )
        return found is not None

    def fingerprints(self) -> dict[str, set[str]]:
        """Every known version's fingerprint, by uid."""
        known: dict[str, set[str]] = {}
        for uid, fingerprint in self._session.execute(select(ExchangedVersionRow.uid, ExchangedVersionRow.fingerprint)):
            known.setdefault(uid, set()).add(fingerprint)
        return known

    def latest(self) -> dict[str, dict[str, str]]:
        """The version each uid was last exchanged at: the base a package names for the colleague who gets it."""
        rows = self._session.execute(
            select(ExchangedVersionRow.uid, ExchangedVersionRow.fields_json).order_by(ExchangedVersionRow.id)
        )
        return {uid: json.loads(fields) for uid, fields in rows}
