"""The dashboard's charts (QtCharts): neighborhoods by stage, and the budget planned against spent by neighborhood.

Hebrew labels; in a right-to-left window a bar chart's categories run from the right, as the reader reads them.
Clicking a bar asks for what it counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

STAGE_COLORS = ("#b0bec5", "#ffb74d", "#66bb6a")
PLANNED_COLOR, SPENT_COLOR = "#90caf9", "#1565c0"


class BarChart(QChartView):
    """A bar chart whose clicked bar is reported by its category's index."""

    bar_clicked = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._categories: list[str] = []

    def show_bars(self, title: str, categories: Sequence[str], sets: Sequence[tuple[str, str, Sequence[float]]],
                  horizontal: bool = False, money: bool = False) -> None:
        """``sets``: (label, color, a value per category); right to left, the categories run from the right."""
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Categories read from where the reader starts: from the right, or (lying bars, drawn bottom up) from the top.
        order = list(range(len(categories)))[::-1] if right_to_left or horizontal else list(range(len(categories)))
        self._categories = [categories[index] for index in order]
        self._order = order
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for label, color, values in sets:
            bars = QBarSet(label)
            bars.setColor(QColor(color))
            bars.append([float(values[index]) for index in order])
            series.append(bars)
        series.clicked.connect(lambda index, _set: self.bar_clicked.emit(self._order[index]))
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocalizeNumbers(True)  # the axis reads 60,000, as every amount in the app does
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        names = QBarCategoryAxis()
        names.append(self._categories)
        amounts = QValueAxis()
        amounts.setLabelFormat("%.0f")
        top = max((max(values, default=0) for _l, _c, values in sets), default=0)
        amounts.setRange(0, max(1.0, float(top) * 1.1))
        amounts.setTickCount(5)
        amounts.applyNiceNumbers()
        if horizontal and right_to_left:
            amounts.setReverse(True)  # bars grow from the right, beside their names
        if money:
            amounts.setTitleText("₪")
        name_side, amount_side = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal else (
            Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        )
        if horizontal and right_to_left:
            name_side = Qt.AlignmentFlag.AlignRight
        elif right_to_left:
            amount_side = Qt.AlignmentFlag.AlignRight
        chart.addAxis(names, name_side)
        chart.addAxis(amounts, amount_side)
        series.attachAxis(names)
        series.attachAxis(amounts)
        replace_chart(self, chart)

    def categories(self) -> list[str]:
        """The categories as drawn, first to last."""
        return list(self._categories)


class LineChart(QChartView):
    """One measure month by month, months left to right, its scale on the reader's side."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.points: list[tuple[str, float]] = []

    def show_line(
        self,
        title: str,
        labels: Sequence[str],
        values: Sequence[float | None],
        empty_text: str = "",
        year_before: tuple[str, Sequence[float | None]] | None = None,
        name: str = "",
    ) -> None:
        """The line; ``year_before`` (its name, a value per month) a second, dashed line to compare with. With no
        value at all, only ``empty_text`` as the chart's title, and no axes to misread."""
        chart = QChart()
        chart.legend().setVisible(False)
        self.points = [(label, float(value)) for label, value in zip(labels, values, strict=True) if value is not None]
        if not self.points:
            chart.setTitle(empty_text or title)
            self._show(chart)
            return
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        lines = [self._line(values, name, solid=True)]
        if year_before is not None and any(value is not None for value in year_before[1]):
            lines.append(self._line(year_before[1], year_before[0], solid=False))
            chart.legend().setVisible(True)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        months = QBarCategoryAxis()
        months.append(list(labels))
        amounts = QValueAxis()
        amounts.setLabelFormat("%.0f")
        everything = [*values, *(year_before[1] if year_before else ())]
        amounts.setRange(0, max([5.0, *(float(v) * 1.1 for v in everything if v is not None)]))
        amounts.applyNiceNumbers()
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Time runs left to right in either language, as dates and numbers do inside Hebrew; the figures stand on
        # the reader's side.
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
        for line in lines:
            chart.addSeries(line)
            line.attachAxis(months)
            line.attachAxis(amounts)
        if len(lines) == 1:
            chart.legend().setVisible(False)
        self._show(chart)

    @staticmethod
    def _line(values: Sequence[float | None], name: str, solid: bool) -> QLineSeries:
        line = QLineSeries()
        line.setName(name)
        line.setPointsVisible(True)
        if not solid:
            pen = line.pen()
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
        for index, value in enumerate(values):
            if value is not None:
                line.append(float(index), float(value))
        return line

    def _show(self, chart: QChart) -> None:
        replace_chart(self, chart)


def replace_chart(view: QChartView, chart: QChart) -> None:
    """Show ``chart`` in ``view`` and let the one it showed go."""
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
