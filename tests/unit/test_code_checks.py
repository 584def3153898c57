"""The linters pass: ruff over the repository and mypy over the package, as configured in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *arguments], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing():
    """ruff check reports no problem in the code, the tests, the benchmarks or the tools."""
    result = _run("ruff", "check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    """mypy finds no type error anywhere in the package, the interface included."""
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
