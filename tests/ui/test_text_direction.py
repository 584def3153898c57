"""Numbers and names keep their order inside text of the other direction: a negative amount in a Hebrew window,
a Hebrew city name in an English header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from or_communities.ui.models.cells import money_text


def _glyph_x(text: str, direction: Qt.LayoutDirection) -> dict[int, float]:
    """Where each character's glyph is drawn, the text laid out as a paragraph of ``direction``."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    drawn: dict[int, float] = {}
    for run in layout.glyphRuns(0, len(text), QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for index, position in zip(run.stringIndexes(), run.positions(), strict=True):
            drawn[index] = position.x()
    return drawn


def test_a_negative_amount_reads_minus_shekel_number_in_a_hebrew_sentence(qapp):
    """In a right-to-left line, "יתרה: -₪2,000" draws the minus left of the shekel sign, and the sign left of the
    digits, as "-₪2,000" reads, never "₪2,000-"."""
    text = "יתרה: " + money_text(-2000)
    drawn = _glyph_x(text, Qt.LayoutDirection.RightToLeft)
    assert drawn[text.index("-")] < drawn[text.index("₪")] < drawn[text.index("2")]
    bare = "יתרה: -₪2,000"  # without the isolate the minus would be drawn right of the number
    assert _glyph_x(bare, Qt.LayoutDirection.RightToLeft)[bare.index("-")] > _glyph_x(bare, Qt.LayoutDirection.RightToLeft)[bare.index("2")]


def test_whole_and_fractional_amounts(qapp):
    """Whole shekels show no agorot; agorot show when there are; thousands are separated."""
    assert money_text(4000) == "₪4,000"
    assert money_text(4000.5) == "₪4,000.50"
    assert money_text(-2000).strip("\u2066\u2069") == "-₪2,000"


def test_an_english_header_with_a_hebrew_city_name_reads_left_to_right(make_controller, qtbot, demo_path):
    """In English, the header "באר שבע (הדגמה) · plan year 2026" is a left-to-right line: the city's name comes
    first, on the left, and "plan year" after it, on its right."""
    controller = make_controller(language="en")
    controller.start(demo_path)
    text = controller.window.shell.header.text()
    drawn = _glyph_x(text, Qt.LayoutDirection.LayoutDirectionAuto)
    hebrew = [x for index, x in drawn.items() if "\u05d0" <= text[index] <= "\u05ea"]
    assert hebrew and drawn[text.index("plan")] > max(hebrew)


def test_number_fields_start_where_the_reader_starts(make_controller, qtbot, demo_path):
    """A work plan's budget, its target of "4" and a neighborhood's population stand at the right of a Hebrew form,
    as its text fields do (digits read left to right, so Qt set them at the left), and at the left in English."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    from or_communities.domain.catalog import Area
    from tests.screen_fit import settle

    for language, start in (("he", Qt.AlignmentFlag.AlignRight), ("en", Qt.AlignmentFlag.AlignLeft)):
        controller = make_controller(language=language)
        controller.start(demo_path)
        qtbot.waitExposed(controller.window)
        controller.window.shell.show_area(Area.WORK_PLANS)
        settle()
        view = controller.window.shell.view(Area.WORK_PLANS)
        fields = [view.budget_spin, view.target_edit, view.name_edit]
        controller.window.shell.show_area(Area.NEIGHBORHOODS)
        settle()
        fields += [spin for spin in controller.window.shell.view(Area.NEIGHBORHOODS).findChildren(QAbstractSpinBox)
                   if spin.isVisible()]
        assert len(fields) > 3
        for field in fields:
            assert isinstance(field, (QAbstractSpinBox, QLineEdit))
            assert field.alignment() & start and field.alignment() & Qt.AlignmentFlag.AlignAbsolute, field.objectName()
        controller.close_workspace()
