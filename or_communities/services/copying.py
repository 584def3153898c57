"""Moving a workspace between a file and a PostgreSQL server (or to another file): `or-communities copy`.

All or nothing: a file is built under another name and moved into place only when the copy checked out; a server
database receives the schema and the rows in one transaction (PostgreSQL's DDL is transactional too). The copy is
compared with its source table by table, row by row, before it is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import WorkspaceFileError, WorkspaceProblem
from ..storage.copying import migrate_and_copy
from ..storage.server import finish_server_schema, is_server_url, server_engine, shown
from ..storage.workspace_file import build_workspace_file
from .workspace import Workspace

Progress = Callable[[int, int], None]


def open_any(location: str) -> Workspace:
    """A workspace by its file path or its server URL."""
    return Workspace.connect(location) if is_server_url(location) else Workspace.open(Path(location))


def copy_workspace(source: str, destination: str, progress: Progress | None = None) -> dict[str, int]:
    """Copy the workspace at ``source`` to ``destination`` (a new file, or an empty server database); the number
    of rows copied per table."""
    workspace = open_any(source)
    try:
        if is_server_url(destination):
            return _to_server(workspace, destination, progress)
        return _to_file(workspace, Path(destination), progress)
    finally:
        workspace.close()


def _to_server(workspace: Workspace, url: str, progress: Progress | None) -> dict[str, int]:
    from sqlalchemy import inspect

    engine = server_engine(url)
    try:
        if "alembic_version" in inspect(engine).get_table_names():
            raise WorkspaceFileError(WorkspaceProblem.ALREADY_EXISTS, shown(url))
        with engine.begin() as connection:
            counts = migrate_and_copy(workspace.engine, connection, progress)
            finish_server_schema(connection)
            return counts
    finally:
        engine.dispose()


def _to_file(workspace: Workspace, path: Path, progress: Progress | None) -> dict[str, int]:
    return build_workspace_file(path, lambda connection: migrate_and_copy(workspace.engine, connection, progress))
