"""The map as one self-contained HTML file that opens in any browser, offline."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .leaflet_page import MapContent, build_map_page


def write_map_html(content: MapContent, path: Path) -> None:
    """Write the standalone map page to ``path`` atomically, as UTF-8."""
    page = build_map_page(content, standalone=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(page)
        os.chmod(temporary, 0o666 & ~_current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
