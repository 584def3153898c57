"""Errors no view caught reach the user in a dialog: a refusal with its Hebrew reason, a failure with its log file."""

from __future__ import annotations

from or_communities.domain.errors import ReadOnlyWorkspace
from or_communities.ui.error_guard import say_unhandled


def test_a_refusal_no_view_caught_is_said_in_hebrew(make_controller, fake_dialogs):
    """A ReadOnlyWorkspace escaping a slot shows the read-only reason, naming who holds the workspace."""
    controller = make_controller(dialogs=fake_dialogs)
    say_unhandled(fake_dialogs, controller.window, ReadOnlyWorkspace("דנה on office-pc"))
    title, text = fake_dialogs.errors[-1]
    assert title == "שום דבר לא השתנה" and "קריאה בלבד" in text and "דנה on office-pc" in text


def test_an_unexpected_failure_names_its_log_file_and_never_shows_the_traceback(make_controller, fake_dialogs, tmp_path, monkeypatch):
    """A failure's traceback goes to a new log file the dialog names; the dialog holds neither it nor the message."""
    monkeypatch.setenv("OR_COMMUNITIES_LOG_DIR", str(tmp_path / "logs"))
    controller = make_controller(dialogs=fake_dialogs)
    try:
        raise RuntimeError("050-1234567 דנה כהן")
    except RuntimeError as error:
        say_unhandled(fake_dialogs, controller.window, error)
    _title, text = fake_dialogs.errors[-1]
    logs = list((tmp_path / "logs").iterdir())
    assert len(logs) == 1 and str(logs[0]) in text
    assert "050-1234567" not in text and "Traceback" not in text
    assert "050-1234567" in logs[0].read_text(encoding="utf-8") and "RuntimeError" in logs[0].read_text(encoding="utf-8")
