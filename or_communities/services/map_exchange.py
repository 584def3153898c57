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
from ..domain.three_way import FieldMerge, FieldOutcome, Version, fingerprint, merge_fields
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
    ExchangedVersionRepository,
    UidRepository,
)
from ..storage.repositories import CityRepository, NeighborhoodRepository
from .map_versions import (
    asset_version,
    base_of,
    neighborhood_version,
    one_line,
    packaged_asset_version,
    packaged_neighborhood_version,
)

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
    CHANGED_IN_BOTH = "changed_in_both"
    """Changed here and there since the version both started from, differently."""
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
    """Field keys the merge would change, or that conflict: name, population, description, strengths, needs,
    boundary, category, neighborhood, address, notes, position."""
    local_values: tuple[str, ...] = ()
    incoming_values: tuple[str, ...] = ()
    base_values: tuple[str, ...] = ()
    """Our value, the package's and the one both started from, for each changed field in the same order (empty for
    a boundary; the base empty when no common version is known)."""
    conflicting_fields: tuple[str, ...] = ()
    """Of the changed fields, those changed on both sides since the common version: the user's choice decides."""
    kept_fields: tuple[str, ...] = ()
    """Fields changed here since the common version and not there: ours stay, whatever the package holds."""
    reason: ConflictReason | None = None
    local_id: int | None = None
    incoming_uid: str = ""

    @property
    def has_base(self) -> bool:
        return any(self.base_values) or bool(self.kept_fields)


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
            if item.state is MergeState.UNCHANGED and not item.kept_fields:
                continue
            reason = f" [{item.reason.value.replace('_', ' ')}]" if item.reason else ""
            lines.append(f"  {item.state.value} {item.kind.value.replace('_', ' ')}: {item.name}{reason}")
            lines += [f"    {line}" for line in _value_lines(item)]
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
        with workspace.transaction() as session:
            bases = ExchangedVersionRepository(session).latest()
        assets = [
            _packaged_asset(asset, neighborhoods.get(asset.neighborhood_id), bases.get(asset.uid))
            for asset in workspace.assets.list()
        ]
        return MapPackage(
            city_name=city.name,
            plan_year=city.plan_year,
            created=workspace.clock(),
            app_version=__version__,
            include_personal=include_personal,
            neighborhoods=[
                _packaged_neighborhood(s, boundaries.get(s.neighborhood.id), contacts, bases.get(s.neighborhood.uid))
                for s in standings
            ],
            assets=[a for a in assets if a.category != AssetCategory.PARTNER_SITE.value],
            partner_sites=[a for a in assets if a.category == AssetCategory.PARTNER_SITE.value],
            partners=[_packaged_partner(p, include_personal) for p in workspace.partners.list()],
            city_boundary=workspace.division.city_boundary(),
        )

    def export_geopackage(self, path: Path, include_personal: bool = False, crs: str = "EPSG:4326") -> MapPackage:
        """Write the workspace's map to ``path`` as a GeoPackage in ``crs``, replacing the file in one step."""
        package = self.package(include_personal)
        write_map_package(package, path, crs)
        with self._workspace.transaction() as session:
            _remember_versions(ExchangedVersionRepository(session), package.neighborhoods, [*package.assets, *package.partner_sites])
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
            package = preview.package
            _remember_versions(ExchangedVersionRepository(session), package.neighborhoods, [*package.assets, *package.partner_sites])
        return ImportSummary(**tally)


# -- packaging ---------------------------------------------------------------------------


def _packaged_neighborhood(
    standing: NeighborhoodStanding, boundary: dict | None, contacts: dict[int, Person], base: dict[str, str] | None
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
        base=base,
    )


def _packaged_asset(asset: Asset, neighborhood: Neighborhood | None, base: dict[str, str] | None) -> PackagedAsset:
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
        base=base,
    )


def _remember_versions(
    versions: ExchangedVersionRepository, neighborhoods: Sequence[PackagedNeighborhood], assets: Sequence[PackagedAsset]
) -> None:
    """The versions a package carried, sent or merged: the common base of the next exchange of each record."""
    for neighborhood in neighborhoods:
        version = packaged_neighborhood_version(neighborhood)
        versions.remember(neighborhood.uid, fingerprint(version), version)
    for asset in assets:
        version = packaged_asset_version(asset)
        versions.remember(asset.uid, fingerprint(version), version)


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
    known_versions: dict[str, set[str]]
    """The fingerprints of the versions exchanged before, by uid."""


def _read_local(session: Session) -> _Local:
    boundaries = BoundaryRepository(session)
    return _Local(
        city_name=CityRepository(session).get().name,
        neighborhoods=NeighborhoodRepository(session).list(),
        boundaries={nid: geometry for nid, _, geometry in boundaries.all()},
        assets=AssetRepository(session).list(),
        city_boundary=boundaries.city(),
        known_versions=ExchangedVersionRepository(session).fingerprints(),
    )


# -- planning (pure) ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Step:
    item: MergeItem
    incoming: PackagedNeighborhood | PackagedAsset | dict | None = None


@dataclass(frozen=True, slots=True)
class _Merge:
    """What merging one record would do, field by field."""

    fields: list[FieldMerge]
    shown: dict[str, tuple[str, str, str]]
    """For fields whose stored text is not what a person reads (a neighborhood's uid, a category's key, a shape):
    (ours, theirs, base) as shown."""

    def changing(self) -> list[FieldMerge]:
        return [f for f in self.fields if f.outcome in (FieldOutcome.TAKEN, FieldOutcome.CONFLICT)]

    def conflicting(self) -> tuple[str, ...]:
        return tuple(f.field for f in self.fields if f.outcome is FieldOutcome.CONFLICT)

    def kept(self) -> tuple[str, ...]:
        return tuple(f.field for f in self.fields if f.outcome is FieldOutcome.KEPT and f.base is not None and f.ours != f.base)


def _plan(local: _Local, package: MapPackage) -> list[_Step]:
    _refuse_duplicates(package)
    steps = _plan_neighborhoods(local, package.neighborhoods)
    steps += _plan_assets(local, [*package.assets, *package.partner_sites])
    if package.city_boundary is not None:
        steps.append(_plan_city_boundary(local, package))
    return steps


def _refuse_duplicates(package: MapPackage) -> None:
    names = [one_line(n.name).casefold() for n in package.neighborhoods]
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
        name = one_line(theirs.name)
        ours = by_uid.get(theirs.uid)
        reason = None
        if ours is not None:
            base = base_of(theirs.uid, packaged_neighborhood_version(theirs), theirs.base, local.known_versions)
            merge = _neighborhood_merge(ours, local.boundaries.get(ours.id), theirs, base)
            renamed = name.casefold() != ours.name.casefold() and "name" in {f.field for f in merge.changing()}
            if renamed and name.casefold() in held_names:
                reason = ConflictReason.NAME_TAKEN
            elif merge.conflicting():
                reason = ConflictReason.CHANGED_IN_BOTH
        elif (ours := held_names.get(name.casefold())) is not None:
            merge = _neighborhood_merge(ours, local.boundaries.get(ours.id), theirs, None)
            reason = ConflictReason.MADE_IN_BOTH_PLACES
        else:
            merge = _Merge([], {})
        steps.append(_Step(_item(ItemKind.NEIGHBORHOOD, name, merge, reason, ours, theirs.uid), theirs))
    return steps


def _neighborhood_merge(ours: Neighborhood, boundary: dict | None, theirs: PackagedNeighborhood, base: Version | None) -> _Merge:
    fields = merge_fields(neighborhood_version(ours, boundary), packaged_neighborhood_version(theirs), base)
    # A shape written in another coordinate system and back may differ in its last digits: the same shape.
    fields = [
        dataclasses.replace(f, outcome=FieldOutcome.SAME) if f.field == "boundary" and f.outcome is not FieldOutcome.SAME
        and _same_geometry(boundary, theirs.geometry) else f
        for f in fields
    ]
    return _Merge(fields, {"boundary": ("", "", "")})


def _plan_assets(local: _Local, incoming: Sequence[PackagedAsset]) -> list[_Step]:
    by_uid = {a.uid: a for a in local.assets}
    matched_uids = {p.uid for p in incoming if p.uid in by_uid}
    unclaimed = [a for a in local.assets if a.uid not in matched_uids]
    neighborhoods = _NeighborhoodFinder(local.neighborhoods)
    steps = []
    for theirs in incoming:
        ours = by_uid.get(theirs.uid)
        reason = None
        base = None
        if ours is not None:
            base = base_of(theirs.uid, packaged_asset_version(theirs), theirs.base, local.known_versions)
        elif (ours := _twin(theirs, unclaimed)) is not None:
            unclaimed.remove(ours)
            reason = ConflictReason.MADE_IN_BOTH_PLACES
        merge = _asset_merge(ours, theirs, base, neighborhoods) if ours is not None else _Merge([], {})
        if reason is None and merge.conflicting():
            reason = ConflictReason.CHANGED_IN_BOTH
        steps.append(_Step(_item(ItemKind.ASSET, one_line(theirs.name), merge, reason, ours, theirs.uid), theirs))
    return steps


def _twin(theirs: PackagedAsset, candidates: Sequence[Asset]) -> Asset | None:
    """One of ours with the same name and category, within a few metres: the same place recorded twice."""
    name = one_line(theirs.name).casefold()
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


def _asset_merge(ours: Asset, theirs: PackagedAsset, base: Version | None, neighborhoods: _NeighborhoodFinder) -> _Merge:
    theirs_version = packaged_asset_version(theirs)
    if not theirs.neighborhood_uid and theirs.neighborhood_name:  # a package that names the neighborhood only
        target = neighborhoods.find("", theirs.neighborhood_name)
        theirs_version["neighborhood"] = target.uid if target else ""
    fields = merge_fields(asset_version(ours, neighborhoods.uid_of(ours.neighborhood_id)), theirs_version, base)

    def shown_neighborhood(uid: str | None) -> str:
        found = neighborhoods.find(uid or "", "")
        return found.name if found else ""

    def shown_category(key: str | None) -> str:
        return category_from_text(key).label.he if key else ""

    by_field = {f.field: f for f in fields}
    shown = {
        "neighborhood": tuple(shown_neighborhood(v) for v in _values(by_field["neighborhood"])),
        "category": tuple(shown_category(v) for v in _values(by_field["category"])),
    }
    return _Merge(fields, shown)  # type: ignore[arg-type]


def _values(merged: FieldMerge) -> tuple[str, str, str | None]:
    return merged.ours, merged.theirs, merged.base


def _plan_city_boundary(local: _Local, package: MapPackage) -> _Step:
    changed: tuple[str, ...]
    if local.city_boundary is None:
        state, changed = MergeState.NEW, ()
    elif _same_geometry(local.city_boundary, package.city_boundary):
        state, changed = MergeState.UNCHANGED, ()
    else:
        state, changed = MergeState.CHANGED, ("boundary",)
    item = MergeItem(ItemKind.CITY_BOUNDARY, package.city_name, state, changed, ("",) * len(changed), ("",) * len(changed))
    return _Step(item, package.city_boundary)


def _item(
    kind: ItemKind, name: str, merge: _Merge, reason: ConflictReason | None, ours: Neighborhood | Asset | None, uid: str
) -> MergeItem:
    changing = merge.changing()
    if ours is None:
        state = MergeState.NEW
    elif reason is not None:
        state = MergeState.CONFLICTING
    else:
        state = MergeState.CHANGED if changing else MergeState.UNCHANGED
    shown = [merge.shown.get(f.field, (f.ours, f.theirs, f.base or "")) for f in changing]
    return MergeItem(
        kind=kind,
        name=name,
        state=state,
        changed_fields=tuple(f.field for f in changing),
        local_values=tuple(ours_shown for ours_shown, _, _ in shown),
        incoming_values=tuple(theirs_shown for _, theirs_shown, _ in shown),
        base_values=tuple(base_shown or "" for _, _, base_shown in shown),
        conflicting_fields=merge.conflicting(),
        kept_fields=merge.kept(),
        reason=reason,
        local_id=ours.id if ours is not None else None,
        incoming_uid=uid,
    )


class _NeighborhoodFinder:
    """Our neighborhood an incoming record refers to: by uid, then by name."""

    def __init__(self, neighborhoods: Sequence[Neighborhood]) -> None:
        self._by_uid = {n.uid: n for n in neighborhoods}
        self._by_name = {n.name.casefold(): n for n in neighborhoods}
        self._by_id = {n.id: n for n in neighborhoods}

    def find(self, uid: str, name: str) -> Neighborhood | None:
        return self._by_uid.get(uid) or self._by_name.get(one_line(name).casefold())

    def uid_of(self, neighborhood_id: int | None) -> str:
        found = self._by_id.get(neighborhood_id) if neighborhood_id is not None else None
        return found.uid if found else ""

    def name_of(self, neighborhood_id: int | None) -> str:
        found = self._by_id.get(neighborhood_id) if neighborhood_id is not None else None
        return found.name if found else ""


# -- applying ----------------------------------------------------------------------------


def _fields_to_take(step: _Step, choice: ConflictChoice, tally: Counter[str]) -> frozenset[str]:
    """The fields merging takes from the package for one record (every field of a new one), counted in the
    summary. A conflict kept as mine still takes the fields only they changed."""
    item = step.item
    changed = frozenset(item.changed_fields)
    if item.state is MergeState.NEW:
        tally["added"] += 1
        return ALL_FIELDS
    if item.state is MergeState.UNCHANGED:
        tally["unchanged"] += 1
        return frozenset()
    if item.state is MergeState.CHANGED:
        tally["updated"] += 1
        return changed
    taking = choice is ConflictChoice.TAKE_THEIRS
    tally["conflicts_taken" if taking else "conflicts_kept"] += 1
    if item.reason is ConflictReason.CHANGED_IN_BOTH:
        return changed if taking else changed - frozenset(item.conflicting_fields)
    if item.reason is ConflictReason.NAME_TAKEN:
        return changed - {"name"} if taking else frozenset()
    return changed if taking else frozenset()


ALL_FIELDS = frozenset({"*"})


def _apply_neighborhoods(session: Session, steps: Sequence[_Step], choice: ConflictChoice, tally: Counter[str]) -> None:
    repository = NeighborhoodRepository(session)
    boundaries = BoundaryRepository(session)
    uids = UidRepository(session)
    taken = [(step, _fields_to_take(step, choice, tally)) for step in steps]
    renames: list[tuple[int, str]] = []
    for step, take in taken:
        if not take or take is ALL_FIELDS:
            continue
        theirs = step.incoming
        assert isinstance(theirs, PackagedNeighborhood) and step.item.local_id is not None
        ours = repository.get(step.item.local_id)
        assert ours is not None
        repository.update_profile(ours.id, _merged_profile(ours.profile, theirs, take))
        if "boundary" in take and theirs.geometry is not None:
            boundaries.set_neighborhood(ours.id, theirs.geometry)
        if "name" in take:
            renames.append((ours.id, clean_name(theirs.name)))
        if step.item.reason is ConflictReason.MADE_IN_BOTH_PLACES and theirs.uid:
            uids.set_neighborhood_uid(ours.id, theirs.uid)
    _rename_all(repository, renames)
    for step, take in taken:
        if take is not ALL_FIELDS:
            continue
        theirs = step.incoming
        assert isinstance(theirs, PackagedNeighborhood)
        new_id = repository.add(clean_name(theirs.name), _merged_profile(NeighborhoodProfile(), theirs, ALL_FIELDS))
        if theirs.geometry is not None:
            boundaries.set_neighborhood(new_id, theirs.geometry)
        if theirs.uid:
            uids.set_neighborhood_uid(new_id, theirs.uid)


def _merged_profile(ours: NeighborhoodProfile, theirs: PackagedNeighborhood, take: frozenset[str]) -> NeighborhoodProfile:
    if theirs.population is not None and theirs.population < 0:
        raise InvalidPopulation()

    def wanted(field: str, their_value: object) -> bool:
        return (take is ALL_FIELDS or field in take) and their_value not in (None, "")

    return dataclasses.replace(
        ours,
        population=theirs.population if wanted("population", theirs.population) else ours.population,
        description=theirs.description if wanted("description", theirs.description) else ours.description,
        strengths=theirs.strengths if wanted("strengths", theirs.strengths) else ours.strengths,
        needs=theirs.needs if wanted("needs", theirs.needs) else ours.needs,
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
        take = _fields_to_take(step, choice, tally)
        if not take:
            continue
        theirs = step.incoming
        assert isinstance(theirs, PackagedAsset)
        target = neighborhoods.find(theirs.neighborhood_uid, theirs.neighborhood_name)
        if take is ALL_FIELDS:
            repository.add(clean_asset(_new_asset(theirs, target.id if target else None)))
            continue
        assert step.item.local_id is not None
        ours = repository.get(step.item.local_id)
        assert ours is not None
        repository.update(clean_asset(_merged_asset(ours, theirs, target, take)))
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


def _merged_asset(ours: Asset, theirs: PackagedAsset, target: Neighborhood | None, take: frozenset[str]) -> Asset:
    moved = "position" in take
    return dataclasses.replace(
        ours,
        name=theirs.name if "name" in take and theirs.name else ours.name,
        category=category_from_text(theirs.category) if "category" in take else ours.category,
        longitude=theirs.longitude if moved else ours.longitude,
        latitude=theirs.latitude if moved else ours.latitude,
        neighborhood_id=target.id if "neighborhood" in take and target else ours.neighborhood_id,
        address=theirs.address if "address" in take and theirs.address else ours.address,
        notes=theirs.notes if "notes" in take and theirs.notes else ours.notes,
    )


def _apply_city_boundary(session: Session, steps: Sequence[_Step], tally: Counter[str]) -> None:
    for step in steps:
        # Never a conflict, so the choice does not matter here.
        if _fields_to_take(step, ConflictChoice.KEEP_MINE, tally) and isinstance(step.incoming, dict):
            BoundaryRepository(session).set_city(step.incoming)


# -- small helpers -----------------------------------------------------------------------


def _value_lines(item: MergeItem) -> list[str]:
    """Each changed field with its values, for the command line: ours, theirs, and the common base when known."""
    lines = []
    for field, ours, theirs, base in zip(item.changed_fields, item.local_values, item.incoming_values,
                                         item.base_values or ("",) * len(item.changed_fields), strict=True):
        mark = " (changed on both sides)" if field in item.conflicting_fields else ""
        values = f": mine {ours!r}, theirs {theirs!r}" + (f", both started from {base!r}" if base else "") if ours or theirs else ""
        lines.append(f"{field}{mark}{values}")
    if item.kept_fields:
        lines.append(f"kept as mine (changed here since it was shared): {', '.join(item.kept_fields)}")
    return lines


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
