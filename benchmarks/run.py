"""Benchmarks, each printed beside its floor measured in the same run.

    python benchmarks/run.py [--runs N]

start-up: `or-communities DEMO --quit-when-ready` against floor_startup.py (PySide6 + SQLAlchemy ORM,
one row read from the same workspace, an empty QMainWindow), whole processes, alternating, medians.
Target: at most 1.2x the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _timed(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def startup(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.orcity"
        subprocess.run([sys.executable, "-m", "or_communities", "demo", str(demo)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        environment = dict(os.environ, XDG_CONFIG_HOME=str(Path(folder) / "config"))
        # Time an installed app, which has its bytecode compiled: the warm-up runs write it here.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
        if not environment.get("DISPLAY"):
            environment["QT_QPA_PLATFORM"] = "offscreen"
        app = [sys.executable, "-m", "or_communities", str(demo), "--quit-when-ready"]
        floor = [sys.executable, str(HERE / "floor_startup.py"), str(demo)]
        for _ in range(2):  # warm the file cache and write the bytecode of both
            _timed(app, environment)
            _timed(floor, environment)
        app_times, floor_times = [], []
        for _ in range(runs):
            floor_times.append(_timed(floor, environment))
            app_times.append(_timed(app, environment))
    return statistics.median(app_times), statistics.median(floor_times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    app, floor = startup(runs)
    print(f"{'measure':<34}{'app':>10}{'floor':>10}{'ratio':>8}{'target':>8}")
    print(f"{'start-up to window (median s)':<34}{app:>10.3f}{floor:>10.3f}{app / floor:>8.2f}{'<=1.20':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
