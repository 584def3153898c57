"""A throwaway PostgreSQL server for the tests: a cluster made in a temporary folder, listening on a socket of its
own (no TCP port), started once per test run and removed after it. Each test gets a database of its own.

The server binaries come from the system (Debian's ``postgresql`` package, in CI). initdb refuses to run as root,
so as root the cluster runs as the ``postgres`` user the package creates.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PORT = 55433
_databases = itertools.count(1)


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl, the newest version installed, or None."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _as_server_user(command: list[str]) -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def running_server(folder: Path, port: int = PORT, settings: str = "") -> Iterator[str]:
    """A started cluster in ``folder``; yields the socket folder to connect through, and stops it at the end.
    ``settings`` are more server options (``-c name=value``…)."""
    binaries = server_binaries()
    assert binaries is not None
    data, socket = folder / "data", folder / "socket"
    data.mkdir(parents=True)
    socket.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        for path in (data, socket):
            shutil.chown(path, "postgres")
        folder.chmod(0o755)
    quiet = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        _as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--locale=C.UTF-8"]),
        **quiet,
    )
    try:
        control(folder, "start", port, settings)
        yield str(socket)
    finally:
        control(folder, "stop", port)


def control(folder: Path, action: str, port: int = PORT, settings: str = "") -> None:
    """Start or stop (at once, as a crash or a pulled cable would) the cluster in ``folder``."""
    binaries = server_binaries()
    assert binaries is not None
    data, socket = folder / "data", folder / "socket"
    if action == "start":
        options = f"-p {port} -k {socket} -c listen_addresses='' -c fsync=off {settings}"
        command = [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
        subprocess.run(_as_server_user(command), check=True, capture_output=True, timeout=120)
    else:
        command = [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        subprocess.run(_as_server_user(command), capture_output=True, timeout=120)


def new_database(socket: str, port: int = PORT) -> str:
    """A fresh, empty database on the test server; its URL."""
    import psycopg

    name = f"workspace_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(host=socket, port=port, user="postgres", dbname="postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql://postgres@/{name}?host={socket}&port={port}"
