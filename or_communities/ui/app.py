"""The application: QApplication set-up and the controller that opens, creates and closes workspaces."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from .. import APP_NAME, ORGANIZATION, __version__
from ..domain.backups import BackupReason
from ..domain.errors import InputError, WorkspaceFileError, WorkspaceProblem
from ..domain.text import isolated
from ..services.workspace import Workspace
from .background import BackgroundTask
from .dialogs import ConsoleDialogs, Dialogs
from .error_guard import install_error_guard
from .i18n import install_language
from .labels import input_error_message, workspace_problem_message
from .main_window import MainWindow
from .settings import AppSettings

DEMO_FILE_NAME = "demo-city.orcity"
DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000
"""How often the window looks whether a day passed since the newest backup."""


def default_demo_path() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / DEMO_FILE_NAME


class AppController(QObject):
    """Owns the open workspace and the main window, and does what the window's requests ask."""

    _changes_elsewhere = Signal()
    """Emitted from the thread that listens to the team server; delivered on the window's thread."""
    _server_connected = Signal(bool)
    """The team server stopped (False) or started again (True) answering; from the same thread."""

    def __init__(
        self,
        app: QApplication,
        settings: AppSettings,
        language: str,
        dialogs: Dialogs | None = None,
        demo_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.language = language
        self.demo_path = demo_path or default_demo_path()
        self.workspace: Workspace | None = None
        self._opening_backup: BackgroundTask | None = None
        """The backup of a workspace just opened, taken behind its window."""
        install_language(app, language)
        self.window = self._new_window()
        self._changes_elsewhere.connect(self._look_again)
        self._server_connected.connect(lambda up: self.window.show_server_connection(up))
        self._daily_backups = QTimer(self)
        self._daily_backups.setInterval(DAILY_BACKUP_CHECK_MS)
        self._daily_backups.timeout.connect(lambda: self.back_up_if_a_day_passed())
        self._daily_backups.start()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.settings, self.dialogs, self.language)
        window.workspace_chosen.connect(self._open_chosen)
        window.recent_chosen.connect(self.open_workspace)
        window.server_chosen.connect(self.open_server)
        window.city_requested.connect(self._create_chosen)
        window.demo_requested.connect(self.open_demo)
        window.close_requested.connect(self.close_workspace)
        window.backups_requested.connect(self.show_backups)
        window.undo_import_requested.connect(self.undo_last_import)
        window.language_chosen.connect(self.switch_language)
        return window

    def start(self, path: Path | str | None) -> None:
        self.window.show()
        if isinstance(path, str):
            self.open_server(path)
        elif path is not None:
            self.open_workspace(path)

    def open_server(self, url: str) -> bool:
        """Open a team workspace on a PostgreSQL server; a server that does not answer, or a database that holds
        no workspace, is said in a dialog and what was open stays. Its URL is not remembered: it may hold a
        password."""
        try:
            workspace = Workspace.connect(url)
        except WorkspaceFileError as error:
            label = str(error.path)  # the database and the server, never the password
            self.dialogs.error(self.window, self.tr("Cannot open the workspace"), workspace_problem_message(error.problem, label))
            return False
        previous = self.workspace
        self.window.flush_edits()
        self.workspace = workspace
        self.window.show_workspace(workspace)
        if previous is not None:
            previous.close()
        self._keep_the_months_figures(workspace)
        # What a teammate saves shows here within moments: the server says so, and every area looks again.
        workspace.follow_changes(self._changes_elsewhere.emit, self._server_connected.emit)
        return True

    def _look_again(self) -> None:
        """A teammate changed the workspace: every area shows it as it now is."""
        shell = self.window.shell
        if shell is not None:
            self.window.flush_edits()
            shell.events.announce(None)

    def open_workspace(self, path: Path) -> bool:
        """Open ``path`` as its one writer; on a bad file say what is wrong and keep what was open; when someone
        else holds it, say who and let the user choose to take it over."""
        if self.workspace is not None and self.workspace.path.resolve() == path.resolve():
            self.window.flush_edits()
            self.close_workspace()  # opened again: the window's own hold is let go first
        try:
            workspace = self._open_holding(path)
        except WorkspaceFileError as error:
            if error.problem is WorkspaceProblem.HELD:
                return False
            if error.problem is WorkspaceProblem.DAMAGED and self._restored_from_newest_backup(path):
                return self.open_workspace(path)
            self.dialogs.error(
                self.window,
                self.tr("Cannot open the workspace"),
                workspace_problem_message(error.problem, str(path)),
            )
            return False
        self._replace_workspace(workspace)
        if not workspace.read_only:
            self._back_up_behind_the_window(workspace)
            # Before anything else can read or write it (an export on a worker thread): one query, and once a month
            # the figures.
            self._keep_the_months_figures(workspace)
        if workspace.on_network_folder():
            self.window.statusBar().showMessage(
                self.tr(
                    "This workspace is on a network folder: if the connection drops during a change, the app recovers "
                    "it on the next opening, and only one person can write in it at a time."
                )
            )
        if workspace.recovered_from is not None:
            self.dialogs.info(
                self.window,
                self.tr("The workspace was recovered"),
                self.tr(
                    "The app closed last time in the middle of a change (a crash or a power cut). That change was "
                    "undone; everything saved before it is here. A copy of the files as they were is in {0}."
                ).format(workspace.recovered_from),
            )
        return True

    def _restored_from_newest_backup(self, path: Path) -> bool:
        """A workspace that is really damaged: offer its newest backup that opens; on yes, keep the damaged file
        aside in the backups folder and put the backup in its place."""
        from ..services.backups import backups_of, replace_damaged

        summaries = backups_of(path)
        if not summaries:
            return False
        newest = summaries[0]
        question = self.tr(
            "The workspace {0} is damaged and cannot be opened. Its newest backup that opens is from {1} and holds "
            "{2} neighborhoods and {3} people. Put it in place of the damaged file? The damaged file is kept in the "
            "backups folder."
        ).format(
            isolated(path.name), newest.backup.taken_at.strftime("%d/%m/%Y %H:%M"),
            newest.counts.get("neighborhood", 0), newest.counts.get("person", 0),
        )
        if not self.dialogs.confirm(self.window, self.tr("The workspace is damaged"), question):
            return False
        replace_damaged(path, newest.backup.path)
        return True

    def _open_holding(self, path: Path) -> Workspace:
        """The workspace as its writer; when someone else holds it, the user chooses: read it meanwhile (the
        default), take it over, or leave it."""
        try:
            return Workspace.open(path, hold=True)
        except WorkspaceFileError as error:
            if error.problem is not WorkspaceProblem.HELD:
                raise
            holder = self._holder_text(path) or error.detail or self.tr("another program")
            question = self.tr(
                "{0} is open for writing by {1}. You can open it to read only meanwhile. Take it over only if you are "
                "sure it is no longer in use there: two people writing in one workspace can undo each other's work."
            ).format(isolated(path.name), isolated(holder))
            options = [self.tr("Open to read only"), self.tr("Take it over")]
            chosen = self.dialogs.choose(self.window, self.tr("The workspace is in use"), question, options)
            if chosen == 0:
                return Workspace.open_read_only(path, holder)
            if chosen == 1:
                return Workspace.open(path, hold=True, take_over=True)
            raise

    def _holder_text(self, path: Path) -> str:
        """Who holds the workspace, in the interface's language ("" when its lock file does not say)."""
        holder = Workspace.holder_of(path)
        if holder is None:
            return ""
        return self.tr("{0} on the computer {1} since {2}").format(
            holder.user, holder.host, holder.since.strftime("%d/%m/%Y %H:%M")
        )

    def back_up_if_a_day_passed(self, now: dt.datetime | None = None) -> None:
        """A window left open for days still gets a backup a day (checked every hour)."""
        workspace = self.workspace
        if workspace is None or workspace.read_only:
            return
        from ..services.backups import back_up_if_a_day_passed

        try:
            back_up_if_a_day_passed(workspace.path, now)
        except (OSError, WorkspaceFileError) as error:
            self.window.statusBar().showMessage(self.tr("No backup could be written beside the workspace: {0}").format(error))

    def _keep_the_months_figures(self, workspace: Workspace) -> None:
        """The dashboard's history: a snapshot the first time a workspace is opened in a month (one query to know;
        the dashboard's figures are computed, and their modules loaded, only then). On a team server the manager's
        window keeps them; the other members' roles may not write the city's history."""
        if not workspace.access.whole_city:
            return
        try:
            if not workspace.month_figures_kept():
                workspace.dashboard.record_month()
        except (OSError, WorkspaceFileError, InputError) as error:
            self.window.statusBar().showMessage(self.tr("This month's figures could not be kept: {0}").format(error))

    def _back_up_behind_the_window(self, workspace: Workspace) -> None:
        """A backup each time the window opens a workspace file (thinned by age), taken on a worker thread while the
        user already works: a city of 300,000 people is copied in a few tenths of a second. A folder that takes no
        backup is said in the status bar; closing the workspace meanwhile stops it, leaving nothing half written."""
        if workspace.on_server:
            return
        task = BackgroundTask(lambda _progress, stopped: workspace.back_up_on_opening(stopped), None, self.window)
        task.failed.connect(self._opening_backup_failed)
        self._opening_backup = task
        task.start()

    def _stop_opening_backup(self) -> None:
        if self._opening_backup is not None:
            self._opening_backup.cancel_and_wait()
            self._opening_backup = None

    def _opening_backup_failed(self, error: object) -> None:
        self.window.statusBar().showMessage(self.tr("No backup could be written beside the workspace: {0}").format(error))

    def show_backups(self) -> None:
        if self.workspace is None:
            return
        from .backups_dialog import BackupsDialog

        self.window.flush_edits()
        dialog = BackupsDialog(self.workspace.path, self.dialogs, self.window)
        dialog.restore_chosen.connect(lambda backup: self._restore_from(backup, dialog))
        dialog.exec()

    def undo_last_import(self) -> None:
        """Undo the last import or merge by restoring the backup taken just before it."""
        if self.workspace is None:
            return
        from ..services.backups import backups_of

        title = self.tr("Undo the last import or merge")
        before = next(
            (s.backup for s in backups_of(self.workspace.path)
             if s.backup.reason in (BackupReason.BEFORE_IMPORT, BackupReason.BEFORE_MERGE)),
            None,
        )
        if before is None:
            self.dialogs.info(self.window, title, self.tr("There is no import or merge to undo."))
            return
        self._restore_from(before.path, self.window, before.taken_at.strftime("%d/%m/%Y %H:%M"))

    def _restore_from(self, backup: Path, parent: QWidget, when: str = "") -> bool:
        """Ask, then replace the open workspace with ``backup`` (its current state backed up first) and reopen it."""
        if self.workspace is None:
            return False
        from ..services.backups import restore

        path = self.workspace.path
        title = self.tr("Restore a backup")
        question = (
            self.tr("Go back to the workspace as it was on {0}? Everything done since then is undone; the current "
                    "state is backed up first, so this too can be undone.").format(when)
            if when else
            self.tr("Replace the workspace with this backup? The current state is backed up first, so this can be undone.")
        )
        if not self.dialogs.confirm(parent, title, question):
            return False
        self.window.flush_edits()
        self.window.stop_background_work()
        self.close_workspace()
        try:
            before = restore(backup, path)
        except WorkspaceFileError as error:
            self.dialogs.error(parent, title, workspace_problem_message(error.problem, str(backup)))
            self.open_workspace(path)
            return False
        if self.open_workspace(path):
            self.dialogs.info(
                parent, title, self.tr("The workspace was restored. Its state before is kept in {0}.").format(before.path)
            )
        if isinstance(parent, QDialog):
            parent.accept()
        return True

    def _open_chosen(self, path: Path) -> None:
        if self.open_workspace(path):
            self.settings.set_last_folder(path.parent)

    def _create_chosen(self, path: Path, city_name: str, plan_year: int) -> None:
        if self.create_city(path, city_name, plan_year):
            self.settings.set_last_folder(path.parent)

    def create_city(self, path: Path, city_name: str, plan_year: int) -> bool:
        try:
            workspace = Workspace.create(path, city_name, plan_year, hold=True)
        except InputError as error:
            self.dialogs.error(self.window, self.tr("Cannot create the city"), input_error_message(error))
            return False
        except WorkspaceFileError as error:
            self.dialogs.error(
                self.window, self.tr("Cannot create the city"), workspace_problem_message(error.problem, str(path))
            )
            return False
        self._replace_workspace(workspace)
        return True

    def open_demo(self) -> bool:
        """Open the demo city, writing it first if this computer does not have it yet."""
        if not self.demo_path.exists():
            from ..services.demo import write_demo_workspace

            self.demo_path.parent.mkdir(parents=True, exist_ok=True)
            write_demo_workspace(self.demo_path).close()
        return self.open_workspace(self.demo_path)

    def close_workspace(self) -> None:
        self._stop_opening_backup()
        self.window.show_welcome()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def switch_language(self, language: str) -> None:
        """Rebuild the window in ``language``, keeping the open workspace and the current area."""
        if language == self.language:
            return
        self.settings.set_language(language)
        self.language = language
        area = self.window.current_area()
        old_window = self.window
        old_window.flush_edits()
        install_language(self.app, language)
        self.window = self._new_window()
        if self.workspace is not None:
            self.window.show_workspace(self.workspace, area)
        self.window.show()
        old_window.discard()

    def _replace_workspace(self, workspace: Workspace) -> None:
        self._stop_opening_backup()
        previous = self.workspace
        self.window.flush_edits()
        self.workspace = workspace
        self.settings.remember_workspace(workspace.path)
        self.window.show_workspace(workspace)
        if previous is not None:
            previous.close()

    def shutdown(self) -> None:
        self._stop_opening_backup()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.settings.sync()


def _resume_garbage_collection() -> None:
    # What start-up built lives as long as the app: freezing it keeps later collections short.
    gc.freeze()
    gc.enable()


def run_app(workspace: Path | str | None, language: str | None, quit_when_ready: bool) -> int:
    # The map's web engine loads on first use, after the QApplication exists; it needs this set before.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = AppSettings()
    dialogs = ConsoleDialogs() if quit_when_ready else Dialogs()
    controller = AppController(app, settings, language or settings.language() or "he", dialogs)
    install_error_guard(dialogs, controller.window)
    controller.start(workspace)
    QTimer.singleShot(0, _resume_garbage_collection)
    if quit_when_ready:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    controller.shutdown()
    if isinstance(dialogs, ConsoleDialogs) and dialogs.failed:
        return 1
    return code
