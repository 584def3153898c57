"""A city team's workspace on PostgreSQL, on this machine, beside the same on a file.

open: the demo city opened and its first screen's figures read (the journey's overview, the neighborhoods, the
dashboard), over PostgreSQL against the same from its SQLite file.

seen: one person's save until another's open workspace hears of it (LISTEN/NOTIFY), against the save alone on
SQLite (a file has no one else to tell).

    python benchmarks/team_server.py [--runs N]

Starts a throwaway PostgreSQL server (Debian's postgresql package) as the tests do.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from or_communities.services.workspace import Workspace

PORT = 55435


def _first_screen(workspace: Workspace) -> None:
    workspace.journey.overview()
    workspace.neighborhoods.list()
    workspace.dashboard.dashboard()


def measure(runs: int) -> dict[str, float]:
    from or_communities.services.copying import copy_workspace
    from or_communities.services.demo import write_demo_workspace
    from or_communities.services.workspace import Workspace
    from tests.postgres_server import new_database, running_server, server_binaries

    if server_binaries() is None:
        raise SystemExit("PostgreSQL's server is not installed here (Debian's postgresql package)")
    folder = Path(tempfile.mkdtemp(prefix="or-communities-benchmark-postgresql-"))
    folder.chmod(0o755)  # the server's own user must reach the cluster inside
    try:
        demo = folder / "demo.orcity"
        write_demo_workspace(demo).close()
        with running_server(folder / "server", port=PORT) as socket:
            url = new_database(socket, port=PORT)
            copy_workspace(str(demo), url)
            opened_server, opened_file, seen, saved = [], [], [], []
            for run in range(runs):
                start = time.perf_counter()
                server = Workspace.connect(url)
                _first_screen(server)
                opened_server.append(time.perf_counter() - start)
                start = time.perf_counter()
                local = Workspace.open(demo)
                _first_screen(local)
                opened_file.append(time.perf_counter() - start)
                heard = threading.Event()
                server.follow_changes(heard.set)
                server.following_changes(10)
                teammate = Workspace.connect(url)
                start = time.perf_counter()
                teammate.neighborhoods.add(f"שכונה {run}")
                heard.wait(10)
                seen.append(time.perf_counter() - start)
                start = time.perf_counter()
                local.neighborhoods.add(f"שכונה {run}")
                saved.append(time.perf_counter() - start)
                for workspace in (teammate, local, server):
                    workspace.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "open_server": statistics.median(opened_server),
        "open_file": statistics.median(opened_file),
        "seen": statistics.median(seen),
        "saved_file": statistics.median(saved),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    result = measure(parser.parse_args().runs)
    print(f"demo city opened, first screen read: {result['open_server']:.3f} s on PostgreSQL, "
          f"{result['open_file']:.3f} s on its file")
    print(f"a teammate's save seen in another open workspace: {result['seen']:.3f} s "
          f"(the save alone on a file: {result['saved_file']:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
