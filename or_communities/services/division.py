"""The city's division into neighborhoods: boundaries in, checked, drawn and grouped."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import catalog
from ..domain.backups import BackupReason
from ..domain.errors import NotAreas, NothingToImport, RecordNotFound
from ..domain.mapping import DivisionReport, unchecked_parts
from ..domain.validation import clean_name
from ..storage.mapping_repositories import BoundaryRepository, StatisticalAreaRepository
from ..storage.repositories import NeighborhoodRepository

if TYPE_CHECKING:
    from ..maps.city_map import NeighborhoodOnMap
    from .journey import NeighborhoodStanding
    from .workspace import Workspace

Shape = tuple[str, dict]
"""A name and its GeoJSON geometry in WGS 84, as read from a file."""

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BoundaryImportPlan:
    """What importing a file's shapes will do, shown to the user before anything changes."""

    new_names: tuple[str, ...]
    updated_names: tuple[str, ...]
    removed_names: tuple[str, ...]
    unnamed_count: int
    merged_names: tuple[str, ...]
    """Names that several shapes in the file share; their shapes become one neighborhood."""
    not_areas_count: int = 0
    """Features that are points or lines, not areas: left out."""
    renamed: tuple[tuple[str, str], ...] = ()
    """(ours, the file's) for each neighborhood a replacing file names anew over the same place: renamed, so
    everything the neighborhood holds (its tasks, people, plans) stays with it rather than being removed."""

    @property
    def changes_anything(self) -> bool:
        return bool(self.new_names or self.updated_names or self.removed_names or self.renamed)


@dataclass(frozen=True, slots=True)
class StatisticalArea:
    id: int
    code: str
    name: str
    population: int | None
    neighborhood_id: int | None
    geometry: dict


AREA_TYPES = frozenset({"Polygon", "MultiPolygon"})


def _areas_only(shapes: Sequence[Shape]) -> tuple[list[Shape], int]:
    """The shapes that are areas, and how many others (points, lines) there were. A file with no area at all is
    refused: its features are places, to import as assets."""
    areas = [(name, geometry) for name, geometry in shapes if geometry is None or geometry.get("type") in AREA_TYPES]
    others = len(shapes) - len(areas)
    if others and not any(geometry is not None for _name, geometry in areas):
        raise NotAreas(others)
    return areas, others


def _renames(grouped: dict[str, list[dict]], boundaries: Sequence[tuple[int, str, dict | None]]) -> tuple[tuple[str, str], ...]:
    """(ours, the file's) for each name in the file that is new here and whose shape covers the same place as one of
    ours the file does not name: a neighborhood renamed, not a new one beside an old one."""
    from ..maps.geometry_ops import same_place, unite

    named = {name.casefold() for name in grouped}
    unnamed_here = [(name, geometry) for _id, name, geometry in boundaries if geometry and name.casefold() not in named]
    ours = {name.casefold() for _id, name, _geometry in boundaries}
    renames: list[tuple[str, str]] = []
    for name, parts in grouped.items():
        if name.casefold() in ours or not unnamed_here:
            continue
        shape = parts[0] if len(parts) == 1 else unite(parts)
        match = next((old for old, geometry in unnamed_here if same_place(geometry, shape)), None)
        if match is not None:
            renames.append((match, name))
            unnamed_here = [(old, geometry) for old, geometry in unnamed_here if old != match]
    return tuple(renames)


def _group_by_name(shapes: Sequence[Shape]) -> tuple[dict[str, list[dict]], int]:
    grouped: dict[str, list[dict]] = {}
    unnamed = 0
    for name, geometry in shapes:
        cleaned = " ".join(str(name or "").split())
        if not cleaned or geometry is None:
            unnamed += 1
            continue
        grouped.setdefault(cleaned, []).append(geometry)
    return grouped, unnamed


class DivisionService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- boundaries ------------------------------------------------------------------

    def boundaries(self) -> list[tuple[int, str, dict | None]]:
        """(id, name, boundary or None) of every neighborhood, by name."""
        with self._workspace.transaction() as session:
            return BoundaryRepository(session).all()

    def boundary(self, neighborhood_id: int) -> dict | None:
        with self._workspace.transaction() as session:
            return BoundaryRepository(session).of_neighborhood(neighborhood_id)

    def set_boundary(self, neighborhood_id: int, geometry: dict | None) -> None:
        with self._workspace.transaction() as session:
            if not BoundaryRepository(session).set_neighborhood(neighborhood_id, geometry):
                raise RecordNotFound()

    def city_boundary(self) -> dict | None:
        with self._workspace.transaction() as session:
            return BoundaryRepository(session).city()

    def set_city_boundary(self, geometry: dict | None) -> None:
        with self._workspace.transaction() as session:
            BoundaryRepository(session).set_city(geometry)

    def import_city_boundary(self, shapes: Sequence[dict]) -> dict:
        """The municipal boundary from a file's shapes (several parts become one)."""
        if not shapes:
            raise NothingToImport()
        from ..maps.geometry_ops import unite

        boundary = unite(shapes)
        self.set_city_boundary(boundary)
        return boundary

    # -- checking --------------------------------------------------------------------

    def validate(self) -> DivisionReport:
        """Every problem in the division (overlaps, gaps, names, invalid shapes, parts outside the city), and the
        checks that could not run on what the workspace holds."""
        from ..maps.division_checks import check_division

        with self._workspace.transaction() as session:
            repository = BoundaryRepository(session)
            neighborhoods, city = repository.all(), repository.city()
        return DivisionReport(
            tuple(check_division(neighborhoods, city)),
            unchecked_parts(neighborhoods, city),
            tuple(name for _id, name, geometry in neighborhoods if geometry is None),
        )

    def repair(self, neighborhood_id: int) -> None:
        """Make a neighborhood's invalid boundary valid, keeping its area."""
        from ..maps.division_checks import repair_geometry

        geometry = self.boundary(neighborhood_id)
        if geometry is None:
            raise RecordNotFound()
        self.set_boundary(neighborhood_id, repair_geometry(geometry))

    # -- importing -------------------------------------------------------------------

    def plan_import(self, shapes: Sequence[Shape], replace: bool) -> BoundaryImportPlan:
        shapes, not_areas = _areas_only(shapes)
        grouped, unnamed = _group_by_name(shapes)
        boundaries = self.boundaries()
        existing = {name.casefold(): name for _, name, _ in boundaries}
        incoming = {name.casefold() for name in grouped}
        # Only a file that replaces the division says what it leaves out; merging a few shapes adds them beside ours.
        renamed = _renames(grouped, boundaries) if replace else ()
        renamed_old = {old.casefold() for old, _new in renamed}
        renamed_new = {new for _old, new in renamed}
        return BoundaryImportPlan(
            new_names=tuple(name for name in grouped if name.casefold() not in existing and name not in renamed_new),
            updated_names=tuple(name for name in grouped if name.casefold() in existing),
            removed_names=tuple(
                sorted(name for key, name in existing.items() if replace and key not in incoming and key not in renamed_old)
            ),
            unnamed_count=unnamed,
            merged_names=tuple(name for name, parts in grouped.items() if len(parts) > 1),
            not_areas_count=not_areas,
            renamed=renamed,
        )

    def import_boundaries(
        self,
        shapes: Sequence[Shape],
        replace: bool,
        progress: Progress | None = None,
    ) -> BoundaryImportPlan:
        """Add or update neighborhoods from a file's shapes in one transaction; with ``replace``,
        neighborhoods the file does not name are removed. Nothing changes if anything fails."""
        plan = self.plan_import(shapes, replace)
        grouped, _ = _group_by_name(_areas_only(shapes)[0])
        if not grouped:
            raise NothingToImport()
        self._workspace.back_up(BackupReason.BEFORE_IMPORT)  # "undo the import" restores it
        from ..maps.geometry_ops import unite

        with self._workspace.transaction() as session:
            neighborhoods = NeighborhoodRepository(session)
            boundaries = BoundaryRepository(session)
            existing = {name.casefold(): nid for nid, name in neighborhoods.names()}
            for old, new in plan.renamed:  # the same place under a new name: the neighborhood keeps all it holds
                renamed_id = existing.pop(old.casefold())
                neighborhoods.rename(renamed_id, clean_name(new))
                existing[new.casefold()] = renamed_id
            updated: dict[int, dict] = {}
            added: list[tuple[str, dict]] = []
            for done, (name, parts) in enumerate(grouped.items(), start=1):
                geometry = parts[0] if len(parts) == 1 else unite(parts)
                neighborhood_id = existing.get(name.casefold())
                if neighborhood_id is None:
                    added.append((clean_name(name), geometry))
                else:
                    updated[neighborhood_id] = geometry
                if progress is not None:
                    progress(done, len(grouped))
            boundaries.set_many(updated)
            boundaries.add_neighborhoods(added)
            if replace:
                incoming = {name.casefold() for name in grouped}
                for key, neighborhood_id in existing.items():
                    if key not in incoming:
                        neighborhoods.remove(neighborhood_id)
        return plan

    # -- statistical areas -----------------------------------------------------------

    def statistical_areas(self) -> list[StatisticalArea]:
        with self._workspace.transaction() as session:
            return [StatisticalArea(*row) for row in StatisticalAreaRepository(session).all()]

    def import_statistical_areas(self, areas: Sequence[tuple[str, str, int | None, dict]]) -> int:
        """Hold these (code, name, population, geometry) census areas, in place of earlier ones."""
        if not areas:
            raise NothingToImport()
        with self._workspace.transaction() as session:
            return StatisticalAreaRepository(session).replace_all(areas)

    def group_statistical_areas(self, area_ids: Sequence[int], neighborhood_name: str) -> int:
        """Make (or remake) a neighborhood of these areas: its boundary their union, its population their sum."""
        name = clean_name(neighborhood_name)
        chosen = [area for area in self.statistical_areas() if area.id in set(area_ids)]
        if not chosen:
            raise NothingToImport()
        from ..maps.geometry_ops import unite

        boundary = unite([area.geometry for area in chosen])
        populations = [area.population for area in chosen if area.population is not None]
        with self._workspace.transaction() as session:
            neighborhoods = NeighborhoodRepository(session)
            found = neighborhoods.find_by_name(name)
            neighborhood_id = found.id if found else neighborhoods.add(name, None, None)
            current = neighborhoods.get(neighborhood_id)
            assert current is not None
            neighborhoods.update_profile(
                neighborhood_id, dataclasses.replace(current.profile, population=sum(populations) if populations else None)
            )
            BoundaryRepository(session).set_neighborhood(neighborhood_id, boundary)
            StatisticalAreaRepository(session).assign([area.id for area in chosen], neighborhood_id)
        return neighborhood_id

    def group_statistical_areas_by(self, group_of_code: dict[str, str]) -> list[int]:
        """Group areas into neighborhoods by a name given for each area's code (from a field of the file)."""
        by_group: dict[str, list[int]] = {}
        for area in self.statistical_areas():
            group = " ".join(group_of_code.get(area.code, "").split())
            if group:
                by_group.setdefault(group, []).append(area.id)
        if not by_group:
            raise NothingToImport()
        return [self.group_statistical_areas(ids, name) for name, ids in sorted(by_group.items())]


def stage_two_share_closed(standing: NeighborhoodStanding) -> float:
    """The share of a neighborhood's stage-2 tasks that are done or not relevant."""
    tasks = catalog.neighborhood_tasks()
    closed = sum(1 for task in tasks if standing.status(task.key).is_closed)
    return closed / len(tasks) if tasks else 0.0


def neighborhoods_on_map(workspace: Workspace) -> list[NeighborhoodOnMap]:
    """Every neighborhood with its boundary, stage and progress, ready to be drawn."""
    from ..maps.city_map import NeighborhoodOnMap

    overview = workspace.journey.overview()
    boundaries = {nid: geometry for nid, _, geometry in workspace.division.boundaries()}
    return [
        NeighborhoodOnMap(
            standing.neighborhood.id,
            standing.neighborhood.name,
            boundaries.get(standing.neighborhood.id),
            standing.stage,
            stage_two_share_closed(standing),
            standing.neighborhood.profile.population,
            standing.neighborhood.coordinator_name,
        )
        for standing in overview.neighborhoods
    ]
