"""Two saves of one record made from the same copy: the second is refused with the other's values, nothing of it is
saved, and the first stays — on a file (two views of one workspace) and on a PostgreSQL server (two people)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from or_communities.domain.city_projects import CityProject, Milestone
from or_communities.domain.coalitions import CoalitionMeeting
from or_communities.domain.custom_metrics import CustomMetric
from or_communities.domain.edits import FieldDifference, conflicting_fields
from or_communities.domain.errors import EditConflict
from or_communities.domain.planning import Event, EventKind, PlanKind, ResourceProject
from or_communities.domain.records import TaskState, TaskStatus
from or_communities.services.copying import copy_workspace
from or_communities.services.demo import write_demo_workspace
from or_communities.services.workspace import Workspace

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo city, with one of each record the demo lacks."""
    path = tmp_path_factory.mktemp("demo") / "demo.orcity"
    workspace = write_demo_workspace(path, TODAY)
    try:
        north = workspace.neighborhoods.list()[0].id
        partner = workspace.partners.list()[0].id
        workspace.coalitions.add_meeting(CoalitionMeeting(None, None, TODAY, frozenset({partner})))
        workspace.leadership.new_call(north, "he")
        workspace.leadership.new_meeting(north, "he")
        conference = workspace.events.add_event(Event(None, "כנס שכונה", TODAY, EventKind.CONFERENCE, north))
        workspace.conferences.add_item(conference.id, "הזמנות")
        workspace.dashboard.add_metric(CustomMetric(None, "מתנדבים", "אנשים", 10.0, north))
        project = workspace.projects.add(CityProject(None, "פסטיבל"))
        workspace.projects.add_milestone(Milestone(None, project.id, "אישור תקציב"))
        workspace.budget.add_project(ResourceProject(None, "מועדון", north, 5000.0))
        workspace.journey.save(TaskState("s1.t1", None, TaskStatus.IN_PROGRESS))
    finally:
        workspace.close()
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


def _goal_of(workspace: Workspace):
    plan = next(p for p in workspace.plans.plans() if workspace.plans.goals(p.id))
    return workspace.plans.goals(plan.id)[0]


def _item_of(workspace: Workspace):
    return next(item for c in workspace.events.conferences() for item in workspace.conferences.checklist(c.id))


KINDS: dict[str, tuple[Callable, Callable, str]] = {
    # kind: (read the first record, save a record, the text field both people change)
    "person": (lambda w: w.people.list()[0], lambda w, r: w.people.update(r), "notes"),
    "partner": (lambda w: w.partners.list()[0], lambda w, r: w.partners.update(r), "notes"),
    "asset": (lambda w: w.assets.list()[0], lambda w, r: w.assets.update(r), "notes"),
    "event": (lambda w: w.events.events()[0], lambda w, r: w.events.update_event(r), "description"),
    "activity": (_activity_of, lambda w, r: w.plans.update_activity(r), "notes"),
    "income": (lambda w: w.budget.incomes()[0], lambda w, r: w.budget.update_income(r), "description"),
    "expense": (lambda w: w.budget.expenses()[0], lambda w, r: w.budget.update_expense(r), "description"),
    "task": (lambda w: next(s for t, s in w.journey.tasks(None) if t.key == "s1.t1"), lambda w, r: w.journey.save(r),
             "notes"),
    "goal": (_goal_of, lambda w, r: w.plans.update_goal(r), "title"),
    "initiative": (lambda w: w.events.initiatives()[0], lambda w, r: w.events.update_initiative(r), "description"),
    "group": (lambda w: w.events.groups()[0], lambda w, r: w.events.update_group(r), "purpose"),
    "channel": (lambda w: w.events.channels()[0], lambda w, r: w.events.update_channel(r), "run_by"),
    "gathering space": (lambda w: w.events.gathering_spaces()[0], lambda w, r: w.events.save_gathering_space(r),
                        "rules"),
    "call": (lambda w: w.leadership.calls()[0], lambda w, r: w.leadership.update_call(r), "offered"),
    "leadership meeting": (lambda w: w.leadership.meetings()[0], lambda w, r: w.leadership.update_meeting(r),
                           "decisions"),
    "coalition member": (lambda w: w.coalitions.members(None)[0].member, lambda w, r: w.coalitions.update_member(r),
                         "commitment"),
    "coalition meeting": (lambda w: w.coalitions.meetings(None)[0], lambda w, r: w.coalitions.update_meeting(r),
                          "decisions"),
    "checklist item": (_item_of, lambda w, r: w.conferences.update_item(r), "owner"),
    "own metric": (lambda w: w.dashboard.custom_metrics()[0].metric, lambda w, r: w.dashboard.update_metric(r),
                   "unit"),
    "city project": (lambda w: w.projects.projects()[0], lambda w, r: w.projects.update(r), "notes"),
    "milestone": (lambda w: w.projects.milestones()[0], lambda w, r: w.projects.update_milestone(r), "name"),
    "funding prospect": (lambda w: w.budget.pipeline()[0].prospect, lambda w, r: w.budget.update_prospect(r), "notes"),
    "resource project": (lambda w: w.budget.projects()[0].project, lambda w, r: w.budget.update_project(r),
                         "description"),
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
