"""Two saves of one record made from the same copy: the second is refused with the other's values, nothing of it is
saved, and the first stays — on a file (two views of one workspace) and on a PostgreSQL server (two people)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from or_communities.domain.edits import FieldDifference, conflicting_fields
from or_communities.domain.errors import EditConflict
from or_communities.domain.planning import PlanKind
from or_communities.services.copying import copy_workspace
from or_communities.services.demo import write_demo_workspace
from or_communities.services.workspace import Workspace

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.orcity"
    write_demo_workspace(path, TODAY).close()
    return path


@pytest.fixture
def file_pair(demo_file, tmp_path):
    """One workspace on a file, read by two views: a file has one writer, so a conflict comes from within."""
    path = tmp_path / "city.orcity"
    path.write_bytes(demo_file.read_bytes())
    workspace = Workspace.open(path, clock=lambda: TODAY)
    yield workspace, workspace
    workspace.close()


@pytest.fixture
def server_pair(demo_file, postgres_url):
    """Two people connected to one workspace on the server."""
    copy_workspace(str(demo_file), postgres_url)
    first, second = Workspace.connect(postgres_url, lambda: TODAY), Workspace.connect(postgres_url, lambda: TODAY)
    yield first, second
    first.close()
    second.close()


def _activity_of(workspace: Workspace):
    plans = workspace.plans
    plan = next(p for p in plans.plans() if p.kind is PlanKind.NEIGHBORHOOD and plans.activities(p.id))
    return plans.activities(plan.id)[0]


KINDS: dict[str, tuple[Callable, Callable, str]] = {
    # kind: (read the first record, save a record, the text field both people change)
    "person": (lambda w: w.people.list()[0], lambda w, r: w.people.update(r), "notes"),
    "partner": (lambda w: w.partners.list()[0], lambda w, r: w.partners.update(r), "notes"),
    "asset": (lambda w: w.assets.list()[0], lambda w, r: w.assets.update(r), "notes"),
    "event": (lambda w: w.events.events()[0], lambda w, r: w.events.update_event(r), "description"),
    "activity": (_activity_of, lambda w, r: w.plans.update_activity(r), "notes"),
    "income": (lambda w: w.budget.incomes()[0], lambda w, r: w.budget.update_income(r), "description"),
    "expense": (lambda w: w.budget.expenses()[0], lambda w, r: w.budget.update_expense(r), "description"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("where", ["file_pair", "server_pair"])
def test_the_second_save_from_the_same_copy_is_refused_and_the_first_stays(kind, where, request):
    """Both read the record; one saves; the other's save is refused with EditConflict naming the field, the saved
    value and theirs; the record keeps the first save; read again, the second person can save."""
    read, save, field = KINDS[kind]
    mine_workspace, theirs_workspace = request.getfixturevalue(where)
    mine, theirs = read(mine_workspace), read(theirs_workspace)
    assert mine.version >= 1 and mine.version == theirs.version

    saved = save(theirs_workspace, dataclasses.replace(theirs, **{field: "השינוי של דנה"}))
    assert saved.version == theirs.version + 1
    with pytest.raises(EditConflict) as refused:
        save(mine_workspace, dataclasses.replace(mine, **{field: "השינוי שלי"}))

    assert conflicting_fields(refused.value) == [FieldDifference(field, "השינוי של דנה", "השינוי שלי")]
    assert getattr(read(mine_workspace), field) == "השינוי של דנה"
    again = save(mine_workspace, dataclasses.replace(read(mine_workspace), **{field: "השינוי שלי"}))
    assert getattr(read(theirs_workspace), field) == "השינוי שלי" and again.version == saved.version + 1


@pytest.mark.parametrize("where", ["file_pair", "server_pair"])
def test_a_neighborhood_profile_or_name_saved_from_an_older_copy_is_refused(where, request):
    """A neighborhood's profile and its name are refused alike when someone saved the neighborhood since."""
    mine_workspace, theirs_workspace = request.getfixturevalue(where)
    mine = mine_workspace.neighborhoods.list()[0]
    theirs_workspace.neighborhoods.update_profile(mine.id, dataclasses.replace(mine.profile, population=4321), mine.version)

    with pytest.raises(EditConflict) as refused:
        mine_workspace.neighborhoods.update_profile(mine.id, dataclasses.replace(mine.profile, needs="מעון"), mine.version)
    assert FieldDifference("population", 4321, mine.profile.population) in conflicting_fields(refused.value)
    with pytest.raises(EditConflict):
        mine_workspace.neighborhoods.rename(mine.id, "שם אחר", mine.version)
    now = mine_workspace.neighborhoods.get(mine.id)
    assert (now.name, now.profile.population, now.profile.needs) == (mine.name, 4321, mine.profile.needs)


def test_a_record_read_without_its_version_is_saved_as_before(file_pair):
    """A record built without a version (an import, a script) is not checked: version 0 means unknown."""
    workspace, _same = file_pair
    person = workspace.people.list()[0]
    workspace.people.update(dataclasses.replace(person, notes="ראשון"))
    saved = workspace.people.update(dataclasses.replace(person, notes="שני", version=0))
    assert saved.notes == "שני"
