"""Merging a record changed in two places, field by field, against the version both started from.

A *version* of a record is its shared fields as text (a name, a population, a boundary written the same way on
both sides). With the common *base* known:

- a field only they changed (ours is still the base's) is **taken**;
- a field only we changed (theirs is still the base's) is **kept**;
- a field both changed, differently, is a **conflict**: both values and the base's are shown, and the user chooses.

Without a base (a record never exchanged, a package from an older app) every field that differs is taken, as a
two-way merge does. Either way, a field they left empty never clears ours: a package may leave a field out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

Version = Mapping[str, str]
"""A record's shared fields, each as text; the same record written the same way gives the same version."""


class FieldOutcome(Enum):
    SAME = "same"
    TAKEN = "taken"
    """Changed only by them: their value comes in."""
    KEPT = "kept"
    """Changed only by us: ours stays."""
    CONFLICT = "conflict"
    """Changed by both, differently."""


@dataclass(frozen=True, slots=True)
class FieldMerge:
    field: str
    ours: str
    theirs: str
    base: str | None
    """The value both started from; None when no common version is known."""
    outcome: FieldOutcome


def fingerprint(version: Version) -> str:
    """A short, stable name for a version: equal versions, equal fingerprints, whatever order the fields came in."""
    text = json.dumps(dict(sorted(version.items())), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def merge_fields(ours: Version, theirs: Version, base: Version | None) -> list[FieldMerge]:
    """Each field of ``theirs`` merged into ``ours`` against ``base`` (None: no common version is known)."""
    merged = []
    for field, their_value in theirs.items():
        our_value = ours.get(field, "")
        base_value = None if base is None else base.get(field, "")
        merged.append(FieldMerge(field, our_value, their_value, base_value, _outcome(our_value, their_value, base_value)))
    return merged


def _outcome(ours: str, theirs: str, base: str | None) -> FieldOutcome:
    if theirs == ours or not theirs:
        return FieldOutcome.SAME if theirs == ours else FieldOutcome.KEPT  # an empty value never clears ours
    if base is None or ours == base:
        return FieldOutcome.TAKEN
    if theirs == base:
        return FieldOutcome.KEPT
    return FieldOutcome.CONFLICT
