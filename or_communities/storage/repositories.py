"""Reading and writing records through a session; rows never leave this module."""

from __future__ import annotations

import builtins

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ..domain.records import (
    City,
    Neighborhood,
    NeighborhoodProfile,
    TaskState,
    TaskStatus,
)
from .base import check_seen_version
from .tables import CityRow, CityTextRow, NeighborhoodRow, TaskStateRow


class CityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> City:
        row = self._session.scalars(select(CityRow).order_by(CityRow.id)).one()
        return City(row.id, row.name, row.plan_year)

    def update(self, name: str, plan_year: int) -> None:
        row = self._session.scalars(select(CityRow).order_by(CityRow.id)).one()
        row.name, row.plan_year = name, plan_year

def _neighborhood(row: NeighborhoodRow) -> Neighborhood:
    profile = NeighborhoodProfile(
        population=row.population,
        description=row.description,
        strengths=row.strengths,
        needs=row.needs,
        notes=row.notes,
        coordinator_id=row.coordinator_id,
    )
    coordinator_name = row.coordinator.full_name if row.coordinator else None
    return Neighborhood(row.id, row.name, profile, coordinator_name, row.has_boundary, row.uid, row.version)

class NeighborhoodRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[Neighborhood]:
        rows = self._session.scalars(
            select(NeighborhoodRow).options(joinedload(NeighborhoodRow.coordinator)).order_by(NeighborhoodRow.name)
        )
        return [_neighborhood(row) for row in rows.unique()]

    def names(self) -> builtins.list[tuple[int, str]]:
        """(id, name) of every neighborhood, without loading the rest."""
        return [(nid, name) for nid, name in self._session.execute(select(NeighborhoodRow.id, NeighborhoodRow.name))]

    def get(self, neighborhood_id: int) -> Neighborhood | None:
        row = self._session.get(NeighborhoodRow, neighborhood_id)
        return _neighborhood(row) if row else None

    def find_by_name(self, name: str) -> Neighborhood | None:
        row = self._session.scalars(
            select(NeighborhoodRow).where(func.lower(NeighborhoodRow.name) == name.lower())
        ).first()
        return _neighborhood(row) if row else None

    def add(self, name: str, profile: NeighborhoodProfile | None = None, boundary_geojson: str | None = None) -> int:
        row = NeighborhoodRow(name=name, boundary_geojson=boundary_geojson)
        _apply_profile(row, profile or NeighborhoodProfile())
        self._session.add(row)
        self._session.flush()
        return row.id

    def rename(self, neighborhood_id: int, name: str, seen_version: int = 0) -> int | None:
        row = self._session.get(NeighborhoodRow, neighborhood_id)
        if row is None:
            return None
        check_seen_version(row, seen_version, name, lambda: self.get(neighborhood_id))
        row.name = name
        self._session.flush()  # the new version, for the record read back
        return row.version

    def update_profile(self, neighborhood_id: int, profile: NeighborhoodProfile, seen_version: int = 0) -> int | None:
        row = self._session.get(NeighborhoodRow, neighborhood_id)
        if row is None:
            return None
        check_seen_version(row, seen_version, profile, lambda: self.get(neighborhood_id))
        _apply_profile(row, profile)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, neighborhood_id: int) -> bool:
        row = self._session.get(NeighborhoodRow, neighborhood_id)
        if row is None:
            return False
        self._session.delete(row)
        return True

def _apply_profile(row: NeighborhoodRow, profile: NeighborhoodProfile) -> None:
    row.population = profile.population
    row.description = profile.description
    row.strengths = profile.strengths
    row.needs = profile.needs
    row.notes = profile.notes
    row.coordinator_id = profile.coordinator_id

def _task_state(row: TaskStateRow) -> TaskState:
    return TaskState(
        row.task_key,
        row.neighborhood_id,
        TaskStatus(row.status),
        row.owner,
        row.due_date,
        row.done_date,
        row.notes, row.version,
    )

class TaskStateRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[TaskState]:
        return [_task_state(row) for row in self._session.scalars(select(TaskStateRow))]

    def for_scope(self, neighborhood_id: int | None) -> list[TaskState]:
        condition = (
            TaskStateRow.neighborhood_id.is_(None)
            if neighborhood_id is None
            else TaskStateRow.neighborhood_id == neighborhood_id
        )
        return [_task_state(row) for row in self._session.scalars(select(TaskStateRow).where(condition))]

    def save(self, state: TaskState) -> int:
        """Store the state (refused with EditConflict when it was read before someone else saved it); its version."""
        condition = (
            TaskStateRow.neighborhood_id.is_(None)
            if state.neighborhood_id is None
            else TaskStateRow.neighborhood_id == state.neighborhood_id
        )
        row = self._session.scalars(
            select(TaskStateRow).where(TaskStateRow.task_key == state.task_key, condition)
        ).first()
        if row is not None:
            found = row
            check_seen_version(found, state.version, state, lambda: _task_state(found))
        else:
            row = TaskStateRow(task_key=state.task_key, neighborhood_id=state.neighborhood_id)
            self._session.add(row)
        row.status = state.status.value
        row.owner = state.owner
        row.due_date = state.due_date
        row.done_date = state.done_date
        row.notes = state.notes
        self._session.flush()  # the new version, for the state read back
        return row.version


class CityTextRepository:
    """The city's own texts by (key, language)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, language: str) -> str | None:
        row = self._session.get(CityTextRow, (key, language))
        return None if row is None else row.body

    def save(self, key: str, language: str, body: str) -> None:
        row = self._session.get(CityTextRow, (key, language))
        if row is None:
            self._session.add(CityTextRow(key=key, language=language, body=body))
        else:
            row.body = body
        self._session.flush()

    def remove(self, key: str, language: str) -> None:
        row = self._session.get(CityTextRow, (key, language))
        if row is not None:
            self._session.delete(row)
            self._session.flush()
