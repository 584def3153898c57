"""Asks for a new city's name, plan year and where its workspace file goes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import WORKSPACE_SUFFIX
from ..domain.validation import PLAN_YEAR_RANGE
from .dialogs import Dialogs
from .widgets.controls import number_spin

_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def file_name_for(city_name: str) -> str:
    """A file name made from the city's name, safe on Windows too."""
    stem = _UNSAFE_IN_FILE_NAMES.sub("", city_name).strip().strip(".")
    return f"{stem or 'city'}{WORKSPACE_SUFFIX}"


class NewCityDialog(QDialog):
    def __init__(self, dialogs: Dialogs, folder: Path, this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._folder = folder
        self._path_chosen_by_hand = False
        self.setObjectName("newCityDialog")
        self.setWindowTitle(self.tr("New city"))
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("cityNameEdit")
        self.name_edit.setPlaceholderText(self.tr("For example: Be'er Sheva"))
        self.year_spin = number_spin("planYearSpin")
        self.year_spin.setRange(*PLAN_YEAR_RANGE)
        self.year_spin.setValue(this_year)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("workspacePathEdit")
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("City name:"), self.name_edit)
        form.addRow(self.tr("Plan year:"), self.year_spin)
        form.addRow(self.tr("Workspace file:"), path_row)
        hint = QLabel(self.tr("The whole city is kept in this one file. You can copy it, back it up and open it on another computer."))
        hint.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._suggest_path)
        self.path_edit.textEdited.connect(self._mark_path_chosen)
        self._suggest_path("")

    def _suggest_path(self, name: str) -> None:
        if not self._path_chosen_by_hand:
            self.path_edit.setText(str(self._folder / file_name_for(name)))

    def _mark_path_chosen(self) -> None:
        self._path_chosen_by_hand = True

    def _browse(self) -> None:
        chosen = self._dialogs.save_file(
            self,
            self.tr("Where to keep the workspace"),
            self.workspace_path(),
            self.tr("Or Communities workspaces (*{0})").format(WORKSPACE_SUFFIX),
        )
        if chosen is not None:
            self._path_chosen_by_hand = True
            self.path_edit.setText(str(chosen))

    def _accept_if_complete(self) -> None:
        if not self.city_name():
            self._dialogs.error(self, self.tr("New city"), self.tr("Type the city's name."))
            self.name_edit.setFocus()
            return
        if self.workspace_path().exists():
            self._dialogs.error(
                self,
                self.tr("New city"),
                self.tr("The file {0} already exists. Choose another name or folder.").format(self.workspace_path()),
            )
            return
        self.accept()

    def city_name(self) -> str:
        return self.name_edit.text().strip()

    def plan_year(self) -> int:
        return self.year_spin.value()

    def workspace_path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix == WORKSPACE_SUFFIX else path.with_name(path.name + WORKSPACE_SUFFIX)
