"""The journey's checklist for a new city: the first steps in the guide's order, each done or with a button that
takes it. It shows until the city has taken them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from ....domain.catalog import Area
from ....services.first_steps import FirstStep, first_steps
from ...icons import icon
from ...style import style_first_steps
from ...view_context import ViewContext
from ...widgets.controls import make_button


class FirstStepsBox(QGroupBox):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("firstStepsBox")
        style_first_steps(self)
        self.setTitle(self.tr("First steps for a new city"))
        self._context = context
        self.marks: dict[FirstStep, QLabel] = {}
        self.buttons: dict[FirstStep, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, (step, text, action, act) in enumerate(self._steps()):
            mark = QLabel()
            words = QLabel(text)
            words.setWordWrap(True)
            button = make_button(action, f"{step.value}StepButton", act)
            grid.addWidget(mark, row, 0)
            grid.addWidget(words, row, 1)
            grid.addWidget(button, row, 2)
            self.marks[step], self.buttons[step] = mark, button
        self.done: dict[FirstStep, bool] = {}

    def _steps(self) -> list[tuple[FirstStep, str, str, Callable[[], None]]]:
        act_in = self._context.act_in
        return [
            (FirstStep.NEIGHBORHOODS, self.tr("Divide the city into its neighborhoods"), self.tr("Import boundaries…"),
             lambda: act_in(Area.MAP, "import_boundaries")),
            (FirstStep.BOUNDARIES, self.tr("Give every neighborhood its boundary on the map"), self.tr("Open the map"),
             lambda: self._context.show_area(Area.MAP)),
            (FirstStep.PARTNERS, self.tr("List the first partners: departments, associations, businesses"),
             self.tr("Add a partner…"), lambda: act_in(Area.PARTNERS, "add_record")),
            (FirstStep.PEOPLE, self.tr("List residents, activists and building coordinators"),
             self.tr("Import people…"), lambda: act_in(Area.PEOPLE, "import_people")),
            (FirstStep.WORK_PLAN, self.tr("Start the city's work plan for the year"),
             self.tr("Start from the guide's plan"), lambda: act_in(Area.WORK_PLANS, "start_from_guide")),
        ]

    def refresh(self) -> None:
        steps = first_steps(self._context.workspace)
        self.done = steps.done
        for step, done in steps.done.items():
            self.marks[step].setPixmap(icon("step_done" if done else "step_open").pixmap(QSize(20, 20)))
            self.marks[step].setToolTip(self.tr("Done") if done else self.tr("Still to do"))
            self.buttons[step].setEnabled(not done)
        self.setVisible(not steps.all_done)
