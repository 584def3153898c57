"""The work plans area: choose a plan (city, a neighborhood's, or the annual city plan) and a year; its goals (renamed
and put in order in their own list) and activities in a table with a form beside it; copy a plan from last year or
from another neighborhood; and the synchronized timeline of every neighborhood's activities across the year's months.
Start and end dates are shown in the Hebrew calendar too, and one that falls on Shabbat or a holiday is marked.

Every edit is written at once (typing after a pause), as everywhere in the app.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain import catalog
from ....domain.errors import InputError
from ....domain.planning import Activity, Goal, PlanKind, WorkPlan
from ...labels import input_error_message
from ...typing_pause import TypingPause
from ...view_context import ViewContext
from .city_projects import CityProjectsPage
from .goals import WorkPlanGoals

PLAN_TAB, TIMELINE_TAB, PROJECTS_TAB = range(3)




class WorkPlansView(WorkPlanGoals):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("workPlansView")
        self._context = context
        self.plans = context.workspace.plans
        self.shown_plan: WorkPlan | None = None
        """The plan shown, once it exists (an empty plan is made when its first goal is added)."""
        self._goals: list[Goal] = []
        self._current: Activity | None = None
        self._loading = False
        self._pause = TypingPause(self._write, self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workPlanTabs")
        self.tabs.addTab(self._plan_page(), self.tr("Plan"))
        self.tabs.addTab(self._timeline_page(), self.tr("Timeline"))
        self.city_projects = CityProjectsPage(context)
        self.city_projects.saved.connect(lambda: context.events.announce(self))
        self.tabs.addTab(self.city_projects, self.tr("City projects"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.chooser = QWidget()
        self.chooser.setObjectName("workPlanChooser")
        chooser_row = self._chooser_row()
        chooser_row.setContentsMargins(0, 0, 0, 0)
        self.chooser.setLayout(chooser_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.tabs, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._pause.flush()
        hoods = self._context.workspace.neighborhoods.list()
        self._fill(self.neighborhood_combo, [(hood.name, hood.id) for hood in hoods])
        self._fill(self.activity_neighborhood_combo, [(self.tr("City-wide"), None)] + [(h.name, h.id) for h in hoods])
        self._fill(self.timeline_neighborhood, [(self.tr("All neighborhoods"), None)] + [(h.name, h.id) for h in hoods])
        self.partner_list.set_choices(sorted(((name, pid) for pid, name in self.plans.partner_names().items())))
        self.show_plan()
        self.city_projects.reload()

    def _on_tab_changed(self, index: int) -> None:
        self.chooser.setVisible(index != PROJECTS_TAB)  # city projects are the city's, of no one plan or year
        self._timeline_when_shown()

    def _timeline_when_shown(self) -> None:
        """Fill the timeline only while it is the tab shown: the year's every activity is read for it."""
        if self.tabs.currentIndex() == TIMELINE_TAB:
            self.refresh_timeline()

    def show_plan_for(self, neighborhood_id: int | None) -> None:
        """Open the city's work plan (None) or a neighborhood's, of the plan year (the tool of the plan tasks): an
        empty one offers the guide's plan to start from."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PlanKind.CITY if neighborhood_id is None else PlanKind.NEIGHBORHOOD))
        if neighborhood_id is not None:
            self.neighborhood_combo.setCurrentIndex(max(0, self.neighborhood_combo.findData(neighborhood_id)))
        self.tabs.setCurrentIndex(PLAN_TAB)
        self.show_plan()

    def show_city_projects(self) -> None:
        """Open the city projects (the tool of stage 4's task)."""
        self.tabs.setCurrentIndex(PROJECTS_TAB)

    @staticmethod
    def _fill(combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
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
            self.shown_plan = None
            self.empty_label.setText(self.tr("Add a neighborhood first: a neighborhood work plan belongs to one."))
        else:
            self.shown_plan = self.plans.find_plan(kind, year, hood)
            self.empty_label.setText("")
        plan_id = self.shown_plan.id if self.shown_plan else None
        self._goals = self.plans.goals(plan_id) if plan_id is not None else []
        self.plan_guide.show_when(not self._goals and not (kind is PlanKind.NEIGHBORHOOD and hood is None))
        self.model.set_activities(self.plans.activities(plan_id) if plan_id is not None else [], self._goals)
        self._fill(self.goal_combo, [(goal.title, goal.id) for goal in self._goals])
        self._fill(self.task_combo, self._task_choices(kind))
        self._fill_goal_list()
        self._fill_copy_sources()
        self._select(select_id)
        self._timeline_when_shown()
        editable = self.plan_editable()
        self.model.row_editable = lambda _activity: editable
        for button in (self.add_activity_button, self.import_button, self.copy_button, self.add_goal_button):
            button.setEnabled(editable)

    def plan_editable(self) -> bool:
        """Whether the plan shown may be changed: on a team server, the city's plans are the manager's and a
        neighborhood's its coordinator's too."""
        _kind, _year, hood = self._chosen()
        return self._context.workspace.access.may_edit(hood)

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
            self.show_activity(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.show_activity(self.model.activity(row))

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._pause.flush()
        if current.isValid():
            self.show_activity(self.model.activity(self.proxy.mapToSource(current).row()))

    def show_activity(self, activity: Activity | None) -> None:
        self._current = activity
        self.form_box.setEnabled(activity is not None and self.plan_editable())
        self.remove_button.setEnabled(activity is not None and self.plan_editable())
        self.problem_label.clear()
        if activity is None:
            self._clear_form()
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

    def _clear_form(self) -> None:
        """No activity chosen (another plan, an empty one): the form shows none, not the one chosen before."""
        self._loading = True
        for edit in (self.name_edit, self.owner_edit, self.department_edit, self.metric_edit, self.target_edit,
                     self.actual_edit):
            edit.clear()
        for combo in (self.goal_combo, self.activity_neighborhood_combo, self.task_combo, self.status_combo):
            combo.setCurrentIndex(-1)
        self.partner_list.set_checked(())
        for date_edit, note in ((self.start_edit, self.start_note), (self.end_edit, self.end_note)):
            date_edit.set_value(None)
            note.show_day(None)
        self.budget_spin.setValue(0)
        self.notes_edit.clear()
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
        self.city_projects.flush_edits()

    def _ensure_plan(self) -> WorkPlan | None:
        kind, year, hood = self._chosen()
        if kind is PlanKind.NEIGHBORHOOD and hood is None:
            return None
        if self.shown_plan is None:
            self.shown_plan = self.plans.plan(kind, year, hood)
        return self.shown_plan

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
        activity_id = current.id
        if not self._context.dialogs.confirm(self, self.tr("Remove"), self.tr("Remove the activity {0}?").format(current.name)):
            return
        self._guarded(self.tr("Remove"), lambda: self.plans.remove_activity(activity_id))
        self.show_plan()

    def copy_plan(self) -> None:
        source_key = self.copy_combo.currentData()
        kind, year, hood = self._chosen()
        if source_key is None:
            return
        source_year, source_hood = (source_key[1], hood) if source_key[0] == "year" else (year, source_key[1])
        title = self.tr("Copy a plan")
        source = self.plans.find_plan(kind, source_year, source_hood if kind is PlanKind.NEIGHBORHOOD else None)
        if source is None or source.id is None or (not self.plans.activities(source.id) and not self.plans.goals(source.id)):
            empty = self.tr("{0} is empty; there is nothing to copy from it.")
            self._context.dialogs.info(self, title, empty.format(self.copy_combo.currentText()))
            return
        source_id = source.id
        question = self.tr("Add the goals and activities of {0} to this plan? Dates move to {1}; status starts as planned.")
        if not self._context.dialogs.confirm(self, title, question.format(self.copy_combo.currentText(), year)):
            return
        self._guarded(title, lambda: self.plans.copy_plan(source_id, year, hood))
        self.show_plan()

    def start_from_guide(self) -> None:
        """Lay the shown plan out as the guide's stages and tasks of its scope, for the user to date and assign."""
        plan = self._ensure_plan()
        if plan is None or plan.id is None:
            self._context.dialogs.info(
                self, self.tr("The guide's plan"), self.tr("Add a neighborhood first: a neighborhood work plan belongs to one.")
            )
            return
        plan_id, language = plan.id, self._context.language
        self._guarded(self.tr("The guide's plan"), lambda: self.plans.start_from_guide(plan_id, language))
        self.show_plan()
        self._context.events.announce(self)

    def _guarded(self, title: str, action: Callable[[], object]) -> object:
        try:
            return action()
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
            return None

    # -- files ----------------------------------------------------------------------------

    def export_plan(self) -> Path | None:
        from ....services.plan_export import export_work_plan

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
        from ...plan_import_dialog import PlanImportDialog

        title = self.tr("Import a work plan")
        path = self._context.dialogs.open_file(self, title, self._context.workspace.path.parent, self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        dialog = PlanImportDialog(self._context.workspace, path, self._context.dialogs, self)
        if dialog.load():
            dialog.exec()
        self.show_plan()
