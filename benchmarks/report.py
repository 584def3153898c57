"""The benchmark report: every measure beside its floor, with the machine it ran on, as Markdown and JSON; and the
comparison of a run with an earlier one."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

REGRESSION = 1.10
"""A ratio that grew by more than this factor since the earlier run is a regression."""


def machine() -> dict[str, object]:
    """What the numbers depend on: the processor, its cores, the memory, the system and the versions."""
    from PySide6 import __version__ as pyside

    return {
        "processor": _processor(),
        "cores": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
        if hasattr(os, "sysconf") else None,
        "system": platform.platform(),
        "python": platform.python_version(),
        "pyside6": pyside,
    }


def _processor() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def write_report(
    path: Path, measured: list[dict[str, object]], runs: int, scaling: list[str] | None = None,
    build: list[str] | None = None,
) -> None:
    """The run as JSON and Markdown; ``scaling`` is the scaling table's Markdown (benchmarks/scaling.py) and
    ``build`` the build's, when they were run."""
    data = {
        "taken": dt.datetime.now().astimezone().isoformat(timespec="minutes"),
        "command": f"python benchmarks/run.py {' '.join(_portable(argument) for argument in sys.argv[1:])}",
        "runs": runs,
        "machine": machine(),
        "measures": measured,
        "scaling": scaling or [],
        "build": build or [],
    }
    path.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    render(data, path)


def _portable(argument: str) -> str:
    """An argument as the report shows it: no path of this machine (a built app shows as dist/or-communities/…, any
    other file by its name)."""
    if not Path(argument).is_absolute():
        return argument
    return "/".join(Path(argument).parts[-3:]) if Path(argument).parent.name == "or-communities" else Path(argument).name


def render(data: dict, path: Path) -> None:
    """The Markdown report of a run (as its JSON twin holds it)."""
    measured = data["measures"]
    missed = [m["measure"].strip() for m in measured if met(m) is False]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {data['taken']} with `{data['command']}` ({data['runs']} runs, medians; each measure beside its",
        "floor, measured in the same run, alternating). The numbers are this machine's:",
        "",
        *(f"- {key}: {value}" for key, value in data["machine"].items()),
        "",
        "| measure | ours | floor | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
        *(
            f"| {m['measure'].strip()} | {m['ours']:.3f} | {m['floor']:.3f} | {m['ratio']:.2f} | {m['target']} "
            f"| {({True: 'yes', False: '**no**', None: ''})[met(m)]} |"
            for m in measured
        ),
        "",
        f"Targets not met: {', '.join(missed)}." if missed else "Every target is met.",
        "",
        *_scaling_section(data.get("scaling", [])),
        *_build_section(data.get("build", [])),
        "Units are in each measure's name (seconds unless it says otherwise). A later run compares itself with this one:",
        f"`python benchmarks/run.py --compare {path.with_suffix('.json').name}`.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def _scaling_section(table: list[str]) -> list[str]:
    if not table:
        return []
    return [
        "## Scaling",
        "",
        "The benchmark city at 1x (60 neighborhoods, 2,400 activities, 300 partners, 20,000 people), 4x and 16x",
        "(960 neighborhoods, 38,400 activities, 4,800 partners, 320,000 people), each scale opened in an app process",
        "of its own (`benchmarks/scaling.py`); the last column is how much a measure grew while the city grew 16-fold.",
        "",
        *table,
        "",
    ]


def _build_section(lines: list[str]) -> list[str]:
    if not lines:
        return []
    return ["## The built app", "", *lines, ""]


def met(measure: dict) -> bool | None:
    """Whether a measure meets its target: "<=1.20" bounds the ratio, "<0.1 s", "<100 ms", "<=3 MB" the value;
    None where there is no target."""
    target = str(measure["target"]).strip()
    if target in ("", "-"):
        return None
    bound = float(target.lstrip("<=").split()[0])
    value = float(measure["ours"]) if " " in target else float(measure["ratio"])
    return value <= bound if target.startswith("<=") else value < bound


def compare(earlier: Path, measured: list[dict[str, object]]) -> int:
    """Print each measure's ratio then and now; 1 when any grew by more than REGRESSION, else 0."""
    before = {m["measure"]: m for m in json.loads(earlier.read_text(encoding="utf-8"))["measures"]}
    worse = 0
    print(f"\n{'compared with ' + earlier.name:<44}{'then':>10}{'now':>10}")
    for now in measured:
        then = before.get(now["measure"])
        if then is None:
            continue
        grew = float(now["ratio"]) > float(then["ratio"]) * REGRESSION
        worse += grew
        print(f"{now['measure']!s:<44}{float(then['ratio']):>10.2f}{float(now['ratio']):>10.2f}"
              f"{'  slower' if grew else ''}")
    return 1 if worse else 0


if __name__ == "__main__":
    # python benchmarks/report.py BENCHMARKS.json: write its Markdown again (after a change to the layout)
    earlier = Path(sys.argv[1])
    render(json.loads(earlier.read_text(encoding="utf-8")), earlier.with_suffix(".md"))
