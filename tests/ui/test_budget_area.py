"""Journey 9: the budget area on the demo city, driven through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDoubleSpinBox, QFrame
from sqlalchemy import insert

from or_communities.domain.planning import ExpenseCategory, IncomeSource, IncomeStatus
from or_communities.services.budget import BudgetService
from or_communities.storage.planning_tables import ActivityRow, GoalRow, WorkPlanRow
from or_communities.ui.labels import ATTENTION_COLOR
from or_communities.ui.models.budget_models import NO_NEIGHBORHOOD
from or_communities.ui.models.cells import money_text
from or_communities.ui.views.budget import EXPENSES_TAB, MISMATCH_TAB, BudgetView
from tests.helpers import click_row, type_text, when_modal


def _open(make_controller, qtbot, demo_path, dialogs=None) -> tuple[object, BudgetView]:
    controller = make_controller(dialogs=dialogs)
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    view = BudgetView(controller.window.shell.context)
    qtbot.addWidget(view)
    view.show()
    return controller, view


def _fill_and_accept(fields):
    def act(dialog):
        fields(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_income_and_an_expense_added_in_hebrew_change_the_totals(make_controller, qtbot, demo_path):
    """An income typed in Hebrew raises the secured income at the top; an expense with planned and actual amounts
    raises planned and spent, and shows under its neighborhood and category filters."""
    controller, view = _open(make_controller, qtbot, demo_path)
    before = BudgetService(controller.workspace).summary()
    assert view.income_label.text().endswith(money_text(before.income.secured))

    def income_fields(dialog):
        _choose(dialog.editors["source"], IncomeSource.DONORS)
        type_text(dialog.editors["description"], "תרומה לכנס השכונה")
        dialog.editors["amount"].setValue(25_000)
        _choose(dialog.editors["status"], IncomeStatus.COMMITTED)

    when_modal(_fill_and_accept(income_fields))
    qtbot.mouseClick(view.add_income_button, Qt.MouseButton.LeftButton)
    descriptions = [view.income_model.record(row).description for row in range(view.income_model.rowCount())]
    assert "תרומה לכנס השכונה" in descriptions
    assert view.income_label.text().endswith(money_text(before.income.secured + 25_000))
    assert "₪398,000" in view.income_label.text()

    neighborhood = controller.workspace.neighborhoods.list()[0]

    def expense_fields(dialog):
        _choose(dialog.editors["category"], ExpenseCategory.HOSPITALITY)
        type_text(dialog.editors["description"], "כיבוד לערב הוקרה למתנדבים")
        _choose(dialog.editors["neighborhood"], neighborhood.id)
        dialog.editors["planned"].setValue(4_000)
        dialog.editors["actual"].setValue(4_600)

    view.tabs.setCurrentIndex(EXPENSES_TAB)
    when_modal(_fill_and_accept(expense_fields))
    qtbot.mouseClick(view.add_expense_button, Qt.MouseButton.LeftButton)
    total = before.expenses.total
    assert view.planned_label.text().endswith(money_text(total.planned + 4_000))
    assert view.actual_label.text().endswith(money_text(total.actual + 4_600))

    _choose(view.neighborhood_filter, neighborhood.id)
    _choose(view.category_filter, ExpenseCategory.HOSPITALITY)
    shown = view.expense_filter.shown()
    assert [(e.description, e.difference) for e in shown] == [("כיבוד לערב הוקרה למתנדבים", -600)]
    difference = view.expense_filter.index(0, view.expense_model.column_index("difference")).data()
    assert difference.strip("\u2066\u2069").endswith("-₪600")
    _choose(view.neighborhood_filter, NO_NEIGHBORHOOD)
    assert all(e.neighborhood_id is None for e in view.expense_filter.shown())


def test_an_amount_edited_in_its_cell_is_written_at_once(make_controller, qtbot, demo_path):
    """Typing a new amount into an income's cell and pressing Enter stores it and moves the totals."""
    controller, view = _open(make_controller, qtbot, demo_path)
    received = view.income_model.record(0)
    assert received.status is IncomeStatus.RECEIVED
    index = view.income_proxy.index(0, view.income_model.column_index("amount"))
    view.income_table.setCurrentIndex(index)
    view.income_table.edit(index)
    editor = view.income_table.viewport().findChild(QDoubleSpinBox)
    assert isinstance(editor, QDoubleSpinBox)
    editor.setValue(received.amount + 1_000)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.income_model.record(0).amount == received.amount + 1_000)  # the delegate commits queued

    stored = next(i for i in BudgetService(controller.workspace).incomes() if i.id == received.id)
    assert stored.amount == received.amount + 1_000
    assert "₪374,000" in view.income_label.text()


def test_an_amount_left_in_its_open_editor_is_written_when_the_area_flushes(make_controller, qtbot, demo_path):
    """An amount typed into a cell whose editor still has the focus is written when the area flushes its edits,
    as it does before it reads the workspace again."""
    controller, view = _open(make_controller, qtbot, demo_path)
    received = view.income_model.record(0)
    index = view.income_proxy.index(0, view.income_model.column_index("amount"))
    view.income_table.setCurrentIndex(index)
    view.income_table.edit(index)
    editor = view.income_table.viewport().findChild(QDoubleSpinBox)
    assert isinstance(editor, QDoubleSpinBox)
    view.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    editor.setValue(received.amount + 500)

    view.flush_edits()

    stored = next(i for i in BudgetService(controller.workspace).incomes() if i.id == received.id)
    assert stored.amount == received.amount + 500
    assert not editor.isVisible()


def test_a_source_without_a_name_is_refused_and_nothing_is_added(make_controller, qtbot, demo_path, fake_dialogs):
    """Adding a budget source with an empty name says so in a dialog and leaves the pipeline as it was."""
    controller, view = _open(make_controller, qtbot, demo_path, fake_dialogs)
    count = view.pipeline_model.rowCount()
    when_modal(_fill_and_accept(lambda dialog: dialog.editors["amount"].setValue(5_000)))
    qtbot.mouseClick(view.add_prospect_button, Qt.MouseButton.LeftButton)
    assert len(fake_dialogs.errors) == 1
    assert view.pipeline_model.rowCount() == count == len(BudgetService(controller.workspace).pipeline())


def test_the_demo_pipeline_marks_its_overdue_next_step(make_controller, qtbot, demo_path):
    """Of the demo's three budget sources, the one whose next step has passed is marked and counted; the committed
    one counts as raised toward its project."""
    _controller, view = _open(make_controller, qtbot, demo_path)
    entries = view.pipeline_model.records()
    assert len(entries) == 3
    overdue = [row for row, entry in enumerate(entries) if entry.overdue]
    assert len(overdue) == 1
    assert view.pipeline_model.index(overdue[0], 0).data(Qt.ItemDataRole.BackgroundRole) == ATTENTION_COLOR
    assert view.overdue_label.text() == "צעד אחד באיחור, מסומן ברשימה."  # Hebrew's own singular, not "1"
    assert sorted(progress.raised for progress in view.project_model.records()) == [0, 40_000]


def test_a_plan_budget_missing_from_the_budget_is_listed_and_booked_with_one_click(make_controller, qtbot, demo_path):
    """An activity of the plan year with a budget and no planned expense appears in "plans vs budget" with both
    amounts; one click books the plan's amount as a planned expense, it leaves the list and planned expenses grow."""
    controller, view = _open(make_controller, qtbot, demo_path)
    workspace = controller.workspace
    year = workspace.city.get().plan_year
    already = len(BudgetService(workspace).mismatches())  # the demo leaves a couple of its own
    with workspace.transaction() as session:
        plan_id = session.execute(insert(WorkPlanRow).values(kind="city", year=year, title="")).inserted_primary_key[0]
        goal_id = session.execute(insert(GoalRow).values(plan_id=plan_id, title="חיזוק המנהיגות")).inserted_primary_key[0]
        session.execute(insert(ActivityRow).values(goal_id=goal_id, name="סדנת מובילים", planned_budget=7_500))
    planned_before = BudgetService(workspace).summary().expenses.total.planned
    view.refresh()

    assert view.tabs.tabText(MISMATCH_TAB).endswith(f"({already + 1})")
    rows = [[view.mismatch_model.index(r, c).data() for c in range(4)] for r in range(view.mismatch_model.rowCount())]
    assert ["סדנת מובילים", "₪7,500", "₪0", "₪7,500"] in rows
    view.tabs.setCurrentIndex(MISMATCH_TAB)
    click_row(qtbot, view.mismatch_table, rows.index(["סדנת מובילים", "₪7,500", "₪0", "₪7,500"]))
    qtbot.mouseClick(view.book_button, Qt.MouseButton.LeftButton)

    assert view.mismatch_model.rowCount() == already
    assert "סדנת מובילים" not in [view.mismatch_model.index(r, 0).data() for r in range(view.mismatch_model.rowCount())]
    assert view.planned_label.text().endswith(money_text(planned_before + 7_500))
    booked = [e for e in BudgetService(workspace).expenses() if e.activity_id is not None]
    assert ("סדנת מובילים", 7_500) in [(e.description, e.planned) for e in booked]
    column = view.expense_model.column_index("activity")
    assert "סדנת מובילים" in [view.expense_model.index(r, column).data() for r in range(view.expense_model.rowCount())]


def test_a_thousand_plans_missing_from_the_budget_are_counted_with_their_thousands_apart(make_controller, qtbot, demo_path):
    """A thousand activities of the plan year with a budget and no planned expense: "plans vs budget" counts them
    with the demo's own, the thousands set apart (1,00x)."""
    controller, view = _open(make_controller, qtbot, demo_path)
    workspace = controller.workspace
    already = len(BudgetService(workspace).mismatches())
    assert already < 10
    with workspace.transaction() as session:
        year = workspace.city.get().plan_year
        plan_id = session.execute(insert(WorkPlanRow).values(kind="city", year=year, title="")).inserted_primary_key[0]
        goal_id = session.execute(insert(GoalRow).values(plan_id=plan_id, title="הרבה")).inserted_primary_key[0]
        session.execute(insert(ActivityRow), [{"goal_id": goal_id, "name": f"פעילות {n}", "planned_budget": 100}
                                               for n in range(1000)])
    view.refresh()
    assert view.tabs.tabText(MISMATCH_TAB).endswith(f"(1,00{already})")


def test_ctrl_z_takes_back_an_amount_edited_in_its_cell_and_ctrl_y_brings_it_again(make_controller, qtbot, demo_path):
    """In the window's budget area, an amount typed into a cell is undone by Ctrl+Z on the table (the workspace
    and the totals go back) and redone by Ctrl+Y; the Edit menu names the edit."""
    from or_communities.domain.catalog import Area

    controller = make_controller()
    controller.start(demo_path)
    window = controller.window
    qtbot.waitExposed(window)
    window.shell.show_area(Area.BUDGET)
    view = window.shell.view(Area.BUDGET)
    received = view.income_model.record(0)
    total_before = view.income_label.text()
    index = view.income_proxy.index(0, view.income_model.column_index("amount"))
    view.income_table.setCurrentIndex(index)
    view.income_table.edit(index)
    editor = view.income_table.viewport().findChild(QDoubleSpinBox)
    editor.setValue(received.amount + 1_000)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.income_model.record(0).amount == received.amount + 1_000)
    assert window.undo_action.isEnabled() and "סכום" in window.undo_action.text()

    def stored_amount() -> float:
        return next(i for i in BudgetService(controller.workspace).incomes() if i.id == received.id).amount

    window.activateWindow()
    view.income_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.income_table)
    QTest.keyClick(view.income_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_amount() == received.amount)
    assert view.income_label.text() == total_before
    assert money_text(received.amount) == view.income_model.data(view.income_model.index(0, index.column()))
    QTest.keyClick(view.income_table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_amount() == received.amount + 1_000)


def test_the_summary_names_each_figure_in_two_lines_at_most_without_cutting_a_word(make_controller, qtbot, demo_path):
    """At 1366x768, in Hebrew and in English, each figure's name in the budget's summary fits its label: no word
    wider than the label, and two lines at most (a squeezed label cut "מובטחות")."""
    from or_communities.domain.catalog import Area
    from or_communities.ui.widgets.controls import WrappedLabel
    from tests.screen_fit import settle

    for language in ("he", "en"):
        controller = make_controller(language=language)
        controller.start(demo_path)
        controller.window.resize(1366, 768)
        qtbot.waitExposed(controller.window)
        controller.window.shell.show_area(Area.BUDGET)
        settle()
        names = controller.window.shell.view(Area.BUDGET).findChild(QFrame, "budgetSummary").findChildren(WrappedLabel)
        assert len(names) == 6
        for name in names:
            metrics, width = name.fontMetrics(), name.contentsRect().width()
            assert max(metrics.horizontalAdvance(word) for word in name.text().split()) <= width, name.text()
            assert name.heightForWidth(width) <= 2 * metrics.lineSpacing() + 4, name.text()
        controller.close_workspace()
