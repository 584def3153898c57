"""Features an import leaves out are counted and said: an asset file whose guessed name field names too few places
(another field offered), and boundaries with features that have no shape."""

from __future__ import annotations

import hashlib

from or_communities.cli import run_command
from or_communities.services.gis_files import read_asset_file
from tests.hostile_corpus import GOOD_GEOJSON, shelters_with_unnamed


def test_the_reading_counts_the_unnamed_and_the_placeless_and_finds_the_field_that_names_them(tmp_path):
    """15 of 40 places lack a name in the guessed field and 3 features lack a shape; "תיאור" names all 40 (the id
    field, numbers only, is never offered)."""
    reading = read_asset_file(shelters_with_unnamed(tmp_path))
    assert (reading.name_field, reading.total, reading.unnamed, reading.without_place) == ("name", 43, 15, 3)
    assert reading.many_unnamed and (reading.better_field, reading.better_named) == ("תיאור", 40)
    assert len(reading.assets) == 25


def test_the_command_line_refuses_the_guess_then_says_what_it_left_out(demo_path, tmp_path, capsys):
    """Without --name-field the import is refused in one line naming the better field, the workspace unchanged; with
    the guessed field confirmed, 25 come in and the 15 unnamed and 3 placeless are said."""
    shelters = str(shelters_with_unnamed(tmp_path))
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert run_command("import-assets", [str(demo_path), shelters, "--keep-outside"]) == 1
    refused = capsys.readouterr().err
    assert refused.count("\n") == 1 and "15 of 40" in refused and "--name-field 'תיאור'" in refused
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    assert run_command("import-assets", [str(demo_path), shelters, "--keep-outside", "--name-field", "name"]) == 0
    said = capsys.readouterr().out
    assert "25 assets added" in said and "15 of 40 places have no name" in said and "3 more have no place" in said
    assert run_command("import-assets", [str(demo_path), shelters, "--keep-outside", "--name-field", "תיאור"]) == 0
    assert "40 assets added" in capsys.readouterr().out


def test_boundaries_say_how_many_features_had_no_shape(tmp_path, capsys):
    """Two areas, a second shape of one of them and a feature without a shape: two neighborhoods come in, the
    shapeless one is said to be left out and the shared name is named."""
    import json

    from or_communities.services.workspace import Workspace

    workspace_path = tmp_path / "city.orcity"
    Workspace.create(workspace_path, "עכו", 2027).close()
    collection = json.loads(GOOD_GEOJSON)
    collection["features"].append({"type": "Feature", "properties": {"name": "בלי צורה"}, "geometry": None})
    second_part = {"type": "Polygon", "coordinates": [[[34.70, 32.0], [34.71, 32.0], [34.71, 32.01], [34.70, 32.0]]]}
    collection["features"].append({"type": "Feature", "properties": {"name": "צפון"}, "geometry": second_part})
    source = tmp_path / "areas.geojson"
    source.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    assert run_command("import-boundaries", [str(workspace_path), str(source), "--name-field", "name"]) == 0
    said = capsys.readouterr().out
    assert "2 new" in said and "1 features without a shape left out" in said
    assert "shapes that share a name became one neighborhood each: צפון" in said
