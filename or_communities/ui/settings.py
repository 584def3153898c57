"""What the app remembers between runs (QSettings): language, recent workspaces, window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 8


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def language(self) -> str | None:
        value = self._store.value("ui/language")
        return str(value) if value in ("he", "en") else None

    def set_language(self, language: str) -> None:
        self._store.setValue("ui/language", language)

    def recent_workspaces(self) -> list[Path]:
        value = self._store.value("workspaces/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(item) for item in value] if isinstance(value, list) else []

    def remember_workspace(self, path: Path) -> None:
        path = path.resolve()
        recent = [item for item in self.recent_workspaces() if item != path]
        self._store.setValue("workspaces/recent", [str(item) for item in [path, *recent][:RECENT_LIMIT]])

    def forget_workspace(self, path: Path) -> None:
        recent = [item for item in self.recent_workspaces() if item != path.resolve() and item != path]
        self._store.setValue("workspaces/recent", [str(item) for item in recent])

    def last_folder(self) -> Path | None:
        value = self._store.value("workspaces/last_folder")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("workspaces/last_folder", str(folder))

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def view_state(self, key: str) -> QByteArray | None:
        """How the user left a table's columns or a splitter (Qt's saved state), under ``key``."""
        value = self._store.value(f"views/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_view_state(self, key: str, state: QByteArray) -> None:
        self._store.setValue(f"views/{key}", state)

    def online_tiles(self) -> bool:
        """Whether the map may fetch OpenStreetMap tiles from the internet (off unless the user turned it on)."""
        return str(self._store.value("map/online_tiles", "false")).lower() == "true"

    def set_online_tiles(self, allowed: bool) -> None:
        self._store.setValue("map/online_tiles", "true" if allowed else "false")

    def tile_package(self) -> Path | None:
        """A tile package on disk (MBTiles) for the base map, when the user pointed at one."""
        value = self._store.value("map/tile_package")
        return Path(str(value)) if value else None

    def set_tile_package(self, path: Path | None) -> None:
        if path is None:
            self._store.remove("map/tile_package")
        else:
            self._store.setValue("map/tile_package", str(path))

    def sync(self) -> None:
        self._store.sync()
