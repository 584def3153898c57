"""The work plans area: choose a plan (city, a neighborhood's, or the annual city plan) and a year; its goals (renamed
and put in order in their own list) and activities in a table with a form beside it; copy a plan from last year or
from another neighborhood; and the synchronized timeline of every neighborhood's activities across the year's months.
Start and end dates are shown in the Hebrew calendar too, and one that falls on Shabbat or a holiday is marked.

Every edit is written at once (typing after a pause), as everywhere in the app.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import catalog
from ...domain.budget_rules import AMOUNT_LIMIT
from ...domain.errors import InputError
from ...domain.planning import Activity, ActivityStatus, Goal, PlanKind, WorkPlan
from ..labels import input_error_message
from ..models.event_models import flags_text
from ..models.work_plan_models import (
    EVE_MARK,
    HOLIDAY_MARK,
    REST_DAY_MARK,
    ActivityTableModel,
    TimelineBarDelegate,
    TimelineModel,
    day_note,
    flags_warning_color,
)
from ..typing_pause import TypingPause
from ..view_context import ViewContext
from ..widgets.controls import make_button, make_table
from ..widgets.date_fields import OptionalDateEdit
from ..widgets.form_fields import CheckList, field_with_line_under

PLAN_TAB, TIMELINE_TAB = range(2)
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole


class DateNote(QWidget):
    """Under a date field: the date in the Hebrew calendar and, in a warning color, Shabbat or the holidays it falls on."""

    def __init__(self, name: str, language: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._language = language
        self.hebrew_label = QLabel()
        self.hebrew_label.setObjectName(f"{name}Hebrew")
        self.flags_label = QLabel()
        self.flags_label.setObjectName(f"{name}Flags")
        self.flags_label.setWordWrap(True)
        self.flags_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.hebrew_label)
        layout.addWidget(self.flags_label)

    def show_day(self, day: dt.date | None) -> None:
        note = day_note(day) if day else None
        self.hebrew_label.setText(note.hebrew.get(self._language) if note else "")
        flags = note.flags if note else ()
        self.flags_label.setText(flags_text(flags, self._language))
        color = flags_warning_color(flags)
        self.flags_label.setStyleSheet(f"color: {color.name()}; font-weight: bold;" if color else "")
        self.flags_label.setVisible(bool(flags))


class WorkPlansView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("workPlansView")
        self._context = context
        self.plans = context.workspace.plans
        self._plan: WorkPlan | None = None
        self._goals: list[Goal] = []
        self._current: Activity | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workPlanTabs")
        self.tabs.addTab(self._plan_page(), self.tr("Plan"))
        self.tabs.addTab(self._timeline_page(), self.tr("Timeline"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh_timeline())
        layout = QVBoxLayout(self)
        layout.addLayout(self._chooser_row())
        layout.addWidget(self.tabs, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _chooser_row(self) -> QHBoxLayout:
        language = self._context.language
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("planKindCombo")
        for kind in (PlanKind.CITY, PlanKind.NEIGHBORHOOD, PlanKind.ANNUAL_CITY):
            self.kind_combo.addItem(kind.label.get(language), kind)
        self.neighborhood_combo = QComboBox()
        self.neighborhood_combo.setObjectName("planNeighborhoodCombo")
        self.year_spin = QSpinBox()
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
        self.export_button = make_button(self.tr("Export…"), "exportPlanButton", self.export_plan)
        self.import_button = make_button(self.tr("Import…"), "importPlanButton", self.import_plan)
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.add_activity_button = make_button(self.tr("Add activity…"), "addActivityButton", self.add_activity)
        self.remove_button = make_button(self.tr("Remove…"), "removeActivityButton", self.remove_activity)
        self.copy_combo = QComboBox()
        self.copy_combo.setObjectName("copySourceCombo")
        self.copy_button = make_button(self.tr("Copy from…"), "copyPlanButton", self.copy_plan)
        buttons = QHBoxLayout()
        for widget in (self.add_activity_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_combo)
        buttons.addWidget(self.copy_button)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("planEmptyLabel")
        self.empty_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._goals_box())
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _goals_box(self) -> QWidget:
        """The plan's goals in their order, to add, rename and move; the activities' table follows that order."""
        self.goal_list = QListWidget()
        self.goal_list.setObjectName("goalList")
        self.goal_list.setMaximumHeight(110)
        self.goal_list.currentRowChanged.connect(lambda _row: self._enable_goal_buttons())
        self.goal_list.itemDoubleClicked.connect(lambda _item: self.rename_goal())
        self.add_goal_button = make_button(self.tr("Add goal…"), "addGoalButton", self.add_goal)
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
        self.budget_spin = QDoubleSpinBox()
        self.budget_spin.setObjectName("activityBudgetSpin")
        self.budget_spin.setRange(0.0, AMOUNT_LIMIT)
        self.budget_spin.setDecimals(2)
        self.budget_spin.setGroupSeparatorShown(True)
        self.budget_spin.setPrefix("₪")
        self.budget_spin.setSingleStep(100.0)
        self.budget_spin.valueChanged.connect(lambda _v: self._typed())
        self.metric_edit = self._line("activityMetricEdit")
        self.target_edit = self._line("activityTargetEdit")
        self.actual_edit = self._line("activityActualEdit")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("activityStatusCombo")
        for status in ActivityStatus:
            self.status_combo.addItem(status.label.get(language), status)
        self.status_combo.currentIndexChanged.connect(self._changed_now)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("activityNotesEdit")
        self.notes_edit.setMaximumHeight(80)
        self.notes_edit.textChanged.connect(self._typed)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("activityProblem")
        self.problem_label.setStyleSheet("color: #b3261e;")
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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)
        return scroll

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _t: self._typed())
        edit.editingFinished.connect(self._pause.flush)
        return edit

    def _timeline_page(self) -> QWidget:
        months = [self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May"), self.tr("Jun"),
                  self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"), self.tr("Nov"), self.tr("Dec")]
        self.timeline_model = TimelineModel(
            self.tr("Activity"), months, self.tr("City"), self._context.language, (self.tr("Start"), self.tr("End"))
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

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._pause.flush()
        hoods = self._context.workspace.neighborhoods.list()
        self._fill(self.neighborhood_combo, [(hood.name, hood.id) for hood in hoods])
        self._fill(self.activity_neighborhood_combo, [(self.tr("City-wide"), None)] + [(h.name, h.id) for h in hoods])
        self._fill(self.timeline_neighborhood, [(self.tr("All neighborhoods"), None)] + [(h.name, h.id) for h in hoods])
        self.partner_list.set_choices(sorted(((name, pid) for pid, name in self.plans.partner_names().items())))
        self.show_plan()

    @staticmethod
    def _fill(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _chosen(self) -> tuple[PlanKind, int, int | None]:
        kind = self.kind_combo.currentData()
        hood = self.neighborhood_combo.currentData() if kind is PlanKind.NEIGHBORHOOD else None
        return kind, self.year_spin.value(), hood

    def show_plan(self, select_id: int | None = None) -> None:
        self._pause.flush()
        kind, year, hood = self._chosen()
        self.neighborhood_combo.setEnabled(kind is PlanKind.NEIGHBORHOOD)
        if kind is PlanKind.NEIGHBORHOOD and hood is None:
            self._plan = None
            self.empty_label.setText(self.tr("Add a neighborhood first: a neighborhood work plan belongs to one."))
        else:
            self._plan = self.plans.find_plan(kind, year, hood)
            self.empty_label.setText("" if self._plan else self.tr("This plan is empty. Add a goal, then its activities."))
        self._goals = self.plans.goals(self._plan.id) if self._plan else []
        self.model.set_activities(self.plans.activities(self._plan.id) if self._plan else [], self._goals)
        self._fill(self.goal_combo, [(goal.title, goal.id) for goal in self._goals])
        self._fill(self.task_combo, self._task_choices(kind))
        self._fill_goal_list()
        self._fill_copy_sources()
        self._select(select_id)
        self.refresh_timeline()

    def _fill_goal_list(self) -> None:
        chosen = self.chosen_goal_id()
        self.goal_list.clear()
        for number, goal in enumerate(self._goals, start=1):
            item = QListWidgetItem(f"{number}. {goal.title}")
            item.setData(GOAL_ID_ROLE, goal.id)
            self.goal_list.addItem(item)
        self._choose_goal(chosen)

    def chosen_goal_id(self) -> int | None:
        item = self.goal_list.currentItem()
        return item.data(GOAL_ID_ROLE) if item else None

    def _choose_goal(self, goal_id: int | None) -> None:
        rows = [row for row in range(self.goal_list.count()) if self.goal_list.item(row).data(GOAL_ID_ROLE) == goal_id]
        self.goal_list.setCurrentRow(rows[0] if rows else -1)
        self._enable_goal_buttons()

    def _enable_goal_buttons(self) -> None:
        row, count = self.goal_list.currentRow(), self.goal_list.count()
        self.rename_goal_button.setEnabled(row >= 0)
        self.goal_up_button.setEnabled(row > 0)
        self.goal_down_button.setEnabled(0 <= row < count - 1)

    def _task_choices(self, kind: PlanKind) -> list[tuple[str, object]]:
        """The process's tasks an activity of this plan can serve: the city's, a neighborhood's, or both in the annual plan."""
        language = self._context.language
        fits = {
            PlanKind.CITY: lambda task: task.scope.applies_to_city(),
            PlanKind.NEIGHBORHOOD: lambda task: task.scope is not catalog.Scope.CITY,
            PlanKind.ANNUAL_CITY: lambda task: True,
        }[kind]
        tasks = [(catalog.task_label(task, language), task.key) for task in catalog.TASKS.values() if fits(task)]
        return [(self.tr("No task"), None), *tasks]

    def _fill_copy_sources(self) -> None:
        kind, year, hood = self._chosen()
        sources = [(self.tr("{0}'s plan").format(year - 1), ("year", year - 1))]
        if kind is PlanKind.NEIGHBORHOOD:
            sources += [
                (self.tr("{0}'s plan").format(self.neighborhood_combo.itemText(i)), ("hood", self.neighborhood_combo.itemData(i)))
                for i in range(self.neighborhood_combo.count())
                if self.neighborhood_combo.itemData(i) != hood
            ]
        self._fill(self.copy_combo, sources)

    def _select(self, activity_id: int | None) -> None:
        row = self.model.row_of(activity_id) if activity_id is not None else (0 if self.model.rowCount() else None)
        if row is None:
            self._show_activity(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self._show_activity(self.model.activity(row))

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._pause.flush()
        if current.isValid():
            self._show_activity(self.model.activity(self.proxy.mapToSource(current).row()))

    def _show_activity(self, activity: Activity | None) -> None:
        self._current = activity
        self.form_box.setEnabled(activity is not None)
        self.remove_button.setEnabled(activity is not None)
        self.problem_label.clear()
        if activity is None:
            self.start_note.show_day(None)
            self.end_note.show_day(None)
            return
        self._choose_goal(activity.goal_id)
        self._loading = True
        self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(activity.goal_id)))
        self.name_edit.setText(activity.name)
        self.owner_edit.setText(activity.owner)
        self.department_edit.setText(activity.department)
        self.activity_neighborhood_combo.setCurrentIndex(max(0, self.activity_neighborhood_combo.findData(activity.neighborhood_id)))
        self._show_task(activity.task_key)
        self.partner_list.set_checked(activity.partner_ids)
        self.start_edit.set_value(activity.start)
        self.end_edit.set_value(activity.end)
        self.start_note.show_day(activity.start)
        self.end_note.show_day(activity.end)
        self.budget_spin.setValue(activity.planned_budget)
        self.metric_edit.setText(activity.metric)
        self.target_edit.setText(activity.target)
        self.actual_edit.setText(activity.actual)
        self.status_combo.setCurrentIndex(self.status_combo.findData(activity.status))
        self.notes_edit.setPlainText(activity.notes)
        self._loading = False

    def refresh_timeline(self) -> None:
        year = self.year_spin.value()
        owners = self.plans.owners(year)
        self._fill(self.timeline_owner, [(self.tr("Any owner"), None)] + [(owner, owner) for owner in owners])
        self.timeline_model.set_entries(
            self.plans.timeline(
                year,
                neighborhood_id=self.timeline_neighborhood.currentData(),
                owner=self.timeline_owner.currentData(),
                status=self.timeline_status.currentData(),
            ),
            year,
        )

    # -- editing --------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.typed()

    def _changed_now(self) -> None:
        if not self._loading and self._current is not None:
            self._pause.write_now()

    def _show_task(self, task_key: str | None) -> None:
        index = self.task_combo.findData(task_key)
        if index < 0 and task_key in catalog.TASKS:  # a task of another scope, kept from an import or a copy
            self.task_combo.addItem(catalog.task_label(catalog.TASKS[task_key], self._context.language), task_key)
            index = self.task_combo.count() - 1
        self.task_combo.setCurrentIndex(max(0, index))

    def _edited(self, current: Activity) -> Activity:
        return dataclasses.replace(
            current,
            goal_id=self.goal_combo.currentData() or current.goal_id,
            name=self.name_edit.text(),
            owner=self.owner_edit.text(),
            department=self.department_edit.text(),
            neighborhood_id=self.activity_neighborhood_combo.currentData(),
            task_key=self.task_combo.currentData(),
            partner_ids=frozenset(self.partner_list.checked()),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            planned_budget=self.budget_spin.value(),
            metric=self.metric_edit.text(),
            target=self.target_edit.text(),
            actual=self.actual_edit.text(),
            status=self.status_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
        )

    def _write(self) -> None:
        current = self._current
        if current is None or self._loading:
            return
        edited = self._edited(current)
        if edited == current:
            return
        try:
            saved = self.plans.update_activity(edited)
        except InputError as error:
            self.problem_label.setText(input_error_message(error))
            return
        self.problem_label.clear()
        self._current = saved
        goal = next((g.title for g in self._goals if g.id == saved.goal_id), "")
        self.model.replace(saved, goal)

    def flush_edits(self) -> None:
        self._pause.flush()

    def _ensure_plan(self) -> WorkPlan | None:
        kind, year, hood = self._chosen()
        if kind is PlanKind.NEIGHBORHOOD and hood is None:
            return None
        if self._plan is None:
            self._plan = self.plans.plan(kind, year, hood)
        return self._plan

    def add_goal(self) -> None:
        title = self._context.dialogs.ask_text(self, self.tr("Add a goal"), self.tr("The goal:"))
        plan = self._ensure_plan() if title and title.strip() else None
        if plan is None or plan.id is None or title is None:
            return
        added = self._guarded(self.tr("Add a goal"), lambda: self.plans.add_goal(plan.id, title))
        self.show_plan(select_id=self._current.id if self._current else None)
        if isinstance(added, Goal):
            self._choose_goal(added.id)

    def rename_goal(self) -> None:
        goal = next((goal for goal in self._goals if goal.id == self.chosen_goal_id()), None)
        if goal is None or goal.id is None:
            return
        dialog_title = self.tr("Rename a goal")
        title = self._context.dialogs.ask_text(self, dialog_title, self.tr("The goal:"), goal.title)
        if title is None or title == goal.title:
            return
        self._guarded(dialog_title, lambda: self.plans.rename_goal(goal.id, title))
        self._show_goal_change(goal.id)

    def move_goal(self, step: int) -> None:
        """Move the chosen goal up (-1) or down (+1) the plan; its activities move with it in the table."""
        goal_id = self.chosen_goal_id()
        if goal_id is None:
            return
        self._guarded(self.tr("Move a goal"), lambda: self.plans.move_goal(goal_id, step))
        self._show_goal_change(goal_id)

    def _show_goal_change(self, goal_id: int) -> None:
        self.show_plan(select_id=self._current.id if self._current else None)
        self._choose_goal(goal_id)

    def add_activity(self) -> None:
        title = self.tr("Add an activity")
        if not self._goals:
            self._context.dialogs.info(self, title, self.tr("Add a goal first; each activity serves a goal."))
            return
        name = self._context.dialogs.ask_text(self, title, self.tr("The activity:"))
        if not name or not name.strip():
            return
        goal_id = self.chosen_goal_id() or (self._current.goal_id if self._current else self._goals[-1].id)
        assert goal_id is not None
        added = self._guarded(title, lambda: self.plans.add_activity(Activity(None, goal_id, name)))
        if isinstance(added, Activity):
            self.show_plan(select_id=added.id)

    def remove_activity(self) -> None:
        current = self._current
        if current is None or current.id is None:
            return
        if not self._context.dialogs.confirm(self, self.tr("Remove"), self.tr("Remove the activity {0}?").format(current.name)):
            return
        self._guarded(self.tr("Remove"), lambda: self.plans.remove_activity(current.id))
        self.show_plan()

    def copy_plan(self) -> None:
        source_key = self.copy_combo.currentData()
        kind, year, hood = self._chosen()
        if source_key is None:
            return
        source_year, source_hood = (source_key[1], hood) if source_key[0] == "year" else (year, source_key[1])
        title = self.tr("Copy a plan")
        source = self.plans.find_plan(kind, source_year, source_hood if kind is PlanKind.NEIGHBORHOOD else None)
        if source is None or source.id is None or not self.plans.activities(source.id) and not self.plans.goals(source.id):
            self._context.dialogs.info(self, title, self.tr("That plan is empty; there is nothing to copy."))
            return
        question = self.tr("Add the goals and activities of {0} to this plan? Dates move to {1}; status starts as planned.")
        if not self._context.dialogs.confirm(self, title, question.format(self.copy_combo.currentText(), year)):
            return
        self._guarded(title, lambda: self.plans.copy_plan(source.id, year, hood))
        self.show_plan()

    def _guarded(self, title: str, action) -> object:  # noqa: ANN001
        try:
            return action()
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
            return None

    # -- files ----------------------------------------------------------------------------

    def export_plan(self) -> Path | None:
        from ...services.plan_export import export_work_plan

        title = self.tr("Export the work plan")
        kind, year, hood = self._chosen()
        suggested = self._context.workspace.path.parent / f"{kind.label.get(self._context.language)} {year}.xlsx"
        path = self._context.dialogs.save_file(self, title, suggested, self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        try:
            export_work_plan(self._context.workspace, path, kind, hood, year, self._context.language)
        except OSError as error:
            self._context.dialogs.error(self, title, self.tr("Cannot write {0}: {1}").format(path, error.strerror or error))
            return None
        self._context.dialogs.info(self, title, self.tr("The work plan was written to {0}.").format(path))
        return path

    def import_plan(self) -> None:
        from ..plan_import_dialog import PlanImportDialog

        title = self.tr("Import a work plan")
        path = self._context.dialogs.open_file(self, title, self._context.workspace.path.parent, self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        dialog = PlanImportDialog(self._context.workspace, path, self._context.dialogs, self)
        if dialog.load():
            dialog.exec()
        self.show_plan()
