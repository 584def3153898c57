"""The real geodata the tests read: the project's shared data folder, ../shared/data/geo beside the checkout.

OR_COMMUNITIES_SHARED_GEO names another geo folder (relative paths count from the repository's root).
A test gets a file through shared_geodata(): when the file is missing, the test is skipped with a reason
that says what to put where; with OR_COMMUNITIES_REQUIRE_SHARED_GEO=1 (as CI sets it) it fails instead,
so the tests that need the data can never be skipped unnoticed there.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED_GEO = ROOT.parent / "shared" / "data" / "geo"
FOLDER_VARIABLE = "OR_COMMUNITIES_SHARED_GEO"
REQUIRE_VARIABLE = "OR_COMMUNITIES_REQUIRE_SHARED_GEO"


def _named_folder() -> str:
    return os.environ.get(FOLDER_VARIABLE, "").strip()


def shared_geo_folder() -> Path:
    """The geo folder: the one OR_COMMUNITIES_SHARED_GEO names when it is set, else ../shared/data/geo."""
    named = _named_folder()
    return ROOT / Path(named).expanduser() if named else DEFAULT_SHARED_GEO


def shared_geo_required() -> bool:
    """Whether a missing file fails rather than skips: OR_COMMUNITIES_REQUIRE_SHARED_GEO set to anything but 0."""
    return os.environ.get(REQUIRE_VARIABLE, "").strip() not in ("", "0")


def _checked(relative_path: str) -> PurePosixPath:
    relative = PurePosixPath(relative_path)
    if not relative.parts or relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"a shared geodata file is named by its path inside the geo folder, not {relative_path!r}")
    return relative


def shared_geodata_path(relative_path: str) -> Path:
    """Where ``relative_path`` (inside the geo folder, with forward slashes) is, whether or not it is there."""
    return shared_geo_folder().joinpath(*_checked(relative_path).parts)


def missing_shared_geodata(relative_path: str) -> str:
    """The reason a test that needs ``relative_path`` cannot run: which file is missing and where to put it."""
    relative = _checked(relative_path)
    named = _named_folder()
    if named:
        where = PurePosixPath(named) / relative
        return (
            f"needs the shared test geodata: {where} is missing ({FOLDER_VARIABLE}={named}); "
            f"put {relative} in that folder, or unset {FOLDER_VARIABLE} to use ../shared/data/geo beside the checkout"
        )
    where = PurePosixPath("..", "shared", "data", "geo") / relative
    return (
        f"needs the shared test geodata: {where} is missing; put the project's shared data folder beside "
        f"the checkout so that {where} exists, or set {FOLDER_VARIABLE} to a geo folder that holds {relative}"
    )


def shared_geodata(relative_path: str) -> Path:
    """The shared geodata file at ``relative_path`` inside the geo folder; call it while a test or fixture runs.

    When the file is missing, the test is skipped with a reason saying what to put where, or, with
    OR_COMMUNITIES_REQUIRE_SHARED_GEO=1, fails with that same reason.
    """
    path = shared_geodata_path(relative_path)
    if path.exists():
        return path
    import pytest

    reason = missing_shared_geodata(relative_path)
    if shared_geo_required():
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)
