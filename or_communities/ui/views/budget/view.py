"""The budget area: income, expenses, the pipeline of sources, projects to raise resources for, and where the
work plans and the budget disagree; the year's totals always in sight.

Cells are edited in place and written at once; a new record is filled in a short form first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from ....domain.budget_rules import (
    BudgetSummary,
    PipelineEntry,
    ProjectProgress,
    is_overdue,
)
from ....domain.errors import InputError
from ....domain.planning import Activity, ExpenseCategory, FundingProspect, IncomeSource, IncomeStatus
from ....domain.text import count_text
from ...labels import input_error_message
from ...models.budget_models import (
    NO_NEIGHBORHOOD,
    ExpenseTableModel,
    IncomeTableModel,
    MismatchTableModel,
    PipelineTableModel,
    ProjectTableModel,
    TotalsRow,
)
from ...models.cells import money_text
from ...models.record_table import RecordTableModel
from ...style import PROBLEM
from ...view_context import ViewContext
from ...widgets.cell_editors import RecordDialog, commit_open_editors
from ...widgets.controls import make_button
from ...widgets.empty_guide import EmptyGuide, GuideStep
from .pages import BudgetPages

INCOME_TAB, EXPENSES_TAB, PIPELINE_TAB, PROJECTS_TAB, MISMATCH_TAB = range(5)
NEGATIVE_STYLE = f"color: {PROBLEM}; font-weight: bold;"


class BudgetView(BudgetPages):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("budgetView")
        self._context = context
        self._budget = context.workspace.budget
        language = context.language
        self._neighborhood_names: dict[int, str] = {}
        self._activities: tuple[int, list[Activity]] = (0, [])
        """The plan year and its activities as last read, which expenses are booked to and the plans are held
        against (a city has tens of thousands: read once a refresh, not at every edit)."""

        self.income_model = IncomeTableModel(language)
        self.expense_model = ExpenseTableModel(language)
        self.pipeline_model = PipelineTableModel(language)
        self.project_model = ProjectTableModel()
        self.mismatch_model = MismatchTableModel()
        self.income_model.save = self._save_income
        self.expense_model.save = self._save_expense
        self.pipeline_model.save = self._save_prospect
        self.project_model.save = self._save_project
        for model in (self.income_model, self.expense_model, self.pipeline_model, self.project_model):
            model.edited.connect(self._after_edit)
            model.undo_stack = context.undo_stack
        # On a team server: the city's income and fundraising are the manager's; an expense, its neighborhood's.
        access = context.workspace.access
        for model in (self.income_model, self.pipeline_model, self.project_model):
            model.row_editable = lambda _record: access.whole_city
        self.expense_model.row_editable = lambda expense: access.may_edit(expense.neighborhood_id)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("budgetTabs")
        self.tabs.addTab(self._income_page(), self.tr("Income"))
        self.tabs.addTab(self._expenses_page(), self.tr("Expenses"))
        self.tabs.addTab(self._pipeline_page(), self.tr("Sources in the works"))
        self.tabs.addTab(self._projects_page(), self.tr("Projects to raise for"))
        self.tabs.addTab(self._mismatch_page(), self.tr("Plans vs budget"))
        self.export_button = make_button(self.tr("Export to Excel…"), "exportBudgetButton", self.export_to_excel, "excel")
        self.export_button.setToolTip(self.tr("The year's income, expenses and summary in a workbook of their own"))
        context.exports.disable_while_running(self.export_button)
        self.tabs.setCornerWidget(self.export_button)
        for button in (self.add_income_button, self.remove_income_button, self.add_prospect_button,
                       self.guided_source_button, self.remove_prospect_button, self.add_project_button,
                       self.remove_project_button):
            button.setEnabled(button.isEnabled() and access.whole_city)
        for button in (self.add_expense_button, self.remove_expense_button):
            button.setEnabled(button.isEnabled() and access.writes)

        self.guide = EmptyGuide(
            "budgetGuide",
            self.tr("No budget lines yet"),
            self.tr(
                "The year's budget: the income the community work is promised and receives, and what it plans to "
                "spend and spends, per neighborhood. The summary above, the workbook and the report add it up alike."
            ),
            [
                GuideStep(self.tr("Add income…"), "guideAddIncomeButton", "add", self.add_income),
                GuideStep(self.tr("Add expense…"), "guideAddExpenseButton", "add", self._add_first_expense),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary_bar())
        layout.addWidget(self.guide)
        layout.addWidget(self.tabs, 1)
        context.events.follow(self, self.refresh)
        self.refresh()


    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.flush_edits()
        budget = self._budget
        neighborhoods = self._context.workspace.neighborhoods.list()
        self._neighborhood_names = {n.id: n.name for n in neighborhoods}
        projects = budget.projects()
        year = budget.plan_year()
        self._activities = (year, budget.activities(year))
        self.expense_model.set_references(self._neighborhood_names, self._activities[1])
        self.pipeline_model.set_projects([progress.project for progress in projects])
        self.project_model.set_neighborhoods(self._neighborhood_names)
        self.income_model.set_records(budget.incomes())
        self.expense_model.set_records(budget.expenses())
        self.pipeline_model.set_records(budget.pipeline())
        self.project_model.set_records(projects)
        self._fill_neighborhood_filter()
        self._refresh_derived()
        self.guide.show_when(self.income_model.rowCount() == 0 and self.expense_model.rowCount() == 0)

    def _add_first_expense(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.add_expense()

    def _refresh_derived(self) -> None:
        """What follows from the lists: the totals, the gaps with the work plans, the overdue steps."""
        summary = self._budget.summary()
        self._show_summary(summary)
        self._show_income_totals(summary)
        self._show_expense_totals(summary)
        self._update_shown_totals()
        year, activities = self._activities
        read = activities if year == summary.year else None  # None: a teammate moved the plan year since
        self.mismatch_model.set_records(self._budget.mismatches(summary.year, read))
        self._update_mismatch_text()
        self._update_overdue_text()

    def _show_summary(self, summary: BudgetSummary) -> None:
        self.year_label.setText(self.tr("Budget {0}").format(summary.year))
        for figure, label in self.figure_labels.items():
            value = summary.figure(figure)
            label.setText(money_text(value))
            label.setStyleSheet(NEGATIVE_STYLE if value < 0 else "")
        self.income_label.setToolTip(
            self.tr("{0} in all, with income still expected").format(money_text(summary.income.total))
        )

    def _show_income_totals(self, summary: BudgetSummary) -> None:
        totals, language = summary.income, self._context.language
        rows = [
            TotalsRow(
                source.label.get(language),
                (*(totals.by_source_and_status.get((source, status), 0.0) for status in IncomeStatus), totals.of_source(source)),
            )
            for source in IncomeSource
            if totals.of_source(source) or any(key[0] is source for key in totals.by_source_and_status)
        ]
        rows.append(TotalsRow(self.tr("Total"), (*(totals.of_status(status) for status in IncomeStatus), totals.total), True))
        self.income_totals.set_rows(rows)

    def _show_expense_totals(self, summary: BudgetSummary) -> None:
        totals, language = summary.expenses, self._context.language
        by_neighborhood = [
            TotalsRow(self._neighborhood_text(nid), (amounts.planned, amounts.actual, amounts.difference))
            for nid, amounts in sorted(totals.by_neighborhood.items(), key=lambda item: self._neighborhood_text(item[0]))
        ]
        by_category = [
            TotalsRow(category.label.get(language), (amounts.planned, amounts.actual, amounts.difference))
            for category, amounts in ((c, totals.by_category[c]) for c in ExpenseCategory if c in totals.by_category)
        ]
        total = TotalsRow(self.tr("Total"), (totals.total.planned, totals.total.actual, totals.total.difference), True)
        self.neighborhood_totals.set_rows([*by_neighborhood, total])
        self.category_totals.set_rows([*by_category, total])

    def _neighborhood_text(self, neighborhood_id: int | None) -> str:
        return self.tr("City-wide") if neighborhood_id is None else self._neighborhood_names.get(neighborhood_id, "")

    def _update_shown_totals(self) -> None:
        shown = self.expense_filter.shown()
        planned, actual = sum((e.planned for e in shown), 0.0), sum((e.actual for e in shown), 0.0)
        self.shown_totals_label.setText(
            self.tr("{0} shown: planned {1}, actual {2}, difference {3}").format(
                count_text(len(shown)), money_text(planned), money_text(actual), money_text(planned - actual)
            )
        )

    def _update_mismatch_text(self) -> None:
        count = self.mismatch_model.rowCount()
        self.tabs.setTabText(MISMATCH_TAB, self.tr("Plans vs budget ({0})").format(count_text(count)) if count else self.tr("Plans vs budget"))
        if count:
            self.mismatch_label.setText(
                self.tr(
                    "These activities have a budget in their work plan that differs from the planned expenses booked "
                    "to them. Choose one and book the plan's amount, or change the plan or the expenses."
                )
            )
        else:
            self.mismatch_label.setText(self.tr("The work plans and the budget agree."))
        self._update_book_button()

    def _update_book_button(self) -> None:
        self.book_button.setEnabled(self._chosen_mismatch() is not None and self._context.workspace.access.whole_city)

    def _update_overdue_text(self) -> None:
        overdue = sum(1 for entry in self.pipeline_model.records() if entry.overdue)
        self.overdue_label.setText(
            self.tr("%n next step(s) overdue, marked in the list.", "", overdue) if overdue else ""
        )
        self.overdue_label.setStyleSheet(NEGATIVE_STYLE if overdue else "")

    def _fill_neighborhood_filter(self) -> None:
        chosen = self.neighborhood_filter.currentData()
        self.neighborhood_filter.blockSignals(True)
        self.neighborhood_filter.clear()
        self.neighborhood_filter.addItem(self.tr("All neighborhoods"), None)
        self.neighborhood_filter.addItem(self.tr("City-wide"), NO_NEIGHBORHOOD)
        for nid, name in self._neighborhood_names.items():
            self.neighborhood_filter.addItem(name, nid)
        self.neighborhood_filter.setCurrentIndex(max(0, self.neighborhood_filter.findData(chosen)))
        self.neighborhood_filter.blockSignals(False)
        self._on_expense_filter()

    def _on_expense_filter(self) -> None:
        self.expense_filter.set_criteria(
            neighborhood_id=self.neighborhood_filter.currentData(), category=self.category_filter.currentData()
        )
        self._update_shown_totals()


    def flush_edits(self) -> None:
        """Write a cell still being edited."""
        commit_open_editors((self.income_table, self.expense_table, self.pipeline_table, self.project_table))

    # -- editing in place -------------------------------------------------------------------------

    def _attempt(self, title: str, action: Callable[[], Any]) -> Any | None:
        try:
            return action()
        except InputError as error:
            self._context.dialogs.error(self, title, input_error_message(error))
            return None

    def _save_income(self, income: Any) -> Any | None:
        return self._attempt(self.tr("Income"), lambda: self._budget.update_income(income))

    def _save_expense(self, expense: Any) -> Any | None:
        return self._attempt(self.tr("Expense"), lambda: self._budget.update_expense(expense))

    def _save_prospect(self, entry: PipelineEntry) -> PipelineEntry | None:
        saved = self._attempt(self.tr("Source in the works"), lambda: self._budget.update_prospect(entry.prospect))
        return PipelineEntry(saved, is_overdue(saved, self._context.workspace.clock())) if saved else None

    def _save_project(self, progress: ProjectProgress) -> ProjectProgress | None:
        saved = self._attempt(self.tr("Project"), lambda: self._budget.update_project(progress.project))
        if saved is None:
            return None
        return next((p for p in self._budget.projects() if p.project.id == saved.id), None)

    def _after_edit(self) -> None:
        if self.sender() is self.pipeline_model:
            self.project_model.set_records(self._budget.projects())
        if self.sender() is self.project_model:
            self.pipeline_model.set_projects([progress.project for progress in self.project_model.records()])
        self._refresh_derived()
        self._context.events.announce(self)

    # -- adding and removing ---------------------------------------------------------------------

    def _add(self, title: str, model: RecordTableModel, blank: Any, add: Callable[[Any], Any]) -> bool:
        self.flush_edits()
        dialog = RecordDialog(title, model, blank, self, "budgetRecordDialog")
        if not dialog.exec():
            return False
        if self._attempt(title, lambda: add(dialog.record())) is None:
            return False
        self.refresh()
        self._context.events.announce(self)
        return True

    def add_income(self) -> None:
        blank = IncomeTableModel.blank(self._budget.plan_year())
        self._add(self.tr("New income"), self.income_model, blank, self._budget.add_income)

    def add_expense(self) -> None:
        blank = ExpenseTableModel.blank(self._budget.plan_year())
        chosen = self.neighborhood_filter.currentData()
        if isinstance(chosen, int) and chosen != NO_NEIGHBORHOOD:
            blank = dataclasses.replace(blank, neighborhood_id=chosen)
        self._add(self.tr("New expense"), self.expense_model, blank, self._budget.add_expense)

    def add_prospect(self) -> None:
        self._add(
            self.tr("New source in the works"), self.pipeline_model, PipelineTableModel.blank(),
            lambda entry: self._budget.add_prospect(entry.prospect),
        )

    def add_source_step_by_step(self) -> FundingProspect | None:
        """A new source through the guided steps: who, how much and for what, the next step and when."""
        from .new_source import NewSourceWizard

        self.flush_edits()
        projects = [progress.project for progress in self.project_model.records()]
        wizard = NewSourceWizard(projects, self._context.workspace.clock(), self)
        if not wizard.exec():
            return None
        added = self._attempt(self.tr("A new budget source"), lambda: self._budget.add_prospect(wizard.prospect()))
        if added is not None:
            self.refresh()
            self._context.events.announce(self)
        return added

    def show_sources(self) -> None:
        """Open the sources in the works (the tool for developing budget sources)."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.pipeline_page))

    def add_project(self) -> None:
        self._add(
            self.tr("New project"), self.project_model, ProjectTableModel.blank(),
            lambda progress: self._budget.add_project(progress.project),
        )

    def _chosen(self, table: QTableView, model: RecordTableModel) -> Any | None:
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isSelected(index):
            return None
        proxy = table.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        return model.record(source.row())

    def _remove(self, title: str, question: str, remove: Callable[[], None]) -> None:
        self.flush_edits()
        if not self._context.dialogs.confirm(self, title, question):
            return
        self._attempt(title, remove)
        self.refresh()
        self._context.events.announce(self)

    def remove_income(self) -> None:
        income = self._chosen(self.income_table, self.income_model)
        if income is not None:
            label = income.description or income.source.label.get(self._context.language)
            question = self.tr("Remove the income “{0}” ({1})?").format(label, money_text(income.amount))
            self._remove(self.tr("Remove income"), question, lambda: self._budget.remove_income(income.id))

    def remove_expense(self) -> None:
        expense = self._chosen(self.expense_table, self.expense_model)
        if expense is not None:
            label = expense.description or expense.category.label.get(self._context.language)
            question = self.tr("Remove the expense “{0}” ({1} planned)?").format(label, money_text(expense.planned))
            self._remove(self.tr("Remove expense"), question, lambda: self._budget.remove_expense(expense.id))

    def remove_prospect(self) -> None:
        entry = self._chosen(self.pipeline_table, self.pipeline_model)
        if entry is not None:
            question = self.tr("Remove “{0}” from the sources in the works?").format(entry.prospect.funder)
            self._remove(self.tr("Remove source"), question, lambda: self._budget.remove_prospect(entry.prospect.id))

    def remove_project(self) -> None:
        progress = self._chosen(self.project_table, self.project_model)
        if progress is not None:
            question = self.tr("Remove the project “{0}”? Sources toward it stay in the list.").format(progress.project.name)
            self._remove(self.tr("Remove project"), question, lambda: self._budget.remove_project(progress.project.id))

    # -- out to Excel ---------------------------------------------------------------------------

    def export_to_excel(self) -> None:
        """The year's budget alone: income, expenses and the summary, written off the interface thread."""
        from ....services.plan_export import export_budget

        self.flush_edits()
        workspace = self._context.workspace
        city = workspace.city.get()
        name = self.tr("{0} budget {1}").format(city.name, city.plan_year)
        self._context.exports.export(
            self.tr("Export the budget"),
            workspace.path.parent / f"{name}.xlsx",
            partial(export_budget, workspace, language=self._context.language),
            self.tr("The budget was written to {0}."),
        )

    # -- work plans against the budget ---------------------------------------------------------

    def _chosen_mismatch(self) -> Any | None:
        rows = self.mismatch_table.selectionModel().selectedRows()
        if rows:
            return self.mismatch_model.mismatch(rows[0].row())
        return self.mismatch_model.mismatch(0) if self.mismatch_model.rowCount() == 1 else None

    def book_plan_amount(self) -> None:
        """Make the chosen activity's planned expenses equal its budget in the work plan."""
        mismatch = self._chosen_mismatch()
        if mismatch is None:
            return
        title = self.tr("Book the plan's amount")
        if self._attempt(title, lambda: self._budget.book_plan_amount(mismatch.activity_id)) is None:
            self.refresh()
            return
        self.refresh()
        self.mismatch_label.setText(
            self.tr("Booked {0} as planned expenses of “{1}”.").format(money_text(mismatch.planned_in_plan), mismatch.activity_name)
            + " "
            + self.mismatch_label.text()
        )
        self._context.events.announce(self)
