"""Benchmarks, each printed beside its floor measured in the same run.

    python benchmarks/run.py [--runs N] [--only GROUP] [--build | --built EXECUTABLE] [--report BENCHMARKS.md]
                             [--compare OLD.json]

start-up: `or-communities DEMO --quit-when-ready` against floor_startup.py (PySide6 + SQLAlchemy ORM,
one row read from the same workspace, an empty QMainWindow), whole processes, alternating, medians.
Target: at most 1.2x the floor.

geodata: reading the 1,179 multipolygons of israel-neighborhoods-multicity-wgs84 and 10,000 ITM points
against plain geopandas.read_file + to_crs of the same files (target at most 1.5x); then the whole
import into a workspace (read, neighborhoods and assets stored) against the same floor, for reference.

people: opening the people view with 20,000 people and one search keystroke (target under 0.1 s),
against a bare QTableView over the same rows; importing 20,000 people from Excel against reading the rows.

excel: the city workbook (60 neighborhoods x 40 activities, 5,000 budget lines, 20,000 people) written with
its formatting and formulas, against openpyxl's write-only mode writing as many plain text cells (target at
most 1.3x); and the window's longest pause while it is written, against the idle window's.

dashboard: on the city workbook's city, the dashboard area opened until drawn (target under 0.5 s), against the
same counts by plain SQL; and the report built and printed to PDF (target under 10 s), against printing the same
HTML already built.

team: the demo city on a throwaway PostgreSQL server, opened with its first screen's figures, against the same
from its file; and a teammate's save until another open workspace hears of it, against the save alone on a file.

scaling: benchmarks/scaling.py's table, the size-dependent measures at 1x, 4x and 16x the benchmark city (people
20,000 to 320,000), with how time and peak memory grow.

map: the same data as a map page, built and loaded in QtWebEngine until drawn, against a naive folium
page (GeoJson + tooltip, circle markers) built and loaded the same way (target at most 0.5x, 3 MB).
"""

from __future__ import annotations

import argparse
import json
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


def _alternating(ours: list[str], floor: list[str], environment: dict[str, str], runs: int) -> tuple[float, float]:
    """Median seconds of two commands, run in turn (after two warm-up runs of each, which fill the file cache and
    write the bytecode)."""
    for _ in range(2):
        _timed(ours, environment)
        _timed(floor, environment)
    ours_times, floor_times = [], []
    for _ in range(runs):
        floor_times.append(_timed(floor, environment))
        ours_times.append(_timed(ours, environment))
    return statistics.median(ours_times), statistics.median(floor_times)


def _startup_environment(folder: Path) -> tuple[Path, dict[str, str]]:
    """The demo workspace written into ``folder``, and the environment of an installed app starting offscreen."""
    demo = folder / "demo.orcity"
    subprocess.run([sys.executable, "-m", "or_communities", "demo", str(demo)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    environment = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"))
    # Time an installed app, which has its bytecode compiled: the warm-up runs write it here.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    if not environment.get("DISPLAY"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    return demo, environment


def startup(runs: int, built: Path | None = None) -> tuple[float, float]:
    """The app's start-up (the source tree's, or the ``built`` executable's) against the floor, medians."""
    with tempfile.TemporaryDirectory() as folder:
        demo, environment = _startup_environment(Path(folder))
        app = [str(built)] if built is not None else [sys.executable, "-m", "or_communities"]
        floor = [sys.executable, str(HERE / "floor_startup.py"), str(demo)]
        return _alternating([*app, str(demo), "--quit-when-ready"], floor, environment, runs)


def startup_with(workspace: Path, runs: int) -> tuple[float, float]:
    """The app's start-up with ``workspace``, and with the demo, medians, alternating."""
    with tempfile.TemporaryDirectory() as folder:
        demo, environment = _startup_environment(Path(folder))
        app = [sys.executable, "-m", "or_communities"]
        return _alternating([*app, str(workspace), "--quit-when-ready"], [*app, str(demo), "--quit-when-ready"],
                            environment, runs)


FOLDER_TARGET_MB, ZIP_TARGET_MB = 500, 200


def build_app() -> tuple[Path, list[str]]:
    """Build the one-folder app with build.spec into dist/ (timed); its executable, and Markdown lines of the
    build's time, its folder's and its zip's sizes against their targets, and its largest parts."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm", "--clean"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    folder = ROOT / "dist" / "or-communities"
    return folder / "or-communities", build_lines(folder, time.perf_counter() - start)


def build_lines(folder: Path, seconds: float) -> list[str]:
    """The build's time, its folder's size and its zip's (links kept as links, as PyInstaller makes them on Linux
    and macOS, and as `zip -y` and the system's archivers keep them), against their targets."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    size_mb = sum(path.stat().st_size for path in files) / 1e6
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "or-communities.zip"
        _zip_folder(folder, archive)
        zip_mb = archive.stat().st_size / 1e6
    largest = sorted(files, key=lambda path: path.stat().st_size, reverse=True)[:4]
    parts = ", ".join(f"{path.name} {path.stat().st_size / 1e6:.0f} MB" for path in largest)

    def verdict(size: float, target: int) -> str:
        return f"{size:.0f} MB (target under {target} MB: {'met' if size < target else '**not met**'})"

    return [
        f"- built with `pyinstaller build.spec --clean` in {seconds:.0f} s",
        f"- the folder: {verdict(size_mb, FOLDER_TARGET_MB)}",
        f"- its zip (deflated, best level): {verdict(zip_mb, ZIP_TARGET_MB)}",
        f"- its largest files: {parts}",
    ]


def _zip_folder(folder: Path, archive: Path) -> None:
    import zipfile

    # Deflate (what every system's archiver opens) at its best level, as a release's zip is made.
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
        for path in sorted(folder.rglob("*")):
            name = str(path.relative_to(folder.parent))
            if path.is_symlink():
                link = zipfile.ZipInfo(name)
                link.external_attr = 0o120777 << 16  # a symbolic link, its target as its content
                zipped.writestr(link, os.readlink(path))
            elif path.is_file():
                zipped.write(path, name)


MEASURED: list[dict[str, object]] = []
"""Every measure of this run, for the report and the comparison with an earlier run."""


def _line(measure: str, ours: float, floor: float, target: str) -> None:
    print(f"{measure:<44}{ours:>10.3f}{floor:>10.3f}{ours / floor:>8.2f}{target:>9}")
    MEASURED.append({"measure": measure, "ours": ours, "floor": floor, "ratio": ours / floor, "target": target})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--report", type=Path, metavar="BENCHMARKS.md",
                        help="write the measures, with the machine they ran on, as Markdown (and beside it as .json)")
    parser.add_argument("--built", type=Path, metavar="EXECUTABLE",
                        help="also time the start-up of an app built with build.spec (dist/or-communities/or-communities)")
    parser.add_argument("--build", action="store_true",
                        help="first build the app with build.spec (timed, its folder and zip sizes reported), then "
                             "time its start-up as --built does")
    parser.add_argument("--compare", type=Path, metavar="OLD.json",
                        help="a run written earlier with --report: say which ratios grew by more than 10%%")
    parser.add_argument(
        "--only", choices=("startup", "geodata", "map", "people", "excel", "dashboard", "team", "scaling"),
        help="run one group of measures",
    )
    options = parser.parse_args()
    runs = options.runs
    build: list[str] = []
    if options.build:
        options.built, build = build_app()
        print("\n".join(build))
    print(f"{'measure':<44}{'ours':>10}{'floor':>10}{'ratio':>8}{'target':>9}")
    if options.only in (None, "startup"):
        app, floor = startup(runs)
        _line("start-up to window (median s)", app, floor, "<=1.20")
        if options.built is not None:
            app, floor = startup(runs, options.built.resolve())
            _line("  ...the built app's (median s)", app, floor, "-")
    if options.only in (None, "geodata"):
        from geodata_reading import measure_boundaries_read, measure_import, missing_data

        if missing_data():
            print(f"geodata not measured: {missing_data()}")
        else:
            ours, floor = measure_boundaries_read(max(3, runs // 2))
            _line("read 1,179 areas + 10,000 points (s)", ours, floor, "<=1.50")
            ours, floor = measure_import(max(3, runs // 2))
            _line("  ...and store them in a workspace (s)", ours, floor, "-")
    if options.only in (None, "map"):
        from map_page import measure_map_page
        from map_page import missing_data as missing_map_data

        if missing_map_data():
            print(f"map page not measured: {missing_map_data()}")
        else:
            page = measure_map_page(max(3, runs // 2))
            _line("map page built and drawn (s)", page["ours_seconds"], page["naive_seconds"], "<=0.50")
            _line("map page size (MB)", page["ours_bytes"] / 1e6, page["naive_bytes"] / 1e6, "<=3 MB")
            print(f"{'shapes drawn (ours, naive)':<44}{page['ours_drawn']:>10}{page['naive_drawn']:>10}")
            _line("panning, median frame, all layers on (ms)", page["ours_pan_ms"], page["naive_pan_ms"], "-")
    if options.only in (None, "people"):
        from list_import import measure_people_import

        view = _measured_in_qt_process("people_view", "measure_people_view", max(3, runs // 3))
        _line("people view, 20,000 people, open (s)", view["open"], view["open_floor"], "-")
        _line("  ...one search keystroke (s)", view["keystroke"], view["keystroke_floor"], "<0.1 s")
        print(f"{'  ...slowest keystroke (s)':<44}{view['keystroke_worst']:>10.3f}")
        ours, floor = measure_people_import(max(3, runs // 3))
        _line("import 20,000 people from Excel (s)", ours, floor, "-")
    if options.only in (None, "excel"):
        from city_workbook import measure_city_workbook

        ours, floor = measure_city_workbook(max(3, runs // 3))
        _line("city workbook written (median s)", ours, floor, "<=1.30")
        pauses = _measured_in_qt_process("city_workbook", "measure_export_pauses", max(3, runs // 3))
        _line("  ...longest window pause meanwhile (ms)", pauses["pause_ms"], pauses["idle_ms"], "<100 ms")
    if options.only in (None, "dashboard"):
        board = _measured_in_qt_process("dashboard", "measure_dashboard", max(3, runs // 3))
        _line("dashboard opened and drawn (s)", board["dashboard"], board["floor"], "<0.5 s")
        report = _measured_in_qt_process("dashboard", "measure_report", max(3, runs // 3))
        _line("report built and printed to PDF (s)", report["report"], report["floor"], "<10 s")
    if options.only in (None, "team"):
        from team_server import measure as measure_team

        team = measure_team(max(3, runs // 2))
        _line("demo opened on PostgreSQL vs its file (s)", team["open_server"], team["open_file"], "-")
        _line("a teammate's save seen vs a file's save (s)", team["seen"], team["saved_file"], "-")
    scaling: list[str] = []
    if options.only in (None, "scaling"):
        from scaling import measure_scales, print_table

        scaling = print_table(measure_scales([1, 4, 16], max(3, runs // 3)))
    if options.report is not None:
        from report import write_report

        write_report(options.report, MEASURED, runs, scaling, build)
        print(f"written: {options.report} and {options.report.with_suffix('.json')}")
    if options.compare is not None:
        from report import compare

        return compare(options.compare, MEASURED)
    return 0


def _measured_in_qt_process(module: str, function: str, runs: int) -> dict:
    """Run a measure that needs a QApplication in its own process, offscreen, and read its result."""
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = (
        f"import json, sys; sys.path.insert(0, {str(HERE)!r}); sys.path.insert(0, {str(ROOT)!r}); "
        f"from {module} import {function}; print(json.dumps({function}({runs})), flush=True); "
        # Leave without tearing Qt down: the measure is printed, and PySide6 can crash while it finalizes.
        "import os; os._exit(0)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, env=environment, cwd=ROOT, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
