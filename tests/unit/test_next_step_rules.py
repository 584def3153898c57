"""What is next for a place: each rule on facts built here, without Qt or a workspace."""

from __future__ import annotations

import datetime as dt

from or_communities.domain.next_steps import (
    SILENT_CHANNEL_DAYS,
    ChannelFact,
    PlaceFacts,
    Reason,
    next_steps,
)
from or_communities.domain.records import TaskStatus

TODAY = dt.date(2026, 12, 6)
HOOD = 7


def _hood(**statuses: TaskStatus) -> dict[str, TaskStatus]:
    return {f"s2.t{number[1:]}": status for number, status in statuses.items()}


def test_a_new_neighborhood_starts_with_finding_its_leadership():
    """With nothing done, a neighborhood's one step is task 2.1, where the journey starts, with the call for
    applications as its tool."""
    [step] = next_steps(PlaceFacts(TODAY, HOOD))
    assert (step.reason, step.task_key, step.tool_key) == (Reason.TASK_READY, "s2.t1", "call_for_applications")
    assert "כאן מתחיל המסע" in step.text.he and "journey starts here" in step.text.en


def test_a_task_is_ready_when_the_tasks_before_it_are_done_or_not_relevant():
    """2.1 done and 2.2 not relevant: 2.3 is next, because the tasks before it are settled."""
    [step] = next_steps(PlaceFacts(TODAY, HOOD, _hood(t1=TaskStatus.DONE, t2=TaskStatus.NOT_RELEVANT)))
    assert (step.reason, step.task_key) == (Reason.TASK_READY, "s2.t3")
    assert "2.3" in step.text.he and "the tasks before it are done" in step.text.en


def test_a_task_under_way_comes_before_any_later_task():
    """2.1 done, 2.2 in progress: the step is to carry on with 2.2, and no later task is offered yet."""
    steps = next_steps(PlaceFacts(TODAY, HOOD, _hood(t1=TaskStatus.DONE, t2=TaskStatus.IN_PROGRESS)))
    assert [(step.reason, step.task_key) for step in steps] == [(Reason.TASK_UNDER_WAY, "s2.t2")]
    assert steps[0].tool_key == "leadership_meeting"


def test_the_city_starts_with_its_partners_table():
    """The city's first task is 1.1, the initial partners table, with the coalition tool."""
    [step] = next_steps(PlaceFacts(TODAY, None))
    assert (step.task_key, step.tool_key) == ("s1.t1", "coalition")


def test_due_follow_ups_come_first_and_are_counted_in_words():
    """Partners waiting for a contact are the city's first step, counted; one partner reads in the singular."""
    steps = next_steps(PlaceFacts(TODAY, None, partners_needing_attention=6))
    assert steps[0].reason is Reason.FOLLOW_UPS_DUE and steps[0].tool_key == "partner_retention"
    assert steps[0].text.he.startswith("6 שותפים") and steps[0].text.en.startswith("6 partners")
    [one, _task] = next_steps(PlaceFacts(TODAY, None, partners_needing_attention=1))
    assert one.text.en.startswith("One partner")


def test_a_channel_silent_for_a_month_is_a_step_and_a_quieter_one_is_not():
    """A channel last used 30 days ago is flagged with its name and days; 29 days, or never recorded, is not."""
    channels = (
        ChannelFact("הורים", TODAY - dt.timedelta(days=SILENT_CHANNEL_DAYS)),
        ChannelFact("ועד", TODAY - dt.timedelta(days=SILENT_CHANNEL_DAYS - 1)),
        ChannelFact("חדש", None),
    )
    steps = next_steps(PlaceFacts(TODAY, HOOD, channels=channels))
    silent = [step for step in steps if step.reason is Reason.SILENT_CHANNEL]
    assert len(silent) == 1
    assert "הורים" in silent[0].text.he and str(SILENT_CHANNEL_DAYS) in silent[0].text.he
    assert (silent[0].task_key, silent[0].tool_key) == ("s2.t9", "communication_tips")


def test_inactive_activists_and_a_space_without_rules_are_reminders():
    """Quiet activists point to the retention tips; a space without agreed rules to the space's rules."""
    steps = next_steps(PlaceFacts(TODAY, HOOD, inactive_activists=2, space_without_rules=True))
    assert [step.reason for step in steps] == [Reason.INACTIVE_ACTIVISTS, Reason.SPACE_WITHOUT_RULES, Reason.TASK_READY]
    assert steps[0].tool_key == "activist_retention" and steps[1].tool_key == "gathering_space_rules"


def test_no_more_than_three_steps_most_pressing_first():
    """With many reasons at once, three steps show, the reminders before the journey's task."""
    channels = tuple(ChannelFact(f"ערוץ {n}", TODAY - dt.timedelta(days=40)) for n in range(3))
    steps = next_steps(PlaceFacts(TODAY, HOOD, inactive_activists=1, channels=channels))
    assert len(steps) == 3
    assert all(step.reason is Reason.SILENT_CHANNEL for step in steps)


def test_a_neighborhood_with_its_tasks_all_settled_has_no_task_step():
    """Every stage-2 and shared stage-3 task done: no task is offered."""
    from or_communities.domain import catalog

    done = {task.key: TaskStatus.DONE for task in catalog.neighborhood_tasks()}
    assert next_steps(PlaceFacts(TODAY, HOOD, done)) == []


def test_a_task_whose_tool_holds_its_evidence_comes_first():
    """A coalition that has met makes its task the first step, to be marked done, with the coalition tool."""
    facts = PlaceFacts(TODAY, None, partners_needing_attention=3, tasks_shown_done=(("s1.t5", "coalition"),))
    steps = next_steps(facts)
    assert (steps[0].reason, steps[0].task_key, steps[0].tool_key) == (Reason.TASK_SHOWN_DONE, "s1.t5", "coalition")
    assert "1.5" in steps[0].text.he and "can be marked done" in steps[0].text.en


def test_a_conference_whose_checklist_is_behind_comes_before_the_journey():
    """A conference in 12 days with two checklist items past due is the first step, with the days and the count,
    and opens the conference planner."""
    facts = PlaceFacts(TODAY, HOOD, conference_soon=TODAY + dt.timedelta(days=12), checklist_items_late=2)
    first = next_steps(facts)[0]
    assert (first.reason, first.task_key, first.tool_key) == (Reason.CONFERENCE_BEHIND, "s2.t6", "first_conference")
    assert "בעוד 12 ימים" in first.text.he and "2 checklist items are past due" in first.text.en


def test_candidates_without_a_leadership_meeting_are_a_step():
    """Three candidates answered and no leadership meeting was held: the step says so and opens the meetings."""
    first = next_steps(PlaceFacts(TODAY, HOOD, candidates_without_meeting=3))[0]
    assert (first.reason, first.tool_key) == (Reason.CANDIDATES_WAITING, "leadership_meeting")
    assert "3 מועמדים" in first.text.he and "3 candidates answered" in first.text.en
