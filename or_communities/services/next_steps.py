"""The facts the next-steps rules read, gathered from the workspace for the city or one neighborhood."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.next_steps import ChannelFact, NextStep, PlaceFacts, next_steps

if TYPE_CHECKING:
    from .workspace import Workspace


def place_facts(workspace: Workspace, neighborhood_id: int | None) -> PlaceFacts:
    """What the rules need about the city (None) or one neighborhood, read now."""
    statuses = {task.key: state.status for task, state in workspace.journey.tasks(neighborhood_id)}
    inactive = workspace.people.inactive_counts()
    channels = [
        channel
        for channel in workspace.events.channels(neighborhood_id)
        if channel.neighborhood_id == neighborhood_id
    ]
    space = workspace.events.gathering_space(neighborhood_id) if neighborhood_id is not None else None
    coalition_task = workspace.coalitions.task_to_offer(neighborhood_id)
    return PlaceFacts(
        today=workspace.clock(),
        neighborhood_id=neighborhood_id,
        statuses=statuses,
        partners_needing_attention=workspace.partners.count_needing_attention() if neighborhood_id is None else 0,
        inactive_activists=sum(inactive.values()) if neighborhood_id is None else inactive.get(neighborhood_id, 0),
        channels=tuple(ChannelFact(channel.name, channel.last_used) for channel in channels),
        space_without_rules=space is not None and not space.rules.strip(),
        tasks_shown_done=((coalition_task, "coalition"),) if coalition_task else (),
    )


def next_steps_for(workspace: Workspace, neighborhood_id: int | None) -> list[NextStep]:
    """The city's (None) or a neighborhood's next one to three steps, most pressing first."""
    return next_steps(place_facts(workspace, neighborhood_id))
