"""Documents (a call for applications, a leadership meeting's protocol) written through the document module: the
PDF printed by the web engine reads in logical Hebrew order with numbers and English names in place, the Word file
is right to left paragraph by paragraph, what a user typed stays text, and the command line writes both."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from or_communities.domain.records import PersonRole
from or_communities.files.document_html import document_html
from or_communities.services.documents import DocumentKind, DocumentService, write_document
from or_communities.services.workspace import Workspace
from or_communities.ui.document_engine import DocumentPreview, shared_engine
from tests.helpers import pdf_words, reads_in_order

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def city(tmp_path):
    workspace = Workspace.create(tmp_path / "באר שבע.orcity", "באר שבע", 2026)
    workspace.clock = lambda: dt.date(2026, 3, 1)
    hood = workspace.neighborhoods.add("רמות").id
    leadership = workspace.leadership
    call = leadership.new_call(hood, "he")
    leadership.update_call(dataclasses.replace(call, contact="דנה לוי, 050-1234567, dana@beer-sheva.muni.il"))
    dana = leadership.add_respondent(call.id, "דנה לוי", "050-1234567")
    john = leadership.add_respondent(call.id, "John Smith", "08-6463000")
    leadership.move_on(john.id, PersonRole.NEIGHBORHOOD_LEADER)
    meeting = leadership.new_meeting(hood, "he")
    leadership.update_meeting(
        dataclasses.replace(
            meeting, attendee_ids=frozenset({dana.id}), coordinator_id=dana.id, place="מתנ״ס רמות, חדר 2",
            decisions="נקבע מפגש נוסף ב־15/03/2026 בשעה 18:00.\n<script>alert(1)</script> =1+1",
            follow_ups="John – לבדוק את הגינה ב־Google Maps עד 10/03",
        )
    )
    yield workspace, hood
    workspace.close()


def _right_to_left(paragraph) -> bool:
    properties = paragraph.paragraph_format.element.pPr
    return properties is not None and properties.find(qn("w:bidi")) is not None


def test_the_protocol_pdf_reads_in_logical_order(qapp, city, tmp_path):
    """The web engine prints the protocol; read back by pdftotext, its Hebrew sentences are in logical order with
    the dates, the hour and the English names in place, and what was typed as markup is printed as text."""
    workspace, hood = city
    document = DocumentService(workspace).build(DocumentKind.MEETING, hood, "he")
    path = tmp_path / "פרוטוקול.pdf"
    write_document(document, path, shared_engine())
    words = pdf_words(path)
    assert reads_in_order(words, "פרוטוקול מפגש מנהיגות תושבים – רמות")
    assert reads_in_order(words, "נקבע מפגש נוסף ב־15/03/2026 בשעה 18:00")
    assert reads_in_order(words, "John – לבדוק את הגינה ב־Google Maps עד 10/03")
    assert reads_in_order(words, "script alert 1 script 1 1")
    assert "תומר" not in words  # "רמות" reversed, as tools that print Hebrew backwards show it


def test_the_call_as_word_is_right_to_left_and_keeps_typed_text(city, tmp_path):
    """The call's Word file, read back by python-docx: the title first, every Hebrew paragraph and run marked right
    to left, the contact line whole; a formula or markup typed in a field is a plain run of text."""
    workspace, hood = city
    call = workspace.leadership.calls(hood)[0]
    workspace.leadership.update_call(dataclasses.replace(call, how_to_apply="=HYPERLINK(\"x\") <b>טופס</b>"))
    document = DocumentService(workspace).build(DocumentKind.CALL, hood, "he")
    path = tmp_path / "קול קורא.docx"
    write_document(document, path, None)
    word = docx.Document(str(path))
    paragraphs = [p for p in word.paragraphs if p.text]
    assert paragraphs[0].text == "קול קורא: הצטרפו למנהיגות השכונה רמות"
    assert "איש/אשת קשר: דנה לוי, 050-1234567, dana@beer-sheva.muni.il" in [p.text for p in paragraphs]
    assert '=HYPERLINK("x") <b>טופס</b>' in [p.text for p in paragraphs]
    for paragraph in paragraphs:
        assert _right_to_left(paragraph), paragraph.text
        assert all(run.element.rPr.find(qn("w:rtl")) is not None for run in paragraph.runs)
    assert not word.element.body.xpath(".//w:fldSimple | .//w:instrText")


def test_the_protocol_in_english_keeps_hebrew_names_right_to_left(city, tmp_path):
    """In an English protocol the paragraphs read left to right, a Hebrew decision right to left; the table of who
    came lists names only, never phones."""
    workspace, hood = city
    document = DocumentService(workspace).build(DocumentKind.MEETING, hood, "en")
    path = tmp_path / "protocol.docx"
    write_document(document, path, None)
    word = docx.Document(str(path))
    by_text = {p.text: p for p in word.paragraphs if p.text}
    assert not _right_to_left(by_text["Agenda"])
    assert _right_to_left(by_text["נקבע מפגש נוסף ב־15/03/2026 בשעה 18:00."])
    [table] = word.tables
    cells = [cell.text for row in table.rows for cell in row.cells]
    assert cells[:2] == ["Name", "Came"] and "דנה לוי" in cells and "050-1234567" not in cells


def test_the_preview_shows_the_printed_page(qapp, qtbot, city):
    """The preview loads the document's page in the web engine, right to left, with the document's text."""
    workspace, hood = city
    document = DocumentService(workspace).build(DocumentKind.CALL, hood, "he")
    html = document_html(document)
    assert '<html lang="he" dir="rtl">' in html and "<script" not in html
    preview = DocumentPreview(document.title, html)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.page.loadFinished, timeout=30_000) as loaded:
        preview.show()
    assert loaded.args == [True]
    texts: list[str] = []
    preview.page.toPlainText(texts.append)
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert "קול קורא: הצטרפו למנהיגות השכונה רמות" in texts[0]
    preview.reject()


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_word_file(city, tmp_path):
    """LibreOffice converts the call's Word file to text with its Hebrew title whole (where it is installed)."""
    workspace, hood = city
    path = tmp_path / "call.docx"
    write_document(DocumentService(workspace).build(DocumentKind.CALL, hood, "he"), path, None)
    subprocess.run(
        [str(SOFFICE), "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=120,
    )
    assert "קול קורא: הצטרפו למנהיגות השכונה רמות" in (tmp_path / "call.txt").read_text(encoding="utf-8-sig")


def _run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "or_communities", *arguments], capture_output=True, text=True, cwd=ROOT, timeout=180
    )


def test_the_command_line_writes_documents_and_refuses_bad_input_in_one_line(city, tmp_path):
    """`document` writes the protocol as PDF and the call as Word; a wrong neighborhood, format or folder exits 1
    with one line, writes nothing, and leaves the workspace as it was."""
    workspace, _hood = city
    workspace.close()
    before = workspace.path.read_bytes()
    pdf = _run_cli("document", str(workspace.path), "meeting", str(tmp_path / "protocol.pdf"), "--neighborhood", "רמות")
    assert pdf.returncode == 0, pdf.stderr
    assert reads_in_order(pdf_words(tmp_path / "protocol.pdf"), "פרוטוקול מפגש מנהיגות תושבים – רמות")
    word = _run_cli("document", str(workspace.path), "call", str(tmp_path / "call.docx"), "--neighborhood", "רמות")
    assert word.returncode == 0, word.stderr
    assert docx.Document(str(tmp_path / "call.docx")).paragraphs[0].text.startswith("קול קורא")

    for arguments, message in (
        (("call", str(tmp_path / "x.pdf"), "--neighborhood", "נווה זאב"), "no neighborhood named"),
        (("call", str(tmp_path / "x.txt"), "--neighborhood", "רמות"), ".pdf, .docx or .xlsx"),
        (("call", str(tmp_path / "missing" / "x.docx"), "--neighborhood", "רמות"), "no such folder"),
    ):
        refused = _run_cli("document", str(workspace.path), *arguments)
        assert refused.returncode == 1 and message in refused.stderr
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert not list(tmp_path.glob("x.*")) and not (tmp_path / "missing").exists()
    assert workspace.path.read_bytes() == before
