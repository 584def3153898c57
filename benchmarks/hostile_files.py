"""The hostile corpus, each file in a fresh process: how the command ended and the peak memory it took.

    python benchmarks/hostile_files.py [--markdown]

Every case of tests/hostile_corpus.py is given to its command against a copy of the demo city, in a new Python
process, and its peak resident memory is read when it ends. The floor is the same measure for a sound import of a
real file (Tel Aviv's neighborhoods from the shared geodata, or a small GeoJSON when the shared data is missing), so the cost of a hostile file is read beside the cost of an honest one. Target: every case ends in its
stated answer, the workspace is unchanged when refused, and no case peaks above CAP_MB.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.geodata import shared_geodata_path
from tests.hostile_corpus import GOOD_GEOJSON, HostileCase, all_cases

CAP_MB = 400
"""The stated cap on peak memory while any hostile file is answered (Python, geopandas and Qt-free CLI included)."""
MARKER = "@@peak-kb "


def _child(command: str, arguments: list[str]) -> int:
    """Runs one command in this process and reports its peak memory on the last line of standard output."""
    from or_communities.cli import run_command

    code = run_command(command, arguments)
    print(f"{MARKER}{_peak_kb()}", flush=True)
    return code


def _peak_kb() -> int:
    """This process's peak resident memory. Linux's VmHWM belongs to this program alone; ru_maxrss may carry the
    parent's peak across fork and exec, so it is only the fallback."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(command: str, arguments: list[str]) -> tuple[int, str, str, int]:
    """Exit code, standard output without the marker, standard error and peak memory in MB."""
    ran = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps([command, arguments])],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    lines = ran.stdout.splitlines()
    peak = next((int(line[len(MARKER):]) for line in lines if line.startswith(MARKER)), 0)
    out = "\n".join(line for line in lines if not line.startswith(MARKER))
    return ran.returncode, out, ran.stderr.strip(), peak // 1024


def _floor(folder: Path, template: Path) -> tuple[str, int]:
    workspace = folder / "floor.orcity"
    shutil.copyfile(template, workspace)
    shared = shared_geodata_path("tlv-neighborhoods-wgs84/neighborhoods.geojson")
    if shared.exists():
        source, what = shared, "floor: a sound import of Tel Aviv's real neighborhoods (2.5 MB GeoJSON)"
    else:
        source, what = folder / "sound.geojson", "floor: a sound import of a small GeoJSON"
        source.write_text(GOOD_GEOJSON, encoding="utf-8")
    arguments = [str(workspace), str(source), "--name-field", "name"]
    if shared.exists():
        arguments = [str(workspace), str(source), "--name-field", "neighborhood", "--replace"]
    code, _out, err, peak = _run("import-boundaries", arguments)
    if code != 0:
        raise SystemExit(f"the floor's import failed: {err}")
    return what, peak


def _measure(case: HostileCase, folder: Path, template: Path) -> dict[str, object]:
    workspace = folder / "city.orcity"
    shutil.copyfile(template, workspace)
    arguments = case.arguments(folder, workspace)
    before = _digest(workspace)
    code, out, err, peak = _run(case.command, arguments)
    answer = err.removeprefix("or-communities: error: ") if code else out.splitlines()[-1].strip() if out else ""
    answer = answer.replace(f"{folder}/", "")
    expected = case.expect.lower() in (err if case.refused else out).lower()
    return {
        "name": case.name, "what": case.what, "code": code, "answer": answer, "peak_mb": peak,
        "as_stated": expected and (code == 1) == case.refused and "Traceback" not in err,
        "unchanged": _digest(workspace) == before,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--markdown", action="store_true", help="print the table for RELIABILITY.md")
    options = parser.parse_args()
    if options.child:
        command, arguments = json.loads(options.child)
        return _child(command, arguments)
    from or_communities.services.demo import write_demo_workspace

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        template = root / "demo.orcity"
        write_demo_workspace(template).close()
        floor_what, floor_peak = _floor(root, template)
        results = []
        for case in all_cases():
            folder = root / case.name
            folder.mkdir()
            results.append(_measure(case, folder, template))
    _print(results, floor_what, floor_peak, options.markdown)
    failed = [r["name"] for r in results if not r["as_stated"] or (r["code"] == 1 and not r["unchanged"])]
    over = [r["name"] for r in results if int(r["peak_mb"]) > CAP_MB]  # type: ignore[call-overload]
    print(f"\n{len(results)} files; answered as stated: {len(results) - len(failed)}; over {CAP_MB} MB: {len(over)}")
    return 1 if failed or over else 0


def _print(results: list[dict[str, object]], floor_what: str, floor_peak: int, markdown: bool) -> None:
    if markdown:
        print("| file | exit | answer | workspace | peak MB |\n|---|---|---|---|---|")
        for r in results:
            kept = "unchanged" if r["unchanged"] else "imported"
            print(f"| {r['what']} | {r['code']} | {r['answer']} | {kept} | {r['peak_mb']} |")
        print(f"| {floor_what} | 0 | — | imported | {floor_peak} |")
        return
    print(f"{'case':<24}{'exit':>5}{'peak MB':>9}{'floor MB':>9}  answer")
    for r in results:
        mark = "" if r["as_stated"] else "  << NOT AS STATED"
        print(f"{r['name']:<24}{r['code']:>5}{r['peak_mb']:>9}{floor_peak:>9}  {str(r['answer'])[:90]}{mark}")


if __name__ == "__main__":
    sys.exit(main())
