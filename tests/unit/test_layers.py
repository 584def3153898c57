"""The layers keep their direction: the import contract in pyproject.toml holds, and the use cases run without Qt."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contract_holds():
    """import-linter finds every contract of pyproject.toml kept: layers, no storage in ui, Qt only in ui, a pure
    domain, views independent of each other, no cycles."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_services_run_without_qt_loaded(tmp_path):
    """Creating and using a workspace through the services never loads PySide6."""
    script = (
        "import sys, pathlib\n"
        "from or_communities.services.demo import write_demo_workspace\n"
        "from or_communities.services.check import check_workspace\n"
        f"w = write_demo_workspace(pathlib.Path({str(tmp_path / 'x.orcity')!r}))\n"
        "w.journey.overview(); w.close()\n"
        f"check_workspace(pathlib.Path({str(tmp_path / 'x.orcity')!r}))\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
