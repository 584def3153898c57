"""The one table model for lists of records: each column described once, and the rows are the records.

A column says its header, its text, and optionally how it sorts, how it is edited in place (the editor, the
value the editor starts from, and the copy of the record an edit makes), and its colors, icon and tooltip.
The list models of the app are this model with their columns, plus what is particular to each list.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from .cells import date_sort_key

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 3
"""Which editor a cell takes (an EditorKind), or None when it is not edited in place."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4
"""For a choice cell: [(label, value), …]."""

Cell = Callable[[Any], Any]


class EditorKind(Enum):
    TEXT = "text"
    AMOUNT = "amount"
    NUMBER = "number"
    """A plain number (a target, a measured value), no currency."""
    CHOICE = "choice"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    header: str
    text: Cell
    """What the cell shows (a string, or a number such as a row of a file)."""
    sort: Cell | None = None
    """The value the column sorts by; without it, the editor's value, else the text without case."""
    _: KW_ONLY
    key: str = ""
    value: Cell | None = None
    """The value an editor starts from."""
    editor: EditorKind | None = None
    apply: Callable[[Any, object], Any] | None = None
    """A copy of the row's record with the edited value."""
    choices: Callable[[], list[tuple[str, object]]] | None = None
    amount: bool = False
    """A sum of money: aligned to the end of the cell, as numbers are."""
    tooltip: Callable[[Any], str | None] | None = None
    """Without one (and without a row's own), the tooltip is the text, so a cut cell can still be read whole."""
    background: Cell | None = None
    foreground: Cell | None = None
    icon: Cell | None = None


def sortable(value: object) -> object:
    """A value Qt can order the way a reader expects: enums in their declared order, no date first, text by letter."""
    if isinstance(value, Enum):
        return list(type(value)).index(value)
    if isinstance(value, dt.date) or value is None:
        return date_sort_key(value if isinstance(value, dt.date) else None)
    if isinstance(value, str):
        return value.casefold()
    return value


class RecordTableModel(QAbstractTableModel):
    """Rows of records under their columns; each record is also under RECORD_ROLE.

    ``key`` tells records apart (to find a record's row again after an edit). ``row_background`` and
    ``row_tooltip`` mark whole rows (a flag, an overdue date) where a column says nothing of its own.
    An edit in place goes through ``save``, which returns the record as stored, or None when it was refused
    (the view has said why).
    """

    edited = Signal()

    def __init__(
        self,
        columns: Sequence[Column] = (),
        key: Callable[[Any], object] = lambda record: record,
        row_background: Cell | None = None,
        row_tooltip: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.columns: list[Column] = list(columns)
        self.key = key
        self.row_background = row_background
        self.row_tooltip = row_tooltip
        self.save: Callable[[Any], Any | None] = lambda record: record
        self.row_editable: Callable[[Any], bool] = lambda _record: True
        """Whether a row's record may be edited in place (on a team server, as the member's role allows)."""
        self.undo_stack: QUndoStack | None = None
        """Where edits in place go, so Ctrl+Z takes them back; without one, they are only saved."""
        self._records: list[Any] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        """The column and order the rows were last sorted by, kept when records change."""

    # -- the records ------------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        """Show these records, in the order the list was last sorted by (if it was)."""
        self.beginResetModel()
        self._records = list(records)
        if self._sorted_by is not None and self._records:
            self._records = [self._records[row] for row in self._sorted_rows(*self._sorted_by)]
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def record_count(self) -> int:
        """Every record of the list, whatever its filters show (the rows, unless a model holds only those found)."""
        return self.rowCount()

    def row_of(self, key: object) -> int | None:
        return next((row for row, record in enumerate(self._records) if self.key(record) == key), None)

    def replace_record(self, record: Any) -> None:
        """A record changed: its row shows the new version without a reset."""
        row = self.row_of(self.key(record))
        if row is not None:
            self.replace_row(row, record)

    def replace_row(self, row: int, record: Any) -> None:
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)  # an edit can move the row, as the list's order says

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column: each row's sort value worked out once and sorted in Python (stable, so equal
        rows keep their order), instead of a proxy comparing pairs through ``data`` (for 5,000 rows, 120,000
        calls into Python). Selections and other persistent indexes follow their rows."""
        if not 0 <= column < len(self.columns):
            return
        self._sorted_by = (column, order)
        if not self._records:
            return
        self.layoutAboutToBeChanged.emit()
        moved = self._sorted_rows(column, order)
        self._records = [self._records[row] for row in moved]
        new_row = {old: new for new, old in enumerate(moved)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(new_row[index.row()], index.column()) for index in before])
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        values: list[Any] = [self._sort_value(record, self.columns[column]) for record in self._records]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(range(len(values)), key=lambda row: values[row], reverse=descending)
        except TypeError:  # values of different kinds (a text beside a number): by kind, then value
            return sorted(range(len(values)), key=lambda row: (type(values[row]).__name__, str(values[row])),
                          reverse=descending)

    def column_index(self, key: str) -> int:
        return next(number for number, column in enumerate(self.columns) if column.key == key)

    # -- what Qt asks -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # the tooltip when it is elided
        if orientation == Qt.Orientation.Horizontal and shown:
            return self.columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and self.columns[index.column()].editor is not None
        if editable and self.row_editable(self.record(index.row())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record, column = self.record(index.row()), self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return self._sort_value(record, column)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(record) if column.value else column.text(record)
        if role == RECORD_ROLE:
            return record
        return self._look(record, column, role)

    def _sort_value(self, record: Any, column: Column) -> object:
        if column.sort is not None:
            return column.sort(record)
        return sortable(column.value(record) if column.value else column.text(record))

    def _look(self, record: Any, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _first_of(column.background, self.row_background, record)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(record)
        if role == Qt.ItemDataRole.DecorationRole and column.icon:
            return column.icon(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.amount:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == EDITOR_ROLE:
            return column.editor
        if role == CHOICES_ROLE:
            return column.choices() if column.choices else []
        return None

    def _tooltip(self, record: Any, column: Column) -> object:
        for source in (self.row_tooltip, column.tooltip):
            if source is not None and (tip := source(record)):
                return tip
        text = column.text(record)
        return text if isinstance(text, str) and text else None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.apply is None or role != Qt.ItemDataRole.EditRole:
            return False
        current = self.record(index.row())
        edited = column.apply(current, value)
        if edited == current:
            return True
        if self.undo_stack is None:
            return self.store(edited, current) is not None
        edit = CellEdit(self, current, edited, column.header)
        self.undo_stack.push(edit)
        return edit.stored

    def store(self, record: Any, replacing: Any) -> Any | None:
        """Save a version of a record and show it in the row that shows ``replacing``; the record as stored, or
        None when it was refused (the view has said why)."""
        saved = self.save(record)
        if saved is None:
            return None
        row = next((row for row, held in enumerate(self._records) if held == replacing), None)
        if row is None:
            row = self.row_of(self.key(replacing))
        if row is not None:
            self.replace_row(row, saved)
        self.edited.emit()
        return saved


class CellEdit(QUndoCommand):
    """One edit in place of a table, undone by saving the record as it was before it."""

    def __init__(self, model: RecordTableModel, before: Any, after: Any, column: str) -> None:
        super().__init__(QCoreApplication.translate("CellEdit", "Edit of {0}").format(column))
        self._model, self._before, self._after = model, before, after
        self._shown = before
        """The version of the record its row shows now."""
        self.stored = False

    def redo(self) -> None:
        saved = self._model.store(_as_read_with(self._after, self._shown), self._shown)
        self.stored = saved is not None
        if saved is None:
            self.setObsolete(True)  # refused: nothing to undo, and Qt leaves it off the stack
            return
        self._shown = saved

    def undo(self) -> None:
        restored = self._model.store(_as_read_with(self._before, self._shown), self._shown)
        if restored is not None:
            self._shown = restored


def _as_read_with(record: Any, shown: Any) -> Any:
    """``record``'s values as a change of the version the row shows now (records that two people may edit carry
    their version): undoing or redoing is refused, like any save, when someone else saved the record since."""
    if dataclasses.is_dataclass(record) and hasattr(shown, "version"):
        return dataclasses.replace(record, version=shown.version)  # type: ignore[type-var]
    return record


def _first_of(cell: Cell | None, row: Cell | None, record: Any) -> object:
    for source in (cell, row):
        if source is not None and (found := source(record)) is not None:
            return found
    return None


class RecordProxy(QSortFilterProxyModel):
    """What a record page shows of its model: sorted by SORT_ROLE, filtered by criteria a subclass takes.

    Deciding no row itself, it leaves every row to Qt's own code: a list whose model finds its rows in the database
    (the people) takes its criteria here and passes them to the model.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)

    def set_criteria(self, **criteria: object) -> None:
        raise NotImplementedError

    def record(self, source_row: int) -> Any:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model.record(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The model orders its own rows (see RecordTableModel.sort); this proxy keeps them in its order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def shown(self) -> list[Any]:
        """The records the filter lets through, in the order shown."""
        return [self.data(self.index(row, 0), RECORD_ROLE) for row in range(self.rowCount())]


class RecordFilter(RecordProxy):
    """A record list filtered by criteria its subclass (or ``accepts``) judges, sorted by SORT_ROLE."""

    def __init__(self, accepts: Callable[[Any], bool] | None = None) -> None:
        super().__init__()
        self._accepts = accepts

    def set_criteria(self, **criteria: object) -> None:
        """Change what is shown; each criterion is an attribute of the filter, and a search is kept casefolded."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._apply(criteria)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._apply(criteria)
            self.invalidateFilter()

    def _apply(self, criteria: dict[str, object]) -> None:
        for name, value in criteria.items():
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(name)
            setattr(self, name, value.casefold().strip() if name == "search" and isinstance(value, str) else value)

    def accepts(self, record: Any) -> bool:
        return self._accepts(record) if self._accepts is not None else True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self.accepts(self.record(source_row))


class NeighborhoodSearchFilter(RecordFilter):
    """Records of one neighborhood (or of all; None is city-wide), whose text holds what is searched for."""

    ALL = object()

    def __init__(self, neighborhood_of: Callable[[Any], int | None], search_text: Callable[[Any], str]) -> None:
        super().__init__()
        self._neighborhood_of = neighborhood_of
        self._search_text = search_text
        self.neighborhood: object = self.ALL
        self.search = ""

    def accepts(self, record: Any) -> bool:
        return (self.neighborhood is self.ALL or self._neighborhood_of(record) == self.neighborhood) and (
            not self.search or self.search in self._search_text(record).casefold()
        )
