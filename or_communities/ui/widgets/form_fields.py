"""The pieces of a form that saves as it is typed: typed fields, check lists, a problem shown under its field,
and saving every field the service accepts while the refused one says why."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import (
    EmptyName,
    InputError,
    InvalidEmail,
    InvalidPhone,
    NameTooLong,
)
from ..labels import input_error_message
from ..style import PROBLEM
from .controls import start_where_the_reader_starts
from .note_edit import NoteEdit

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

VALUE_ROLE = Qt.ItemDataRole.UserRole


def typed_line(name: str, on_typing: Callable[[], None], on_done: Callable[[], None]) -> QLineEdit:
    """A one-line field of a form saved as it is typed: ``on_typing`` at each change, ``on_done`` on leaving it."""
    edit = QLineEdit()
    edit.setObjectName(name)
    start_where_the_reader_starts(edit)
    edit.textChanged.connect(lambda _text: on_typing())
    edit.editingFinished.connect(on_done)
    return edit


def typed_text(name: str, placeholder: str, on_typing: Callable[[], None], height: int | None = None) -> NoteEdit:
    """A few lines of free text in a form saved as it is typed; Tab moves on instead of typing a tab."""
    edit = NoteEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    if height is not None:
        edit.setMaximumHeight(height)
    edit.textChanged.connect(on_typing)
    return edit


class CheckList(QListWidget):
    """A list of values, each with a check box; ``changed`` when the user ticks or unticks one."""

    changed = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)

    def set_choices(self, choices: Iterable[tuple[str, Hashable]]) -> None:
        ticked = self.checked()
        self._filling = True
        self.clear()
        for label, value in choices:
            item = QListWidgetItem(label)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self._filling = False

    def checked(self) -> frozenset:
        return frozenset(
            self.item(row).data(VALUE_ROLE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, values: Iterable[Hashable]) -> None:
        wanted = set(values)
        self._filling = True
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(VALUE_ROLE) in wanted else Qt.CheckState.Unchecked)
        self._filling = False

    def item_for(self, value: Hashable) -> QListWidgetItem | None:
        return next((self.item(r) for r in range(self.count()) if self.item(r).data(VALUE_ROLE) == value), None)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.changed.emit()


class CheckRow(QWidget):
    """Check boxes for a small set of values (contributions, memberships), two in a row, so the form stays as narrow
    as a laptop's side panel."""

    changed = Signal()

    def __init__(self, name: str, choices: Iterable[tuple[str, Hashable]]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.boxes: dict[Hashable, QCheckBox] = {}
        listed = list(choices)
        per_row = min(2, len(listed))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for place, (label, value) in enumerate(listed):
            box = QCheckBox(label)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[value] = box
            layout.addWidget(box, place // per_row, place % per_row)
        layout.setColumnStretch(per_row, 1)

    def checked(self) -> frozenset:
        return frozenset(value for value, box in self.boxes.items() if box.isChecked())

    def set_checked(self, values: Iterable[Hashable]) -> None:
        wanted = set(values)
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in wanted)
            box.blockSignals(False)


class FieldProblem(QLabel):
    """What is wrong with one field, shown under it; the field gets a red frame until it is right."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self._field = field
        self.setObjectName(f"{field.objectName()}Problem")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {PROBLEM};")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(message)
        self.show()
        self._field.setStyleSheet(f"border: 2px solid {PROBLEM};")
        self._field.setToolTip(message)

    def clear_problem(self) -> None:
        if self.isHidden() and not self.text():
            return
        self.setText("")
        self.hide()
        self._field.setStyleSheet("")
        self._field.setToolTip("")

    @property
    def showing(self) -> bool:
        return bool(self.text())


def field_with_problem(field: QWidget, problem: FieldProblem) -> QWidget:
    """The field with its problem line under it, as one row of a form."""
    return field_with_line_under(field, problem)


def field_with_line_under(field: QWidget, line: QWidget) -> QWidget:
    """The field with a line of text under it (a problem, a note), as one row of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(line)
    return box


Record = TypeVar("Record", bound="DataclassInstance")


def save_keeping_good_fields(
    edited: Record,
    current: Record,
    save: Callable[[Record], Record],
    field_of: Callable[[InputError, Record], str | None],
    problems: dict[str, FieldProblem],
) -> tuple[Record, InputError | None]:
    """Save a form's record; a field the service refuses keeps its saved value and shows why under it.

    Returns the record as saved, and an error no single field explains (nothing was saved then).
    """
    refused: dict[str, str] = {}
    saved = current
    for _attempt in range(len(problems) + 1):
        if edited == saved and not refused:
            break
        try:
            saved = save(edited)
            break
        except InputError as error:
            field = field_of(error, edited)
            if field is None or field in refused:
                return current, error
            refused[field] = input_error_message(error)
            edited = dataclasses.replace(edited, **{field: getattr(current, field)})
    for field, problem in problems.items():
        if field in refused:
            problem.show_problem(refused[field])
        else:
            problem.clear_problem()
    return saved, None


def contact_field_of(error: InputError, name_field: str, name: str, other_line_field: str) -> str | None:
    """The field an error is about, in a form with a name, a phone, an email and one more line of text (which is
    the one too long when the name is not)."""
    if isinstance(error, InvalidPhone):
        return "phone"
    if isinstance(error, InvalidEmail):
        return "email"
    if isinstance(error, EmptyName):
        return name_field
    if isinstance(error, NameTooLong):
        return name_field if len(name.strip()) > error.limit else other_line_field
    return None


def form_scroll(form_box: QWidget, name: str) -> QScrollArea:
    """A record's form in a side panel: it scrolls down, never sideways; long rows put the field under its label,
    and choices with long names (tasks, goals) narrow to the panel, their whole text in the open list."""
    for form in form_box.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for combo in form_box.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(form_box)
    return scroll
