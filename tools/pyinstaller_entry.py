"""Entry point for the frozen app (PyInstaller runs a script, not a package's __main__)."""

from or_communities.__main__ import run

run()
