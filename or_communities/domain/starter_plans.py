"""The guide's plan to start from: a work plan still empty is laid out as the guide's stages (its goals) and their
tasks that belong to the plan's scope (its activities), each activity tied to its task so the journey counts it."""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import STAGES, Scope, Task
from .planning import PlanKind
from .text import Text

PLAN_SCOPES: dict[PlanKind, frozenset[Scope]] = {
    PlanKind.CITY: frozenset({Scope.CITY, Scope.BOTH}),
    PlanKind.ANNUAL_CITY: frozenset({Scope.CITY, Scope.BOTH}),
    PlanKind.NEIGHBORHOOD: frozenset({Scope.NEIGHBORHOOD, Scope.BOTH}),
}
"""Which of the guide's tasks a plan of each kind is made of."""


@dataclass(frozen=True, slots=True)
class StarterGoal:
    title: Text
    """The stage's name."""
    tasks: tuple[Task, ...]
    """The stage's tasks of the plan's scope, in the guide's order: one activity each."""


def starter_goals(kind: PlanKind) -> list[StarterGoal]:
    scopes = PLAN_SCOPES[kind]
    goals = [StarterGoal(stage.name, tuple(task for task in stage.tasks if task.scope in scopes)) for stage in STAGES]
    return [goal for goal in goals if goal.tasks]
