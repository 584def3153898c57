"""Every interface string has a Hebrew translation, and the shipped .qm matches its source."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_in_the_code_is_translated_to_hebrew(tmp_path):
    """lupdate over the code finds no string without a finished Hebrew translation."""
    ts_copy = tmp_path / "he.ts"
    ts_copy.write_bytes((ROOT / "resources/translations/or_communities_he.ts").read_bytes())
    sources = sorted(str(p) for p in (ROOT / "or_communities").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(ts_copy), "-no-obsolete", "-locations", "none"], check=True, capture_output=True)
    sys.path.insert(0, str(ROOT / "tools"))
    from update_translations import unfinished

    assert unfinished(ts_copy) == []


def test_compiled_translations_match_their_source(tmp_path):
    """Each .qm the app loads (ours, and Qt's strings its Hebrew lacks) is what lrelease makes of its .ts today."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for name in ("or_communities_he", "qt_extra_he"):
        built = tmp_path / f"{name}.qm"
        source = ROOT / f"resources/translations/{name}.ts"
        subprocess.run([str(lrelease), str(source), "-qm", str(built)], check=True, capture_output=True)
        assert built.read_bytes() == source.with_suffix(".qm").read_bytes(), name


def _tr_calls_inside_f_strings(path: Path) -> list[int]:
    """The lines of ``path`` where a tr() call sits inside an f-string's braces."""
    import ast

    return [
        inner.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.JoinedStr)
        for inner in ast.walk(node)
        if isinstance(inner, ast.Call) and getattr(inner.func, "attr", getattr(inner.func, "id", "")) == "tr"
    ]


def test_no_interface_text_is_asked_for_inside_an_f_string():
    """lupdate reads no code inside an f-string's braces, so a tr() there would never be translated: none is there."""
    found = {
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "or_communities").rglob("*.py"))
        for line in _tr_calls_inside_f_strings(path)
    }
    assert not found, f"tr() inside an f-string, which lupdate cannot read: {sorted(found)}"


def _first_strong_direction(text: str) -> str | None:
    """The bidi class of the first character with a direction of its own ('L' or 'R'), as a label decides the
    direction of its paragraph."""
    import unicodedata

    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction == "L":
            return "L"
        if direction in ("R", "AL"):
            return "R"
    return None


def test_each_hebrew_sentence_opens_right_to_left():
    """A Hebrew translation does not open with a Latin word (a named placeholder, say): the label would lay the
    whole sentence out left to right and scramble it. Only a file filter and a number's format may."""
    from defusedxml import ElementTree

    tree = ElementTree.parse(ROOT / "resources/translations/or_communities_he.ts")
    texts = [
        "".join(element.itertext()) for element in tree.iter("translation") if "".join(element.itertext()).strip()
    ]
    allowed = {"GeoPackage\u200f (*.gpkg)"}
    opening_left_to_right = [
        text for text in texts
        if text not in allowed and _first_strong_direction(text.replace("{0:,.0f}", "")) == "L"
    ]
    assert len(texts) > 1000 and opening_left_to_right == []
