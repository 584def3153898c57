"""The list import dialog: columns corrected, a duplicate merged, the people found in the workspace."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from or_communities.domain.records import Person, PersonRole
from or_communities.files.list_columns import ImportField
from or_communities.services.list_import import DuplicateChoice
from or_communities.services.workspace import Workspace
from or_communities.ui.list_import_dialog import ListImportDialog

HEADERS = ["  שם מלא ", "טלפון נייד", 'דוא"ל', "שכונה", "מגורים", "תפקיד"]
ROWS = [
    ["נועה ברק", "0501234567", "noa@example.org", "רובע 5", "הרצל 3", "מתנדבת"],
    None,
    ["תמר אלון", "052-7654321", "", "רובע 3", "ויצמן 8", "פעילה"],
    ["=HYPERLINK(\"http://x\")", "", "", "", "", ""],
    ["מספר שגוי", "12", "", "", "", ""],
]


def _workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "פעילים"
    sheet.append(HEADERS)
    for row_index, row in enumerate(ROWS, start=2):
        for column, value in enumerate(row or [], start=1):
            if value:
                sheet.cell(row=row_index, column=column, value=value).data_type = "s"
    workbook.create_sheet("ריק").append(["שם"])
    workbook.save(path)
    return path


@pytest.fixture
def workspace(demo_path: Path):
    opened = Workspace.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def noa(workspace: Workspace) -> Person:
    return workspace.people.add_person(Person(0, "נועה ברק", frozenset({PersonRole.ACTIVIST}), None, "050-1234567"))


def _open(qtbot, workspace, path: Path, dialogs) -> ListImportDialog:
    dialog = ListImportDialog(workspace, "people", path, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_messy_workbook_is_corrected_merged_and_imported(qtbot, workspace, noa, tmp_path, fake_dialogs):
    """The address column is chosen by hand, the duplicate of Noa is merged, and Import brings everyone in."""
    dialog = _open(qtbot, workspace, _workbook(tmp_path / "פעילים.xlsx"), fake_dialogs)
    assert dialog.sheet_combo.isVisible() and dialog.sheet_combo.currentText() == "פעילים"
    assert dialog.mapping_model.mapping.field_of(4) is None
    assert dialog.incoming_model.rowCount() == 3
    assert dialog.rejected_model.rowCount() == 1
    assert dialog.duplicates_model.rowCount() == 1

    address = dialog.field_combo(4)
    address.setCurrentIndex(address.findData(ImportField.ADDRESS))
    assert dialog.mapping_model.mapping.field_of(4) is ImportField.ADDRESS
    assert dialog.preview.rows[0].record.address == "הרצל 3"

    merge = dialog.choice_combo(0)
    merge.setCurrentIndex(merge.findData(DuplicateChoice.MERGE))
    assert dialog.duplicates_model.choice(0) is DuplicateChoice.MERGE

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=10_000)
    assert not dialog.isVisible()
    assert dialog.imported_count == 3
    people = {person.full_name: person for person in workspace.people.list()}
    merged = people["נועה ברק"]
    assert merged.id == noa.id
    assert (merged.email, merged.address) == ("noa@example.org", "הרצל 3")
    assert merged.roles == {PersonRole.ACTIVIST, PersonRole.VOLUNTEER}
    assert people["תמר אלון"].address == "ויצמן 8"
    assert "=HYPERLINK(\"http://x\")" in people
    assert "מספר שגוי" not in people
    assert fake_dialogs.errors == []


def test_the_choice_for_all_duplicates_sets_every_row(qtbot, workspace, noa, tmp_path, fake_dialogs):
    """Choosing "add" for all duplicates changes each row's combo, and Import then adds Noa a second time."""
    dialog = _open(qtbot, workspace, _workbook(tmp_path / "list.xlsx"), fake_dialogs)
    dialog.for_all_combo.setCurrentIndex(dialog.for_all_combo.findData(DuplicateChoice.ADD))
    assert dialog.choice_combo(0).currentData() is DuplicateChoice.ADD
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=10_000)
    assert len([person for person in workspace.people.list() if person.full_name == "נועה ברק"]) == 2


def test_leaving_out_the_name_column_disables_import(qtbot, workspace, tmp_path, fake_dialogs):
    """Without a column of names nothing can come in: Import is disabled and the dialog says what to choose."""
    dialog = _open(qtbot, workspace, _workbook(tmp_path / "list.xlsx"), fake_dialogs)
    name = dialog.field_combo(0)
    name.setCurrentIndex(name.findData(None))
    assert not dialog.import_button.isEnabled()
    assert dialog.status_label.text() != ""


def test_a_file_that_cannot_be_read_is_said_at_once(qtbot, workspace, tmp_path, fake_dialogs):
    """A damaged workbook: exec() says why through the dialogs and returns without showing anything."""
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    dialog = ListImportDialog(workspace, "partners", broken, fake_dialogs)
    qtbot.addWidget(dialog)
    assert dialog.exec() == 0
    assert len(fake_dialogs.errors) == 1
    assert dialog.imported_count == 0


def test_a_formula_typed_into_a_list_is_named_in_the_preview_and_comes_in_as_text(qtbot, workspace, tmp_path, fake_dialogs):
    """A notes cell holding a formula is counted and named above the preview, and the person's notes are the formula's
    text, never its result."""
    path = tmp_path / "עם נוסחה.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["שם", "הערות"])
    book.active.append(["רון שגיא", "=1+1"])
    book.save(path)
    dialog = _open(qtbot, workspace, path, fake_dialogs)
    said = dialog.counts_label.text()
    assert ("נוסחה" in said or "formula" in said) and "=1+1" in said
    notes = dialog.field_combo(1)
    notes.setCurrentIndex(notes.findData(ImportField.NOTES))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=10_000)
    assert {person.full_name: person.notes for person in workspace.people.list()}["רון שגיא"] == "=1+1"


def test_a_long_list_is_counted_with_its_thousands_apart(qtbot, workspace, tmp_path, fake_dialogs):
    """A list of 1,200 new people says that 1,200 rows can come in, all new, with the thousands set apart as every
    count is."""
    path = tmp_path / "ארוכה.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["שם"])
    for number in range(1200):
        book.active.append([f"תושב {number}"])
    book.save(path)
    dialog = _open(qtbot, workspace, path, fake_dialogs)
    said = dialog.counts_label.text()
    assert said.count("1,200") == 2 and "1200" not in said, said  # the rows that can come in, and the new ones
