"""Where a neighborhood and the city stand follows from the task states."""

from or_communities.domain import catalog
from or_communities.domain.progress import (
    NeighborhoodStage,
    missing_for_stage_three,
    neighborhood_stage,
    stage_progress,
)
from or_communities.domain.records import TaskStatus

STAGE_TWO = [task.key for task in catalog.stage_two_tasks()]


def test_untouched_neighborhood_has_not_started_and_misses_all_nine():
    """With no task states, a neighborhood has not started and lacks all nine stage-2 tasks."""
    assert neighborhood_stage({}) is NeighborhoodStage.NOT_STARTED
    assert [task.key for task in missing_for_stage_three({})] == STAGE_TWO


def test_one_task_under_way_puts_a_neighborhood_in_stage_two():
    """A single stage-2 task in progress means the neighborhood is in stage 2."""
    assert neighborhood_stage({"s2.t1": TaskStatus.IN_PROGRESS}) is NeighborhoodStage.STAGE_2


def test_done_or_not_relevant_everywhere_means_stage_three():
    """Stage 3 is reached when every stage-2 task is done or marked not relevant."""
    statuses = dict.fromkeys(STAGE_TWO, TaskStatus.DONE)
    statuses["s2.t8"] = TaskStatus.NOT_RELEVANT
    assert missing_for_stage_three(statuses) == []
    assert neighborhood_stage(statuses) is NeighborhoodStage.STAGE_3
    statuses["s2.t3"] = TaskStatus.IN_PROGRESS
    assert [task.key for task in missing_for_stage_three(statuses)] == ["s2.t3"]


def test_stage_progress_counts_city_and_neighborhood_places():
    """Stage 2 counts nine places per neighborhood; not-relevant ones leave the total."""
    city = {"s1.t1": TaskStatus.DONE}
    first = {"s2.t1": TaskStatus.DONE, "s2.t2": TaskStatus.NOT_RELEVANT}
    progress = {p.stage_number: p for p in stage_progress(city, [first, {}])}
    assert (progress[1].done, progress[1].total) == (1, 5)
    assert (progress[2].done, progress[2].total) == (1, 17)
    # Stage 3: three tasks apply to the city and to each neighborhood, three to the city only.
    assert progress[3].total == 3 * 3 + 3
