"""The four-stage journey: task states for the city and each neighborhood, and where each stands."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import catalog
from ..domain.catalog import Task
from ..domain.progress import (
    NeighborhoodStage,
    StageProgress,
    missing_for_stage_three,
    neighborhood_stage,
    stage_progress,
)
from ..domain.records import Neighborhood, TaskState, TaskStatus
from ..storage.repositories import NeighborhoodRepository, TaskStateRepository

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class NeighborhoodStanding:
    neighborhood: Neighborhood
    states: dict[str, TaskState]
    stage: NeighborhoodStage
    missing_for_stage_three: list[Task]

    def status(self, task_key: str) -> TaskStatus:
        state = self.states.get(task_key)
        return state.status if state else TaskStatus.NOT_STARTED


@dataclass(frozen=True, slots=True)
class JourneyOverview:
    stages: list[StageProgress]
    neighborhoods: list[NeighborhoodStanding]

    def standing(self, neighborhood_id: int) -> NeighborhoodStanding | None:
        return next((s for s in self.neighborhoods if s.neighborhood.id == neighborhood_id), None)


def _statuses(states: dict[str, TaskState]) -> dict[str, TaskStatus]:
    return {key: state.status for key, state in states.items()}


class JourneyService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def tasks(self, neighborhood_id: int | None) -> list[tuple[Task, TaskState]]:
        """Every task that applies to the city (None) or to one neighborhood, with its state."""
        with self._workspace.transaction() as session:
            saved = {state.task_key: state for state in TaskStateRepository(session).for_scope(neighborhood_id)}
        tasks = catalog.city_tasks() if neighborhood_id is None else catalog.neighborhood_tasks()
        return [(task, saved.get(task.key) or TaskState(task.key, neighborhood_id)) for task in tasks]

    def save(self, state: TaskState) -> TaskState:
        """Store a task's state. Marking it done records today as the date done, unless one was given."""
        if state.status is TaskStatus.DONE and state.done_date is None:
            state = dataclasses.replace(state, done_date=self._workspace.clock())
        with self._workspace.transaction() as session:
            version = TaskStateRepository(session).save(state)
        return dataclasses.replace(state, version=version)

    def mark_done_with_evidence(self, neighborhood_id: int | None, task_key: str, evidence: str) -> TaskState:
        """Mark a task done because a tool recorded what it asks for (the user confirmed), the evidence written
        into the task's notes once."""
        state = next(state for task, state in self.tasks(neighborhood_id) if task.key == task_key)
        notes = state.notes if evidence in state.notes else f"{state.notes}\n{evidence}".strip()
        return self.save(dataclasses.replace(state, status=TaskStatus.DONE, notes=notes))

    def is_open(self, neighborhood_id: int | None, task_key: str) -> bool:
        """Whether a task is still to do (neither done nor marked not relevant)."""
        status = {task.key: state.status for task, state in self.tasks(neighborhood_id)}
        return status.get(task_key) not in (TaskStatus.DONE, TaskStatus.NOT_RELEVANT)

    def overview(self) -> JourneyOverview:
        with self._workspace.transaction() as session:
            neighborhoods = NeighborhoodRepository(session).list()
            all_states = TaskStateRepository(session).all()
        city: dict[str, TaskState] = {}
        by_neighborhood: dict[int, dict[str, TaskState]] = {n.id: {} for n in neighborhoods}
        for state in all_states:
            if state.neighborhood_id is None:
                city[state.task_key] = state
            elif state.neighborhood_id in by_neighborhood:
                by_neighborhood[state.neighborhood_id][state.task_key] = state
        standings = [
            NeighborhoodStanding(
                neighborhood,
                by_neighborhood[neighborhood.id],
                neighborhood_stage(_statuses(by_neighborhood[neighborhood.id])),
                missing_for_stage_three(_statuses(by_neighborhood[neighborhood.id])),
            )
            for neighborhood in neighborhoods
        ]
        stages = stage_progress(_statuses(city), [_statuses(s.states) for s in standings])
        return JourneyOverview(stages, standings)
