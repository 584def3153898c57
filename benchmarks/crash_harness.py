"""Crash safety, measured: a worker process edits a workspace — neighborhoods added one by one, people imported a
hundred at a time in one transaction, people lists imported through the app's own import (a backup first), the
people list exported to Excel — and is killed with SIGKILL at a random moment; then the workspace is opened as the
app opens it and checked: sound, every edit the worker reported done is there, no import half applied.

Run it as `python benchmarks/crash_harness.py WORKSPACE KILLS`; the tests run a short version, RELIABILITY.md
records a long one.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

IMPORT_SIZE = 100
IMPORTED_PREFIX = "יובא"


@dataclass
class HarnessResult:
    kills: int = 0
    edits_lost: int = 0
    half_imports: int = 0
    damaged_opens: int = 0
    recoveries: int = 0
    edits_done: int = 0
    """Edits, imports and exports the workers reported done before they were killed."""
    problems: list[str] = field(default_factory=list)


def work(path: Path, seed: int) -> None:
    """The worker: edits until it is killed, printing each edit once it is committed."""
    from or_communities.domain.records import Person
    from or_communities.files.list_columns import ListKind
    from or_communities.services.list_export import export_people
    from or_communities.services.list_import import import_list
    from or_communities.services.workspace import Workspace
    from or_communities.storage.relations_repositories import PersonRepository

    rng = random.Random(seed)
    workspace = Workspace.open(path, hold=True)
    for step in range(10_000):
        draw = rng.random()
        if draw < 0.1:
            batch = f"{seed}-{step}"
            listing = path.with_name(f"list-{batch}.csv")
            rows = "".join(f"{IMPORTED_PREFIX} {batch}-{n}\n" for n in range(IMPORT_SIZE))
            listing.write_text("שם\n" + rows, encoding="utf-8")
            import_list(workspace, ListKind.PEOPLE, listing)
            listing.unlink()
            print(f"import {batch}", flush=True)  # through the app's import, its backup first
        elif draw < 0.15:
            export_people(workspace, path.with_name("people-export.xlsx"))
            print("export done", flush=True)
        elif draw < 0.35:
            people = [Person(0, f"{IMPORTED_PREFIX} {seed}-{step}-{n}") for n in range(IMPORT_SIZE)]
            with workspace.transaction() as session:
                repository = PersonRepository(session)
                for person in people:
                    repository.add_person(person)
            print(f"import {seed}-{step}", flush=True)
        else:
            workspace.neighborhoods.add(f"שכונה {seed}-{step}")
            print(f"edit שכונה {seed}-{step}", flush=True)


def run(path: Path, kills: int, seed: int = 1) -> HarnessResult:
    """Kill a worker ``kills`` times at random moments, checking the workspace after each kill."""
    from or_communities.domain.errors import WorkspaceFileError, WorkspaceProblem
    from or_communities.services.workspace import Workspace
    from or_communities.storage.workspace_file import full_integrity_check

    rng = random.Random(seed)
    result = HarnessResult()
    acknowledged: set[str] = set()
    imports: set[str] = set()
    for round_number in range(kills):
        worker = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--work", str(path), str(seed * 1000 + round_number)],
            stdout=subprocess.PIPE, text=True,
        )
        assert worker.stdout is not None
        first = worker.stdout.readline()  # it is editing now
        time.sleep(rng.random() * 0.4)
        worker.send_signal(signal.SIGKILL)
        for line in [first, *worker.stdout]:
            kind, _, what = line.strip().partition(" ")
            result.edits_done += bool(kind)
            if kind in ("edit", "import"):
                (acknowledged if kind == "edit" else imports).add(what)
        worker.wait()
        result.kills += 1
        try:
            workspace = Workspace.open(path)
        except WorkspaceFileError as error:
            if error.problem is WorkspaceProblem.DAMAGED:
                result.damaged_opens += 1
            result.problems.append(f"round {round_number}: {error}")
            continue
        try:
            result.recoveries += workspace.recovered_from is not None
            names = {n.name for n in workspace.neighborhoods.list()}
            result.edits_lost += len(acknowledged - names)
            counts: dict[str, int] = {}
            for person in workspace.people.list():
                if person.full_name.startswith(IMPORTED_PREFIX):
                    batch = person.full_name.split()[1].rsplit("-", 1)[0]
                    counts[batch] = counts.get(batch, 0) + 1
            result.half_imports += sum(1 for count in counts.values() if count != IMPORT_SIZE)
            result.edits_lost += len(imports - set(counts))
        finally:
            workspace.close()
        integrity = full_integrity_check(path)
        if integrity != "ok":
            result.problems.append(f"round {round_number}: integrity {integrity}")
    return result


def main(arguments: list[str]) -> int:
    if arguments[:1] == ["--work"]:
        work(Path(arguments[1]), int(arguments[2]))
        return 0
    path, kills = Path(arguments[0]), int(arguments[1])
    if not path.exists():
        from or_communities.services.workspace import Workspace

        Workspace.create(path, "עיר הבדיקה", 2026).close()
    started = time.monotonic()
    outcome = run(path, kills)
    print(
        f"kills: {outcome.kills}; edits, imports and exports done: {outcome.edits_done}; edits lost: {outcome.edits_lost}; half-applied imports: {outcome.half_imports}; "
        f"opens called damaged: {outcome.damaged_opens}; recovered from a cut-off write: {outcome.recoveries}; "
        f"problems: {len(outcome.problems)}; {time.monotonic() - started:.0f} s"
    )
    for problem in outcome.problems:
        print(problem)
    return 0 if not (outcome.edits_lost or outcome.half_imports or outcome.problems) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
