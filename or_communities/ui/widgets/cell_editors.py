"""Editors for a list's cells by the kind its column asks for, used in place in the tables (the budget's, a city
project's milestones) and in the forms that add a record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..models.record_table import (
    CHOICES_ROLE,
    EDITOR_ROLE,
    AnyIndex,
    EditorKind,
    RecordTableModel,
)
from .amount_spin import AmountSpin
from .date_fields import NO_DATE, new_date_edit

NUMBER_LIMIT = 1_000_000_000.0


def make_editor(
    kind: EditorKind, choices: list[tuple[str, object]], no_date_text: str, parent: QWidget | None = None
) -> QWidget:
    if kind is EditorKind.AMOUNT:
        return AmountSpin(parent=parent)
    if kind is EditorKind.NUMBER:
        number = QDoubleSpinBox(parent)
        number.setRange(0.0, NUMBER_LIMIT)
        number.setDecimals(2)
        number.setGroupSeparatorShown(True)
        return number
    if kind is EditorKind.CHOICE:
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        return combo
    if kind is EditorKind.DATE:
        return new_date_edit(parent, NO_DATE, no_date_text)
    return QLineEdit(parent)


def set_editor_value(editor: QWidget, value: object) -> None:
    if isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value) if isinstance(value, (int, float)) else 0.0)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QDateEdit):
        editor.setDate(QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else NO_DATE)
    elif isinstance(editor, QLineEdit):
        editor.setText(value if isinstance(value, str) else "")


def editor_value(editor: QWidget) -> object:
    if isinstance(editor, QDoubleSpinBox):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QDateEdit):
        date = editor.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
    if isinstance(editor, QLineEdit):
        return editor.text()
    return None


class CellEditorDelegate(QStyledItemDelegate):
    """Edits a cell with the editor its column asks for (through the model's EDITOR_ROLE and CHOICES_ROLE)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if not isinstance(kind, EditorKind):
            return super().createEditor(parent, option, index)
        editor = make_editor(kind, index.data(CHOICES_ROLE) or [], self.tr("No date"), parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        set_editor_value(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        model.setData(index, editor_value(editor))


class RecordDialog(QDialog):
    """A form with one field per editable column of a list; ``record()`` is the blank record filled in."""

    def __init__(
        self, title: str, model: RecordTableModel, blank: Any, parent: QWidget | None = None, name: str = "recordDialog"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.setMinimumWidth(460)
        self._blank = blank
        self._columns = [column for column in model.columns if column.editor is not None and column.apply is not None]
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for column in self._columns:
            assert column.editor is not None
            editor = make_editor(column.editor, column.choices() if column.choices else [], self.tr("No date"))
            editor.setObjectName(f"{column.key}Editor")
            set_editor_value(editor, column.value(blank) if column.value else column.text(blank))
            self.editors[column.key] = editor
            form.addRow(self.tr("{0}:").format(column.header), editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if self._columns:
            self.editors[self._columns[0].key].setFocus()

    def record(self) -> Any:
        record = self._blank
        for column in self._columns:
            assert column.apply is not None
            record = column.apply(record, editor_value(self.editors[column.key]))
        return record


def commit_open_editors(tables: Iterable[QAbstractItemView]) -> None:
    """Write a cell still being edited in one of ``tables`` (before the screen reads the workspace again)."""
    focus = QApplication.focusWidget()
    for table in tables:
        if focus is not None and focus.parent() is table.viewport():
            table.commitData(focus)
            table.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)
