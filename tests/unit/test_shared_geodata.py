"""shared_geodata: a file that is there is returned; a missing one skips with what to put where, or fails when required."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.geodata import (
    DEFAULT_SHARED_GEO,
    FOLDER_VARIABLE,
    REQUIRE_VARIABLE,
    ROOT,
    missing_shared_geodata,
    shared_geo_folder,
    shared_geodata,
)

WANTED = "tlv-neighborhoods-wgs84/neighborhoods.geojson"


@pytest.fixture
def geo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty geo folder under tmp_path, named by OR_COMMUNITIES_SHARED_GEO, with the requirement unset."""
    folder = tmp_path / "geo"
    folder.mkdir()
    monkeypatch.setenv(FOLDER_VARIABLE, str(folder))
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)
    return folder


def test_a_file_that_is_there_is_returned(geo_folder: Path) -> None:
    """A file present in the named geo folder comes back as its path, with no skip."""
    wanted = geo_folder / "tlv-neighborhoods-wgs84" / "neighborhoods.geojson"
    wanted.parent.mkdir()
    wanted.write_text("{}", encoding="utf-8")
    assert shared_geodata(WANTED) == wanted


def test_a_missing_file_skips_saying_what_to_put_where(geo_folder: Path) -> None:
    """A missing file skips the test with a reason naming the missing path, the folder variable and the file to put there."""
    with pytest.raises(pytest.skip.Exception) as skipped:
        shared_geodata(WANTED)
    reason = str(skipped.value)
    assert reason == missing_shared_geodata(WANTED)
    assert f"{geo_folder.as_posix()}/{WANTED} is missing" in reason
    assert FOLDER_VARIABLE in reason and f"put {WANTED} in that folder" in reason


def test_a_missing_file_fails_when_the_data_is_required(geo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With OR_COMMUNITIES_REQUIRE_SHARED_GEO=1 a missing file fails the test with the same reason instead of skipping."""
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    with pytest.raises(pytest.fail.Exception) as failed:
        shared_geodata(WANTED)
    assert str(failed.value) == missing_shared_geodata(WANTED)


def test_requirement_set_to_zero_still_skips(geo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OR_COMMUNITIES_REQUIRE_SHARED_GEO=0 is the same as unset: a missing file skips."""
    monkeypatch.setenv(REQUIRE_VARIABLE, "0")
    with pytest.raises(pytest.skip.Exception):
        shared_geodata(WANTED)


def test_a_file_that_is_there_is_returned_even_when_required(geo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The requirement changes nothing for a file that is present."""
    monkeypatch.setenv(REQUIRE_VARIABLE, "1")
    (geo_folder / "one.geojson").write_text("{}", encoding="utf-8")
    assert shared_geodata("one.geojson") == geo_folder / "one.geojson"


def test_without_the_variable_the_folder_is_shared_beside_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset, the geo folder is ../shared/data/geo from the repository root, and the reason says to put it there."""
    monkeypatch.delenv(FOLDER_VARIABLE, raising=False)
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)
    assert shared_geo_folder() == DEFAULT_SHARED_GEO == ROOT.parent / "shared" / "data" / "geo"
    with pytest.raises(pytest.skip.Exception) as skipped:
        shared_geodata("no-such-set/nothing.geojson")
    reason = str(skipped.value)
    assert "../shared/data/geo/no-such-set/nothing.geojson is missing" in reason
    assert "shared data folder beside the checkout" in reason and FOLDER_VARIABLE in reason


def test_a_relative_folder_counts_from_the_repository_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """OR_COMMUNITIES_SHARED_GEO=data/geo means <repository>/data/geo, wherever the tests are run from."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(FOLDER_VARIABLE, "data/geo")
    assert shared_geo_folder() == ROOT / "data" / "geo"


@pytest.mark.parametrize("bad", ["", "/etc/passwd", "../outside.geojson", "set/../../outside.geojson"])
def test_a_path_outside_the_geo_folder_is_refused(bad: str) -> None:
    """Only a path inside the geo folder may be asked for: empty, absolute or climbing paths are a ValueError."""
    with pytest.raises(ValueError, match="inside the geo folder"):
        shared_geodata(bad)
