"""Where the real geodata for tests lives: ../shared/data/geo from the project's root."""

from __future__ import annotations

from pathlib import Path

SHARED_GEO = Path(__file__).resolve().parents[2] / "shared" / "data" / "geo"
