"""What a check of the division could not run, and why, without a workspace or geometry library."""

from __future__ import annotations

from or_communities.domain.mapping import (
    DivisionFinding,
    DivisionReport,
    FindingKind,
    UncheckedReason,
    unchecked_parts,
)

SQUARE = {"type": "Polygon", "coordinates": [[[34.0, 31.0], [34.1, 31.0], [34.1, 31.1], [34.0, 31.0]]]}


def test_without_a_city_boundary_the_gap_and_outside_checks_cannot_run():
    """Neighborhoods with boundaries but no municipal boundary: gaps and parts outside the city are not checked."""
    unchecked = unchecked_parts([(1, "א", SQUARE)], None)
    assert unchecked == (
        (FindingKind.GAP, UncheckedReason.NO_CITY_BOUNDARY),
        (FindingKind.OUTSIDE_CITY, UncheckedReason.NO_CITY_BOUNDARY),
    )


def test_without_any_neighborhood_boundary_no_shape_is_checked():
    """No neighborhood with a boundary: overlaps, shapes, gaps and parts outside are all unchecked, city or not."""
    for city in (None, SQUARE):
        kinds = {kind for kind, reason in unchecked_parts([(1, "א", None), (2, "ב", None)], city)}
        assert kinds == {FindingKind.OVERLAP, FindingKind.INVALID_GEOMETRY, FindingKind.GAP, FindingKind.OUTSIDE_CITY}


def test_with_both_boundaries_everything_runs():
    """A city boundary and neighborhoods with boundaries leave no check unrun."""
    assert unchecked_parts([(1, "א", SQUARE)], SQUARE) == ()


def test_a_report_is_sound_only_with_nothing_found_unchecked_or_without_a_boundary():
    """Soundness needs no finding, no unchecked part and no neighborhood without a boundary."""
    finding = DivisionFinding(FindingKind.OVERLAP, (1, 2), ("א", "ב"), None)
    assert DivisionReport(()).sound
    assert not DivisionReport((finding,)).sound
    assert not DivisionReport((), ((FindingKind.GAP, UncheckedReason.NO_CITY_BOUNDARY),)).sound
    assert not DivisionReport((), (), ("ג",)).sound
