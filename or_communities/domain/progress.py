"""Pure rules about where the city and each neighborhood stand in the process."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from . import catalog
from .catalog import Task
from .records import TaskStatus
from .text import Text


class NeighborhoodStage(Enum):
    NOT_STARTED = 0
    STAGE_2 = 2
    STAGE_3 = 3

    @property
    def label(self) -> Text:
        """The stage's name where no translator runs (files for others): the interface's wording."""
        return NEIGHBORHOOD_STAGE_LABELS[self]


NEIGHBORHOOD_STAGE_LABELS: dict[NeighborhoodStage, Text] = {
    NeighborhoodStage.NOT_STARTED: Text("טרם החלה", "Not started"),
    NeighborhoodStage.STAGE_2: Text("שלב 2", "Stage 2"),
    NeighborhoodStage.STAGE_3: Text("שלב 3", "Stage 3"),
}


StatusByTask = Mapping[str, TaskStatus]
"""Task key to status for one scope; a missing key means not started."""


def missing_for_stage_three(statuses: StatusByTask) -> list[Task]:
    """Stage-2 tasks still open: a neighborhood is in stage 3 once none are."""
    return [
        task
        for task in catalog.stage_two_tasks()
        if not statuses.get(task.key, TaskStatus.NOT_STARTED).is_closed
    ]


def neighborhood_stage(statuses: StatusByTask) -> NeighborhoodStage:
    stage_two = [statuses.get(task.key, TaskStatus.NOT_STARTED) for task in catalog.stage_two_tasks()]
    if all(status.is_closed for status in stage_two):
        return NeighborhoodStage.STAGE_3
    if all(status is TaskStatus.NOT_STARTED for status in stage_two):
        return NeighborhoodStage.NOT_STARTED
    return NeighborhoodStage.STAGE_2


@dataclass(frozen=True, slots=True)
class StageProgress:
    stage_number: int
    done: int
    open: int
    """Counts over every (task, place) pair the stage applies to; not-relevant pairs are left out."""

    @property
    def total(self) -> int:
        return self.done + self.open

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


def stage_progress(
    city: StatusByTask,
    neighborhoods: Iterable[StatusByTask],
) -> list[StageProgress]:
    """Progress of each stage over the city-level and per-neighborhood tasks it holds."""
    neighborhood_states = list(neighborhoods)
    result = []
    for stage in catalog.STAGES:
        done = open_ = 0
        for task in stage.tasks:
            scopes: list[StatusByTask] = []
            if task.scope.applies_to_city():
                scopes.append(city)
            if task.scope.applies_to_neighborhood():
                scopes.extend(neighborhood_states)
            for statuses in scopes:
                status = statuses.get(task.key, TaskStatus.NOT_STARTED)
                if status is TaskStatus.DONE:
                    done += 1
                elif status is not TaskStatus.NOT_RELEVANT:
                    open_ += 1
        result.append(StageProgress(stage.number, done, open_))
    return result
