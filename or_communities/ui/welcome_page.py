"""The first page: a new city, an existing workspace, a recent one, or the demo city."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import WORKSPACE_SUFFIX
from .dialogs import Dialogs
from .settings import AppSettings


class RecentWorkspacesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._paths: list[Path] = []

    def set_paths(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self.endResetModel()

    def path_at(self, row: int) -> Path:
        return self._paths[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        path = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{path.stem}    ({path.parent})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path)
        return None


class WelcomePage(QWidget):
    """Asks for a workspace; what the user chose goes out as a request, and the application opens it."""

    workspace_chosen = Signal(object)
    """A workspace file the user picked in the file dialog (a Path)."""
    recent_chosen = Signal(object)
    """A workspace from the recent list (a Path that exists)."""
    city_requested = Signal(object, str, int)
    """A new city: where to write it (a Path), its name and its plan year."""
    demo_requested = Signal()
    server_chosen = Signal(str)
    """A team workspace on a PostgreSQL server (its URL, with the password typed for this connection only)."""

    def __init__(self, settings: AppSettings, dialogs: Dialogs) -> None:
        super().__init__()
        self._settings = settings
        self._dialogs = dialogs
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Or Communities"))
        title_font = QFont(title.font())
        title_font.setPointSize(title_font.pointSize() + 14)
        title_font.setBold(True)
        title.setFont(title_font)
        subtitle = QLabel(self.tr("Building communities in every neighborhood of the city — step by step."))
        subtitle.setWordWrap(True)

        self.new_city_button = self._big_button(self.tr("New city…"), "newCityButton", self.new_city)
        self.open_button = self._big_button(self.tr("Open a workspace…"), "openWorkspaceButton", self.choose_workspace)
        self.demo_button = self._big_button(self.tr("Open the demo city"), "demoCityButton", self.demo_requested.emit)
        self.server_button = self._big_button(self.tr("Team server…"), "serverButton", self.choose_server)
        buttons = QHBoxLayout()
        for button in (self.new_city_button, self.open_button, self.demo_button, self.server_button):
            buttons.addWidget(button)

        self.recent_model = RecentWorkspacesModel()
        self.recent_list = QListView()
        self.recent_list.setObjectName("recentWorkspaces")
        self.recent_list.setModel(self.recent_model)
        self.recent_list.activated.connect(lambda index: self.open_recent(self.recent_model.path_at(index.row())))
        self.recent_empty = QLabel(self.tr("Workspaces you open will be listed here."))

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(QLabel(self.tr("Recent workspaces")))
        column.addWidget(self.recent_list, 2)
        column.addWidget(self.recent_empty)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.refresh()

    def _big_button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(56)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        recent = self._settings.recent_workspaces()
        self.recent_model.set_paths(recent)
        self.recent_empty.setVisible(not recent)
        self.recent_list.setVisible(bool(recent))

    def workspace_filter(self) -> str:
        return self.tr("Or Communities workspaces (*{0})").format(WORKSPACE_SUFFIX)

    def new_city(self) -> None:
        from .new_city_dialog import NewCityDialog

        folder = self._settings.last_folder() or Path.home()
        dialog = NewCityDialog(self._dialogs, folder, dt.date.today().year, self.window())
        if dialog.exec():
            self.city_requested.emit(dialog.workspace_path(), dialog.city_name(), dialog.plan_year())

    def choose_workspace(self) -> None:
        path = self._dialogs.open_file(
            self.window(), self.tr("Open a workspace"), self._settings.last_folder(), self.workspace_filter()
        )
        if path is not None:
            self.workspace_chosen.emit(path)

    def choose_server(self) -> None:
        from .server_dialog import ServerDialog

        dialog = ServerDialog(self.window())
        if dialog.exec():
            self.server_chosen.emit(dialog.url())

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            self._dialogs.error(
                self.window(),
                self.tr("Cannot open the workspace"),
                self.tr("The file {0} was not found, so it was removed from the recent list.").format(path),
            )
            self._settings.forget_workspace(path)
            self.refresh()
            return
        self.recent_chosen.emit(path)

