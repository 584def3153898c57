"""The one place that resolves where the application's files live.

From a source checkout the resources sit beside the package; in an installed
package (a wheel) under ``or_communities/_data`` (setup.py puts them there); in a
PyInstaller bundle under ``sys._MEIPASS``. Everything that needs a resource,
shipped map data or the migration scripts asks this module.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    installed = _PACKAGE_DIR / "_data"  # a wheel or `pip install .`: setup.py copies them in
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    """The interface's icons, drawn once from an icon font (tools/render_icons.py)."""
    return resources_dir() / "icons"


def map_page_dir() -> Path:
    """The map page's own script and styles."""
    return resources_dir() / "map_page"


def shipped_maps_dir() -> Path:
    return _bundle_root() / "maps"


def demo_city_geodata() -> Path:
    return shipped_maps_dir() / "demo" / "beer_sheva_stat_areas_2011.geojson"


def demo_city_data() -> Path:
    """The demo city's people, partners, plans, budget and events."""
    return resources_dir() / "demo" / "demo_city.json"


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "storage" / "migrations"


def xstatic_dir(name: str) -> Path:
    """The data folder of an XStatic package (``leaflet``, ``jquery``, ``leaflet_markercluster``).

    A frozen build carries each package's data under ``xstatic/<name>``; from source the
    installed package says where its files are.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "xstatic" / name
    import importlib

    package = importlib.import_module(f"xstatic.pkg.{name}")
    return Path(package.BASE_DIR)


def log_dir() -> Path:
    """Where the app writes what went wrong in detail (never to the terminal): the user's own log folder."""
    return _user_folder(
        "OR_COMMUNITIES_LOG_DIR", "logs", Path("Library") / "Logs" / "Or Communities", ("XDG_STATE_HOME", ".local/state"), "logs"
    )


def server_backups_dir() -> Path:
    """Where the copies of team workspaces taken before a schema upgrade go: the user's own data folder."""
    return _user_folder(
        "OR_COMMUNITIES_SERVER_BACKUPS",
        "server backups",
        Path("Library") / "Application Support" / "Or Communities" / "server backups",
        ("XDG_DATA_HOME", ".local/share"),
        "server backups",
    )


def _user_folder(chosen_by: str, on_windows: str, on_mac: Path, xdg: tuple[str, str], on_linux: str) -> Path:
    """A folder of the user's own: the one the environment variable ``chosen_by`` names, else the platform's place
    (under LOCALAPPDATA on Windows, the home's Library on macOS, the XDG folder on Linux)."""
    chosen = os.environ.get(chosen_by)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "Or Communities" / on_windows
    if sys.platform == "darwin":
        return Path.home() / on_mac
    variable, default = xdg
    return Path(os.environ.get(variable) or str(Path.home() / default)) / "or-communities" / on_linux
