"""Application settings: the interface language and the map's base layer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, language: str, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        # Each language is named in itself, so it can be found whatever the current one is.
        self.language_combo.addItem("עברית", "he")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

        self.online_tiles = QCheckBox(self.tr("Fetch street-map tiles from OpenStreetMap over the internet"))
        self.online_tiles.setObjectName("onlineTilesCheck")
        self.tile_package = QLineEdit()
        self.tile_package.setObjectName("tilePackageEdit")
        self.tile_package.setPlaceholderText(self.tr("none: neighborhoods on a plain background"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_tile_package)
        package_row = QHBoxLayout()
        package_row.addWidget(self.tile_package, 1)
        package_row.addWidget(choose)
        if settings is not None:
            self.online_tiles.setChecked(settings.online_tiles())
            package = settings.tile_package()
            self.tile_package.setText(str(package) if package else "")

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language_combo)
        form.addRow(self.tr("Online map:"), self.online_tiles)
        form.addRow(self.tr("Tile package on disk (MBTiles):"), package_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The window is rebuilt in the chosen language; your work stays open.")))
        layout.addWidget(buttons)

    def _choose_tile_package(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Tile package"), "", self.tr("Tile packages (*.mbtiles)"))
        if chosen:
            self.tile_package.setText(chosen)

    def _accept(self) -> None:
        if self._settings is not None:
            self._settings.set_online_tiles(self.online_tiles.isChecked())
            text = self.tile_package.text().strip()
            self._settings.set_tile_package(Path(text) if text else None)
        self.accept()

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())
