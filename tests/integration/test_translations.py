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
