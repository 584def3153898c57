"""The plain controls every screen builds the same way: buttons, read-only record tables, counts that may be
unknown, and a choice of neighborhood."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)

from ...domain.records import Neighborhood
from ..icons import icon


def make_table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def make_button(text: str, name: str, slot: Callable[[], object], icon_name: str | None = None) -> QPushButton:
    """A button that calls ``slot``; ``icon_name`` (of ui/icons.py) for an area's main actions."""
    button = QPushButton(text)
    button.setObjectName(name)
    if icon_name is not None:
        button.setIcon(icon(icon_name))
    button.clicked.connect(lambda _checked=False: slot())
    return button


NOT_RECORDED = -1
"""A count spin box's value for "not recorded"."""


def start_where_the_reader_starts(field: QAbstractSpinBox | QLineEdit) -> None:
    """Set a field's text at the right of a right-to-left window, as every field there is, whatever it holds: Qt
    aligns a field by its text's own direction, and digits read left to right, so an amount, a population or a target
    of "4" stood at the left edge of a Hebrew form. At the left in a left-to-right window."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    start = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    field.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


def number_spin(name: str = "") -> QSpinBox:
    """A whole number's field, aligned as the form's text is."""
    spin = QSpinBox()
    spin.setObjectName(name)
    start_where_the_reader_starts(spin)
    return spin


def count_spin(name: str, empty_text: str) -> QSpinBox:
    """A number of people that may be unknown (shown as ``empty_text``)."""
    spin = number_spin(name)
    spin.setRange(NOT_RECORDED, 1_000_000)
    spin.setSpecialValueText(empty_text)
    return spin


def count_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_RECORDED else spin.value()


def set_count(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(NOT_RECORDED if value is None else value)


def fill_neighborhood_combo(combo: QComboBox, neighborhoods: list[Neighborhood], none_label: str | None) -> None:
    """The neighborhoods to choose from; ``none_label`` first (city-wide, or all) when given. Keeps the choice."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for neighborhood in neighborhoods:
        combo.addItem(neighborhood.name, neighborhood.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class WrappedLabel(QLabel):
    """A label that wraps its words, but is never laid out so narrow that it needs more than ``most_lines`` lines: a
    layout short of room squeezes a plain wrapped label below its words' width, and cuts them."""

    def __init__(self, text: str, most_lines: int = 2) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._most_lines = most_lines

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()  # the font the label is drawn with, once styled
        words = self.text().split()
        low = max((metrics.horizontalAdvance(word) for word in words), default=0)
        high = max(low, metrics.horizontalAdvance(self.text()))
        while low < high:  # the narrowest width that holds the words in most_lines lines
            middle = (low + high) // 2
            if _lines_at(words, middle, metrics.horizontalAdvance, metrics.horizontalAdvance(" ")) <= self._most_lines:
                high = middle
            else:
                low = middle + 1
        margins = self.contentsMargins()
        width = high + margins.left() + margins.right() + metrics.averageCharWidth()  # the layout of wrapped text takes a little more
        return QSize(width, self.heightForWidth(width))


def _lines_at(words: list[str], width: int, advance: Callable[[str], int], space: int) -> int:
    lines, used = 1, 0
    for word in words:
        needed = advance(word) if used == 0 else used + space + advance(word)
        if needed > width and used > 0:
            lines, used = lines + 1, advance(word)
        else:
            used = needed
    return lines
