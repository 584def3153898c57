"""Draw the interface's icons (or_communities/ui/icons.py) from the Material Design Icons font into resources/icons.

Run after changing the list: ``pip install qtawesome && python tools/render_icons.py``. The app itself never
imports the icon library; it loads these files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 64
"""Pixels a side: sharp at 16-32 px, also on a screen scaled 200%."""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    import qtawesome
    from PySide6.QtWidgets import QApplication

    from or_communities.paths import icons_dir
    from or_communities.ui.icons import ICONS

    _app = QApplication([])
    folder = icons_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for stale in set(folder.glob("*.png")) - {folder / f"{name}.png" for name in ICONS}:
        stale.unlink()
    for name, (glyph, color) in ICONS.items():
        qtawesome.icon(glyph, color=color).pixmap(SIZE, SIZE).save(str(folder / f"{name}.png"))
    print(f"{len(ICONS)} icons in {folder.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
