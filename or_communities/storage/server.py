"""A workspace on a PostgreSQL server, for a city team: the same schema through the same migrations, opened by a
``postgresql://`` URL. What a file has of its own (journals, locks, backup copies beside it) the server does for
itself; the schema's revision is checked the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import WorkspaceFileError, WorkspaceProblem
from ..domain.team import TeamAccess
from .database import HEAD_REVISION, SCHEMA_REVISIONS, upgrade_schema

SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_url(text_given: str) -> bool:
    return text_given.startswith(SERVER_SCHEMES)


def _driver_url(url: str) -> str:
    """The URL with the driver the app ships (psycopg 3)."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    return url


def shown(url: str) -> Path:
    """How the interface names a server workspace: its database and server, never the password ("arad on
    db.city.gov.il"), as the path-like label a file workspace has."""
    parts = urlsplit(_driver_url(url))
    host = parts.hostname or parse_qs(parts.query).get("host", ["this computer"])[0]
    return Path(f"{parts.path.lstrip('/')} on {host}")


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "workspace"


def server_engine(url: str) -> Engine:
    # pool_pre_ping: a connection the server dropped (a restart, a lost network) is replaced, not failed on.
    return create_engine(_driver_url(url), pool_pre_ping=True)


def create_server_workspace(url: str, city_name: str, plan_year: int) -> None:
    """The schema and the city in an empty database; refused when the database holds a workspace already."""
    engine = server_engine(url)
    try:
        if "alembic_version" in inspect(engine).get_table_names():
            raise WorkspaceFileError(WorkspaceProblem.ALREADY_EXISTS, shown(url))
        with engine.begin() as connection:
            upgrade_schema(connection)
            connection.execute(
                text("INSERT INTO city (name, plan_year) VALUES (:name, :year)"), {"name": city_name, "year": plan_year}
            )
            finish_server_schema(connection)
    except OperationalError as error:
        raise WorkspaceFileError(WorkspaceProblem.UNREACHABLE, shown(url), _first_line(error)) from error
    finally:
        engine.dispose()


def open_server_engine(url: str) -> Engine:
    """An engine on a server workspace at the current schema: an older one is upgraded; a newer one, no workspace
    or no server answering are refused with the problem named."""
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
            if "alembic_version" not in tables or "city" not in tables:
                raise WorkspaceFileError(WorkspaceProblem.NOT_A_WORKSPACE, shown(url))
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision not in SCHEMA_REVISIONS:
            raise WorkspaceFileError(WorkspaceProblem.NEWER_VERSION, shown(url), str(revision))
        if revision != HEAD_REVISION:
            _upgrade(engine, url, str(revision))
    except OperationalError as error:
        engine.dispose()
        raise WorkspaceFileError(WorkspaceProblem.UNREACHABLE, shown(url), _first_line(error)) from error
    except ProgrammingError as error:
        engine.dispose()
        if not is_refused_by_role(error):
            raise
        raise WorkspaceFileError(WorkspaceProblem.NOT_A_MEMBER, shown(url), _first_line(error)) from error
    except (WorkspaceFileError, SQLAlchemyError):
        engine.dispose()
        raise
    return engine


def _upgrade(engine: Engine, url: str, revision: str) -> None:
    """The schema brought up to date, with the team's rules over any new table; only the database's owner may,
    and a copy of the workspace as it was is kept in a file first (see back_up_before_upgrade)."""
    from .spatial_views import drop_spatial_views

    with engine.connect() as connection:
        owner = connection.execute(text(
            "SELECT pg_get_userbyid(datdba) = current_user OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "FROM pg_database WHERE datname = current_database()"
        )).scalar()
    if not owner:
        raise WorkspaceFileError(WorkspaceProblem.NEEDS_UPGRADE, shown(url), revision)
    back_up_before_upgrade(engine, url, revision)
    try:
        with engine.begin() as connection:
            drop_spatial_views(connection)
            upgrade_schema(connection)
            finish_server_schema(connection)
    except ProgrammingError as error:
        if not is_refused_by_role(error):
            raise
        raise WorkspaceFileError(WorkspaceProblem.NEEDS_UPGRADE, shown(url), _first_line(error)) from error


def back_up_before_upgrade(engine: Engine, url: str, revision: str) -> Path:
    """The workspace at its old schema, copied into a workspace file in the user's server backups folder (which a
    later version of the app opens, upgrading the copy as any older file)."""
    import datetime as dt

    from .. import paths
    from .copying import copy_as_it_is
    from .workspace_file import build_workspace_file

    folder = paths.server_backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database_name(url)} before upgrade {dt.datetime.now():%Y-%m-%d %H%M%S}.orcity"
    with engine.connect() as source:
        build_workspace_file(target, lambda connection: copy_as_it_is(source, connection, revision))
    return target


def finish_server_schema(connection: Connection) -> None:
    """What a server workspace has beyond the schema, made again whenever the schema is made or upgraded: the
    spatial views where PostGIS is, and the team's rules over every table."""
    from .spatial_views import make_spatial_views
    from .team_roles import has_team, set_up_team

    make_spatial_views(connection)
    if has_team(connection):
        set_up_team(connection)


INSUFFICIENT_PRIVILEGE = "42501"
"""PostgreSQL's SQLSTATE for a change the role may not make (no grant, or a row-level security check failed)."""


def is_refused_by_role(error: Exception) -> bool:
    return getattr(getattr(error, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def access_for(engine: Engine) -> TeamAccess:
    """What the connected user may change in this workspace."""
    from .team_roles import access_of

    with engine.connect() as connection:
        return access_of(connection)


def _first_line(error: Exception) -> str:
    return str(getattr(error, "orig", error)).strip().splitlines()[0][:200]


CHANGES_CHANNEL = "or_communities_changes"
"""The PostgreSQL channel on which every writing transaction says it changed the workspace."""


def announce_changes(sessions: sessionmaker[Session], writer: str) -> None:
    """Every transaction of ``sessions`` that wrote something notifies CHANGES_CHANNEL when it commits (PostgreSQL
    delivers a notification only with its transaction's commit), naming ``writer`` so a window can tell its own."""

    def wrote(session: Session, _context: object) -> None:
        session.info["wrote"] = True

    def before_commit(session: Session) -> None:
        if session.info.pop("wrote", False):
            session.execute(text("SELECT pg_notify(:channel, :writer)"), {"channel": CHANGES_CHANNEL, "writer": writer})

    event.listen(sessions, "after_flush", wrote)
    event.listen(sessions, "before_commit", before_commit)


class ChangeListener:
    """Listens on CHANGES_CHANNEL on a thread of its own and calls ``heard`` with each writer that is not ``own``.

    The connection is its own (psycopg, autocommit), so listening never holds a transaction open; if the server
    goes away the thread tries again every few seconds."""

    RETRY_SECONDS = 3.0

    def __init__(
        self, url: str, own: str, heard: Callable[[str], None], connected: Callable[[bool], None] | None = None
    ) -> None:
        self._url, self._own, self._heard = url, own, heard
        self._connected = connected or (lambda _up: None)
        """Told when the connection to the server is lost (False) and when it is back (True)."""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="workspace changes", daemon=True)
        self.listening = threading.Event()
        """Set once the first LISTEN is in place (for tests and for a caller that must not miss a change)."""

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _listen(self) -> None:
        import psycopg

        conninfo = _driver_url(self._url).replace("postgresql+psycopg://", "postgresql://", 1)  # libpq's own form
        up: bool | None = None
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as connection:
                    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self.listening.set()
                    if up is False:
                        self._heard("")  # back: what was missed meanwhile is read again
                    if up is not True:
                        up = True
                        self._connected(True)
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=0.5, stop_after=1):
                            if notice.payload != self._own:
                                self._heard(notice.payload)
            except psycopg.Error:
                if up is not False and not self._stop.is_set():
                    up = False
                    self._connected(False)
                self._stop.wait(self.RETRY_SECONDS)
