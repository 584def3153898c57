"""The budget area's pages as widgets: the summary bar and one tab per list, with its buttons and totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.budget_rules import BudgetFigure
from ....domain.planning import ExpenseCategory
from ...models.budget_models import (
    ExpenseFilter,
    ExpenseTableModel,
    IncomeTableModel,
    MismatchTableModel,
    PipelineTableModel,
    ProjectTableModel,
    TotalsTableModel,
)
from ...style import Title, set_title
from ...view_context import ViewContext
from ...widgets.controls import WrappedLabel, make_button
from ...widgets.guidance_panel import GuidancePanel
from .tables import budget_table, sorted_records, totals_table

SUMMARY_FIGURES = (
    (BudgetFigure.INCOME_SECURED, BudgetFigure.BALANCE),
    (BudgetFigure.EXPENSES_PLANNED, BudgetFigure.EXPENSES_ACTUAL),
    (BudgetFigure.EXPENSES_LEFT, BudgetFigure.CASH_BALANCE),
)
"""The figures above the budget's tabs, in pairs side by side; their names and sums are the workbook's."""


class BudgetPages(QWidget):
    """Builds the budget area's widgets; BudgetView fills them and acts on them."""

    _context: ViewContext
    income_model: IncomeTableModel
    expense_model: ExpenseTableModel
    pipeline_model: PipelineTableModel
    project_model: ProjectTableModel
    mismatch_model: MismatchTableModel

    # -- what BudgetView does when the widgets are used ---------------------------------------------

    def add_income(self) -> None:
        raise NotImplementedError

    def remove_income(self) -> None:
        raise NotImplementedError

    def add_expense(self) -> None:
        raise NotImplementedError

    def remove_expense(self) -> None:
        raise NotImplementedError

    def add_prospect(self) -> None:
        raise NotImplementedError

    def add_source_step_by_step(self) -> object:
        raise NotImplementedError

    def remove_prospect(self) -> None:
        raise NotImplementedError

    def add_project(self) -> None:
        raise NotImplementedError

    def remove_project(self) -> None:
        raise NotImplementedError

    def book_plan_amount(self) -> None:
        raise NotImplementedError

    def _on_expense_filter(self) -> None:
        raise NotImplementedError

    def _update_shown_totals(self) -> None:
        raise NotImplementedError

    def _update_book_button(self) -> None:
        raise NotImplementedError

    # -- building -----------------------------------------------------------------------------------

    def _summary_bar(self) -> QFrame:
        self.year_label = QLabel()
        self.year_label.setObjectName("budgetYearLabel")
        set_title(self.year_label, Title.RECORD)
        bar = QFrame()
        bar.setObjectName("budgetSummary")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(bar)
        grid.addWidget(self.year_label, 0, 0, 2, 1)
        self.figure_labels: dict[BudgetFigure, QLabel] = {}
        for pair, figures in enumerate(SUMMARY_FIGURES):
            for row, figure in enumerate(figures):
                name = WrappedLabel(figure.label.get(self._context.language) + ":")
                value = self._summary_label(f"{figure.value}Figure")
                self.figure_labels[figure] = value
                grid.addWidget(name, row, 1 + 3 * pair)
                grid.addWidget(value, row, 2 + 3 * pair)
            grid.setColumnMinimumWidth(3 + 3 * pair, 24)  # a gap, so a sum is read with its own name
        grid.setColumnStretch(3 * len(SUMMARY_FIGURES), 1)
        self.income_label = self.figure_labels[BudgetFigure.INCOME_SECURED]
        self.planned_label = self.figure_labels[BudgetFigure.EXPENSES_PLANNED]
        self.actual_label = self.figure_labels[BudgetFigure.EXPENSES_ACTUAL]
        self.balance_label = self.figure_labels[BudgetFigure.BALANCE]
        return bar

    def _summary_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _list_page(self, table: QTableView, buttons: list[QPushButton], *below: QWidget) -> QWidget:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(table, 3)
        for widget in below:
            layout.addWidget(widget)
        return page

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        set_title(heading, Title.SECTION)
        layout.addWidget(heading)
        layout.addWidget(widget)
        return box

    def _income_page(self) -> QWidget:
        self.income_proxy = sorted_records(self.income_model)
        self.income_table = budget_table("incomeTable", self.income_proxy, True, self.income_model.column_index("description"))
        self.add_income_button = make_button(self.tr("Add income…"), "addIncomeButton", self.add_income, "add")
        self.remove_income_button = make_button(self.tr("Remove…"), "removeIncomeButton", self.remove_income, "remove")
        self.income_totals = TotalsTableModel(
            [self.tr("Source"), self.tr("Expected"), self.tr("Committed"), self.tr("Received"), self.tr("Total")]
        )
        totals = totals_table("incomeTotalsTable", self.income_totals)
        return self._list_page(
            self.income_table,
            [self.add_income_button, self.remove_income_button],
            self._titled(self.tr("Income by source and status"), totals),
        )

    def _expenses_page(self) -> QWidget:
        self.expense_filter = ExpenseFilter()
        self.expense_filter.setSourceModel(self.expense_model)
        self.expense_table = budget_table("expenseTable", self.expense_filter, True, self.expense_model.column_index("description"))
        self.add_expense_button = make_button(self.tr("Add expense…"), "addExpenseButton", self.add_expense, "add")
        self.remove_expense_button = make_button(self.tr("Remove…"), "removeExpenseButton", self.remove_expense, "remove")
        self.neighborhood_filter = QComboBox()
        self.neighborhood_filter.setObjectName("expenseNeighborhoodFilter")
        self.neighborhood_filter.currentIndexChanged.connect(self._on_expense_filter)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("expenseCategoryFilter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in ExpenseCategory:
            self.category_filter.addItem(category.label.get(self._context.language), category)
        self.category_filter.currentIndexChanged.connect(self._on_expense_filter)
        self.shown_totals_label = QLabel()
        self.shown_totals_label.setObjectName("shownExpensesLabel")
        for signal in (self.expense_filter.modelReset, self.expense_filter.layoutChanged, self.expense_filter.dataChanged):
            signal.connect(self._update_shown_totals)

        headers = [self.tr("Planned"), self.tr("Actual"), self.tr("Difference")]
        self.neighborhood_totals = TotalsTableModel([self.tr("Neighborhood"), *headers])
        self.category_totals = TotalsTableModel([self.tr("Category"), *headers])
        totals = QWidget()
        row = QHBoxLayout(totals)
        row.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        row.addWidget(self._titled(self.tr("By neighborhood"), totals_table("neighborhoodTotalsTable", self.neighborhood_totals)), 1, top)
        row.addWidget(self._titled(self.tr("By category"), totals_table("categoryTotalsTable", self.category_totals)), 1, top)

        filters = QWidget()
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.neighborhood_filter, 1)
        filter_row.addWidget(self.category_filter, 1)
        filter_row.addWidget(self.shown_totals_label, 2)
        page = self._list_page(self.expense_table, [self.add_expense_button, self.remove_expense_button], totals)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, filters)
        return page

    def _pipeline_page(self) -> QWidget:
        self.pipeline_proxy = sorted_records(self.pipeline_model)
        self.pipeline_table = budget_table("pipelineTable", self.pipeline_proxy, True, self.pipeline_model.column_index("notes"))
        self.add_prospect_button = make_button(self.tr("Add a source…"), "addProspectButton", self.add_prospect, "add")
        self.guided_source_button = make_button(
            self.tr("New source, step by step…"), "guidedSourceButton", self.add_source_step_by_step, "guide_plan"
        )
        self.remove_prospect_button = make_button(self.tr("Remove…"), "removeProspectButton", self.remove_prospect, "remove")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueStepsLabel")
        self.overdue_label.setWordWrap(True)
        self.sources_guidance = GuidancePanel(self._context, "budget_sources", "sourcesGuidance")
        self.pipeline_page = self._list_page(
            self.pipeline_table, [self.guided_source_button, self.add_prospect_button, self.remove_prospect_button],
            self.overdue_label, self.sources_guidance,
        )
        return self.pipeline_page

    def _projects_page(self) -> QWidget:
        self.project_proxy = sorted_records(self.project_model)
        self.project_table = budget_table("projectTable", self.project_proxy, True, self.project_model.column_index("description"))
        self.add_project_button = make_button(self.tr("Add project…"), "addProjectButton", self.add_project, "add")
        self.remove_project_button = make_button(self.tr("Remove…"), "removeProjectButton", self.remove_project, "remove")
        hint = QLabel(self.tr("Raised: committed by sources in the works toward the project. Still asked for: sources not yet settled."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        return self._list_page(self.project_table, [self.add_project_button, self.remove_project_button], hint)

    def _mismatch_page(self) -> QWidget:
        self.mismatch_table = budget_table("mismatchTable", self.mismatch_model, False, 0)
        self.book_button = make_button(
            self.tr("Book the plan's amount as a planned expense"), "bookPlanAmountButton", self.book_plan_amount
        )
        self.mismatch_label = QLabel()
        self.mismatch_label.setObjectName("mismatchLabel")
        self.mismatch_label.setWordWrap(True)
        self.mismatch_table.selectionModel().selectionChanged.connect(lambda *_: self._update_book_button())
        return self._list_page(self.mismatch_table, [self.book_button], self.mismatch_label)

