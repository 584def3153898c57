"""The dashboard area: the city's success metrics as cards, the neighborhoods against them in a table, and charts.

A card, a cell or a bar opens what it counts: the people, the partners, the events, the budget, the plans, the
matrix of tasks — for the neighborhood clicked, where the area can show one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ....domain.catalog import Area
from ....domain.measures import Measure
from ....domain.progress import NeighborhoodStage
from ....services.dashboard import Dashboard
from ...labels import stage_label
from ...models.measure_table_model import MeasureTableModel
from ...models.record_table import RecordFilter
from ...style import Title, set_title
from ...view_context import AreaFilter, ViewContext
from ...widgets.controls import make_button, make_table
from ...widgets.screen_fit import ColumnFitter
from .cards import MeasureCard
from .charts import PLANNED_COLOR, SPENT_COLOR, STAGE_COLORS, BarChart, LineChart
from .own_metrics import OwnMetricsPanel

MEASURE_AREAS: dict[Measure, Area] = {
    Measure.STAGE_TWO_DONE: Area.MATRIX,
    Measure.ACTIVE_LEADERS: Area.PEOPLE,
    Measure.ACTIVE_ACTIVISTS: Area.PEOPLE,
    Measure.RECENT_EVENTS: Area.EVENTS,
    Measure.PARTNERS_ENGAGED: Area.PARTNERS,
    Measure.BUDGET_USED: Area.BUDGET,
    Measure.ACTIVITIES_ON_TIME: Area.WORK_PLANS,
    Measure.ACTIVE_GROUPS: Area.EVENTS,
}
"""Where each measure's records are."""
FILTERED_AREAS = frozenset({Area.PEOPLE, Area.PARTNERS})
"""Areas that can be opened on one neighborhood."""
CARDS_PER_ROW = 4


class DashboardView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("dashboardView")
        self._context = context
        self.board: Dashboard | None = None
        heading = QLabel(self.tr("Success metrics"))
        set_title(heading, Title.RECORD)
        self.year_label = QLabel()
        self.year_label.setObjectName("dashboardYear")
        self.report_button = make_button(
            self.tr("Report for the municipal management…"), "reportButton", self.write_report, "export"
        )
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.year_label)
        top.addWidget(self.report_button)

        self.cards = {measure: MeasureCard(measure, measure.label.get(context.language)) for measure in Measure}
        cards = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            cards.addWidget(card, index // CARDS_PER_ROW, index % CARDS_PER_ROW)
            card.clicked.connect(self.open_measure)

        self.model = MeasureTableModel(context.language)
        self.proxy = RecordFilter()
        self.proxy.setSourceModel(self.model)
        self.table = make_table("measureTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # by name, A to Z (Qt's sort indicator starts descending: the table opened from the last name to the first)
        self.table.sortByColumn(MeasureTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.clicked.connect(self._on_cell)
        ColumnFitter(self.table, (0,), context.settings).watch()
        self.stage_chart = BarChart("stageChart")
        self.stage_chart.bar_clicked.connect(lambda _index: context.show_area(Area.MATRIX))
        self.budget_chart = BarChart("budgetChart")
        self.budget_chart.bar_clicked.connect(lambda _index: context.show_area(Area.BUDGET))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self.table, self.tr("Neighborhoods"))
        self.tabs.addTab(self.stage_chart, self.tr("Stages"))
        self.tabs.addTab(self.budget_chart, self.tr("Budget"))
        self.history_tab = self.tabs.addTab(self._history_page(), self.tr("Month by month"))
        self.own_metrics = OwnMetricsPanel(context)
        self.tabs.addTab(self.own_metrics, self.tr("Metrics of your own"))
        self.tabs.currentChanged.connect(lambda index: self._draw_history() if index == self.history_tab else None)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        context.events.follow(self, self.refresh)
        self.refresh()

    def _history_page(self) -> QWidget:
        self.history_measure = QComboBox()
        self.history_measure.setObjectName("historyMeasureCombo")
        for measure in Measure:
            self.history_measure.addItem(measure.label.get(self._context.language), measure)
        self.history_measure.currentIndexChanged.connect(lambda _index: self._draw_history())
        self.record_button = make_button(self.tr("Keep this month's figures now"), "recordMonthButton", self.record_month)
        self.history_chart = LineChart("historyChart")
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Measure:")))
        controls.addWidget(self.history_measure, 1)
        controls.addWidget(self.record_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.history_chart, 1)
        return page

    def record_month(self) -> None:
        """Keep the figures as they are now as this month's (they are kept by themselves once a month)."""
        self._context.workspace.dashboard.record_month()
        self._draw_history()

    def _draw_history(self) -> None:
        measure = self.history_measure.currentData()
        history = self._context.workspace.dashboard.history(measure)
        kept = dict(history)
        labels = [f"{month[5:]}/{month[:4]}" for month, _value in history]
        self.history_chart.show_line(
            self.tr("{0}, month by month (the city)").format(measure.label.get(self._context.language)),
            labels,
            [value for _month, value in history],
            self.tr("No month kept yet: the figures are kept the first time the workspace is opened in a month, or "
                    "with the button above."),
            (self.tr("A year before"), [kept.get(f"{int(month[:4]) - 1}{month[4:]}") for month, _value in history]),
            self.tr("In the month"),
        )

    def refresh(self) -> None:
        board = self._context.workspace.dashboard.dashboard()
        self.board = board
        self.year_label.setText(self.tr("Plan year {0} · as of {1}").format(board.year, board.today.strftime("%d/%m/%Y")))
        for measure, card in self.cards.items():
            city = board.city
            card.show_value(city.values[measure], city.targets[measure], city.rating(measure), self.tr("target: {0}"))
        self.model.set_records(board.neighborhoods)
        self.own_metrics.refresh()
        self._draw_charts(board)
        self._draw_history()

    def _draw_charts(self, board: Dashboard) -> None:
        counts = board.stage_counts()
        stages = list(NeighborhoodStage)
        self.stage_chart.show_bars(
            self.tr("Neighborhoods by stage"),
            [stage_label(stage) for stage in stages],
            [(self.tr("Neighborhoods"), STAGE_COLORS[1], [counts[stage] for stage in stages])],
        )
        rows = board.neighborhoods
        budget = [board.budget.get(row.neighborhood_id, (0.0, 0.0)) for row in rows]
        self.budget_chart.show_bars(
            self.tr("Budget planned and spent, by neighborhood"),
            [row.name for row in rows],
            [
                (self.tr("Planned"), PLANNED_COLOR, [planned for planned, _spent in budget]),
                (self.tr("Spent"), SPENT_COLOR, [spent for _planned, spent in budget]),
            ],
            horizontal=True,
            money=True,
        )

    def write_report(self) -> None:
        """The report for the senior municipal level — the city and a page per neighborhood — as PDF or Word."""
        from ....services.report import build_report
        from ...widgets.document_actions import export_document

        export_document(self._context, self, build_report(self._context.workspace, self._context.language))

    def open_measure(self, measure: Measure, neighborhood_id: int | None = None) -> None:
        """Open the area holding what ``measure`` counts, on one neighborhood where the area can show one."""
        area = MEASURE_AREAS[measure]
        if neighborhood_id is not None and area in FILTERED_AREAS:
            self._context.show_area(area, AreaFilter(neighborhood_id=neighborhood_id))
        else:
            self._context.show_area(area)

    def _on_cell(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        measure = self.model.measure_of(source.column())
        row = self.model.row_at(source.row())
        if measure is None:
            self._context.show_area(Area.NEIGHBORHOODS)
            return
        self.open_measure(measure, row.neighborhood_id)
