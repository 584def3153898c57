"""Shared exports carry no personal data unless asked, checked against the schema's marks: every contact detail,
address and note the workspace holds in a column marked personal is looked for in the map page, the GeoPackage and
the mapping file, so a column marked tomorrow is checked tomorrow."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pyogrio
import pytest

from or_communities.cli import run_command
from or_communities.services.privacy import texts_kept_out_of_shared_exports
from or_communities.services.workspace import Workspace

SHORTEST = 6
"""Texts shorter than this (a one-word note) could turn up by chance; every phone and email is longer."""


@pytest.fixture
def kept_out(demo_path: Path) -> set[str]:
    workspace = Workspace.open(demo_path)
    try:
        texts = {text for text in texts_kept_out_of_shared_exports(workspace) if len(text) >= SHORTEST}
    finally:
        workspace.close()
    assert any("@" in text for text in texts) and any(text.startswith("05") for text in texts)
    return texts


def _forms(text: str) -> tuple[str, ...]:
    """How a text may be written in a file: as is, escaped for HTML, or inside a JSON string."""
    return text, html.escape(text), json.dumps(text)[1:-1]


def _found(texts: set[str], content: str) -> list[str]:
    return sorted(text for text in texts if any(form in content for form in _forms(text)))


def _geopackage_texts(path: Path) -> str:
    values = []
    for layer, _geometry in pyogrio.list_layers(path):
        frame = pyogrio.read_dataframe(path, layer=str(layer), read_geometry=False)
        values += [str(value) for column in frame.columns for value in frame[column] if value is not None]
    return "\n".join(values)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def test_the_map_page_and_geopackage_carry_no_personal_data(demo_path, kept_out, tmp_path):
    """export-map as HTML and as a GeoPackage holds none of the marked contacts, addresses or notes."""
    page, package = tmp_path / "map.html", tmp_path / "map.gpkg"
    assert run_command("export-map", [str(demo_path), str(page)]) == 0
    assert run_command("export-map", [str(demo_path), str(package)]) == 0
    assert _found(kept_out, page.read_text(encoding="utf-8")) == []
    assert _found(kept_out, _geopackage_texts(package)) == []


def test_contact_details_go_into_the_geopackage_only_when_asked(demo_path, kept_out, tmp_path):
    """With --include-personal the same check finds the contacts: it would catch a leak."""
    package = tmp_path / "with-contacts.gpkg"
    assert run_command("export-map", [str(demo_path), str(package), "--include-personal"]) == 0
    assert any("@" in text for text in _found(kept_out, _geopackage_texts(package)))


def test_the_mapping_file_names_people_without_their_details(demo_path, kept_out, tmp_path):
    """The mapping file of every neighborhood, as Word, holds none of the marked texts unless contact details are
    asked for."""
    workspace = Workspace.open(demo_path)
    names = [hood.name for hood in workspace.neighborhoods.list()]
    workspace.close()
    found_with_details: list[str] = []
    for number, name in enumerate(names):
        plain, detailed = tmp_path / f"{number}.docx", tmp_path / f"{number}-details.docx"
        assert run_command("document", [str(demo_path), "mapping-file", str(plain), "--neighborhood", name]) == 0
        assert _found(kept_out, _docx_text(plain)) == [], name
        arguments = [str(demo_path), "mapping-file", str(detailed), "--neighborhood", name, "--contact-details"]
        assert run_command("document", arguments) == 0
        found_with_details += _found(kept_out, _docx_text(detailed))
    assert found_with_details
