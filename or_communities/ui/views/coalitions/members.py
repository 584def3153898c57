"""A coalition's members: the partners chosen into it, what each committed, and who needs a follow-up."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....domain.errors import InputError
from ....services.coalitions import CoalitionEntry
from ...labels import input_error_message
from ...models.cells import date_text
from ...models.record_table import Column, RecordTableModel
from ...style import PROBLEM, Title, set_title
from ...typing_pause import TypingPause
from ...view_context import ViewContext
from ...widgets.controls import make_button, make_table
from ...widgets.screen_fit import ColumnFitter

FOLLOW_UP_MARK = "⚠"


class MembersPanel(QWidget):
    changed = Signal()
    """The members changed (someone joined, left, or a commitment was written)."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self._context = context
        self._place: int | None = None
        self._flagged: set[int] = set()
        self._pause = TypingPause(self._write_commitment, self)
        heading = QLabel(self.tr("Members"))
        set_title(heading, Title.SECTION)
        self.model = RecordTableModel(self._columns(), key=lambda entry: entry.partner.id)
        self.table = make_table("coalitionMembersTable")
        self.table.setModel(self.model)
        ColumnFitter(self.table, (0,), context.settings).watch()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.choose_button = make_button(self.tr("Choose partners…"), "chooseMembersButton", self.choose_partners, "add")
        self.remove_button = make_button(self.tr("Remove from the coalition…"), "removeMemberButton", self.remove_member, "remove")
        self.commitment_edit = QLineEdit()
        self.commitment_edit.setObjectName("commitmentEdit")
        self.commitment_edit.setPlaceholderText(self.tr("What the partner committed: a room, volunteers, a budget…"))
        self.commitment_edit.textEdited.connect(lambda _text: self._pause.typed())
        self.commitment_edit.editingFinished.connect(self._pause.flush)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        commitment = QHBoxLayout()
        commitment.addWidget(QLabel(self.tr("Committed:")))
        commitment.addWidget(self.commitment_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(commitment)
        self._show_member(None)

    def _columns(self) -> list[Column]:
        language = self._context.language
        return [
            Column(self.tr("Partner"), lambda entry: entry.partner.name),
            Column(self.tr("Kind"), lambda entry: entry.partner.kind.label.get(language)),
            Column(self.tr("Commitment"), lambda entry: entry.member.commitment),
            Column(self.tr("Joined"), lambda entry: date_text(entry.member.joined_on), lambda entry: entry.member.joined_on),
            Column(
                self.tr("Follow-up"),
                lambda entry: FOLLOW_UP_MARK if entry.partner.id in self._flagged else "",
                tooltip=lambda entry: self.tr("Not contacted for long, or a follow-up is due")
                if entry.partner.id in self._flagged
                else None,
                foreground=lambda entry: QColor(PROBLEM) if entry.partner.id in self._flagged else None,
            ),
        ]

    def show_place(self, neighborhood_id: int | None) -> None:
        self._pause.flush()
        self._place = neighborhood_id
        editable = self._context.workspace.access.may_edit(neighborhood_id)  # on a team server, as the role allows
        self.model.row_editable = lambda _entry: editable
        self.choose_button.setEnabled(editable)
        self._flagged = set(self._context.workspace.partners.flags())
        self.model.set_records(self._context.workspace.coalitions.members(neighborhood_id))
        self._show_member(None)

    def entries(self) -> list[CoalitionEntry]:
        return self.model.records()

    def current(self) -> CoalitionEntry | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._pause.flush()
        self._show_member(self.model.record(current.row()) if current.isValid() else None)

    def _show_member(self, entry: CoalitionEntry | None) -> None:
        editable = entry is not None and self._context.workspace.access.may_edit(self._place)
        self.remove_button.setEnabled(editable)
        self.commitment_edit.setEnabled(editable)
        self.commitment_edit.setText(entry.member.commitment if entry else "")

    def _write_commitment(self) -> None:
        entry = self.current()
        if entry is None or entry.member.commitment == self.commitment_edit.text().strip():
            return
        member = dataclasses.replace(entry.member, commitment=self.commitment_edit.text())
        try:
            saved = self._context.workspace.coalitions.update_member(member)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Commitment"), input_error_message(error))
            return
        self.model.replace_record(CoalitionEntry(saved, entry.partner))
        self.changed.emit()

    def flush_edits(self) -> None:
        self._pause.flush()

    def choose_partners(self) -> None:
        self._pause.flush()
        inside = {entry.partner.id for entry in self.entries()}
        choices = [(p.name, p.id) for p in self._context.workspace.partners.list() if p.id not in inside]
        title = self.tr("Choose partners into the coalition")
        if not choices:
            self._context.dialogs.info(self, title, self.tr("Every partner is in this coalition. Add partners in the Partners area."))
            return
        chosen = self._context.dialogs.choose_many(self, title, self.tr("Partners to join the coalition:"), choices)
        if not chosen:
            return
        self._context.workspace.coalitions.add_members(self._place, [int(str(value)) for value in chosen])
        self.show_place(self._place)
        self.changed.emit()

    def remove_member(self) -> None:
        entry = self.current()
        if entry is None:
            return
        title = self.tr("Remove from the coalition")
        question = self.tr("Take “{0}” out of the coalition? The partner itself stays.").format(entry.partner.name)
        if self._context.dialogs.confirm(self, title, question):
            self._context.workspace.coalitions.remove_member(self._place, entry.partner.id)
            self.show_place(self._place)
            self.changed.emit()
