"""The manager's own success metrics in the dashboard: defined with a name, a unit, a target and for whom, measured
by date, each latest value colored against its target like the built-in measures."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....domain.custom_metrics import MetricReading, MetricStanding
from ....domain.errors import InputError
from ...labels import input_error_message
from ...models.custom_metric_model import CustomMetricModel, ReadingModel
from ...view_context import ViewContext
from ...widgets.cell_editors import CellEditorDelegate, RecordDialog
from ...widgets.controls import make_button, make_table
from ...widgets.screen_fit import ColumnFitter


class OwnMetricsPanel(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("ownMetricsPanel")
        self._context = context
        self.model = CustomMetricModel(self._places, self._place_name)
        access = context.workspace.access  # on a team server: a metric of a neighborhood is its coordinator's too
        self.model.row_editable = lambda standing: access.may_edit(standing.metric.neighborhood_id)
        self.model.save = self._save
        self.model.undo_stack = context.undo_stack
        self.table = make_table("ownMetricsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellEditorDelegate(self.table))
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed)
        ColumnFitter(self.table, (0,), context.settings).watch()
        self.new_button = make_button(self.tr("New metric…"), "newMetricButton", self.add_metric, "add")
        self.reading_button = make_button(self.tr("Add a measurement…"), "addReadingButton", self.add_reading)
        self.remove_button = make_button(self.tr("Remove…"), "removeMetricButton", self.remove_metric)
        hint = QLabel(self.tr("Metrics of your own: a survey's score, volunteer hours… Each latest value is colored "
                              "against its target. Double-click a cell to change it."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.reading_button, self.remove_button):
            button.setEnabled(access.writes)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self._context.workspace.dashboard.custom_metrics())

    def selected(self) -> MetricStanding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add_metric(self) -> None:
        dialog = RecordDialog(self.tr("New metric"), self.model, CustomMetricModel.blank(), self, "newMetricDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._context.workspace.dashboard.add_metric(dialog.record().metric)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("New metric"), input_error_message(error))
            return
        self.refresh()

    def add_reading(self) -> None:
        standing = self.selected()
        if standing is None or standing.metric.id is None:
            self._context.dialogs.info(self, self.tr("Add a measurement"), self.tr("Choose a metric in the table first."))
            return
        blank = MetricReading(None, standing.metric.id, self._context.workspace.clock(), 0.0)
        dialog = RecordDialog(self.tr("A measurement of {0}").format(standing.metric.name), ReadingModel(), blank, self,
                              "readingDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._context.workspace.dashboard.add_reading(dialog.record())
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Add a measurement"), input_error_message(error))
            return
        self.refresh()

    def remove_metric(self) -> None:
        standing = self.selected()
        if standing is None or standing.metric.id is None:
            return
        question = self.tr("Remove the metric “{0}” and all its measurements?").format(standing.metric.name)
        if not self._context.dialogs.confirm(self, self.tr("Remove a metric"), question):
            return
        try:
            self._context.workspace.dashboard.remove_metric(standing.metric.id)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Remove a metric"), input_error_message(error))
        self.refresh()

    def _save(self, standing: Any) -> Any:
        try:
            metric = self._context.workspace.dashboard.update_metric(standing.metric)
        except InputError as error:
            self._context.dialogs.error(self, self.tr("Metrics of your own"), input_error_message(error))
            return None
        return dataclasses.replace(standing, metric=metric)

    def _places(self) -> list[tuple[str, object]]:
        neighborhoods = self._context.workspace.neighborhoods.list()
        return [(self.tr("The whole city"), None), *((n.name, n.id) for n in neighborhoods)]

    def _place_name(self, neighborhood_id: int | None) -> str:
        return next((label for label, value in self._places() if value == neighborhood_id), "")

