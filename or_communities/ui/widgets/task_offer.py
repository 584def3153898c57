"""The offer a tool makes when what it recorded shows a journey task done: the evidence, the task, and a button
that marks it done. Nothing is marked until the user presses it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...domain import catalog
from ..style import style_guide
from .controls import make_button


class TaskOfferBar(QWidget):
    accepted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("taskOffer")
        style_guide(self)
        self.text = QLabel()
        self.text.setObjectName("taskOfferText")
        self.text.setWordWrap(True)
        self.button = make_button(self.tr("Mark the task done"), "markTaskDoneButton", self.accepted.emit, "check")
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.task_key: str | None = None
        self.hide()

    def offer(self, task_key: str | None, evidence: str, language: str) -> None:
        """Offer ``task_key`` with its evidence, or hide the bar (None)."""
        self.task_key = task_key
        if task_key is not None:
            task = catalog.TASKS[task_key]
            self.text.setText(
                self.tr("{0}. Task {1}, “{2}”, can be marked done.").format(
                    evidence, f"{task.stage_number}.{task.number}", task.name.get(language)
                )
            )
        self.setVisible(task_key is not None)
