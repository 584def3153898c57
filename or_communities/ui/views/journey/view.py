"""The journey: the four stages as a path, the tasks of the city or of one neighborhood, and a task's form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import catalog
from ....domain.next_steps import Attention
from ....domain.records import TaskState
from ....services.journey import JourneyOverview
from ....services.next_steps import count_attention_meanwhile
from ...labels import stage_label
from ...models.record_table import AnyIndex
from ...models.task_table_model import TaskTableModel
from ...view_context import ViewContext
from ...widgets.screen_fit import ColumnFitter, remember_splitter
from .attention_box import AttentionBox
from .first_steps_box import FirstStepsBox
from .next_steps_box import NextStepsBox
from .stage_path import StagePath
from .task_editor import TaskEditor

CITY = -1
"""The place combo's value for the city as a whole."""


class StageFilter(QSortFilterProxyModel):
    """Shows the tasks of one stage, or of all stages when none is picked."""

    def __init__(self) -> None:
        super().__init__()
        self.stage_number = 0

    def set_stage(self, number: int) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.stage_number = number
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.stage_number = number
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.stage_number:
            return True
        model = self.sourceModel()
        assert isinstance(model, TaskTableModel)
        return model.entry(source_row)[0].stage_number == self.stage_number


class JourneyView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        counting = count_attention_meanwhile(context.workspace)  # while the view is built
        try:
            self._build(context)
        except BaseException:
            with suppress(Exception):
                counting()  # the count's thread ended, and the collector runs again
            raise
        context.events.follow(self, self.refresh, self._after_own_change)
        self.refresh(counting)

    def _build(self, context: ViewContext) -> None:
        self.setObjectName("journeyView")
        self._context = context
        self._overview: JourneyOverview | None = None
        self._attention = Attention(0, {})
        self._counted_on: dt.date | None = None

        self.stage_path = StagePath(context.language)
        self.stage_path.stage_chosen.connect(self._on_stage_chosen)

        self.place_combo = QComboBox()
        self.place_combo.setObjectName("placeCombo")
        self.place_combo.setMinimumWidth(220)
        self.place_combo.currentIndexChanged.connect(self._show_place)
        self.place_summary = QLabel()
        self.place_summary.setObjectName("placeSummary")
        self.place_summary.setWordWrap(True)
        place_row = QHBoxLayout()
        place_row.addWidget(QLabel(self.tr("Tasks of:")))
        place_row.addWidget(self.place_combo)
        place_row.addWidget(self.place_summary, 1)

        self.model = TaskTableModel(context.language)
        self.filter = StageFilter()
        self.filter.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("taskTable")
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # every column whole but the task's name, which wraps in what is left
        whole = tuple(column for column in range(self.model.columnCount()) if column != TaskTableModel.TASK)
        ColumnFitter(self.table, whole, context.settings).watch()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.empty_hint = QLabel(
            self.tr("Stage 2 is done in each neighborhood on its own. Choose a neighborhood above to see its tasks.")
        )
        self.empty_hint.setObjectName("stageTwoHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()

        self.editor = TaskEditor(context)
        self.editor.saved.connect(self._on_saved)

        tasks_side = QWidget()
        tasks_layout = QVBoxLayout(tasks_side)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(self.empty_hint)
        tasks_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(tasks_side)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, "journeySplitter", context.settings)

        self.attention = AttentionBox(context)
        top = QHBoxLayout()
        top.addWidget(self.stage_path, 1)
        top.addWidget(self.attention)
        self.first_steps = FirstStepsBox(context)
        self.next_steps = NextStepsBox(context)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.first_steps)
        layout.addLayout(place_row)
        layout.addWidget(self.next_steps)
        layout.addWidget(splitter, 1)


    # -- what is shown -------------------------------------------------------------

    def refresh(self, counting: Callable[[], Attention] | None = None) -> None:
        """Reload the stages' progress, what needs attention and the list of places, keeping what was chosen
        (``counting``: what needs attention, being counted already)."""
        counting = counting or count_attention_meanwhile(self._context.workspace)
        try:
            overview = self._show_stages_and_places()
            self._show_tasks()
        finally:
            self._attention = counting()
        self._counted_on = self._context.workspace.clock()
        names = {standing.neighborhood.id: standing.neighborhood.name for standing in overview.neighborhoods}
        self.attention.show_counts(self._attention, names)
        self.next_steps.show_place(self._neighborhood_id(), self._attention)

    def _show_stages_and_places(self) -> JourneyOverview:
        self._overview = overview = self._context.workspace.journey.overview()
        self.stage_path.set_progress(overview.stages)
        self.first_steps.refresh()
        chosen = self.place_combo.currentData()
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("The city (city-level tasks)"), CITY)
        for standing in overview.neighborhoods:
            self.place_combo.addItem(standing.neighborhood.name, standing.neighborhood.id)
        index = self.place_combo.findData(chosen) if chosen is not None else 0
        self.place_combo.setCurrentIndex(max(index, 0))
        self.place_combo.blockSignals(False)
        return overview

    def _after_own_change(self) -> None:
        """The table row of a task just edited is already current; only the totals moved (a task's status moves no
        count of attention)."""
        self._overview = self._context.workspace.journey.overview()
        self.stage_path.set_progress(self._overview.stages)
        self._update_summary()
        self.next_steps.show_place(self._neighborhood_id(), self._attention)

    def _neighborhood_id(self) -> int | None:
        value = self.place_combo.currentData()
        return None if value in (None, CITY) else int(value)

    def _show_place(self) -> None:
        """The place chosen: its tasks and its next steps (with what needs attention as counted today)."""
        if self._counted_on != self._context.workspace.clock():
            self.refresh()  # a day passed: a follow-up may have fallen due
            return
        self._show_tasks()
        self.next_steps.show_place(self._neighborhood_id(), self._attention)

    def _show_tasks(self) -> None:
        current_key = self._current_task_key()
        self.model.set_rows(self._context.workspace.journey.tasks(self._neighborhood_id()))
        self._update_summary()
        self._update_empty_hint()
        if not self._select_key(current_key):
            self.editor.load(None, None)

    def _update_summary(self) -> None:
        neighborhood_id = self._neighborhood_id()
        standing = self._overview.standing(neighborhood_id) if self._overview and neighborhood_id else None
        if standing is None:
            self.place_summary.setText("")
            return
        missing = standing.missing_for_stage_three
        text = self.tr("Now: {0}.").format(stage_label(standing.stage))
        if missing:
            text += " " + self.tr("Missing before stage 3: {0}").format(
                ", ".join(f"{task.stage_number}.{task.number}" for task in missing)
            )
        self.place_summary.setText(text)

    def _update_empty_hint(self) -> None:
        city_stage_two = self._neighborhood_id() is None and self.filter.stage_number == catalog.NEIGHBORHOOD_STAGE
        self.empty_hint.setVisible(city_stage_two)

    def _on_stage_chosen(self, number: int) -> None:
        self.filter.set_stage(number)
        self._update_empty_hint()

    # -- selection ------------------------------------------------------------------

    def _current_task_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.filter.mapToSource(index).row())[0].key

    def _select_key(self, task_key: str | None) -> bool:
        row = self.model.row_of(task_key) if task_key else None
        if row is None:
            return False
        index = self.filter.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.editor.load(None, None)
            return
        task, state = self.model.entry(self.filter.mapToSource(current).row())
        self.editor.load(task, state)

    def select_task(self, neighborhood_id: int | None, task_key: str) -> None:
        """Show one task of the city (None) or of a neighborhood, with its form."""
        task = catalog.TASKS[task_key]
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(CITY if neighborhood_id is None else neighborhood_id)))
        self.stage_path.select(task.stage_number)
        self.filter.set_stage(task.stage_number)
        self._update_empty_hint()
        self._select_key(task_key)

    def _on_saved(self, state: TaskState) -> None:
        self.model.update_state(state)
        self._context.events.announce(self)

    def flush_edits(self) -> None:
        self.editor.flush_edits()



