"""A list of one kind of record beside its form, as the events area's tabs use it.

Every edit is written after a typing pause (or at once for a choice); a field the service refuses says why under
it and keeps its saved value, while the rest of the form is written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InputError
from ...domain.records import Neighborhood
from ..labels import input_error_message
from ..models.record_table import Column, NeighborhoodSearchFilter, RecordTableModel
from ..typing_pause import TypingPause
from ..view_context import ViewContext
from .controls import make_button, make_table
from .form_fields import FieldProblem, save_keeping_good_fields, typed_line, typed_text


class RecordPage(QWidget):
    """Subclasses say how to read, show, edit, add and remove their records."""

    saved = Signal()
    """Something was written: the other pages and views may show it."""

    def __init__(
        self,
        context: ViewContext,
        name: str,
        key: Callable[[object], object],
        neighborhood_of: Callable[[object], int | None],
        search_text: Callable[[object], str],
    ) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self._context = context
        self._language = context.language
        self._current: object | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)
        self.neighborhood_names: dict[int, str] = {}

        self.model = RecordTableModel(self.columns(), key)
        self.filter = NeighborhoodSearchFilter(neighborhood_of, search_text)
        self.filter.setSourceModel(self.model)
        self.table = make_table(f"{name}Table")
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSize(font.pointSize() + 3)
        self.title.setFont(font)
        self.form = QFormLayout()
        self.form_box = QWidget()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(self.form)
        box_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self._list_side(name))
        splitter.addWidget(self._form_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    # -- hooks -----------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self) -> list:
        raise NotImplementedError

    def fill(self, record: object | None) -> None:
        raise NotImplementedError

    def edited(self, record: object) -> object:
        raise NotImplementedError

    def save(self, record: object) -> object:
        raise NotImplementedError

    def title_of(self, record: object | None) -> str:
        raise NotImplementedError

    def create(self) -> object | None:
        """Ask for what a new record needs and add it; its key, or None when the user gave up."""
        raise NotImplementedError

    def delete(self, record: object) -> bool:
        """Ask and remove; False when the user said no."""
        raise NotImplementedError

    def problems(self) -> dict[str, FieldProblem]:
        return {}

    def field_of(self, error: InputError, edited: object) -> str | None:
        return None

    # -- building --------------------------------------------------------------------------------

    def _list_side(self, name: str) -> QWidget:
        self.add_button = make_button(self.tr("Add…"), f"{name}AddButton", self.add_record)
        self.remove_button = make_button(self.tr("Remove…"), f"{name}RemoveButton", self.remove_record)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}Search")
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda text: self.filter.set_criteria(search=text))
        self.neighborhood_filter = QComboBox()
        self.neighborhood_filter.setObjectName(f"{name}NeighborhoodFilter")
        self.neighborhood_filter.currentIndexChanged.connect(self._on_neighborhood_filter)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.neighborhood_filter)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        return side

    def _form_side(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        return side

    def line_edit(self, name: str) -> QLineEdit:
        return typed_line(name, self.typing, self.flush_edits)

    def text_edit(self, name: str, placeholder: str = "") -> QPlainTextEdit:
        return typed_text(name, placeholder, self.typing, 90)

    def choice(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.changed_now)
        return combo

    # -- loading ---------------------------------------------------------------------------------

    def neighborhoods(self) -> list[Neighborhood]:
        return self._context.workspace.neighborhoods.list()

    def refresh(self) -> None:
        self.flush_edits()
        chosen = self.model_key(self._current)
        neighborhoods = self.neighborhoods()
        self.neighborhood_names = {n.id: n.name for n in neighborhoods}
        self._fill_neighborhood_filter(neighborhoods)
        self.refill_choices(neighborhoods)
        self.model.set_records(self.load())
        if chosen is None or not self.choose(chosen):
            self._show(None)

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        """Refill the form's neighborhood (and people) choices."""

    def model_key(self, record: object | None) -> object | None:
        return None if record is None else self.model.key(record)

    def _fill_neighborhood_filter(self, neighborhoods: list[Neighborhood]) -> None:
        showing_all = self.neighborhood_filter.currentIndex() <= 0
        chosen = self.neighborhood_filter.currentData()
        self.neighborhood_filter.blockSignals(True)
        self.neighborhood_filter.clear()
        self.neighborhood_filter.addItem(self.tr("All neighborhoods"), NeighborhoodSearchFilter.ALL)
        self.neighborhood_filter.addItem(self.tr("City-wide"), None)
        for neighborhood in neighborhoods:
            self.neighborhood_filter.addItem(neighborhood.name, neighborhood.id)
        found = 0 if showing_all else self.neighborhood_filter.findData(chosen)
        self.neighborhood_filter.setCurrentIndex(max(0, found))
        self.neighborhood_filter.blockSignals(False)
        self._on_neighborhood_filter()

    def _on_neighborhood_filter(self) -> None:
        value = self.neighborhood_filter.currentData()
        self.filter.set_criteria(neighborhood=NeighborhoodSearchFilter.ALL if self.neighborhood_filter.currentIndex() == 0 else value)

    def neighborhood_name(self, neighborhood_id: int | None) -> str:
        if neighborhood_id is None:
            return self.tr("City-wide")
        return self.neighborhood_names.get(neighborhood_id, "")

    # -- choosing --------------------------------------------------------------------------------

    def choose(self, key: object) -> bool:
        """Select a record in the table (when the filters show it) and show its form."""
        self.flush_edits()
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.filter.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self._show(self.model.record(row))
        return True

    @property
    def current(self) -> object | None:
        return self._current

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_edits()
        self._show(self.model.record(self.filter.mapToSource(current).row()) if current.isValid() else None)

    def _show(self, record: object | None) -> None:
        self._current = record
        self.form_box.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)
        self.title.setText(self.title_of(record))
        for problem in self.problems().values():
            problem.clear_problem()
        self._loading = True
        try:
            self.fill(record)
        finally:
            self._loading = False

    # -- editing ---------------------------------------------------------------------------------

    def typing(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.typed()

    def changed_now(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.write_now()

    def flush_edits(self) -> None:
        self._pause.flush()

    def _write(self) -> None:
        if self._current is None:
            return
        edited = self.edited(self._current)
        saved, error = save_keeping_good_fields(edited, self._current, self.save, self.field_of, self.problems())
        if error is not None:
            self.show_error(error)
            return
        if saved != self._current:
            self._current = saved
            self.model.replace_record(saved)
            self.title.setText(self.title_of(saved))
            self.saved.emit()

    def show_error(self, error: InputError) -> None:
        self._context.dialogs.error(self, self.title.text() or self.windowTitle(), input_error_message(error))

    def add_record(self) -> None:
        self.flush_edits()
        try:
            key = self.create()
        except InputError as error:
            self.show_error(error)
            return
        if key is None:
            return
        self.search_edit.clear()
        self.refresh()
        self.choose(key)
        self.saved.emit()

    def remove_record(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        try:
            removed = self.delete(self._current)
        except InputError as error:
            self.show_error(error)
            removed = True
        if removed:
            self._current = None
            self.refresh()
            self.saved.emit()
