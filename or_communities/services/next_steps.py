"""The facts the next-steps rules read, gathered from the workspace for the city or one neighborhood."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import ExitStack
from typing import TYPE_CHECKING

from ..domain.next_steps import Attention, ChannelFact, NextStep, PlaceFacts, next_steps
from ..domain.people_search import PeopleQuery
from ..domain.records import PersonRole
from ..memory import garbage_collection_paused
from ..storage.place_reads import channels_of, space_rules

if TYPE_CHECKING:
    from .workspace import Workspace


def city_attention(workspace: Workspace) -> Attention:
    """Partners to contact and inactive activists, counted in the database now."""
    return Attention(workspace.partners.count_needing_attention(), workspace.people.inactive_counts())


def count_attention_meanwhile(workspace: Workspace) -> Callable[[], Attention]:
    """Start counting what needs attention on a worker thread and return the call that waits for the count (call
    it once): the database counts (0.1 s for 320,000 people) while the caller reads and draws the rest.

    The garbage collector waits meanwhile, as for any work beside the interface thread (see memory.py), until the
    thread has ended; a count that failed raises where it is awaited."""
    counted: list[Attention] = []
    failed: list[Exception] = []

    def count() -> None:
        try:
            counted.append(city_attention(workspace))
        except Exception as error:  # noqa: BLE001 - raised again in the thread that waits for it
            failed.append(error)

    paused = ExitStack()
    paused.enter_context(garbage_collection_paused())
    thread = threading.Thread(target=count, name="attention-count", daemon=True)
    try:
        thread.start()
    except BaseException:
        paused.close()
        raise

    def wait() -> Attention:
        try:
            thread.join()
        finally:
            paused.close()
        if failed:
            raise failed[0]
        return counted[0]

    return wait


def place_facts(workspace: Workspace, neighborhood_id: int | None, attention: Attention | None = None) -> PlaceFacts:
    """What the rules need about the city (None) or one neighborhood, read now (``attention``: counted already)."""
    statuses = {task.key: state.status for task, state in workspace.journey.tasks(neighborhood_id)}
    if attention is None:
        attention = city_attention(workspace)
    with workspace.transaction() as session:
        channels = channels_of(session, neighborhood_id)
        rules = space_rules(session, neighborhood_id) if neighborhood_id is not None else None
    shown_done = _tasks_shown_done(workspace, neighborhood_id)
    behind = workspace.conferences.behind(neighborhood_id) if neighborhood_id is not None else None
    return PlaceFacts(
        today=workspace.clock(),
        neighborhood_id=neighborhood_id,
        statuses=statuses,
        partners_needing_attention=attention.partners_to_contact if neighborhood_id is None else 0,
        inactive_activists=attention.inactive_in_the_city if neighborhood_id is None else attention.inactive_in(neighborhood_id),
        channels=tuple(ChannelFact(name, last_used) for name, last_used in channels),
        space_without_rules=rules is not None and not rules.strip(),
        tasks_shown_done=shown_done,
        conference_soon=behind[0].date if behind else None,
        checklist_items_late=len(behind[1]) if behind else 0,
        candidates_without_meeting=_candidates_without_meeting(workspace, neighborhood_id),
    )


def _tasks_shown_done(workspace: Workspace, neighborhood_id: int | None) -> tuple[tuple[str, str], ...]:
    """The tasks whose tools hold their evidence: the coalition's, and a neighborhood's leadership and conference."""
    shown: list[tuple[str, str]] = []
    coalition_task = workspace.coalitions.task_to_offer(neighborhood_id)
    if coalition_task:
        shown.append((coalition_task, "coalition"))
    if neighborhood_id is not None:
        tools = {"s2.t1": "call_for_applications", "s2.t2": "leadership_meeting"}
        shown += [(offer.task_key, tools[offer.task_key]) for offer in workspace.leadership.tasks_to_offer(neighborhood_id)]
        if workspace.conferences.task_to_offer(neighborhood_id) is not None:
            shown.append(("s2.t6", "first_conference"))
    return tuple(shown)


def _candidates_without_meeting(workspace: Workspace, neighborhood_id: int | None) -> int:
    if neighborhood_id is None or workspace.leadership.meetings(neighborhood_id):
        return 0
    return len(workspace.people.find(PeopleQuery(neighborhood_id=neighborhood_id, role=PersonRole.CANDIDATE)))


def next_steps_for(
    workspace: Workspace, neighborhood_id: int | None, attention: Attention | None = None
) -> list[NextStep]:
    """The city's (None) or a neighborhood's next one to three steps, most pressing first."""
    return next_steps(place_facts(workspace, neighborhood_id, attention))
