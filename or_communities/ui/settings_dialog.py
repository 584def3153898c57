"""Application settings: the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        # Each language is named in itself, so it can be found whatever the current one is.
        self.language_combo.addItem("עברית", "he")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The window is rebuilt in the chosen language; your work stays open.")))
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())
