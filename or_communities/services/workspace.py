"""A city workspace: one file, opened once, with the use cases that work on it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain.backups import Backup, BackupReason
from ..domain.errors import EditConflict, NotPermitted, ReadOnlyWorkspace, ServerUnreachable
from ..domain.team import MANAGER_ACCESS, TeamRole
from ..domain.validation import check_plan_year, clean_name
from ..storage.server import is_refused_by_role
from ..storage.sound_files import forget_closed_sound, remember_closed_sound
from ..storage.workspace_file import create_workspace_file, open_workspace_engine
from ..storage.workspace_lock import LockHolder, WorkspaceLock, read_holder
from .city import CityService
from .journey import JourneyService
from .neighborhoods import NeighborhoodService
from .people import PartnerService, PeopleService

if TYPE_CHECKING:
    from ..storage.server import ChangeListener
    from .assets import AssetService
    from .budget import BudgetService
    from .city_projects import CityProjectService
    from .city_texts import CityTextService
    from .coalitions import CoalitionService
    from .conferences import ConferenceService
    from .dashboard import DashboardService
    from .division import DivisionService
    from .events import EventService
    from .leadership import LeadershipService
    from .map_exchange import MapExchangeService
    from .work_plans import WorkPlanService

Clock = Callable[[], dt.date]


class Workspace:
    """An open workspace. Every use case commits at once: there is nothing to save."""

    def __init__(self, path: Path, engine: Engine, clock: Clock = dt.date.today) -> None:
        self.path = path
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.clock = clock
        self.recovered_from: Path | None = None
        """When opening rolled back a write a crash had cut off: where the files as they were are kept."""
        self._listener: ChangeListener | None = None
        self.writer_id = uuid.uuid4().hex
        """Who this open workspace is among a server's writers (its own change notices are not news to it)."""
        self.server_url: str | None = None
        """The PostgreSQL URL of a workspace on a server (its ``path`` is then only a label, without password)."""
        self.access = MANAGER_ACCESS
        """What the person who opened it may change: everything in a file; on a server, what their role allows."""
        self.read_only_for: str | None = None
        """Opened to read only, while this one (user, computer, since when) holds it for writing."""
        self._lock = WorkspaceLock(path)
        """Held only when opened as the writer."""
        self._holding = False
        """Opened as the file's one writer: its clean close is recorded (storage/sound_files.py)."""

        self.city = CityService(self)
        self.neighborhoods = NeighborhoodService(self)
        self.journey = JourneyService(self)
        self.people = PeopleService(self)
        self.partners = PartnerService(self)

    # The mapping file's use cases load the first time they are used: the first window does not need them.

    @cached_property
    def assets(self) -> AssetService:
        from .assets import AssetService

        return AssetService(self)

    @cached_property
    def division(self) -> DivisionService:
        from .division import DivisionService

        return DivisionService(self)

    @cached_property
    def maps(self) -> MapExchangeService:
        from .map_exchange import MapExchangeService

        return MapExchangeService(self)

    @cached_property
    def dashboard(self) -> DashboardService:
        from .dashboard import DashboardService

        return DashboardService(self)

    @cached_property
    def projects(self) -> CityProjectService:
        from .city_projects import CityProjectService

        return CityProjectService(self)

    @cached_property
    def coalitions(self) -> CoalitionService:
        from .coalitions import CoalitionService

        return CoalitionService(self)

    @cached_property
    def conferences(self) -> ConferenceService:
        from .conferences import ConferenceService

        return ConferenceService(self)

    @cached_property
    def leadership(self) -> LeadershipService:
        from .leadership import LeadershipService

        return LeadershipService(self)

    @cached_property
    def texts(self) -> CityTextService:
        from .city_texts import CityTextService

        return CityTextService(self)

    @cached_property
    def budget(self) -> BudgetService:
        from .budget import BudgetService

        return BudgetService(self)

    @cached_property
    def events(self) -> EventService:
        from .events import EventService

        return EventService(self)

    @cached_property
    def plans(self) -> WorkPlanService:
        from .work_plans import WorkPlanService

        return WorkPlanService(self)

    @classmethod
    def create(
        cls, path: Path, city_name: str, plan_year: int, clock: Clock = dt.date.today, hold: bool = False
    ) -> Workspace:
        name = clean_name(city_name)
        year = check_plan_year(plan_year)
        create_workspace_file(path, name, year)
        return cls.open(path, clock, hold)

    @classmethod
    def open(cls, path: Path, clock: Clock = dt.date.today, hold: bool = False, take_over: bool = False) -> Workspace:
        """Open a workspace; with ``hold``, as its one writer (refused, naming the holder, while someone else holds
        it, unless ``take_over``) until it is closed."""
        lock = WorkspaceLock(path)
        if hold:
            lock.acquire(take_over)
        try:
            # As its one writer, a file left exactly as this app closed it is not read whole again (that is the
            # writer's record; without the hold, someone else may have written since).
            engine, info = open_workspace_engine(path, trust_a_clean_close=hold)
            if hold:
                forget_closed_sound(path)
        except BaseException:
            lock.release()
            raise
        workspace = cls(path, engine, clock)
        workspace.recovered_from = info.recovered_from
        workspace._lock = lock
        workspace._holding = hold
        return workspace

    @classmethod
    def connect(cls, url: str, clock: Clock = dt.date.today) -> Workspace:
        """Open a workspace on a PostgreSQL server (``postgresql://USER@HOST/DB``); an older schema is upgraded."""
        from ..storage.server import access_for, announce_changes, open_server_engine, shown

        engine = open_server_engine(url)
        workspace = cls(shown(url), engine, clock)
        workspace.server_url = url
        workspace.access = access_for(engine)
        announce_changes(workspace._sessions, workspace.writer_id)
        return workspace

    def follow_changes(self, heard: Callable[[], None], connected: Callable[[bool], None] | None = None) -> bool:
        """On a server: call ``heard`` (on a thread of its own) whenever someone else commits a change, and when the
        connection comes back after it was lost; ``connected`` with False when the server stops answering and True
        when it answers again; until the workspace is closed. False for a file, which only this window writes."""
        if self.server_url is None:
            return False
        from ..storage.server import ChangeListener

        self._listener = ChangeListener(self.server_url, self.writer_id, lambda _writer: heard(), connected)
        self._listener.start()
        return True

    def following_changes(self, timeout: float) -> bool:
        """Whether the teammates' changes are being followed, waiting up to ``timeout`` seconds for it to begin."""
        return self._listener is not None and self._listener.listening.wait(timeout)

    @classmethod
    def create_on_server(cls, url: str, city_name: str, plan_year: int, clock: Clock = dt.date.today) -> Workspace:
        """A new workspace in an empty PostgreSQL database."""
        from ..storage.server import create_server_workspace

        create_server_workspace(url, clean_name(city_name), check_plan_year(plan_year))
        return cls.connect(url, clock)

    @property
    def engine(self) -> Engine:
        """The database engine, for the few use cases that move a whole workspace (copying it elsewhere)."""
        return self._engine

    @property
    def on_server(self) -> bool:
        return self.server_url is not None

    @classmethod
    def open_read_only(cls, path: Path, holder: str, clock: Clock = dt.date.today) -> Workspace:
        """Open a workspace someone else holds, to read: every change asked of it is refused with
        ReadOnlyWorkspace, naming ``holder``, and the file is never written."""
        engine, _info = open_workspace_engine(path, read_only_for=holder)
        workspace = cls(path, engine, clock)
        workspace.read_only_for = holder
        return workspace

    @staticmethod
    def holder_of(path: Path) -> LockHolder | None:
        """Who holds the workspace for writing (user, computer, since when), as its lock file says; None if unsaid."""
        return read_holder(path)

    @property
    def read_only(self) -> bool:
        return self.read_only_for is not None

    def month_figures_kept(self) -> bool:
        """Whether this month's success metrics are kept already (one query; the dashboard loads only if not)."""
        from ..storage.measure_history import has_month

        with self.transaction() as session:
            return has_month(session, self.clock().strftime("%Y-%m"))

    def on_network_folder(self) -> bool:
        """Whether the workspace sits on a network folder, where a lost connection can interrupt a write."""
        from ..storage.network_folders import is_network_folder

        if self.on_server:
            return False
        return is_network_folder(self.path)

    def back_up_on_opening(self, stopped: Callable[[], bool]) -> Backup | None:
        """The backup of a workspace file just opened (and checked whole by opening it), then thinning; on a worker
        thread (SQLite's own connections). None when ``stopped`` meanwhile, leaving nothing behind."""
        from .backups import back_up_on_opening

        return back_up_on_opening(self.path, stopped)

    def back_up(self, reason: BackupReason) -> Backup | None:
        """A backup of the workspace as it is now (before an import or a merge), then thinning; the one on opening
        is ``back_up_on_opening``.

        Refused on a workspace open read-only: an import or merge would be refused anyway, and its writer backs it up.
        None for a workspace on a server, whose backups are its administrators' (every change is one transaction)."""
        from .backups import back_up

        if self.read_only_for is not None:
            raise ReadOnlyWorkspace(self.read_only_for)
        if self.on_server:
            return None
        return back_up(self.path, reason)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it fails. On a server, a connection that
        is lost is ServerUnreachable (a message, nothing saved), and the next unit of work connects again."""
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError as error:
            # The UPDATE matched no row: two saves of one record met, or, for a team member who is not the manager,
            # row-level security hid the row from the change (the interface offers no such change, so that is
            # what it most likely was).
            if self.access.role is not TeamRole.MANAGER:
                raise NotPermitted(self.access.role.value, str(error)) from error
            raise EditConflict() from error
        except ProgrammingError as error:
            if self.server_url is None or not is_refused_by_role(error):
                raise
            raise NotPermitted(self.access.role.value, str(error.orig).strip().splitlines()[0][:200]) from error
        except (OperationalError, InterfaceError) as error:
            if self.server_url is None:
                raise
            if not getattr(error, "connection_invalidated", False) and not _lost_connection(error):
                raise
            raise ServerUnreachable(str(getattr(error, "orig", error)).strip().splitlines()[0][:200]) from error

    def close(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._engine.dispose()
        if self._holding:
            remember_closed_sound(self.path)
        self._lock.release()


def _lost_connection(error: Exception) -> bool:
    """A database error that says the connection is gone (the server stopped, the network dropped)."""
    text = str(getattr(error, "orig", error)).lower()
    return any(sign in text for sign in ("connection", "server closed", "terminating", "could not connect", "no such file"))
