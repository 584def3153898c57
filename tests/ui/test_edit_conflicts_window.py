"""Two people editing one person on a team server: the window's save that comes second is refused in words that
show the other's values beside the typed ones, the form then shows what is saved, and nothing is overwritten."""

from __future__ import annotations

import dataclasses

from or_communities.domain.catalog import Area
from or_communities.domain.records import Person, PersonRole
from or_communities.services.workspace import Workspace
from or_communities.ui.views.people import PeopleView
from tests.helpers import click_row, shown_view, type_text


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
    view = shown_view(controller, Area.PEOPLE, PeopleView)
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


def test_every_field_a_conflict_can_name_has_a_hebrew_label():
    """The conflict message names each differing field as its form does: every field of every versioned record has
    a label, and in Hebrew it is translated."""
    import dataclasses

    from PySide6.QtWidgets import QApplication

    from or_communities.domain import (
        city_projects,
        coalitions,
        conferences,
        custom_metrics,
        leadership,
        mapping,
        planning,
        records,
    )
    from or_communities.domain.edits import conflicting_fields
    from or_communities.domain.errors import EditConflict
    from or_communities.ui.edit_conflicts import edit_conflict_message, field_label
    from or_communities.ui.i18n import install_language

    install_language(QApplication.instance(), "he")
    versioned = [
        cls for module in (city_projects, coalitions, conferences, custom_metrics, leadership, mapping, planning, records)
        for cls in vars(module).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and "version" in {f.name for f in dataclasses.fields(cls)}
        and cls is not records.Neighborhood
    ] + [records.NeighborhoodProfile]  # a neighborhood's conflict names its name and its profile's fields
    assert len(versioned) >= 24
    unlabeled = {
        f"{cls.__name__}.{f.name}"
        for cls in versioned for f in dataclasses.fields(cls)
        if f.compare and f.name not in {"id", "uid"} and not any("\u0590" <= ch <= "\u05ff" for ch in field_label(f.name))
    }
    assert unlabeled == set()
    notes = conflicting_fields(EditConflict(records.TaskState("s1.t1", None, notes="שלי"),
                                            records.TaskState("s1.t1", None, notes="שלהם")))
    assert [d.field for d in notes] == ["notes"]
    assert "הערות" in edit_conflict_message(EditConflict(records.TaskState("s1.t1", None, notes="שלי"),
                                                         records.TaskState("s1.t1", None, notes="שלהם")))
