"""The journey's "What's next" for the place chosen (the city or a neighborhood): one to three steps, each with
its reason from the workspace and a button that opens the guide's tool for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton

from ....domain import catalog
from ....domain.catalog import Area
from ....domain.next_steps import Attention, NextStep, Reason
from ....services.next_steps import next_steps_for
from ...style import Title, set_title, style_guide
from ...tool_actions import tool_button_text, tool_opener
from ...view_context import AreaFilter, ViewContext
from ...widgets.controls import make_button


class NextStepsBox(QFrame):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("nextStepsBox")
        style_guide(self)
        self._context = context
        self._neighborhood_id: int | None = None
        self.steps: list[NextStep] = []
        self.title = QLabel(self.tr("What's next"))
        self.title.setObjectName("emptyGuideTitle")
        set_title(self.title, Title.SECTION)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 4, 8, 4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self._grid.addWidget(self.title, 0, 0, 1, 2)
        self.texts: list[QLabel] = []
        self.buttons: list[QPushButton] = []

    def show_place(self, neighborhood_id: int | None, attention: Attention) -> None:
        """Compute and show the next steps of the city (None) or of a neighborhood, with the city's ``attention``."""
        self._neighborhood_id = neighborhood_id
        self.steps = next_steps_for(self._context.workspace, neighborhood_id, attention)
        for widget in (*self.texts, *self.buttons):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.texts, self.buttons = [], []
        language = self._context.language
        for row, step in enumerate(self.steps, start=1):
            text = QLabel("• " + step.text.get(language))
            text.setWordWrap(True)
            button = make_button(self._button_text(step), f"nextStepButton{row}", self._action(step))
            if step.tool_key:
                button.setToolTip(catalog.TOOLS[step.tool_key].summary.get(language))
            self._grid.addWidget(text, row, 0)
            self._grid.addWidget(button, row, 1)
            self.texts.append(text)
            self.buttons.append(button)
        self.setVisible(bool(self.steps))

    def _button_text(self, step: NextStep) -> str:
        return tool_button_text(step.tool_key, self._context.language, self.tr("Show the task"))

    def _action(self, step: NextStep) -> Callable[[], None]:
        place = self._neighborhood_id
        context = self._context
        opens: dict[Reason, Callable[[], None]] = {
            Reason.FOLLOW_UPS_DUE: lambda: context.show_area(Area.PARTNERS, AreaFilter(needs_attention=True)),
            Reason.INACTIVE_ACTIVISTS: lambda: context.show_area(
                Area.PEOPLE, AreaFilter(needs_attention=True, neighborhood_id=place)
            ),
            Reason.SILENT_CHANNEL: lambda: context.act_in(Area.EVENTS, "show_channels"),
            Reason.SPACE_WITHOUT_RULES: lambda: context.act_in(Area.EVENTS, "show_spaces"),
        }
        if step.reason in opens:
            return opens[step.reason]
        return tool_opener(context, step.tool_key, place, step.task_key)
