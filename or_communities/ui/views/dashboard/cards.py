"""A card of the city's summary: one measure's figure against its target, colored by how it stands; a click opens
what it counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ....domain.measures import Measure, Rating, measure_text
from ...models.measure_table_model import RATING_COLORS
from ...style import Title, set_title


class MeasureCard(QFrame):
    clicked = Signal(object)
    """The card's Measure."""

    def __init__(self, measure: Measure, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = measure
        self.setObjectName(f"{measure.value}Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_label = QLabel()
        self.value_label.setObjectName("cardValue")
        set_title(self.value_label, Title.WINDOW)
        self.name_label = QLabel(label)
        self.name_label.setWordWrap(True)
        self.target_label = QLabel()
        self.target_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for label_widget in (self.value_label, self.name_label, self.target_label):
            layout.addWidget(label_widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        """Figures start where the reader starts, also a number alone, which would otherwise sit on the left."""
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label_widget in (self.value_label, self.name_label, self.target_label):
            label_widget.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def show_value(self, value: float | None, target: float, rating: Rating, target_text: str) -> None:
        self._align()
        self.value_label.setText(measure_text(self.measure, value))
        self.target_label.setText(target_text.format(measure_text(self.measure, target)))
        color = RATING_COLORS[rating]
        fill = color.name() if color is not None else "#f5f5f5"
        self.setStyleSheet(f"#{self.objectName()} {{ background: {fill}; border: 1px solid #bbb; border-radius: 6px; }}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.measure)
        super().mouseReleaseEvent(event)
