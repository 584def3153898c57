"""The package build's one addition to pyproject.toml: the repository's top-level ``resources/`` and ``maps/``
travel inside the built package as ``or_communities/_data/``, where ``paths.py`` finds them in an installed app.
An editable install needs no copy: there ``paths.py`` finds them beside the package."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED_FOLDERS = ("resources", "maps")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "or_communities" / "_data"
        for name in SHIPPED_FOLDERS:
            shutil.copytree(Path(__file__).parent / name, target / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
