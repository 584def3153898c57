"""The app as a user installs it: a wheel built from the repository, installed away from the checkout, runs its
self-test (demo city, translations, geodata, the map page in the web engine, Excel, PDF) and writes the demo city."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEFT_BEHIND = shutil.ignore_patterns(".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".git", "tests")


def test_a_built_wheel_installed_elsewhere_passes_its_self_test(tmp_path):
    """The wheel carries resources/ and maps/ inside the package and every migration; installed into a folder of
    its own (the dependencies are this environment's) it is the one imported, its self-test passes step by step,
    and `demo` writes the demo city there."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=LEFT_BEHIND)  # a clean tree: no build/ left from an earlier build
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = wheels.glob("or_communities-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = {p.name for p in (ROOT / "or_communities" / "storage" / "migrations" / "versions").glob("*.py")}
    assert {f"or_communities/storage/migrations/versions/{name}" for name in migrations} <= names
    assert "or_communities/_data/resources/translations/or_communities_he.qm" in names
    assert "or_communities/_data/maps/demo/beer_sheva_stat_areas_2011.geojson" in names

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    environment = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    run = tmp_path / "run"
    run.mkdir()

    def app(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "or_communities", *arguments], cwd=run, env=environment,
                              capture_output=True, text=True, timeout=600)

    where = subprocess.run([sys.executable, "-c", "import or_communities; print(or_communities.__file__)"], cwd=run,
                           env=environment, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(site)
    tested = app("--self-test")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    lines = tested.stdout.splitlines()
    assert [line.split(None, 1)[1].split(": ", 1)[0] for line in lines[:-1]] == [
        "demo workspace", "GeoPackage", "EPSG:2039", "cp1255 shapefile", "map page", "Excel", "PDF",
    ]
    assert all(line.startswith("ok") for line in lines[:-1]) and lines[-1] == "self-test passed"
    assert app("demo", "עיר.orcity").returncode == 0 and (run / "עיר.orcity").stat().st_size > 100_000
