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
    recovered_from: Path | None = None
    """When a write cut off by a crash was rolled back: where the files as they were are kept."""

    @property
    def sound(self) -> bool:
        return self.integrity == "ok"


def check_server_workspace(url: str) -> CheckReport:
    """The same report of a workspace on a server: its schema and counts; the integrity of its storage is the
    server's (PostgreSQL checks every page it reads), so "ok" means it answered every count."""
    from sqlalchemy import func, select, text

    from ..storage.server import is_server_url
    from ..storage.tables import Base
    from ..storage.workspace_file import RECORD_TABLES
    from .workspace import Workspace

    assert is_server_url(url)
    workspace = Workspace.connect(url)
    try:
        with workspace.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            counts = {
                name: connection.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar_one()
                for name in RECORD_TABLES
            }
    finally:
        workspace.close()
    return CheckReport(workspace.path, revision, counts, "ok")


def check_workspace(path: Path) -> CheckReport:
    """Inspect without writing (but for rolling back a write a crash cut off); raises WorkspaceFileError when the
    file is no usable workspace."""
    info = inspect_workspace_file(path)
    return CheckReport(path, info.revision, count_records(path), full_integrity_check(path), info.recovered_from)
