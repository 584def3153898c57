"""Maps that travel: a GeoPackage out for GIS teams and colleagues, and a colleague's package in, previewed first.

Matching an incoming record to one of ours:

- **Neighborhoods** by uid, then by name (ignoring case).
- **Assets** by uid, then by name (ignoring case) with the same category within 25 metres.

Each incoming record is then in one of four states:

- **NEW**: nothing of ours matches it. It is added, keeping its uid.
- **UNCHANGED**: matched by uid, and nothing the package says differs from ours.
- **CHANGED**: matched by uid, and some values differ (the item names which). The package's values
  replace ours.
- **CONFLICTING**: one of two cases, resolved by the user's choice for all conflicts:
  (1) it matches one of ours by name (and, for an asset, category and place) but under another uid:
  the same place was recorded independently in both workspaces; or
  (2) it is matched by uid but renames a neighborhood to a name another of our neighborhoods holds,
  which cannot be merged without losing one of them.
  *Keep mine* leaves ours as it is. *Take theirs* gives ours the package's values and, in case (1),
  its uid too, so the next exchange matches by uid; in case (2) our neighborhood keeps its name.

A value the package leaves empty (no population, no text, no boundary) never clears ours.
People never travel: the stage and coordinator of a neighborhood are only shown, never imported.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.backups import BackupReason
from ..domain.errors import ImportFailed, InvalidPopulation
from ..domain.mapping import Asset, AssetCategory, category_from_text, clean_asset
from ..domain.records import Neighborhood, NeighborhoodProfile, Partner, Person
from ..domain.validation import clean_name
from ..files.geopackage import (
    MapPackage,
    PackagedAsset,
    PackagedNeighborhood,
    PackagedPartner,
    read_map_package,
    write_map_package,
)
from ..storage.mapping_repositories import (
    AssetRepository,
    BoundaryRepository,
    UidRepository,
)
from ..storage.repositories import CityRepository, NeighborhoodRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .journey import NeighborhoodStanding
    from .workspace import Workspace

SAME_PLACE_METRES = 25.0
EARTH_RADIUS_METRES = 6_371_008.8
SAME_POSITION_DEGREES = 1e-7
"""About a centimetre: closer than this, two points are the same position."""
SAME_GEOMETRY_DEGREES = 1e-9


class ItemKind(Enum):
    NEIGHBORHOOD = "neighborhood"
    ASSET = "asset"
    CITY_BOUNDARY = "city_boundary"


class MergeState(Enum):
    NEW = "new"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    CONFLICTING = "conflicting"


class ConflictReason(Enum):
    MADE_IN_BOTH_PLACES = "made_in_both_places"
    """Same name (and, for an asset, category and place) as one of ours, under another uid."""
    NAME_TAKEN = "name_taken"
    """Renames one of ours to a name another of ours holds."""


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


@dataclass(frozen=True, slots=True)
class MergeItem:
    """One incoming record and what merging it would do, ready for a table."""

    kind: ItemKind
    name: str
    state: MergeState
    changed_fields: tuple[str, ...] = ()
    """Field keys: name, population, description, strengths, needs, boundary, category,
    neighborhood, address, notes, position."""
    local_values: tuple[str, ...] = ()
    incoming_values: tuple[str, ...] = ()
    """Our value and the package's for each changed field, in the same order (empty for a boundary)."""
    reason: ConflictReason | None = None
    local_id: int | None = None
    incoming_uid: str = ""


@dataclass(frozen=True, slots=True)
class MergePreview:
    source: Path
    package: MapPackage
    local_city: str
    items: tuple[MergeItem, ...]

    def count(self, state: MergeState) -> int:
        return sum(1 for item in self.items if item.state is state)

    @property
    def same_city(self) -> bool:
        return self.package.city_name.casefold() == self.local_city.casefold()

    @property
    def changes_anything(self) -> bool:
        return any(item.state is not MergeState.UNCHANGED for item in self.items)

    def summary_lines(self) -> list[str]:
        """The preview in English, for the command line and the log: counts, then each record that would change."""
        counts = ", ".join(f"{self.count(state)} {state.value}" for state in MergeState)
        lines = [f"Package of {self.package.city_name} made {self.package.created.isoformat()}: {counts}"]
        if not self.same_city:
            lines.append(f"Warning: this workspace is of {self.local_city}")
        for item in self.items:
            if item.state is MergeState.UNCHANGED:
                continue
            detail = f" ({', '.join(item.changed_fields)})" if item.changed_fields else ""
            reason = f" [{item.reason.value.replace('_', ' ')}]" if item.reason else ""
            lines.append(f"  {item.state.value} {item.kind.value.replace('_', ' ')}: {item.name}{detail}{reason}")
        return lines


@dataclass(frozen=True, slots=True)
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts_kept: int = 0
    """Conflicts where ours stayed as it was."""
    conflicts_taken: int = 0
    """Conflicts where ours took the package's values."""

    def __str__(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.conflicts_kept} conflicts kept as mine, {self.conflicts_taken} conflicts taken from theirs"
        )


class MapExchangeService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- out -------------------------------------------------------------------------

    def package(self, include_personal: bool = False) -> MapPackage:
        """The workspace's map as a package; contact details only with ``include_personal``."""
        workspace = self._workspace
        city = workspace.city.get()
        standings = workspace.journey.overview().neighborhoods
        boundaries = {nid: geometry for nid, _, geometry in workspace.division.boundaries()}
        contacts = {person.id: person for person in workspace.people.coordinators()} if include_personal else {}
        neighborhoods: dict[int | None, Neighborhood] = {s.neighborhood.id: s.neighborhood for s in standings}
        assets = [_packaged_asset(asset, neighborhoods.get(asset.neighborhood_id)) for asset in workspace.assets.list()]
        return MapPackage(
            city_name=city.name,
            plan_year=city.plan_year,
            created=workspace.clock(),
            app_version=__version__,
            include_personal=include_personal,
            neighborhoods=[_packaged_neighborhood(s, boundaries.get(s.neighborhood.id), contacts) for s in standings],
            assets=[a for a in assets if a.category != AssetCategory.PARTNER_SITE.value],
            partner_sites=[a for a in assets if a.category == AssetCategory.PARTNER_SITE.value],
            partners=[_packaged_partner(p, include_personal) for p in workspace.partners.list()],
            city_boundary=workspace.division.city_boundary(),
        )

    def export_geopackage(self, path: Path, include_personal: bool = False, crs: str = "EPSG:4326") -> MapPackage:
        """Write the workspace's map to ``path`` as a GeoPackage in ``crs``, replacing the file in one step."""
        package = self.package(include_personal)
        write_map_package(package, path, crs)
        return package

    # -- in --------------------------------------------------------------------------

    def preview_import(self, path: Path) -> MergePreview:
        """What merging the package at ``path`` would do; nothing is changed. ImportFailed if unreadable."""
        package = read_map_package(path)
        with self._workspace.transaction() as session:
            local = _read_local(session)
        items = tuple(step.item for step in _plan(local, package))
        return MergePreview(Path(path), package, local.city_name, items)

    def apply_import(self, preview: MergePreview, conflicts: ConflictChoice | str) -> ImportSummary:
        """Merge the previewed package in one transaction: all of it, or nothing if anything fails.

        The plan is worked out again inside the transaction, so an edit made since the preview
        is matched as it now stands rather than overwritten blindly.
        """
        choice = ConflictChoice(conflicts)
        self._workspace.back_up(BackupReason.BEFORE_MERGE)  # "undo the merge" restores it
        with self._workspace.transaction() as session:
            steps = _plan(_read_local(session), preview.package)
            tally: Counter[str] = Counter()
            _apply_neighborhoods(session, [s for s in steps if s.item.kind is ItemKind.NEIGHBORHOOD], choice, tally)
            _apply_assets(session, [s for s in steps if s.item.kind is ItemKind.ASSET], choice, tally)
            _apply_city_boundary(session, [s for s in steps if s.item.kind is ItemKind.CITY_BOUNDARY], tally)
        return ImportSummary(**tally)


# -- packaging ---------------------------------------------------------------------------


def _packaged_neighborhood(
    standing: NeighborhoodStanding, boundary: dict | None, contacts: dict[int, Person]
) -> PackagedNeighborhood:
    neighborhood = standing.neighborhood
    profile = neighborhood.profile
    contact = contacts.get(profile.coordinator_id) if profile.coordinator_id is not None else None
    return PackagedNeighborhood(
        uid=neighborhood.uid,
        name=neighborhood.name,
        population=profile.population,
        stage=standing.stage.label.he,
        coordinator=neighborhood.coordinator_name or "",
        description=profile.description,
        strengths=profile.strengths,
        needs=profile.needs,
        geometry=boundary,
        coordinator_phone=contact.phone if contact else "",
        coordinator_email=contact.email if contact else "",
    )


def _packaged_asset(asset: Asset, neighborhood: Neighborhood | None) -> PackagedAsset:
    return PackagedAsset(
        uid=asset.uid,
        name=asset.name,
        category=asset.category.value,
        category_he=asset.category.label.he,
        longitude=asset.longitude,
        latitude=asset.latitude,
        neighborhood_uid=neighborhood.uid if neighborhood else "",
        neighborhood_name=neighborhood.name if neighborhood else "",
        address=asset.address,
        notes=asset.notes,
    )


def _packaged_partner(partner: Partner, include_personal: bool) -> PackagedPartner:
    if not include_personal:
        return PackagedPartner(partner.name, partner.kind.value, partner.contribution)
    return PackagedPartner(
        partner.name, partner.kind.value, partner.contribution, partner.contact_person, partner.phone, partner.email
    )


# -- what we hold ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Local:
    city_name: str
    neighborhoods: list[Neighborhood]
    boundaries: dict[int, dict | None]
    assets: list[Asset]
    city_boundary: dict | None


def _read_local(session: Session) -> _Local:
    boundaries = BoundaryRepository(session)
    return _Local(
        city_name=CityRepository(session).get().name,
        neighborhoods=NeighborhoodRepository(session).list(),
        boundaries={nid: geometry for nid, _, geometry in boundaries.all()},
        assets=AssetRepository(session).list(),
        city_boundary=boundaries.city(),
    )


# -- planning (pure) ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Step:
    item: MergeItem
    incoming: PackagedNeighborhood | PackagedAsset | dict | None = None


Differences = list[tuple[str, str, str]]
"""(field, ours, theirs) for each field the package would change."""


def _plan(local: _Local, package: MapPackage) -> list[_Step]:
    _refuse_duplicates(package)
    steps = _plan_neighborhoods(local, package.neighborhoods)
    steps += _plan_assets(local, [*package.assets, *package.partner_sites])
    if package.city_boundary is not None:
        steps.append(_plan_city_boundary(local, package))
    return steps


def _refuse_duplicates(package: MapPackage) -> None:
    names = [_one_line(n.name).casefold() for n in package.neighborhoods]
    uids = [n.uid for n in package.neighborhoods if n.uid] + [a.uid for a in [*package.assets, *package.partner_sites] if a.uid]
    repeated_name = next((n.name for n, key in zip(package.neighborhoods, names, strict=True) if names.count(key) > 1), None)
    if repeated_name is not None:
        raise ImportFailed(f"the package has more than one neighborhood named {repeated_name!r}")
    if len(uids) != len(set(uids)):
        raise ImportFailed("the package gives the same uid to more than one record")


def _plan_neighborhoods(local: _Local, incoming: Sequence[PackagedNeighborhood]) -> list[_Step]:
    by_uid = {n.uid: n for n in local.neighborhoods}
    matched_uids = {p.uid for p in incoming if p.uid in by_uid}
    # Names of ours the package does not match by uid: they keep their names through the merge.
    held_names = {n.name.casefold(): n for n in local.neighborhoods if n.uid not in matched_uids}
    steps = []
    for theirs in incoming:
        name = _one_line(theirs.name)
        ours = by_uid.get(theirs.uid)
        if ours is not None:
            differences = _neighborhood_differences(ours, local.boundaries.get(ours.id), theirs)
            taken = name.casefold() != ours.name.casefold() and name.casefold() in held_names
            state = MergeState.CONFLICTING if taken else (MergeState.CHANGED if differences else MergeState.UNCHANGED)
            reason = ConflictReason.NAME_TAKEN if taken else None
        elif (ours := held_names.get(name.casefold())) is not None:
            differences = _neighborhood_differences(ours, local.boundaries.get(ours.id), theirs)
            state, reason = MergeState.CONFLICTING, ConflictReason.MADE_IN_BOTH_PLACES
        else:
            differences, state, reason = [], MergeState.NEW, None
        steps.append(_Step(_item(ItemKind.NEIGHBORHOOD, name, state, differences, reason, ours, theirs.uid), theirs))
    return steps


def _neighborhood_differences(ours: Neighborhood, boundary: dict | None, theirs: PackagedNeighborhood) -> Differences:
    profile = ours.profile
    pairs = [
        ("name", ours.name, _one_line(theirs.name)),
        ("population", _number(profile.population), _number(theirs.population)),
        ("description", profile.description, theirs.description),
        ("strengths", profile.strengths, theirs.strengths),
        ("needs", profile.needs, theirs.needs),
    ]
    differences = [(key, mine, their) for key, mine, their in pairs if their and their != mine]
    if theirs.geometry is not None and not _same_geometry(boundary, theirs.geometry):
        differences.append(("boundary", "", ""))
    return differences


def _plan_assets(local: _Local, incoming: Sequence[PackagedAsset]) -> list[_Step]:
    by_uid = {a.uid: a for a in local.assets}
    matched_uids = {p.uid for p in incoming if p.uid in by_uid}
    unclaimed = [a for a in local.assets if a.uid not in matched_uids]
    neighborhoods = _NeighborhoodFinder(local.neighborhoods)
    steps = []
    for theirs in incoming:
        ours = by_uid.get(theirs.uid)
        reason = None
        if ours is None and (ours := _twin(theirs, unclaimed)) is not None:
            unclaimed.remove(ours)
            reason = ConflictReason.MADE_IN_BOTH_PLACES
        if ours is None:
            differences, state = [], MergeState.NEW
        else:
            differences = _asset_differences(ours, theirs, neighborhoods)
            state = MergeState.CONFLICTING if reason else (MergeState.CHANGED if differences else MergeState.UNCHANGED)
        steps.append(_Step(_item(ItemKind.ASSET, _one_line(theirs.name), state, differences, reason, ours, theirs.uid), theirs))
    return steps


def _twin(theirs: PackagedAsset, candidates: Sequence[Asset]) -> Asset | None:
    """One of ours with the same name and category, within a few metres: the same place recorded twice."""
    name = _one_line(theirs.name).casefold()
    return next(
        (
            ours
            for ours in candidates
            if ours.name.casefold() == name
            and ours.category.value == theirs.category
            and _metres_apart(ours.longitude, ours.latitude, theirs.longitude, theirs.latitude) <= SAME_PLACE_METRES
        ),
        None,
    )


def _asset_differences(ours: Asset, theirs: PackagedAsset, neighborhoods: _NeighborhoodFinder) -> Differences:
    pairs = [
        ("name", ours.name, _one_line(theirs.name)),
        ("address", ours.address, theirs.address),
        ("notes", ours.notes, theirs.notes),
    ]
    differences = [(key, mine, their) for key, mine, their in pairs if their and their != mine]
    if theirs.category != ours.category.value:
        differences.append(("category", ours.category.label.he, theirs.category_he))
    if theirs.neighborhood_uid or theirs.neighborhood_name:
        target = neighborhoods.find(theirs.neighborhood_uid, theirs.neighborhood_name)
        if target is None or target.id != ours.neighborhood_id:
            differences.append(("neighborhood", neighborhoods.name_of(ours.neighborhood_id), theirs.neighborhood_name))
    moved = max(abs(ours.longitude - theirs.longitude), abs(ours.latitude - theirs.latitude)) > SAME_POSITION_DEGREES
    if moved:
        differences.append(("position", _position(ours.longitude, ours.latitude), _position(theirs.longitude, theirs.latitude)))
    return differences


def _plan_city_boundary(local: _Local, package: MapPackage) -> _Step:
    differences: Differences
    if local.city_boundary is None:
        state, differences = MergeState.NEW, []
    elif _same_geometry(local.city_boundary, package.city_boundary):
        state, differences = MergeState.UNCHANGED, []
    else:
        state, differences = MergeState.CHANGED, [("boundary", "", "")]
    item = _item(ItemKind.CITY_BOUNDARY, package.city_name, state, differences, None, None, "")
    return _Step(item, package.city_boundary)


def _item(
    kind: ItemKind,
    name: str,
    state: MergeState,
    differences: Differences,
    reason: ConflictReason | None,
    ours: Neighborhood | Asset | None,
    incoming_uid: str,
) -> MergeItem:
    return MergeItem(
        kind=kind,
        name=name,
        state=state,
        changed_fields=tuple(key for key, _, _ in differences),
        local_values=tuple(mine for _, mine, _ in differences),
        incoming_values=tuple(theirs for _, _, theirs in differences),
        reason=reason,
        local_id=ours.id if ours is not None else None,
        incoming_uid=incoming_uid,
    )


class _NeighborhoodFinder:
    """Our neighborhood an incoming record refers to: by uid, then by name."""

    def __init__(self, neighborhoods: Sequence[Neighborhood]) -> None:
        self._by_uid = {n.uid: n for n in neighborhoods}
        self._by_name = {n.name.casefold(): n for n in neighborhoods}
        self._by_id = {n.id: n for n in neighborhoods}

    def find(self, uid: str, name: str) -> Neighborhood | None:
        return self._by_uid.get(uid) or self._by_name.get(_one_line(name).casefold())

    def name_of(self, neighborhood_id: int | None) -> str:
        found = self._by_id.get(neighborhood_id) if neighborhood_id is not None else None
        return found.name if found else ""


# -- applying ----------------------------------------------------------------------------


def _counts_as(step: _Step, choice: ConflictChoice, tally: Counter[str]) -> bool:
    """Count the step in the summary; True when it changes something of ours."""
    state = step.item.state
    if state is MergeState.UNCHANGED:
        tally["unchanged"] += 1
        return False
    if state is MergeState.CONFLICTING:
        taking = choice is ConflictChoice.TAKE_THEIRS
        tally["conflicts_taken" if taking else "conflicts_kept"] += 1
        return taking
    tally["added" if state is MergeState.NEW else "updated"] += 1
    return True


def _apply_neighborhoods(session: Session, steps: Sequence[_Step], choice: ConflictChoice, tally: Counter[str]) -> None:
    repository = NeighborhoodRepository(session)
    boundaries = BoundaryRepository(session)
    uids = UidRepository(session)
    to_apply = [step for step in steps if _counts_as(step, choice, tally)]
    renames: list[tuple[int, str]] = []
    for step in [s for s in to_apply if s.item.state is not MergeState.NEW]:
        theirs = step.incoming
        assert isinstance(theirs, PackagedNeighborhood) and step.item.local_id is not None
        ours = repository.get(step.item.local_id)
        assert ours is not None
        repository.update_profile(ours.id, _merged_profile(ours.profile, theirs))
        if theirs.geometry is not None:
            boundaries.set_neighborhood(ours.id, theirs.geometry)
        if "name" in step.item.changed_fields and step.item.reason is not ConflictReason.NAME_TAKEN:
            renames.append((ours.id, clean_name(theirs.name)))
        if step.item.reason is ConflictReason.MADE_IN_BOTH_PLACES and theirs.uid:
            uids.set_neighborhood_uid(ours.id, theirs.uid)
    _rename_all(repository, renames)
    for step in [s for s in to_apply if s.item.state is MergeState.NEW]:
        theirs = step.incoming
        assert isinstance(theirs, PackagedNeighborhood)
        new_id = repository.add(clean_name(theirs.name), _merged_profile(NeighborhoodProfile(), theirs))
        if theirs.geometry is not None:
            boundaries.set_neighborhood(new_id, theirs.geometry)
        if theirs.uid:
            uids.set_neighborhood_uid(new_id, theirs.uid)


def _merged_profile(ours: NeighborhoodProfile, theirs: PackagedNeighborhood) -> NeighborhoodProfile:
    if theirs.population is not None and theirs.population < 0:
        raise InvalidPopulation()
    return dataclasses.replace(
        ours,
        population=theirs.population if theirs.population is not None else ours.population,
        description=theirs.description or ours.description,
        strengths=theirs.strengths or ours.strengths,
        needs=theirs.needs or ours.needs,
    )


def _rename_all(repository: NeighborhoodRepository, renames: Sequence[tuple[int, str]]) -> None:
    # Names are unique: two neighborhoods may swap names, so each first steps aside under a name no one uses.
    for neighborhood_id, _ in renames:
        repository.rename(neighborhood_id, f"\x00renaming {neighborhood_id}")
    for neighborhood_id, name in renames:
        repository.rename(neighborhood_id, name)


def _apply_assets(session: Session, steps: Sequence[_Step], choice: ConflictChoice, tally: Counter[str]) -> None:
    repository = AssetRepository(session)
    uids = UidRepository(session)
    neighborhoods = _NeighborhoodFinder(NeighborhoodRepository(session).list())
    for step in steps:
        if not _counts_as(step, choice, tally):
            continue
        theirs = step.incoming
        assert isinstance(theirs, PackagedAsset)
        target = neighborhoods.find(theirs.neighborhood_uid, theirs.neighborhood_name)
        if step.item.state is MergeState.NEW:
            repository.add(clean_asset(_new_asset(theirs, target.id if target else None)))
            continue
        assert step.item.local_id is not None
        ours = repository.get(step.item.local_id)
        assert ours is not None
        repository.update(clean_asset(_merged_asset(ours, theirs, target)))
        if step.item.reason is ConflictReason.MADE_IN_BOTH_PLACES and theirs.uid:
            uids.set_asset_uid(step.item.local_id, theirs.uid)


def _new_asset(theirs: PackagedAsset, neighborhood_id: int | None) -> Asset:
    return Asset(
        None,
        theirs.name,
        category_from_text(theirs.category),
        theirs.longitude,
        theirs.latitude,
        neighborhood_id,
        theirs.address,
        theirs.notes,
        theirs.uid,
    )


def _merged_asset(ours: Asset, theirs: PackagedAsset, target: Neighborhood | None) -> Asset:
    return dataclasses.replace(
        ours,
        name=theirs.name or ours.name,
        category=category_from_text(theirs.category),
        longitude=theirs.longitude,
        latitude=theirs.latitude,
        neighborhood_id=target.id if target else ours.neighborhood_id,
        address=theirs.address or ours.address,
        notes=theirs.notes or ours.notes,
    )


def _apply_city_boundary(session: Session, steps: Sequence[_Step], tally: Counter[str]) -> None:
    for step in steps:
        # Never a conflict, so the choice does not matter here.
        if _counts_as(step, ConflictChoice.KEEP_MINE, tally) and isinstance(step.incoming, dict):
            BoundaryRepository(session).set_city(step.incoming)


# -- small helpers -----------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _position(longitude: float, latitude: float) -> str:
    return f"{latitude:.6f}, {longitude:.6f}"


def _metres_apart(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance over a few hundred metres at most, where the Earth is flat enough."""
    mean_latitude = math.radians((lat1 + lat2) / 2)
    east = math.radians(lon2 - lon1) * math.cos(mean_latitude)
    north = math.radians(lat2 - lat1)
    return EARTH_RADIUS_METRES * math.hypot(east, north)


def _same_geometry(first: dict | None, second: dict | None) -> bool:
    if first is None or second is None:
        return first is second
    import shapely
    import shapely.geometry

    a, b = shapely.geometry.shape(first), shapely.geometry.shape(second)
    if a.equals_exact(b, SAME_GEOMETRY_DEGREES):
        return True
    return bool(shapely.normalize(a).equals_exact(shapely.normalize(b), SAME_GEOMETRY_DEGREES))
