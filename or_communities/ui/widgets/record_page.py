"""A list of one kind of record beside its form: the shape of every record screen (partners, people, coordinators,
events, initiatives, conferences, groups, gathering spaces, channels).

Every edit is written after a typing pause (or at once for a choice); a field the service refuses says why under
it and keeps its saved value, while the rest of the form is written. A screen says how to read, show, edit, add
and remove its records; this class does the choosing, the saving and the reporting the same way for all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import EditConflict, InputError
from ...domain.records import Neighborhood
from ...domain.text import count_text
from ..labels import input_error_message
from ..models.record_table import (
    Column,
    NeighborhoodSearchFilter,
    RecordProxy,
    RecordTableModel,
)
from ..style import Title, set_title
from ..typing_pause import TypingPause
from ..view_context import ViewContext
from .controls import make_button, make_table
from .empty_guide import EmptyGuide
from .form_fields import FieldProblem, form_scroll, save_keeping_good_fields, typed_line, typed_text
from .note_edit import NoteEdit
from .screen_fit import ColumnFitter, remember_splitter

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

ListPart = QWidget | QLayout
RecordT = TypeVar("RecordT", bound="DataclassInstance")
"""The kind of record a page lists (a partner, a person, an event…)."""


class RecordPage(QWidget, Generic[RecordT]):
    """Subclasses say how to read, show, edit, add and remove their records (the hooks below)."""

    saved = Signal()
    """Something was written: the other pages and views may show it."""

    def __init__(
        self,
        context: ViewContext,
        name: str,
        key: Callable[[RecordT], object] = lambda record: record,
        neighborhood_of: Callable[[RecordT], int | None] = lambda _record: None,
        search_text: Callable[[RecordT], str] = lambda _record: "",
    ) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self._name = name
        self._context = context
        self._language = context.language
        self._current: RecordT | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)
        self.neighborhood_names: dict[int, str] = {}
        self.guide: EmptyGuide | None = None

        self.model = self.make_model(key)
        self.filter = self.make_filter(neighborhood_of, search_text)
        self.filter.setSourceModel(self.model)
        self.table = make_table(f"{name}Table")
        self.table.setModel(self.filter)
        self.configure_table()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self._make_list_controls(name)
        self._neighborhood_of = neighborhood_of
        self.add_button.setEnabled(context.workspace.access.writes)

        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        self.title.setWordWrap(True)
        set_title(self.title, Title.RECORD)
        self.form = QFormLayout()
        self.form_box = QWidget()
        self.form_column = QVBoxLayout(self.form_box)
        self.form_column.addLayout(self.form)

    def build(self, list_share: int = 3, form_share: int = 2) -> None:
        """Lay the page out once the subclass has made its fields: the list on one side, the form on the other."""
        self.below_form(self.form_column)
        splitter = QSplitter()
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._form_side())
        splitter.setStretchFactor(0, list_share)
        splitter.setStretchFactor(1, form_share)
        splitter.setSizes([620 * list_share // 3, 420 * form_share // 2])
        remember_splitter(splitter, f"{self._name}Splitter", self._context.settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    # -- hooks: the records ------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self) -> list[RecordT]:
        raise NotImplementedError

    def fill(self, record: RecordT | None) -> None:
        raise NotImplementedError

    def edited(self, record: RecordT) -> RecordT:
        raise NotImplementedError

    def save(self, record: RecordT) -> RecordT:
        raise NotImplementedError

    def title_of(self, record: RecordT | None) -> str:
        raise NotImplementedError

    def create_record(self) -> object | None:
        """Ask for what a new record needs and add it; its key, or None when the user gave up."""
        raise NotImplementedError

    def delete_record(self, record: RecordT) -> bool:
        """Ask and remove; False when the user said no."""
        raise NotImplementedError

    def editable(self, record: RecordT) -> bool:
        """Whether this member may change the record: on a team server, as their role allows for its neighborhood
        (the server enforces it; the form mirrors it, read only where a save would be refused)."""
        return self._context.workspace.access.may_edit(self._neighborhood_of(record))

    def problems(self) -> dict[str, FieldProblem]:
        return {}

    def field_of(self, error: InputError, edited: RecordT) -> str | None:
        return None

    def refill_choices(self, neighborhoods: list[Neighborhood]) -> None:
        """Refill the form's neighborhood (and people) choices."""

    # -- hooks: the list ---------------------------------------------------------------------------

    def make_model(self, key: Callable[[RecordT], object]) -> RecordTableModel:
        return RecordTableModel(self.columns(), key)

    def make_filter(
        self, neighborhood_of: Callable[[RecordT], int | None], search_text: Callable[[RecordT], str]
    ) -> RecordProxy:
        return NeighborhoodSearchFilter(neighborhood_of, search_text)

    key_columns: tuple[int, ...] = (0,)
    """The columns that say which record a row is, kept whole when the list is narrow (the first, unless a page
    says otherwise)."""

    def configure_table(self) -> None:
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.fit_columns(self.key_columns)

    def fit_columns(self, key_columns: tuple[int, ...] = (0,), changes: Sequence[SignalInstance] | None = None) -> None:
        """Let the list's columns fit its width, the ``key_columns`` (the names) always whole; fitted again whenever
        the rows change, or on ``changes`` only."""
        ColumnFitter(self.table, key_columns, self._context.settings).watch(changes)

    def reload_model(self, neighborhoods: list[Neighborhood]) -> None:
        """Read the records again into the model."""
        self.model.set_records(self.load())

    def record_at(self, source_row: int) -> RecordT:
        return self.model.record(source_row)

    def key_of(self, record: RecordT) -> object:
        return self.model.key(record)

    def after_save(self, record: RecordT) -> None:
        """Show a record just written in the list."""
        self.model.replace_record(record)

    def list_parts(self) -> list[ListPart]:
        """What stands above the list: by default one row of add, remove, search and neighborhood."""
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.neighborhood_filter)
        return [row]

    def list_view(self) -> QWidget:
        return self.table

    def empty_guide(self) -> EmptyGuide | None:
        """What the page says while it has no records: what belongs here and the first steps (None: nothing)."""
        return None

    def list_footer(self) -> list[ListPart]:
        return []

    def below_form(self, column: QVBoxLayout) -> None:
        column.addStretch(1)

    def neighborhood_filter_items(self) -> list[tuple[str, object]]:
        """The first choices of the neighborhood filter, before the neighborhoods themselves."""
        return [(self.tr("All neighborhoods"), NeighborhoodSearchFilter.ALL), (self.tr("City-wide"), None)]

    def on_neighborhood_filter(self, value: object) -> None:
        self.filter.set_criteria(neighborhood=value)

    def clear_filters(self) -> None:
        """Before showing a record just added: nothing may hide it."""
        self.search_edit.clear()

    # -- building ----------------------------------------------------------------------------------

    def _make_list_controls(self, name: str) -> None:
        self.add_button = make_button(self.tr("Add…"), f"{name}AddButton", self.add_record, "add")
        self.remove_button = make_button(self.tr("Remove…"), f"{name}RemoveButton", self.remove_record, "remove")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}Search")
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda text: self.filter.set_criteria(search=text))
        self.neighborhood_filter = QComboBox()
        self.neighborhood_filter.setObjectName(f"{name}NeighborhoodFilter")
        self.neighborhood_filter.currentIndexChanged.connect(
            lambda _index: self.on_neighborhood_filter(self.neighborhood_filter.currentData())
        )
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}Count")
        for change in (self.filter.rowsInserted, self.filter.rowsRemoved, self.filter.modelReset, self.filter.layoutChanged):
            change.connect(self.update_count)

    def _list_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.guide = self.empty_guide()
        if self.guide is not None:
            layout.addWidget(self.guide)
        for part in self.list_parts():
            _add_part(layout, part)
        layout.addWidget(self.list_view(), 1)
        for part in self.list_footer():
            _add_part(layout, part)
        return side

    def _form_side(self) -> QWidget:
        scroll = form_scroll(self.form_box, f"{self._name}FormScroll")
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        return side

    def line_edit(self, name: str) -> QLineEdit:
        return typed_line(name, self.typing, self.flush_edits)

    def text_edit(self, name: str, placeholder: str = "", height: int = 90) -> NoteEdit:
        return typed_text(name, placeholder, self.typing, height)

    def choice(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.changed_now)
        return combo

    # -- loading -----------------------------------------------------------------------------------

    def neighborhoods(self) -> list[Neighborhood]:
        return self._context.workspace.neighborhoods.list()

    def refresh(self) -> None:
        """Show the workspace as it is now (a screen may wait until something changed)."""
        self.reload()

    def reload(self) -> None:
        """Read everything again: the neighborhoods, the choices and the records."""
        self.flush_edits()
        chosen = None if self._current is None else self.key_of(self._current)
        neighborhoods = self.neighborhoods()
        self.neighborhood_names = {n.id: n.name for n in neighborhoods}
        self._fill_neighborhood_filter(neighborhoods)
        self.refill_choices(neighborhoods)
        self.reload_model(neighborhoods)
        self.update_count()
        if chosen is None or not self.choose(chosen):
            self._show(None)

    def _fill_neighborhood_filter(self, neighborhoods: list[Neighborhood]) -> None:
        first = self.neighborhood_filter_items()
        showing_first = self.neighborhood_filter.currentIndex() <= 0
        chosen = self.neighborhood_filter.currentData()
        self.neighborhood_filter.blockSignals(True)
        self.neighborhood_filter.clear()
        for label, value in first:
            self.neighborhood_filter.addItem(label, value)
        for neighborhood in neighborhoods:
            self.neighborhood_filter.addItem(neighborhood.name, neighborhood.id)
        found = 0 if showing_first else self.neighborhood_filter.findData(chosen)
        self.neighborhood_filter.setCurrentIndex(max(0, found))
        self.neighborhood_filter.blockSignals(False)
        self.on_neighborhood_filter(self.neighborhood_filter.currentData())

    def neighborhood_name(self, neighborhood_id: int | None) -> str:
        if neighborhood_id is None:
            return self.tr("City-wide")
        return self.neighborhood_names.get(neighborhood_id, "")

    def update_count(self) -> None:
        self.count_label.setText(
            self.tr("{0} of {1}").format(count_text(self.filter.rowCount()), count_text(self.model.record_count()))
        )
        if self.guide is not None:
            self.guide.show_when(self.model.record_count() == 0)

    # -- choosing ----------------------------------------------------------------------------------

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
        self._show(self.record_at(row))
        return True

    @property
    def context(self) -> ViewContext:
        return self._context

    @property
    def current(self) -> RecordT | None:
        return self._current

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush_edits()
        self._show(self.record_at(self.filter.mapToSource(current).row()) if current.isValid() else None)

    def show_record(self, record: RecordT | None) -> None:
        """Show a record in the form, whether or not the list shows it."""
        self._show(record)

    def _show(self, record: RecordT | None) -> None:
        self._current = record
        editable = record is not None and self.editable(record)
        self.form_box.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.title.setText(self.title_of(record))
        for problem in self.problems().values():
            problem.clear_problem()
        self._loading = True
        try:
            self.fill(record)
        finally:
            self._loading = False

    def show_again(self, record: RecordT) -> None:
        """Show a record that changed outside the form (a dialog, a drag) in the list and the form."""
        self._current = record
        self.after_save(record)
        self._show(record)

    def change_through(self, title: str, change: Callable[[], RecordT]) -> bool:
        """Make a change outside the form (from a dialog): ``change`` writes it and returns the record as it is now,
        which the list and the form then show; a refusal is shown under ``title`` and changes nothing."""
        try:
            record = change()
        except InputError as error:
            self.show_error(error, title)
            if isinstance(error, EditConflict):
                self._show_theirs(error)
            return False
        self.show_again(record)
        self.saved.emit()
        return True

    # -- editing -----------------------------------------------------------------------------------

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
            if isinstance(error, EditConflict):
                self._show_theirs(error)
            return
        if saved != self._current or _version(saved) != _version(self._current):
            self._current = saved
            self.after_save(saved)
            self.title.setText(self.title_of(saved))
            self.saved.emit()

    def _show_theirs(self, conflict: EditConflict) -> None:
        """After a save refused because someone else saved first: the list and the form show what is saved now."""
        if conflict.theirs is None:
            self.reload()
        else:
            self.show_again(conflict.theirs)  # type: ignore[arg-type]  # the record this page saved

    def show_error(self, error: InputError, title: str = "") -> None:
        self._context.dialogs.error(self, title or self.title.text() or self.windowTitle(), input_error_message(error))

    def add_record(self) -> None:
        self.flush_edits()
        try:
            key = self.create_record()
        except InputError as error:
            self.show_error(error)
            return
        if key is None:
            return
        self._current = None
        self.clear_filters()
        self.reload()
        self.choose(key)
        self.saved.emit()

    def remove_record(self) -> None:
        if self._current is None:
            return
        self.flush_edits()
        try:
            removed = self.delete_record(self._current)
        except InputError as error:
            self.show_error(error)
            removed = True
        if removed:
            self._current = None
            self.reload()
            self.saved.emit()


def _add_part(layout: QVBoxLayout, part: ListPart) -> None:
    if isinstance(part, QLayout):
        layout.addLayout(part)
    else:
        layout.addWidget(part)


def _version(record: object) -> int:
    """The version a record was read at (records that two people may edit carry one; others 0)."""
    return getattr(record, "version", 0)
