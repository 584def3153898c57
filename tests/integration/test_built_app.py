"""The app as PyInstaller builds it from build.spec: the one-folder build runs its own self-test (demo city,
translations, geodata and PROJ data, the map page in the bundled web engine, Excel, PDF), and what it never loads
stays out of the folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CEILING_MB = 720
"""The folder's size on this platform (Linux: 685 MB, QtWebEngine alone 195 MB, GDAL 80 MB); growing past it fails."""


def test_the_built_app_passes_its_self_test_and_leaves_out_what_it_never_loads(tmp_path):
    """pyinstaller build.spec builds; the built executable's --self-test passes every step; Qt's QML modules and
    the translations of languages the app does not speak are not in it; the folder stays under its ceiling."""
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    folder = tmp_path / "dist" / "or-communities"
    executable = folder / ("or-communities.exe" if sys.platform == "win32" else "or-communities")
    tested = subprocess.run([str(executable), "--self-test"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert tested.returncode == 0, tested.stdout + tested.stderr[-2000:]
    assert tested.stdout.splitlines()[-1] == "self-test passed"

    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]  # links: counted once
    names = {path.name for path in files}
    assert not any("/Qt/qml/" in path.as_posix() for path in files)
    assert not {"qt_de.qm", "qtbase_fr.qm", "de.pak"} & names and {"qt_he.qm", "he.pak"} <= names
    size_mb = sum(path.stat().st_size for path in files) / 2**20
    assert size_mb < CEILING_MB, f"{size_mb:.0f} MB"
