"""Small dialogs that add one entry to a history: a contact with a partner, a status change, a mentoring session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.relations import (
    ContactEntry,
    ContactKind,
    MentoringSession,
    PersonStatus,
    StatusChange,
)
from .widgets.date_fields import OptionalDateEdit, new_date_edit
from .widgets.note_edit import NoteEdit


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _EntryDialog(QDialog):
    def __init__(self, title: str, today: dt.date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.date_edit = new_date_edit()
        self.date_edit.setDate(_qdate(today))
        self.date_edit.setObjectName("entryDateEdit")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def date(self) -> dt.date:
        return _date(self.date_edit.date())


class ContactDialog(_EntryDialog):
    """Log a contact with a partner: when, how, and what was said."""

    def __init__(self, partner_id: int, language: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__("", today, parent)
        self.setWindowTitle(self.tr("Log a contact"))
        self.setObjectName("contactDialog")
        self._partner_id = partner_id
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("contactKindCombo")
        for kind in ContactKind:
            self.kind_combo.addItem(kind.label.get(language), kind)
        self.summary_edit = NoteEdit()
        self.summary_edit.setObjectName("contactSummaryEdit")
        self.summary_edit.setPlaceholderText(self.tr("What was said, what was agreed…"))
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("Summary:"), self.summary_edit)

    def entry(self) -> ContactEntry:
        return ContactEntry(None, self._partner_id, self.date(), self.kind_combo.currentData(), self.summary_edit.toPlainText())


class StatusDialog(_EntryDialog):
    """A new status from a date on; the earlier ones stay in the history."""

    def __init__(
        self, person_id: int, current: PersonStatus, language: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__("", today, parent)
        self.setWindowTitle(self.tr("Change status"))
        self.setObjectName("statusDialog")
        self._person_id = person_id
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("newStatusCombo")
        for status in PersonStatus:
            self.status_combo.addItem(status.label.get(language), status)
        others = [status for status in PersonStatus if status is not current]
        self.status_combo.setCurrentIndex(self.status_combo.findData(others[0]))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("statusNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Why, if it helps to remember"))
        self.form.insertRow(0, self.tr("New status:"), self.status_combo)
        self.form.addRow(self.tr("Note:"), self.note_edit)

    def change(self) -> StatusChange:
        return StatusChange(None, self._person_id, self.status_combo.currentData(), self.date(), self.note_edit.text())


class MentoringDialog(_EntryDialog):
    """One session of a coordinator's personal professional accompaniment."""

    def __init__(self, person_id: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__("", today, parent)
        self.setWindowTitle(self.tr("Mentoring session"))
        self.setObjectName("mentoringDialog")
        self._person_id = person_id
        self.topics_edit = NoteEdit()
        self.topics_edit.setObjectName("topicsEdit")
        self.topics_edit.setPlaceholderText(self.tr("What was discussed"))
        self.agreed_edit = NoteEdit()
        self.agreed_edit.setObjectName("agreedEdit")
        self.agreed_edit.setPlaceholderText(self.tr("What was agreed, who does what"))
        self.follow_up_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.follow_up_edit.setObjectName("followUpByEdit")
        self.follow_up_edit.set_value(None)
        self.form.addRow(self.tr("Topics:"), self.topics_edit)
        self.form.addRow(self.tr("What was agreed:"), self.agreed_edit)
        self.form.addRow(self.tr("Follow up by:"), self.follow_up_edit)

    def session(self) -> MentoringSession:
        return MentoringSession(
            None,
            self._person_id,
            self.date(),
            self.topics_edit.toPlainText(),
            self.agreed_edit.toPlainText(),
            self.follow_up_edit.value(),
        )
