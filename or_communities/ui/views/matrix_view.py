"""Every neighborhood against the nine stage-2 tasks, and what each still lacks before stage 3."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import TaskStatus
from ..labels import STATUS_COLORS, STATUS_SYMBOLS, status_label
from ..models.matrix_model import HEADER_LINES, MatrixModel
from ..tool_actions import tool_button_text, tool_opener
from ..view_context import ViewContext
from ..widgets.empty_guide import no_neighborhoods_guide
from ..widgets.screen_fit import remember_splitter


class MatrixView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("matrixView")
        self._context = context
        self.model = MatrixModel(context.language)
        self.table = QTableView()
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the tasks' titles take all the width there is
        header.setMinimumSectionSize(74)
        smaller = QFont(header.font())
        smaller.setPointSizeF(smaller.pointSizeF() * 0.9)  # nine titles of three or four words side by side
        header.setFont(smaller)
        header.setMinimumHeight(QFontMetrics(smaller).lineSpacing() * HEADER_LINES + 12)
        header.setSectionResizeMode(self.model.stage_column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._open_task)

        self.missing_title = QLabel(self.tr("Choose a neighborhood to see what it still needs before stage 3."))
        self.missing_title.setObjectName("missingTitle")
        self.missing_title.setWordWrap(True)
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missingList")
        self.missing_list.setWordWrap(True)
        self.missing_list.itemActivated.connect(self._open_missing_tool)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.missing_title)
        side_layout.addWidget(self.missing_list, 1)
        hint = QLabel(self.tr("Double-click a cell to open the task, or a missing task to open its tool."))
        hint.setWordWrap(True)
        side_layout.addWidget(hint)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 200])
        remember_splitter(splitter, "matrixSplitter", context.settings)

        self.guide = no_neighborhoods_guide(context, "matrixGuide")
        layout = QVBoxLayout(self)
        layout.addWidget(self.guide)
        layout.addWidget(QLabel(self.tr("Stage 2 in every neighborhood")))
        layout.addWidget(splitter, 1)
        layout.addLayout(self._legend())
        context.events.follow(self, self.refresh)
        self.refresh()

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for status in TaskStatus:
            swatch = QLabel(f" {STATUS_SYMBOLS[status] or ' '} ")
            swatch.setStyleSheet(f"background: {STATUS_COLORS[status].name()}; border: 1px solid #bbb;")
            row.addWidget(swatch)
            row.addWidget(QLabel(status_label(status)))
            row.addSpacing(12)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        current = self.table.currentIndex()
        chosen_id = self.model.standing(current.row()).neighborhood.id if current.isValid() else None
        self.model.set_rows(self._context.workspace.journey.overview().neighborhoods)
        self.guide.show_when(self.model.rowCount() == 0)
        row = self.model.row_of(chosen_id) if chosen_id is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        else:
            self._show_missing(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_missing(current.row() if current.isValid() else None)

    def _show_missing(self, row: int | None) -> None:
        self.missing_list.clear()
        if row is None:
            self.missing_title.setText(self.tr("Choose a neighborhood to see what it still needs before stage 3."))
            return
        standing = self.model.standing(row)
        missing = standing.missing_for_stage_three
        if not missing:
            self.missing_title.setText(self.tr("{0} has closed every stage-2 task: it is in stage 3.").format(standing.neighborhood.name))
            return
        self.missing_title.setText(
            self.tr("{0} still needs {1} tasks before stage 3:").format(standing.neighborhood.name, len(missing))
        )
        language = self._context.language
        for task in missing:
            status = standing.status(task.key)
            tool = task.tool_keys[0] if task.tool_keys else None
            item = QListWidgetItem(
                f"{task.stage_number}.{task.number}  {task.name.get(language)} — {status_label(status)}\n"
                + self.tr("Tool: {0}").format(tool_button_text(tool, language, self.tr("the task itself")))
            )
            item.setData(Qt.ItemDataRole.UserRole, (standing.neighborhood.id, task.key, tool))
            self.missing_list.addItem(item)

    def _open_missing_tool(self, item: QListWidgetItem) -> None:
        """A task missing before stage 3, clicked: open its tool, as the journey's next steps do."""
        neighborhood_id, task_key, tool = item.data(Qt.ItemDataRole.UserRole)
        tool_opener(self._context, tool, neighborhood_id, task_key)()

    def _open_task(self, index: QModelIndex) -> None:
        task_key = self.model.task_key(index.column())
        if task_key is not None:
            self._context.open_task(self.model.standing(index.row()).neighborhood.id, task_key)
