"""A health report of a workspace file, for `or-communities check`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..storage.workspace_file import (
    count_records,
    full_integrity_check,
    inspect_workspace_file,
)


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    schema_revision: str
    counts: dict[str, int]
    integrity: str

    @property
    def sound(self) -> bool:
        return self.integrity == "ok"


def check_workspace(path: Path) -> CheckReport:
    """Inspect without writing; raises WorkspaceFileError when the file is no usable workspace."""
    info = inspect_workspace_file(path)
    return CheckReport(path, info.revision, count_records(path), full_integrity_check(path))
