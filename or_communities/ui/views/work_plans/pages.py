"""The work plans area's widgets: the plan chooser, the plan page (goals, activities and the form) and the timeline."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ....domain.planning import ActivityStatus, PlanKind
from ...models.work_plan_models import (
    EVE_MARK,
    HOLIDAY_MARK,
    REST_DAY_MARK,
    ActivityTableModel,
    TimelineBarDelegate,
    TimelineModel,
)
from ...style import PROBLEM
from ...typing_pause import TypingPause
from ...view_context import ViewContext
from ...widgets.amount_spin import AmountSpin
from ...widgets.controls import make_button, make_table, number_spin, start_where_the_reader_starts
from ...widgets.date_fields import OptionalDateEdit
from ...widgets.empty_guide import EmptyGuide, GuideStep
from ...widgets.form_fields import CheckList, field_with_line_under, form_scroll
from ...widgets.note_edit import NoteEdit
from ...widgets.screen_fit import ColumnFitter, remember_splitter
from .date_note import DateNote


class WorkPlansPages(QWidget):
    """The widgets of WorkPlansView; it fills them and acts on them."""

    _context: ViewContext
    _pause: TypingPause

    # -- what WorkPlanGoals and WorkPlansView do when the widgets are used ----------------------------

    def show_plan(self, select_id: int | None = None) -> None:
        raise NotImplementedError

    def refresh_timeline(self) -> None:
        raise NotImplementedError

    def plan_editable(self) -> bool:
        raise NotImplementedError

    def export_plan(self) -> Path | None:
        raise NotImplementedError

    def import_plan(self) -> None:
        raise NotImplementedError

    def copy_plan(self) -> None:
        raise NotImplementedError

    def add_goal(self) -> None:
        raise NotImplementedError

    def start_from_guide(self) -> None:
        raise NotImplementedError

    def rename_goal(self) -> None:
        raise NotImplementedError

    def move_goal(self, step: int) -> None:
        raise NotImplementedError

    def _enable_goal_buttons(self) -> None:
        raise NotImplementedError

    def add_activity(self) -> None:
        raise NotImplementedError

    def remove_activity(self) -> None:
        raise NotImplementedError

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        raise NotImplementedError

    def _typed(self) -> None:
        raise NotImplementedError

    def _changed_now(self) -> None:
        raise NotImplementedError

    # -- building -------------------------------------------------------------------------------------

    def _chooser_row(self) -> QHBoxLayout:
        language = self._context.language
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("planKindCombo")
        for kind in (PlanKind.CITY, PlanKind.NEIGHBORHOOD, PlanKind.ANNUAL_CITY):
            self.kind_combo.addItem(kind.label.get(language), kind)
        self.neighborhood_combo = QComboBox()
        self.neighborhood_combo.setObjectName("planNeighborhoodCombo")
        self.year_spin = number_spin()
        self.year_spin.setObjectName("planYearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self._context.workspace.city.get().plan_year)
        for signal in (self.kind_combo.currentIndexChanged, self.neighborhood_combo.currentIndexChanged, self.year_spin.valueChanged):
            signal.connect(lambda _value: self.show_plan())
        row = QHBoxLayout()
        for label, widget in ((self.tr("Plan:"), self.kind_combo), (self.tr("Neighborhood:"), self.neighborhood_combo), (self.tr("Year:"), self.year_spin)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        self.export_button = make_button(self.tr("Export…"), "exportPlanButton", self.export_plan, "excel")
        self.import_button = make_button(self.tr("Import…"), "importPlanButton", self.import_plan, "import")
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        return row

    def _plan_page(self) -> QWidget:
        headers = [self.tr("Goal"), self.tr("Activity"), self.tr("Owner"), self.tr("Start"), self.tr("End"), self.tr("Budget"), self.tr("Status")]
        self.model = ActivityTableModel(headers, self._context.language)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("activityTable")
        self.table.setModel(self.proxy)
        ColumnFitter(self.table, (ActivityTableModel.NAME,), self._context.settings).watch()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.add_activity_button = make_button(self.tr("Add activity…"), "addActivityButton", self.add_activity, "add")
        self.remove_button = make_button(self.tr("Remove…"), "removeActivityButton", self.remove_activity, "remove")
        self.copy_combo = QComboBox()
        self.copy_combo.setObjectName("copySourceCombo")
        self.copy_button = make_button(self.tr("Copy from…"), "copyPlanButton", self.copy_plan, "copy")
        buttons = QHBoxLayout()
        for widget in (self.add_activity_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_combo)
        buttons.addWidget(self.copy_button)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("planEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.plan_guide = EmptyGuide(
            "planGuide",
            self.tr("This plan is empty"),
            self.tr(
                "Start from the guide's plan: its stages as goals and their tasks as activities, ready for owners, "
                "dates and a budget. Or build the plan yourself: a goal, then its activities."
            ),
            [
                GuideStep(self.tr("Start from the guide's plan"), "guidePlanButton", "guide_plan", self.start_from_guide),
                GuideStep(self.tr("Add a goal…"), "guideAddGoalButton", "add", self.add_goal),
            ],
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._goals_box())
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.plan_guide)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, "workPlanSplitter", self._context.settings)
        return splitter

    def _goals_box(self) -> QWidget:
        """The plan's goals in their order, to add, rename and move; the activities' table follows that order."""
        self.goal_list = QListWidget()
        self.goal_list.setObjectName("goalList")
        self.goal_list.setMaximumHeight(110)
        self.goal_list.currentRowChanged.connect(lambda _row: self._enable_goal_buttons())
        self.goal_list.itemDoubleClicked.connect(lambda _item: self.rename_goal())
        self.add_goal_button = make_button(self.tr("Add goal…"), "addGoalButton", self.add_goal, "add")
        self.rename_goal_button = make_button(self.tr("Rename goal…"), "renameGoalButton", self.rename_goal)
        self.goal_up_button = make_button(self.tr("Move up"), "moveGoalUpButton", lambda: self.move_goal(-1))
        self.goal_down_button = make_button(self.tr("Move down"), "moveGoalDownButton", lambda: self.move_goal(1))
        self.goal_up_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.goal_down_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        buttons = QVBoxLayout()
        for button in (self.add_goal_button, self.rename_goal_button, self.goal_up_button, self.goal_down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.goal_list, 1)
        row.addLayout(buttons)
        box = QGroupBox(self.tr("Goals"))
        box.setObjectName("goalsBox")
        box.setLayout(row)
        return box

    def _form(self) -> QWidget:
        language = self._context.language
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("activityGoalCombo")
        self.goal_combo.currentIndexChanged.connect(self._changed_now)
        self.name_edit = self._line("activityNameEdit")
        self.owner_edit = self._line("activityOwnerEdit")
        self.department_edit = self._line("activityDepartmentEdit")
        self.activity_neighborhood_combo = QComboBox()
        self.activity_neighborhood_combo.setObjectName("activityNeighborhoodCombo")
        self.activity_neighborhood_combo.currentIndexChanged.connect(self._changed_now)
        self.task_combo = QComboBox()
        self.task_combo.setObjectName("activityTaskCombo")
        self.task_combo.currentIndexChanged.connect(self._changed_now)
        self.partner_list = CheckList("activityPartners")
        self.partner_list.setMaximumHeight(100)
        self.partner_list.changed.connect(self._changed_now)
        self.start_edit = OptionalDateEdit(self.tr("No start date"), self.tr("No date"))
        self.start_edit.setObjectName("activityStartEdit")
        self.end_edit = OptionalDateEdit(self.tr("No end date"), self.tr("No date"))
        self.end_edit.setObjectName("activityEndEdit")
        self.start_note = DateNote("activityStartNote", language)
        self.end_note = DateNote("activityEndNote", language)
        for edit, note in ((self.start_edit, self.start_note), (self.end_edit, self.end_note)):
            edit.changed.connect(lambda edit=edit, note=note: note.show_day(edit.value()))
            edit.changed.connect(self._changed_now)
        self.budget_spin = AmountSpin("activityBudgetSpin")
        self.budget_spin.valueChanged.connect(lambda _v: self._typed())
        self.metric_edit = self._line("activityMetricEdit")
        self.target_edit = self._line("activityTargetEdit")
        self.actual_edit = self._line("activityActualEdit")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("activityStatusCombo")
        for status in ActivityStatus:
            self.status_combo.addItem(status.label.get(language), status)
        self.status_combo.currentIndexChanged.connect(self._changed_now)
        self.notes_edit = NoteEdit()
        self.notes_edit.setObjectName("activityNotesEdit")
        self.notes_edit.setMaximumHeight(80)
        self.notes_edit.textChanged.connect(self._typed)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("activityProblem")
        self.problem_label.setStyleSheet(f"color: {PROBLEM};")
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        for label, widget in (
            (self.tr("Goal:"), self.goal_combo), (self.tr("Activity:"), self.name_edit),
            (self.tr("Neighborhood:"), self.activity_neighborhood_combo),
            (self.tr("Journey task:"), self.task_combo), (self.tr("Owner:"), self.owner_edit),
            (self.tr("Department:"), self.department_edit), (self.tr("Partners:"), self.partner_list),
            (self.tr("Start:"), field_with_line_under(self.start_edit, self.start_note)),
            (self.tr("End:"), field_with_line_under(self.end_edit, self.end_note)),
            (self.tr("Planned budget:"), self.budget_spin), (self.tr("Success metric:"), self.metric_edit),
            (self.tr("Target:"), self.target_edit), (self.tr("Achieved:"), self.actual_edit),
            (self.tr("Status:"), self.status_combo), (self.tr("Notes:"), self.notes_edit),
        ):
            form.addRow(label, widget)
        form.addRow(self.problem_label)
        self.form_box = QWidget()
        self.form_box.setObjectName("activityForm")
        self.form_box.setLayout(form)
        return form_scroll(self.form_box, "activityFormScroll")

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        start_where_the_reader_starts(edit)
        edit.textEdited.connect(lambda _t: self._typed())
        edit.editingFinished.connect(self._pause.flush)
        return edit

    def _timeline_page(self) -> QWidget:
        months = [self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May"), self.tr("Jun"),
                  self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"), self.tr("Nov"), self.tr("Dec")]
        self.timeline_model = TimelineModel(
            self.tr("Activity"), months, self.tr("City"), self._context.language, (self.tr("Start"), self.tr("End")),
            self.tr("City projects"),
        )
        self.timeline = make_table("timelineTable")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setItemDelegate(TimelineBarDelegate(self.timeline))
        self.timeline.setShowGrid(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline_neighborhood = QComboBox()
        self.timeline_neighborhood.setObjectName("timelineNeighborhoodFilter")
        self.timeline_owner = QComboBox()
        self.timeline_owner.setObjectName("timelineOwnerFilter")
        self.timeline_status = QComboBox()
        self.timeline_status.setObjectName("timelineStatusFilter")
        self.timeline_status.addItem(self.tr("Any status"), None)
        for status in ActivityStatus:
            self.timeline_status.addItem(status.label.get(self._context.language), status)
        for combo in (self.timeline_neighborhood, self.timeline_owner, self.timeline_status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_timeline())
        filters = QHBoxLayout()
        for combo in (self.timeline_neighborhood, self.timeline_owner, self.timeline_status):
            filters.addWidget(combo, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self._timeline_legend())
        return page

    def _timeline_legend(self) -> QLabel:
        """What the dots on the bars mean: a start or an end on a day of rest, its eve, or another holiday."""
        meanings = (
            (REST_DAY_MARK, self.tr("starts or ends on Shabbat or a holiday of rest")),
            (EVE_MARK, self.tr("on the eve of one")),
            (HOLIDAY_MARK, self.tr("on another holiday")),
        )
        dots = [f'<span style="color:{color.name()}">●</span> {html.escape(text)}' for color, text in meanings]
        legend = QLabel("&nbsp;&nbsp;&nbsp;".join(dots) + " · " + html.escape(self.tr("point at a bar for the dates")))
        legend.setObjectName("timelineLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        return legend
