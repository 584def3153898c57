"""The form of one task: status, owner, dates, notes, and the tools that belong to it.

Every change is written at once; typing is written after a short pause and
whenever the form is left, so nothing waits for a Save button.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import catalog
from ....domain.catalog import Task
from ....domain.records import TaskState, TaskStatus
from ...labels import area_label, status_label
from ...style import Title, set_title
from ...tool_actions import tool_opener
from ...typing_pause import TypingPause
from ...view_context import READY_AREAS, ViewContext
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.note_edit import NoteEdit


class TaskEditor(QWidget):
    saved = Signal(object)
    """A TaskState that was just written."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self._context = context
        self._task: Task | None = None
        self._state: TaskState | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)

        self.title = QLabel(self.tr("Choose a task to see and edit it."))
        self.title.setObjectName("taskTitle")
        self.title.setWordWrap(True)
        set_title(self.title, Title.RECORD)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for status in TaskStatus:
            self.status_combo.addItem(status_label(status), status)
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("ownerEdit")
        self.due_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.due_edit.setObjectName("dueDateEdit")
        self.done_edit = OptionalDateEdit(self.tr("Clear the date"), self.tr("No date"))
        self.done_edit.setObjectName("doneDateEdit")
        self.notes_edit = NoteEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("Notes: what was done, what is next, who to talk to…"))

        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Owner:"), self.owner_edit)
        form.addRow(self.tr("Due date:"), self.due_edit)
        form.addRow(self.tr("Date done:"), self.done_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        self.form_box = QWidget()
        self.form_box.setLayout(form)

        self.tools_box = QGroupBox(self.tr("Tools for this task"))
        self.tools_layout = QVBoxLayout(self.tools_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.form_box)
        layout.addWidget(self.tools_box)
        layout.addStretch(1)
        self._set_enabled(False)

        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.owner_edit.textEdited.connect(self._typing)
        self.owner_edit.editingFinished.connect(self.flush_edits)
        self.notes_edit.textChanged.connect(self._typing)
        self.due_edit.changed.connect(self._save_now)
        self.done_edit.changed.connect(self._save_now)

    def _set_enabled(self, enabled: bool) -> None:
        self.form_box.setEnabled(enabled)
        self.tools_box.setVisible(enabled)

    def load(self, task: Task | None, state: TaskState | None) -> None:
        self.flush_edits()
        self._task, self._state = task, state
        self._loading = True
        try:
            if task is None or state is None:
                self.title.setText(self.tr("Choose a task to see and edit it."))
                self._set_enabled(False)
                return
            self._set_enabled(True)
            # On a team server, the state of a task the member's role may not change is shown, read only.
            self.form_box.setEnabled(self._context.workspace.access.may_edit(state.neighborhood_id))
            self.title.setText(f"{task.stage_number}.{task.number}  {task.name.get(self._context.language)}")
            self.status_combo.setCurrentIndex(self.status_combo.findData(state.status))
            self.owner_edit.setText(state.owner)
            self.due_edit.set_value(state.due_date)
            self.done_edit.set_value(state.done_date)
            self.notes_edit.setPlainText(state.notes)
            self._show_tools(task)
        finally:
            self._loading = False

    def _show_tools(self, task: Task) -> None:
        while (item := self.tools_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        tools = catalog.tools_of(task)
        if not tools:
            self.tools_layout.addWidget(QLabel(self.tr("The guide names no special tool for this task.")))
        for tool in tools:
            self.tools_layout.addWidget(self._tool_card(tool))

    def _tool_card(self, tool: catalog.Tool) -> QFrame:
        language = self._context.language
        card = QFrame()
        card.setObjectName(f"tool_{tool.key}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        name = QLabel(tool.name.get(language))
        name.setStyleSheet("font-weight: bold;")
        name.setWordWrap(True)
        summary = QLabel(tool.summary.get(language))
        summary.setWordWrap(True)
        layout = QVBoxLayout(card)
        layout.addWidget(name)
        layout.addWidget(summary)
        if tool.area is not None and tool.area in READY_AREAS:
            button = QPushButton(self.tr("Open: {0}").format(area_label(tool.area)))
            button.setObjectName("toolOpenButton")
            place = self._state.neighborhood_id if self._state is not None else None
            task_key = self._task.key if self._task is not None else None
            opens = tool_opener(self._context, tool.key, place, task_key)
            button.clicked.connect(lambda _checked=False: opens())
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        elif tool.area is not None:
            coming = QLabel(self.tr("Will open in the “{0}” area, which is being built.").format(area_label(tool.area)))
            coming.setObjectName("toolComing")
            coming.setStyleSheet("color: #666;")
            coming.setWordWrap(True)
            layout.addWidget(coming)
        return card

    def _on_status_changed(self) -> None:
        if self._loading or self._state is None:
            return
        status = self.status_combo.currentData()
        if status is TaskStatus.DONE and self.done_edit.value() is None:
            self._loading = True
            self.done_edit.set_value(self._context.workspace.clock())
            self._loading = False
        self._save_now()

    def _typing(self) -> None:
        if not self._loading and self._state is not None:
            self._pause.typed()

    def _save_now(self) -> None:
        if not self._loading and self._state is not None:
            self._pause.write_now()

    def flush_edits(self) -> None:
        """Write what was typed and not yet written."""
        self._pause.flush()

    def _write(self) -> None:
        if self._state is None:
            return
        edited = dataclasses.replace(
            self._state,
            status=self.status_combo.currentData(),
            owner=self.owner_edit.text().strip(),
            due_date=self.due_edit.value(),
            done_date=self.done_edit.value(),
            notes=self.notes_edit.toPlainText(),
        )
        if edited == self._state:
            return
        self._state = self._context.workspace.journey.save(edited)
        self.saved.emit(self._state)
