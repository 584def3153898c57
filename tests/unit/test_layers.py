"""The layers keep their direction: nothing below the interface imports Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "or_communities"
BELOW_UI = ("domain", "storage", "services", "maps", "files")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_below_the_ui_imports_pyside6():
    """No file in domain, storage, services, maps or files names PySide6 in an import."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in BELOW_UI
        for path in (PACKAGE / layer).rglob("*.py")
        if any(name == "PySide6" or name.startswith("PySide6.") for name in _imported_modules(path))
    ]
    assert offenders == []


def test_domain_imports_neither_qt_nor_sqlalchemy():
    """The domain is pure: no Qt and no SQLAlchemy."""
    for path in (PACKAGE / "domain").rglob("*.py"):
        roots = {name.split(".")[0] for name in _imported_modules(path)}
        assert not roots & {"PySide6", "sqlalchemy", "alembic"}, path


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
    subprocess.run([sys.executable, "-c", script], check=True, cwd=PACKAGE.parent)
