"""A neighborhood's mapping file: opened from its task on the map, written as an Excel sheet with the map's
picture and as a PDF page, with the leaders by name only unless contact details are asked for."""

from __future__ import annotations

import zipfile

import openpyxl
from PySide6.QtCore import Qt

from or_communities.domain.catalog import Area
from or_communities.domain.documents import Picture, Table
from or_communities.domain.records import PersonRole
from or_communities.services.documents import DocumentKind, DocumentService, write_document
from or_communities.ui.document_engine import shared_engine
from tests.helpers import pdf_words, reads_in_order, shown_tool_button


def _leader(workspace, hood):
    dana = workspace.people.add("דנה לוי", [PersonRole.NEIGHBORHOOD_LEADER], hood, "050-1234567", "dana@example.org")
    return workspace.people.get(dana)


def test_the_mapping_file_has_the_map_and_names_only_by_default(qapp, make_controller, demo_path):
    """The demo neighborhood's mapping file holds its profile, a drawing with its numbered assets, the assets, and
    its leaders by name; their phones appear only when contact details are asked for."""
    controller = make_controller()
    controller.start(demo_path)
    workspace = controller.workspace
    hood = workspace.neighborhoods.list()[0]
    _leader(workspace, hood.id)
    documents = DocumentService(workspace)
    plain = documents.build(DocumentKind.MAPPING_FILE, hood.id, "he")
    assert plain.title == f"תיק מיפוי – {hood.name}"
    [picture] = [block for block in plain.blocks if isinstance(block, Picture)]
    assets = workspace.assets.list(hood.id)
    assert picture.svg.startswith("<svg") and picture.svg.count("<circle") == len(assets) > 0
    assert "דנה לוי" in plain.text() and "050-1234567" not in plain.text()
    full = documents.build(DocumentKind.MAPPING_FILE, hood.id, "he", contact_details=True)
    assert "050-1234567" in full.text() and "dana@example.org" in full.text()
    tables = [block for block in full.blocks if isinstance(block, Table)]
    assert [row[1] for row in tables[0].rows] == [asset.name for asset in assets]


def test_the_mapping_file_as_a_sheet_and_a_pdf_page(qapp, make_controller, demo_path, tmp_path):
    """Written as Excel, the sheet reads right to left with the title, the assets and the map's picture, each
    typed text a string; written as PDF, pdftotext reads the title and the assets' names in order."""
    controller = make_controller()
    controller.start(demo_path)
    workspace = controller.workspace
    hood = workspace.neighborhoods.list()[0]
    document = DocumentService(workspace).build(DocumentKind.MAPPING_FILE, hood.id, "he")
    sheet_path = tmp_path / "מיפוי.xlsx"
    write_document(document, sheet_path, shared_engine())
    sheet = openpyxl.load_workbook(sheet_path).active
    assert sheet.sheet_view.rightToLeft
    values = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert values[0] == document.title and all(isinstance(value, str) for value in values)
    assert {asset.name for asset in workspace.assets.list(hood.id)} <= set(values)
    with zipfile.ZipFile(sheet_path) as package:
        [picture] = [name for name in package.namelist() if name.startswith("xl/media/")]
        assert package.read(picture).startswith(b"\x89PNG")

    pdf_path = tmp_path / "מיפוי.pdf"
    write_document(document, pdf_path, shared_engine())
    words = pdf_words(pdf_path)
    assert reads_in_order(words, document.title)
    assert all(reads_in_order(words, asset.name) for asset in workspace.assets.list(hood.id))


def test_the_mapping_task_opens_the_neighborhood_on_the_map_and_exports_its_file(make_controller, qtbot, demo_path, fake_dialogs, tmp_path):
    """From a neighborhood's mapping task the map opens with that neighborhood chosen; its export button asks
    about contact details (no) and where, and writes the sheet."""
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(demo_path)
    shell = controller.window.shell
    hood = controller.workspace.neighborhoods.list()[2]
    shell.open_task(hood.id, "s2.t4")
    qtbot.mouseClick(shown_tool_button(shell.view(Area.JOURNEY).editor), Qt.MouseButton.LeftButton)
    assert shell.current_area() is Area.MAP
    view = shell.view(Area.MAP)
    assert view.selected_neighborhood_id() == hood.id

    fake_dialogs.confirmations.append(False)
    fake_dialogs.files.append(tmp_path / "תיק מיפוי.xlsx")
    view.export_mapping_file()
    assert not fake_dialogs.errors, fake_dialogs.errors
    sheet = openpyxl.load_workbook(tmp_path / "תיק מיפוי.xlsx").active
    assert sheet["A1"].value == f"תיק מיפוי – {hood.name}"
