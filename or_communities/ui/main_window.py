"""The main window: a welcome page until a workspace is open, then the workspace's areas.

What the user asks of the application (open, create, close, another language) goes out as a signal; the
application controller connects them and does it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget

from .. import __version__
from ..domain.catalog import Area
from ..domain.team import TeamRole
from ..domain.text import left_to_right
from ..services.workspace import Workspace
from .dialogs import Dialogs
from .excel_exports import ExcelExports
from .icons import icon
from .settings import AppSettings
from .welcome_page import WelcomePage
from .workspace_shell import WorkspaceShell


class MainWindow(QMainWindow):
    workspace_chosen = Signal(object)
    """A workspace file the user picked (a Path); its folder is remembered once it opens."""
    recent_chosen = Signal(object)
    city_requested = Signal(object, str, int)
    demo_requested = Signal()
    server_chosen = Signal(str)
    close_requested = Signal()
    backups_requested = Signal()
    undo_import_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, settings: AppSettings, dialogs: Dialogs, language: str) -> None:
        super().__init__()
        self._settings = settings
        self._dialogs = dialogs
        self._language = language
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Or Communities"))
        self.setMinimumSize(QSize(960, 640))
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self.welcome = WelcomePage(settings, dialogs)
        self._stack.addWidget(self.welcome)
        self.welcome.workspace_chosen.connect(self.workspace_chosen)
        self.welcome.recent_chosen.connect(self.recent_chosen)
        self.welcome.server_chosen.connect(self.server_chosen)
        self.welcome.city_requested.connect(self.city_requested)
        self.welcome.demo_requested.connect(self.demo_requested)
        self.shell: WorkspaceShell | None = None
        self._discarding = False
        self.exports = ExcelExports(dialogs, self)
        self.exports.running_changed.connect(lambda _running: self._enable_export_action())
        self._status = QLabel()
        self._status.setObjectName("workspaceStatus")
        self.statusBar().addPermanentWidget(self._status)
        self._build_menus()
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&New city…"), self.welcome.new_city, QKeySequence.StandardKey.New, "new_city")
        self._add_action(
            file_menu, self.tr("&Open workspace…"), self.welcome.choose_workspace, QKeySequence.StandardKey.Open, "open"
        )
        self._add_action(file_menu, self.tr("Open the &demo city"), self.demo_requested.emit)
        self._recent_menu = file_menu.addMenu(self.tr("&Recent workspaces"))
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.close_workspace_action = self._add_action(
            file_menu, self.tr("&Close workspace"), self.close_requested.emit, QKeySequence.StandardKey.Close
        )
        self.close_workspace_action.setEnabled(False)
        self.export_city_action = self._add_action(
            file_menu, self.tr("&Export the city workbook to Excel…"), self.export_city_workbook, icon_name="excel"
        )
        self.export_city_action.setEnabled(False)
        file_menu.addSeparator()
        self.backups_action = self._add_action(file_menu, self.tr("&Backups…"), self.backups_requested.emit)
        self.undo_import_action = self._add_action(
            file_menu, self.tr("&Undo the last import or merge…"), self.undo_import_requested.emit
        )
        for action in (self.backups_action, self.undo_import_action):
            action.setEnabled(False)
        file_menu.addSeparator()
        self._add_action(
            file_menu, self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences, "settings"
        )
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._build_edit_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&About Or Communities"), self._show_about)

    def _build_edit_menu(self) -> None:
        """Undo and Redo of the edits in place of the open workspace's tables (a line being typed undoes its own
        typing first: the focused field takes Ctrl+Z before the menu does)."""
        self.undo_group = QUndoGroup(self)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_y = QKeySequence("Ctrl+Y")  # the redo every Windows user knows, on every system
        self.redo_action.setShortcuts(redo_keys if ctrl_y in redo_keys else [ctrl_y, *redo_keys])
        edit_menu.addActions([self.undo_action, self.redo_action])

    def _add_action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        recent = self._settings.recent_workspaces()
        if not recent:
            empty = self._recent_menu.addAction(self.tr("No recent workspaces"))
            empty.setEnabled(False)
        for path in recent:
            action = self._recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, chosen=path: self.welcome.open_recent(chosen))

    def show_welcome(self) -> None:
        self.flush_edits()
        self.stop_background_work()
        if self.shell is not None:
            self._stack.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self.welcome.refresh()
        self._stack.setCurrentWidget(self.welcome)
        self.close_workspace_action.setEnabled(False)
        self.backups_action.setEnabled(False)
        self.undo_import_action.setEnabled(False)
        self._enable_export_action()
        self.setWindowTitle(self.tr("Or Communities"))
        self._status.clear()

    def show_workspace(self, workspace: Workspace, area: Area | None = None) -> None:
        self.stop_background_work()
        if self.shell is not None:
            self._stack.removeWidget(self.shell)
            self.shell.deleteLater()
        self.shell = WorkspaceShell(workspace, self._language, self._dialogs, self._settings, self.exports)
        self.undo_group.addStack(self.shell.undo_stack)
        self.undo_group.setActiveStack(self.shell.undo_stack)
        self._stack.addWidget(self.shell)
        self._stack.setCurrentWidget(self.shell)
        if area is not None:
            self.shell.show_area(area)
        self.close_workspace_action.setEnabled(True)
        # A server keeps its own backups; a read-only window changes nothing to undo.
        self.backups_action.setEnabled(not workspace.read_only and not workspace.on_server)
        self.undo_import_action.setEnabled(not workspace.read_only and not workspace.on_server)
        self._enable_export_action()
        city = workspace.city.get()
        title = self.tr("{0} {1} — Or Communities").format(city.name, city.plan_year)
        path = left_to_right(workspace.path)
        if workspace.read_only:
            self.setWindowTitle(self.tr("{0} (read only)").format(title))
            self._status.setText(
                self.tr("Read only: {0} is writing in it; nothing you change here is saved · {1}").format(
                    workspace.read_only_for, path
                )
            )
            return
        self.setWindowTitle(title)
        if workspace.on_server:
            self._status.setText(self._team_status(workspace, path))
            return
        self._status.setText(self.tr("Every change is saved at once · {0}").format(path))

    def show_server_connection(self, up: bool) -> None:
        """Say in the status bar, in place of where the workspace is, that the team server stopped answering (and
        that changes are refused meanwhile), and say where it is again once it is back."""
        if self.shell is None:
            return
        if up:
            self._status.setText(self._team_status(self.shell.workspace, left_to_right(self.shell.workspace.path)))
        else:
            self._status.setText(self.tr(
                "The team server does not answer: changes are refused until it is back. Connecting again by itself…"
            ))

    def _team_status(self, workspace: Workspace, path: str) -> str:
        """What the status bar says on a team server: where, and what this member's role lets them change."""
        access = workspace.access
        if access.role is TeamRole.VIEWER:
            return self.tr("On the team server, to read: your role is viewer, so nothing can be changed here · {0}").format(path)
        if access.role is TeamRole.COORDINATOR:
            names = {n.id: n.name for n in workspace.neighborhoods.list()}
            mine = ", ".join(sorted(names[nid] for nid in access.neighborhood_ids if nid in names))
            return self.tr(
                "On the team server as community coordinator: you change the records of {0}, and read the rest · {1}"
            ).format(mine, path)
        return self.tr("On the team server: every change is saved there at once · {0}").format(path)

    def export_city_workbook(self) -> None:
        """The whole city in one Excel workbook, read and written on a worker thread while the window stays usable."""
        if self.shell is None:
            return
        from ..services.plan_export import export_city_workbook

        self.flush_edits()
        workspace = self.shell.workspace
        city = workspace.city.get()
        self.exports.export(
            self.tr("Export the city workbook"),
            Path.home() / f"{city.name} {city.plan_year}.xlsx",
            partial(export_city_workbook, workspace, language=self._language),
            self.tr("The city workbook was written to {0}."),
        )

    def _enable_export_action(self) -> None:
        self.export_city_action.setEnabled(self.shell is not None and not self.exports.running)

    def stop_background_work(self) -> None:
        """Cancel a running export and wait for it, before the workspace it reads is closed or this window goes."""
        self.exports.stop()

    def current_area(self) -> Area | None:
        return self.shell.current_area() if self.shell is not None else None

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._language, self._settings, self)
        if not dialog.exec():
            return
        if dialog.chosen_language() != self._language:
            self.language_chosen.emit(dialog.chosen_language())  # a new window reads the new settings
        elif self.shell is not None:
            self.shell.events.announce()  # the map picks up a new base layer

    def _show_about(self) -> None:
        self._dialogs.info(
            self,
            self.tr("About Or Communities"),
            self.tr("Or Communities {0}\nA workspace for city community managers: the four-stage process, "
                    "neighborhoods, partners, people, plans and maps — offline.").format(__version__),
        )

    def flush_edits(self) -> None:
        """Write any edit still waiting for its typing pause."""
        if self.shell is not None:
            self.shell.flush_edits()

    def discard(self) -> None:
        """Close this window without touching the settings (it is being replaced)."""
        self._discarding = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        self.stop_background_work()
        if not self._discarding:
            self._settings.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)

