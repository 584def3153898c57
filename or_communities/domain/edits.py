"""What two saves of one record disagree on, for the message that refuses the second (see EditConflict)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .errors import EditConflict
from .records import Neighborhood

_NOT_SAID = frozenset({"id", "uid", "version", "coordinator_name", "has_boundary"})
"""Fields that are identities, versions or read from elsewhere."""


@dataclass(frozen=True, slots=True)
class FieldDifference:
    field: str
    saved: object
    """The value someone else saved."""
    yours: object
    """The value of the change that was refused."""


def conflicting_fields(conflict: EditConflict) -> list[FieldDifference]:
    """The fields where the refused change and the saved record differ, in the record's order; none when either
    side is unknown (two saves that met in the same moment)."""
    mine, theirs = conflict.mine, conflict.theirs
    if mine is None or theirs is None:
        return []
    if isinstance(theirs, Neighborhood):
        if isinstance(mine, str):  # a rename
            return [FieldDifference("name", theirs.name, mine)] if mine != theirs.name else []
        theirs = theirs.profile
    if not dataclasses.is_dataclass(mine) or type(mine) is not type(theirs):
        return []
    differences = []
    for field in dataclasses.fields(mine):
        if field.name in _NOT_SAID or not field.compare:
            continue
        saved, yours = getattr(theirs, field.name), getattr(mine, field.name)
        if saved != yours:
            differences.append(FieldDifference(field.name, saved, yours))
    return differences
