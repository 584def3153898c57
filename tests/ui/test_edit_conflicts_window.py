"""Two people editing one person on a team server: the window's save that comes second is refused in words that
show the other's values beside the typed ones, the form then shows what is saved, and nothing is overwritten."""

from __future__ import annotations

import dataclasses

from or_communities.domain.catalog import Area
from or_communities.domain.records import Person, PersonRole
from or_communities.services.workspace import Workspace
from or_communities.ui.views.people import PeopleView
from tests.helpers import click_row, type_text


def test_the_second_save_of_a_person_is_refused_with_both_values_and_the_form_shows_theirs(
    make_controller, fake_dialogs, qtbot, postgres_url
):
    """Typing in a person's form while a teammate saves the same person: the message names the field with their
    value and the typed one (in Hebrew), the form shows their phone, and the server keeps their change."""
    first = Workspace.create_on_server(postgres_url, "ערד", 2026)
    first.people.add_person(Person(0, "דנה לוי", frozenset({PersonRole.ACTIVIST}), phone="050-1111111"))
    first.close()
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(postgres_url)
    qtbot.waitExposed(controller.window)
    controller.window.shell.show_area(Area.PEOPLE)
    view = controller.window.shell.view(Area.PEOPLE)
    assert isinstance(view, PeopleView)
    click_row(qtbot, view.table, 0)
    assert view.phone_edit.text() == "050-1111111"

    type_text(view.notes_edit, "מתנדבת בספרייה")
    teammate = Workspace.connect(postgres_url)
    try:
        person = teammate.people.list()[0]
        teammate.people.update(dataclasses.replace(person, phone="050-2222222", notes="עברה לשכונה אחרת"))
        view.flush_edits()  # the typing pause ends before the window heard of the teammate's save

        assert len(fake_dialogs.errors) == 1
        message = fake_dialogs.errors[0][1]
        assert "מישהו אחר שמר" in message
        assert "עברה לשכונה אחרת" in message and "מתנדבת בספרייה" in message and "הערות" in message
        assert view.phone_edit.text() == "050-2222222"
        assert view.notes_edit.toPlainText() == "עברה לשכונה אחרת"
        saved = teammate.people.list()[0]
        assert (saved.phone, saved.notes) == ("050-2222222", "עברה לשכונה אחרת")
    finally:
        teammate.close()
