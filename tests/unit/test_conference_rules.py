"""The conference checklist's rules: items counted back from the date, moved with it, late ones found, and the
evidence that shows task 2.6 done — without Qt or a workspace."""

from __future__ import annotations

import datetime as dt

from or_communities.domain.conferences import (
    ChecklistItem,
    checklist_from_template,
    conference_evidence,
    items_behind,
    moved_with_conference,
)

DAY = dt.date(2027, 1, 17)


def test_each_line_is_due_its_days_before_the_conference():
    """A line's leading number is how many days before it is due; a line without one is due a week before; empty
    lines and bullets are left out; the earliest comes first."""
    template = "• 7 הכנת חומרים\n\n21: שליחת הזמנות\nתזכורת לשותפים\n3) Reminder by WhatsApp"
    assert checklist_from_template(template, DAY) == [
        ("שליחת הזמנות", dt.date(2026, 12, 27)),
        ("הכנת חומרים", dt.date(2027, 1, 10)),
        ("תזכורת לשותפים", dt.date(2027, 1, 10)),
        ("Reminder by WhatsApp", dt.date(2027, 1, 14)),
    ]


def test_moving_the_conference_moves_what_is_not_done_yet():
    """Postponed by a week, the items not done move a week; a done item keeps its date."""
    items = [
        ChecklistItem(1, 5, "הזמנות", due=dt.date(2026, 12, 27)),
        ChecklistItem(2, 5, "מקום", due=dt.date(2026, 12, 6), done=True),
    ]
    [moved] = moved_with_conference(items, DAY, DAY + dt.timedelta(days=7))
    assert (moved.id, moved.due) == (1, dt.date(2027, 1, 3))
    assert moved_with_conference(items, DAY, DAY) == []


def test_late_items_are_those_past_due_and_not_done():
    """An item due yesterday and not done is late; one done, one due today and one undated are not."""
    today = dt.date(2027, 1, 1)
    items = [
        ChecklistItem(1, 5, "a", due=dt.date(2026, 12, 31)),
        ChecklistItem(2, 5, "b", due=dt.date(2026, 12, 31), done=True),
        ChecklistItem(3, 5, "c", due=today),
        ChecklistItem(4, 5, "d"),
    ]
    assert [item.id for item in items_behind(items, today)] == [1]


def test_a_held_conference_that_formed_a_group_shows_task_2_6_done():
    """A conference held with a committee formed is evidence, naming both; one still ahead, or without any group
    formed, is not."""
    shown = conference_evidence(DAY, DAY, ["ועדת תרבות"])
    assert shown.task_key == "s2.t6" and shown.text is not None
    assert "17/01/2027" in shown.text.he and "ועדת תרבות" in shown.text.en
    assert conference_evidence(DAY, DAY - dt.timedelta(days=1), ["ועדת תרבות"]).text is None
    assert conference_evidence(DAY, DAY, []).text is None
    assert conference_evidence(None, DAY, ["ועדת תרבות"]).text is None
