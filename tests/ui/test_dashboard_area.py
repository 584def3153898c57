"""Journey 11 through the widgets: the dashboard's cards and table show the service's figures, in Hebrew, and a
click on a card or a cell opens what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from or_communities.domain.catalog import Area
from or_communities.domain.measures import Measure, measure_text
from or_communities.ui.models.measure_table_model import MeasureTableModel
from or_communities.ui.views.dashboard import DashboardView
from tests.helpers import shown_view


def _dashboard(make_controller, qtbot, demo_path, fake_dialogs) -> tuple[object, DashboardView]:
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(demo_path)
    qtbot.waitExposed(controller.window)
    view = shown_view(controller, Area.DASHBOARD, DashboardView)
    return controller, view


def test_the_cards_and_the_table_show_the_services_figures_in_hebrew(make_controller, qtbot, demo_path, fake_dialogs):
    """Each card shows the city's figure with its Hebrew name and target; the table has a row per neighborhood with
    the same values as the service, and the stage chart's categories run from the right."""
    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    board = controller.workspace.dashboard.dashboard()
    for measure, card in view.cards.items():
        assert card.value_label.text() == measure_text(measure, board.city.values[measure])
        assert card.name_label.text() == measure.label.he and card.target_label.text().startswith("יעד:")
    model = view.model
    assert model.rowCount() == len(board.neighborhoods) == 10
    shown = {
        model.index(row, MeasureTableModel.NAME).data(): model.index(row, model.column_index(Measure.BUDGET_USED.value)).data()
        for row in range(model.rowCount())
    }
    expected = {row.name: measure_text(Measure.BUDGET_USED, row.values[Measure.BUDGET_USED]) for row in board.neighborhoods}
    assert shown == expected
    assert view.stage_chart.categories() == ["שלב 3", "שלב 2", "טרם החלה"]
    names = [view.proxy.index(row, MeasureTableModel.NAME).data() for row in range(view.proxy.rowCount())]
    assert names[0] == "רובע 1" and names[-1] == "רובע 6 צפון"  # from the first name to the last


def test_a_card_opens_the_area_of_what_it_counts(make_controller, qtbot, demo_path, fake_dialogs):
    """A click on the partners card opens the partners area; on the budget card, the budget."""
    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    shell = controller.window.shell
    qtbot.mouseClick(view.cards[Measure.PARTNERS_ENGAGED], Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.PARTNERS
    shell.show_area(Area.DASHBOARD)
    qtbot.mouseClick(view.cards[Measure.BUDGET_USED], Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.BUDGET


def test_a_cell_opens_the_people_of_that_neighborhood(make_controller, qtbot, demo_path, fake_dialogs):
    """A click on a neighborhood's activists cell opens the people area filtered to that neighborhood."""
    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    row = 3
    source = view.proxy.mapToSource(view.proxy.index(row, 0))
    neighborhood = view.model.row_at(source.row())
    column = view.model.column_index(Measure.ACTIVE_ACTIVISTS.value)
    rect = view.table.visualRect(view.proxy.index(row, column))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shell = controller.window.shell
    assert shell.current_area() is Area.PEOPLE
    people = shell.view(Area.PEOPLE)
    assert people.neighborhood_filter.currentData() == neighborhood.neighborhood_id


def test_opening_keeps_the_months_figures_and_the_history_tab_charts_them(make_controller, qtbot, demo_path, fake_dialogs):
    """Opening the workspace keeps this month's figures once; the month-by-month tab draws them, and the button keeps
    them again without adding a second point for the same month."""
    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    dashboard = controller.workspace.dashboard
    qtbot.waitUntil(lambda: bool(dashboard.history(Measure.ACTIVE_LEADERS)), timeout=5000)
    view.tabs.setCurrentIndex(3)
    view.history_measure.setCurrentIndex(view.history_measure.findData(Measure.ACTIVE_LEADERS))
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    leaders = controller.workspace.dashboard.dashboard().city.values[Measure.ACTIVE_LEADERS]
    assert [value for _label, value in view.history_chart.points] == [leaders]
    assert len(dashboard.history(Measure.ACTIVE_LEADERS)) == 1


def test_the_report_button_writes_the_pdf_for_the_municipal_management(make_controller, qtbot, demo_path, tmp_path, fake_dialogs):
    """The report button asks where, writes the PDF with a page per neighborhood, and says where it went."""
    from tests.helpers import pdf_words, reads_in_order

    _controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    out = tmp_path / "דוח להנהלה.pdf"
    fake_dialogs.files.append(out)
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and fake_dialogs.infos and str(out) in fake_dialogs.infos[-1][1]
    words = pdf_words(out)
    assert reads_in_order(words, "דוח מדדי הצלחה") and all(reads_in_order(words, row.name) for row in view.board.neighborhoods)


def test_a_metric_of_my_own_is_defined_measured_and_colored_through_the_dialogs(make_controller, qtbot, demo_path, fake_dialogs):
    """New metric: name, unit, target and neighborhood typed in its form; a measurement added for it; the table shows
    the latest value colored against the target and the neighborhood named."""
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QLineEdit

    from or_communities.domain.measures import Rating
    from or_communities.ui.models.measure_table_model import RATING_COLORS
    from tests.helpers import click_row, type_text, when_modal

    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    panel = view.own_metrics
    hood = controller.workspace.neighborhoods.list()[0]

    def fill_metric(dialog):
        type_text(dialog.findChild(QLineEdit, "nameEditor"), "שעות התנדבות")
        type_text(dialog.findChild(QLineEdit, "unitEditor"), "שעות")
        dialog.findChild(QDoubleSpinBox, "targetEditor").setValue(100)
        place = dialog.findChild(QComboBox, "placeEditor")
        place.setCurrentIndex(place.findData(hood.id))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill_metric)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    [standing] = controller.workspace.dashboard.custom_metrics()
    assert (standing.metric.name, standing.metric.unit, standing.metric.target, standing.metric.neighborhood_id) == (
        "שעות התנדבות", "שעות", 100.0, hood.id
    )
    click_row(qtbot, panel.table, 0)

    def measure(dialog):
        dialog.findChild(QDoubleSpinBox, "valueEditor").setValue(120)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(measure)
    qtbot.mouseClick(panel.reading_button, Qt.MouseButton.LeftButton)
    latest = panel.model.index(0, panel.model.column_index("latest"))
    assert latest.data() == "120" and latest.data(Qt.ItemDataRole.BackgroundRole) == RATING_COLORS[Rating.MET]
    assert panel.model.index(0, panel.model.column_index("place")).data() == hood.name


def test_the_month_by_month_chart_compares_each_month_with_a_year_before(make_controller, qtbot, demo_path, fake_dialogs):
    """With figures kept in May and June of two years, the chart draws this year's line and, dashed, the same
    months a year before."""
    import datetime as dt

    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    workspace = controller.workspace
    for day in (dt.date(2025, 5, 3), dt.date(2025, 6, 3), dt.date(2026, 5, 3), dt.date(2026, 6, 3)):
        workspace.clock = lambda day=day: day
        workspace.dashboard.record_month()
    view.tabs.setCurrentIndex(view.history_tab)
    view.history_measure.setCurrentIndex(view.history_measure.findData(Measure.STAGE_TWO_DONE))
    lines = view.history_chart.chart().series()
    assert len(lines) == 2
    now, before = (len(line.points()) for line in lines)
    assert now >= 4 and before == 2 and lines[1].pen().style() == Qt.PenStyle.DashLine


def test_a_bar_of_the_stage_chart_opens_the_matrix(make_controller, qtbot, demo_path, fake_dialogs):
    """A mouse click on a bar of the neighborhoods-by-stage chart opens the neighborhood matrix."""
    from PySide6.QtCore import QPointF

    controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    view.tabs.setCurrentIndex(1)
    qtbot.waitExposed(view.stage_chart)
    chart = view.stage_chart.chart()
    series = chart.series()[0]
    tallest = max(range(series.barSets()[0].count()), key=lambda index: series.barSets()[0].at(index))
    middle = chart.mapToPosition(QPointF(tallest, series.barSets()[0].at(tallest) / 2), series)
    point = view.stage_chart.mapFromScene(chart.mapToScene(middle))
    qtbot.mouseClick(view.stage_chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert controller.window.shell.current_area() is Area.MATRIX


def test_the_budget_chart_writes_its_amounts_with_thousands_apart(make_controller, qtbot, demo_path, fake_dialogs):
    """The budget chart's axis writes 60,000 as every amount in the app does: its numbers go through the locale,
    whose formatting of the axis's own top value has the separator."""
    from PySide6.QtCharts import QValueAxis

    _controller, view = _dashboard(make_controller, qtbot, demo_path, fake_dialogs)
    view.tabs.setCurrentIndex(2)
    chart = view.budget_chart.chart()
    [amounts] = [axis for axis in chart.axes() if isinstance(axis, QValueAxis)]
    assert chart.localizeNumbers() and amounts.max() >= 10_000
    assert "," in chart.locale().toString(amounts.max(), "f", 0)
