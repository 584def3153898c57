"""A work plan's goals: listed in their order, added, renamed and moved up or down."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidgetItem,
)

from ....domain.planning import Activity, Goal, WorkPlan
from .pages import WorkPlansPages

if TYPE_CHECKING:
    from ....services.work_plans import WorkPlanService

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole


class WorkPlanGoals(WorkPlansPages):
    """The goals of the plan shown; WorkPlansView shows its activities."""

    plans: WorkPlanService
    _goals: list[Goal]
    _current: Activity | None

    def _ensure_plan(self) -> WorkPlan | None:
        raise NotImplementedError

    def _guarded(self, title: str, action: Callable[[], object]) -> object:
        raise NotImplementedError

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
        editable = self.plan_editable()
        self.rename_goal_button.setEnabled(row >= 0 and editable)
        self.goal_up_button.setEnabled(row > 0 and editable)
        self.goal_down_button.setEnabled(0 <= row < count - 1 and editable)

    def add_goal(self) -> None:
        title = self._context.dialogs.ask_text(self, self.tr("Add a goal"), self.tr("The goal:"))
        plan = self._ensure_plan() if title and title.strip() else None
        if plan is None or plan.id is None or title is None:
            return
        plan_id = plan.id
        added = self._guarded(self.tr("Add a goal"), lambda: self.plans.add_goal(plan_id, title))
        self.show_plan(select_id=self._current.id if self._current else None)
        if isinstance(added, Goal):
            self._choose_goal(added.id)

    def rename_goal(self) -> None:
        goal = next((goal for goal in self._goals if goal.id == self.chosen_goal_id()), None)
        if goal is None or goal.id is None:
            return
        goal_id = goal.id
        dialog_title = self.tr("Rename a goal")
        title = self._context.dialogs.ask_text(self, dialog_title, self.tr("The goal:"), goal.title)
        if title is None or title == goal.title:
            return
        self._guarded(dialog_title, lambda: self.plans.rename_goal(goal_id, title))
        self._show_goal_change(goal_id)

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
