"""The three-way merge of one record's fields: taken, kept, conflicting, against the common base or without one."""

from __future__ import annotations

from or_communities.domain.three_way import FieldOutcome, fingerprint, merge_fields

BASE = {"name": "רמות", "population": "1000", "needs": "גינה"}


def _outcomes(ours, theirs, base):
    return {merged.field: merged.outcome for merged in merge_fields(ours, theirs, base)}


def test_a_field_changed_only_there_is_taken_only_here_is_kept_and_in_both_is_a_conflict():
    """Against the base: their new population comes in, our new needs stay, a name changed both ways conflicts."""
    ours = {"name": "רמות א", "population": "1000", "needs": "מועדון"}
    theirs = {"name": "רמות ב", "population": "1200", "needs": "גינה"}
    assert _outcomes(ours, theirs, BASE) == {
        "name": FieldOutcome.CONFLICT, "population": FieldOutcome.TAKEN, "needs": FieldOutcome.KEPT,
    }


def test_the_same_change_on_both_sides_is_no_conflict():
    """Both sides wrote the same new value: the field is the same."""
    both = {**BASE, "population": "1500"}
    assert _outcomes(both, both, BASE)["population"] is FieldOutcome.SAME


def test_without_a_base_every_difference_is_taken_and_an_empty_value_never_clears():
    """No common version: what differs comes in, except an empty value, which leaves ours."""
    ours = {"name": "רמות", "population": "1000", "needs": "גינה"}
    theirs = {"name": "רמות", "population": "1200", "needs": ""}
    assert _outcomes(ours, theirs, None) == {
        "name": FieldOutcome.SAME, "population": FieldOutcome.TAKEN, "needs": FieldOutcome.KEPT,
    }


def test_a_fingerprint_names_a_version_whatever_the_order_of_its_fields():
    """Equal versions have equal fingerprints; any change gives another."""
    assert fingerprint({"a": "1", "b": "2"}) == fingerprint({"b": "2", "a": "1"})
    assert fingerprint({"a": "1", "b": "2"}) != fingerprint({"a": "1", "b": "3"})
