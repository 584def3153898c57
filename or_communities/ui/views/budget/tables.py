"""The budget's tables: edited in place with the editor each column asks for, or read-only totals as tall as
their rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from ...models.budget_models import (
    TotalsTableModel,
)
from ...models.record_table import SORT_ROLE, RecordTableModel
from ...widgets.cell_editors import CellEditorDelegate
from ...widgets.screen_fit import SAMPLED_ROWS


def budget_table(name: str, model: QAbstractItemModel, editable: bool, stretch: int | None = None) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SAMPLED_ROWS)  # the plans against the budget can be tens of thousands of rows
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if editable:
        table.setItemDelegate(CellEditorDelegate(table))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they were entered, until a header is clicked
    else:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def totals_table(name: str, model: TotalsTableModel) -> QTableView:
    """A totals table as tall as its rows, so no sum hides behind a scroll bar."""
    table = budget_table(name, model, editable=False, stretch=0)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)

    def fit() -> None:
        rows = sum(table.rowHeight(row) for row in range(model.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)

    model.modelReset.connect(fit)
    return table


def sorted_records(model: RecordTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    return proxy

