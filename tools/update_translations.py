"""Refresh the translation sources from the code and build the .qm files the app loads.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # fail when a string is missing or unfinished

New strings appear in resources/translations/*.ts as unfinished; translate them
there (by hand or in Qt Linguist, `pyside6-linguist`), then run this again.

A string that moved to another class (another translation context) keeps its
translation when the same English text had exactly one translation before; the
strings carried over that way are printed, to be looked at.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import ElementTree as SafeET

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"he": "he_IL"}


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def unfinished(ts_file: Path) -> list[str]:
    """Sources that have no finished translation."""
    missing = []
    for message in SafeET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not _translated_text(translation)
        ):
            missing.append(message.findtext("source") or "")
    return missing


def _translated_text(translation: ET.Element) -> bool:
    """A plain message holds its text; one with a count (%n) holds a form per number instead."""
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def known_translations(ts_file: Path) -> dict[str, set[str]]:
    """Every English source with a finished translation, to the translations it has (in any context)."""
    known: dict[str, set[str]] = {}
    for message in SafeET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or translation.findall("numerusform"):
            continue
        if (translation.text or "").strip():
            known.setdefault(message.findtext("source") or "", set()).add(translation.text or "")
    return known


def carry_over(ts_file: Path, known: dict[str, set[str]]) -> list[str]:
    """Fill unfinished messages whose source had one translation before; the sources filled."""
    tree = SafeET.parse(ts_file)
    carried = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or translation.findall("numerusform"):
            continue
        if len(known.get(source, ())) == 1:
            translation.text = next(iter(known[source]))
            del translation.attrib["type"]
            carried.append(source)
    if carried:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return carried


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "or_communities").rglob("*.py"))
    for language, locale in LANGUAGES.items():
        ts_file = TRANSLATIONS / f"or_communities_{language}.ts"
        if "--check" in sys.argv:
            missing = unfinished(ts_file)
            for source in missing:
                print(f"{ts_file.name}: not translated: {source!r}")
            if missing:
                return 1
            continue
        known = known_translations(ts_file)
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts_file), "-target-language", locale, "-no-obsolete", "-locations", "none"], check=True)
        for source in carry_over(ts_file, known):
            print(f"{ts_file.name}: carried over the translation of {source!r}")
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
        qt_extra = TRANSLATIONS / f"qt_extra_{language}.ts"
        if qt_extra.exists():  # Qt's own strings its translation lacks, kept by hand (lupdate does not touch it)
            subprocess.run([_tool("pyside6-lrelease"), str(qt_extra), "-qm", str(qt_extra.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
