"""Reading map files: read_geodata against plain geopandas on the same files, in the same run."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.geodata import missing_shared_geodata, shared_geodata_path

MULTICITY_FILE = "israel-neighborhoods-multicity-wgs84/neighborhoods.geojson"
MULTICITY = shared_geodata_path(MULTICITY_FILE)
POINT_COUNT = 10_000


def missing_data() -> str | None:
    """Why these measures cannot run (the shared geodata they read is missing), or None."""
    return None if MULTICITY.exists() else missing_shared_geodata(MULTICITY_FILE)


def _write_points(folder: Path) -> Path:
    """10,000 points in EPSG:2039 with Hebrew names, as GeoJSON with a legacy crs member."""
    features = [
        {
            "type": "Feature",
            "properties": {"שם": f"מקלט ציבורי {number}", "סוג": "מקלט"},
            "geometry": {"type": "Point", "coordinates": [170_000 + number % 100 * 40.5, 600_000 + number // 100 * 40.5]},
        }
        for number in range(POINT_COUNT)
    ]
    path = folder / "points_itm.geojson"
    collection = {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:2039"}}, "features": features}
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return path


def _ours(paths: list[Path]) -> float:
    from or_communities.maps.geodata_files import read_geodata

    start = time.perf_counter()
    for path in paths:
        read_geodata(path)
    return time.perf_counter() - start


def _floor(paths: list[Path]) -> float:
    import geopandas

    # GDAL reads the multicity file's {"results": {...}} wrapper itself, so the plainest fair floor is
    # read_file + to_crs on the very same files: no unwrapping step is needed by either side.
    start = time.perf_counter()
    for path in paths:
        geopandas.read_file(path).to_crs("EPSG:4326")
    return time.perf_counter() - start


def measure_boundaries_read(runs: int) -> tuple[float, float]:
    """Median seconds (ours, floor) to read the multicity neighborhoods and 10,000 ITM points into WGS 84."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [MULTICITY, _write_points(Path(folder))]
        _ours(paths)  # warm the imports and the file cache for both
        _floor(paths)
        ours, floor = [], []
        for _ in range(runs):
            floor.append(_floor(paths))
            ours.append(_ours(paths))
    return statistics.median(ours), statistics.median(floor)


def _import_into_workspace(paths: list[Path], folder: Path, run: int) -> float:
    """The whole import a user waits for: read both files, store the neighborhoods, then the assets."""
    from or_communities.domain.mapping import Asset, category_from_text
    from or_communities.maps.geodata_files import read_geodata
    from or_communities.services.workspace import Workspace

    workspace = Workspace.create(folder / f"import-{run}.orcity", "עיר", 2027)
    start = time.perf_counter()
    boundaries, points = (read_geodata(path) for path in paths)
    shapes = [(shape.name, shape.geometry) for shape in boundaries.features(boundaries.suggest_name_field())]
    workspace.division.import_boundaries(shapes, replace=False)
    workspace.assets.add_many(
        [
            Asset(None, point.name, category_from_text(point.category or ""), point.longitude, point.latitude)
            for point in points.points("שם", "סוג")
        ],
        keep_outside=True,  # the synthetic points are spread over the country, not inside these neighborhoods
    )
    elapsed = time.perf_counter() - start
    workspace.close()
    return elapsed


def measure_import(runs: int) -> tuple[float, float]:
    """Median seconds (ours, floor): the full import into a workspace against read_file + to_crs of the same files."""
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        paths = [MULTICITY, _write_points(folder)]
        _import_into_workspace(paths, folder, -1)
        _floor(paths)
        ours, floor = [], []
        for run in range(runs):
            floor.append(_floor(paths))
            ours.append(_import_into_workspace(paths, folder, run))
    return statistics.median(ours), statistics.median(floor)
