"""A short list of dated items under a form, edited in place: a city project's milestones, a conference's checklist.
Each item has a name, a date (and, where it serves, an owner) and is done or not; one whose date has passed and is
not done is marked. Added by name, then given its date and owner in the table."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import InputError
from ..labels import ATTENTION_COLOR
from ..models.cells import date_text
from ..models.record_table import Column, EditorKind, RecordTableModel
from ..style import Title, set_title
from ..view_context import ViewContext
from .cell_editors import CellEditorDelegate, commit_open_editors
from .controls import make_button, make_table
from .screen_fit import ColumnFitter


class DatedItem(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def due(self) -> dt.date | None: ...
    @property
    def done(self) -> bool: ...


class DatedItems(Protocol):
    """Where the items of one parent (a project, a conference) are read and written."""

    def load(self, parent_id: int) -> list[Any]: ...

    def add(self, parent_id: int, name: str) -> Any: ...

    def save(self, item: Any) -> Any: ...

    def remove(self, item: Any) -> None: ...


@dataclass(frozen=True)
class DatedItemsTexts:
    """What the panel says, in the words of the page that holds it."""

    name: str
    heading: str
    item_header: str
    add: str
    new_title: str
    new_label: str
    remove_title: str
    remove_question: str
    """With {0} for the item's name."""
    with_owner: bool = False


class DatedItemsPanel(QWidget):
    def __init__(
        self,
        context: ViewContext,
        texts: DatedItemsTexts,
        items: DatedItems,
        show_error: Callable[[InputError, str], None],
        changed: Callable[[], None],
    ) -> None:
        super().__init__()
        self.setObjectName(f"{texts.name}Panel")
        self._context = context
        self._texts = texts
        self._items = items
        self._show_error = show_error
        self._changed = changed
        self.parent_id: int | None = None
        self.model = RecordTableModel(
            self._columns(), key=lambda item: item.id, row_background=self._attention, row_tooltip=self._attention_text
        )
        self.model.save = self._save
        self.model.undo_stack = context.undo_stack
        self.table = make_table(f"{texts.name}Table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellEditorDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        ColumnFitter(self.table, (), context.settings).watch()  # a long item is cut, with its whole text on hover
        self.table.setMinimumHeight(120)
        heading = QLabel(texts.heading)
        set_title(heading, Title.SECTION)
        self.add_button = make_button(texts.add, f"add{texts.name[:1].upper()}{texts.name[1:]}Button", self.add_item, "add")
        self.remove_button = make_button(
            self.tr("Remove…"), f"remove{texts.name[:1].upper()}{texts.name[1:]}Button", self.remove_item, "remove"
        )
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column]:
        done_choices: list[tuple[str, object]] = [(self.tr("Done"), True), (self.tr("Not yet"), False)]
        columns = [
            Column(self._texts.item_header, lambda i: i.name, key="name", editor=EditorKind.TEXT,
                   apply=lambda i, value: dataclasses.replace(i, name=str(value))),
        ]
        if self._texts.with_owner:
            columns.append(
                Column(self.tr("Owner"), lambda i: i.owner, key="owner", editor=EditorKind.TEXT,
                       apply=lambda i, value: dataclasses.replace(i, owner=str(value)))
            )
        columns += [
            Column(self.tr("Date"), lambda i: date_text(i.due), lambda i: i.due, key="due", value=lambda i: i.due,
                   editor=EditorKind.DATE, apply=lambda i, value: dataclasses.replace(i, due=value)),
            Column(self.tr("Done"), lambda i: self.tr("Done") if i.done else self.tr("Not yet"), key="done",
                   value=lambda i: i.done, editor=EditorKind.CHOICE, choices=lambda: done_choices,
                   apply=lambda i, value: dataclasses.replace(i, done=bool(value))),
        ]
        return columns

    def _late(self, item: DatedItem) -> bool:
        return not item.done and item.due is not None and item.due < self._context.workspace.clock()

    def _attention(self, item: DatedItem) -> object:
        return ATTENTION_COLOR if self._late(item) else None

    def _attention_text(self, item: DatedItem) -> str | None:
        return self.tr("Its date has passed and it is not done") if self._late(item) else None

    def flush_edits(self) -> None:
        commit_open_editors([self.table])

    def show_items_of(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.model.set_records([] if parent_id is None else self._items.load(parent_id))
        self.setEnabled(parent_id is not None)

    def _save(self, item: Any) -> Any | None:
        try:
            saved = self._items.save(item)
        except InputError as error:
            self._show_error(error, self._texts.heading)
            return None
        self._changed()
        return saved

    def add_item(self) -> None:
        if self.parent_id is None:
            return
        name = self._context.dialogs.ask_text(self, self._texts.new_title, self._texts.new_label)
        if name is None:
            return
        try:
            added = self._items.add(self.parent_id, name)
        except InputError as error:
            self._show_error(error, self._texts.heading)
            return
        self.show_items_of(self.parent_id)
        row = self.model.row_of(added.id)
        if row is not None:
            self.table.selectRow(row)
        self._changed()

    def remove_item(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.model.record(rows[0].row())
        question = self._texts.remove_question.format(item.name)
        if not self._context.dialogs.confirm(self, self._texts.remove_title, question):
            return
        self._items.remove(item)
        self.show_items_of(self.parent_id)
        self._changed()
