"""Connecting to a city team's workspace on a PostgreSQL server: where it is and who you are. The password is asked
each time and never kept."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from .widgets.controls import number_spin

DEFAULT_PORT = 5432


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setMinimumWidth(420)
        self.host_edit = self._line("serverHostEdit")
        self.port_spin = number_spin("serverPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = self._line("serverDatabaseEdit")
        self.user_edit = self._line("serverUserEdit")
        self.password_edit = self._line("serverPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _line(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def url(self) -> str:
        """The connection as a URL; user and password quoted, so any character in them is only a character."""
        user = quote(self.user_edit.text().strip(), safe="")
        password = self.password_edit.text()
        who = f"{user}:{quote(password, safe='')}@" if password else (f"{user}@" if user else "")
        host = self.host_edit.text().strip()
        database = quote(self.database_edit.text().strip(), safe="")
        if host.startswith("/"):  # a socket folder on this computer, not a host name
            return f"postgresql://{who}/{database}?host={quote(host, safe='/')}&port={self.port_spin.value()}"
        return f"postgresql://{who}{host}:{self.port_spin.value()}/{database}"
