"""The four stages drawn as a path, each with its progress; a click picks a stage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import catalog
from ....domain.progress import StageProgress
from ....domain.text import count_text
from ...style import Title, set_title


class StageCard(QPushButton):
    """One stage: its number and name, a progress bar and the count of what is done."""

    def __init__(self, stage: catalog.Stage, language: str) -> None:
        super().__init__()
        self.stage_number = stage.number
        self.setObjectName(f"stageCard{stage.number}")
        self.setCheckable(True)
        self.setMinimumHeight(96)
        self.setToolTip(stage.name.get(language))
        self.title = QLabel(self.tr("Stage {0}").format(stage.number))
        set_title(self.title, Title.SECTION)
        self.name = QLabel(stage.short_name.get(language))
        self.name.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.count = QLabel()
        self.count.setObjectName("stageCount")
        layout = QVBoxLayout(self)
        for widget in (self.title, self.name, self.bar, self.count):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(widget)

    def set_progress(self, progress: StageProgress) -> None:
        self.bar.setMaximum(max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.count.setText(self.tr("{0} of {1} done").format(count_text(progress.done), count_text(progress.total)))


class StagePath(QFrame):
    stage_chosen = Signal(int)
    """The stage number picked, or 0 when the pick was cleared."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[StageCard] = []
        layout = QHBoxLayout(self)
        for index, stage in enumerate(catalog.STAGES):
            if index:
                # The layout mirrors itself in right-to-left; the arrow must follow.
                arrow = QLabel("←" if self.isRightToLeft() else "→")
                arrow.setStyleSheet("font-size: 20pt; color: #888;")
                layout.addWidget(arrow)
            card = StageCard(stage, language)
            card.clicked.connect(lambda checked, number=stage.number: self._on_card(number, checked))
            self.cards.append(card)
            layout.addWidget(card, 1)

    def _on_card(self, number: int, checked: bool) -> None:
        for card in self.cards:
            card.setChecked(card.stage_number == number and checked)
        self.stage_chosen.emit(number if checked else 0)

    def set_progress(self, stages: list[StageProgress]) -> None:
        for card, progress in zip(self.cards, stages, strict=True):
            card.set_progress(progress)

    def select(self, number: int) -> None:
        for card in self.cards:
            card.setChecked(card.stage_number == number)
