"""The guide's tips where the work is done, in the city's own words when it wrote them, and back to the default."""

from __future__ import annotations

from PySide6.QtCore import Qt

from or_communities.domain.catalog import Area


def test_the_channel_tips_unfold_take_the_citys_words_and_restore_the_default(make_controller, qtbot, demo_path, fake_dialogs):
    """In the channels tab the tips open on a click; "In our words…" keeps the city's text in the workspace (shown
    as typed, markup and all), and "Restore the default" brings the app's tips back after asking."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(demo_path)
    controller.window.shell.show_area(Area.EVENTS)
    events = controller.window.shell.view(Area.EVENTS)
    events.show_channels()
    panel = events.channels_page.guidance
    assert panel.toggle.text() == "טיפים לתחזוקת ערוצי תקשורת" and not panel.body.isVisible()

    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    default = panel.text.text()
    assert panel.body.isVisible() and default.startswith("• לכל ערוץ") and not panel.restore_button.isEnabled()

    own = "בעכו: <b>עדכון</b> כל יום ראשון, ומי שמנהל/ת — מחליף/ה כל חודש."
    fake_dialogs.texts.append(own)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.shown_texts == [default]
    assert panel.text.text() == own and panel.text.textFormat() == Qt.TextFormat.PlainText
    assert controller.workspace.texts.text("guidance.communication_tips", "he") == own
    assert panel.restore_button.isEnabled()

    fake_dialogs.confirmations.append(True)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert panel.text.text() == default and not panel.restore_button.isEnabled()
    assert not controller.workspace.texts.is_own("guidance.communication_tips", "he")


def test_every_place_of_the_work_has_its_tips(make_controller, qtbot, demo_path):
    """The gathering spaces, the channels, the activists, the partners and the budget's sources each carry the tips
    of the guide's tool for that work."""
    controller = make_controller()
    controller.start(demo_path)
    shell = controller.window.shell
    panels = {
        "gathering_space_rules": shell.view(Area.EVENTS).spaces_page.guidance,
        "communication_tips": shell.view(Area.EVENTS).channels_page.guidance,
        "activist_retention": shell.view(Area.PEOPLE).guidance,
        "partner_retention": shell.view(Area.PARTNERS).guidance,
        "budget_sources": shell.view(Area.BUDGET).sources_guidance,
    }
    for tool, panel in panels.items():
        panel.refresh()
        assert panel.text.text() == controller.workspace.texts.text(f"guidance.{tool}", "he"), tool
        assert len(panel.text.text().splitlines()) >= 4, tool
