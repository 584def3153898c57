"""The versions of neighborhoods and assets that map packages carry, for merging them three ways.

A version is a record's shared fields as text, written the same way on both sides (a boundary as its normalized
shape rounded to about ten centimetres, a place as latitude and longitude to six decimals, a neighborhood an asset
lies in by its uid). A package names, for each record, the version it was last exchanged at — its *base* — and each
workspace remembers the versions it sent and received (storage's ``exchanged_version``). On import the base is:

- the package's own version, when we sent or received it before (it is our own export coming back, or a package
  we merged already): theirs is not newer than something we had, so nothing of ours is undone;
- else the version the package names as its base, when we know it (the colleague started from something we had);
- else none: the merge is two-way, as before packages carried versions.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..domain.mapping import Asset
from ..domain.records import Neighborhood
from ..domain.three_way import Version, fingerprint
from ..files.geopackage import PackagedAsset, PackagedNeighborhood

GEOMETRY_DECIMALS = 6
POSITION_DECIMALS = 6


def neighborhood_version(neighborhood: Neighborhood, boundary: dict | None) -> dict[str, str]:
    profile = neighborhood.profile
    return _neighborhood_fields(
        neighborhood.name, profile.population, profile.description, profile.strengths, profile.needs, boundary
    )


def packaged_neighborhood_version(theirs: PackagedNeighborhood) -> dict[str, str]:
    return _neighborhood_fields(
        theirs.name, theirs.population, theirs.description, theirs.strengths, theirs.needs, theirs.geometry
    )


def _neighborhood_fields(
    name: str, population: int | None, description: str, strengths: str, needs: str, boundary: dict | None
) -> dict[str, str]:
    return {
        "name": one_line(name),
        "population": "" if population is None else str(population),
        "description": description,
        "strengths": strengths,
        "needs": needs,
        "boundary": geometry_text(boundary),
    }


def asset_version(asset: Asset, neighborhood_uid: str) -> dict[str, str]:
    return _asset_fields(
        asset.name, asset.category.value, neighborhood_uid, asset.address, asset.notes, asset.longitude, asset.latitude
    )


def packaged_asset_version(theirs: PackagedAsset) -> dict[str, str]:
    return _asset_fields(
        theirs.name, theirs.category, theirs.neighborhood_uid, theirs.address, theirs.notes, theirs.longitude, theirs.latitude
    )


def _asset_fields(
    name: str, category: str, neighborhood_uid: str, address: str, notes: str, longitude: float, latitude: float
) -> dict[str, str]:
    return {
        "name": one_line(name),
        "category": category,
        "neighborhood": neighborhood_uid,
        "address": address,
        "notes": notes,
        "position": position_text(longitude, latitude),
    }


def base_of(uid: str, theirs: Version, named_base: Version | None, known: Mapping[str, set[str]]) -> Version | None:
    """The version both sides share for a record, or None (see the module's text)."""
    seen = known.get(uid, set())
    if fingerprint(theirs) in seen:
        return theirs
    if named_base is not None and fingerprint(named_base) in seen:
        return named_base
    return None


def one_line(text: str) -> str:
    return " ".join(text.split())


def position_text(longitude: float, latitude: float) -> str:
    return f"{latitude:.{POSITION_DECIMALS}f}, {longitude:.{POSITION_DECIMALS}f}"


def geometry_text(geometry: dict | None) -> str:
    """A shape written the same way whoever wrote it: normalized, its coordinates rounded."""
    if geometry is None:
        return ""
    import shapely
    import shapely.geometry

    shape = shapely.normalize(shapely.geometry.shape(geometry))
    return str(shapely.to_wkt(shape, rounding_precision=GEOMETRY_DECIMALS, trim=True))
