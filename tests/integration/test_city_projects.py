"""City projects (stage 4): kept with their partners and milestones, refused when their input is wrong, drawn on
the synchronized timeline and written into the city workbook."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from or_communities.domain.city_projects import CityProject, Milestone
from or_communities.domain.errors import EndsBeforeStart, UnknownPartner
from or_communities.domain.planning import ActivityStatus
from or_communities.domain.records import Partner, PartnerKind
from or_communities.services.plan_export import export_city_workbook
from or_communities.services.workspace import Workspace


@pytest.fixture
def city(tmp_path):
    workspace = Workspace.create(tmp_path / "עכו.orcity", "עכו", 2026)
    workspace.clock = lambda: dt.date(2026, 6, 1)
    yield workspace
    workspace.close()


def _project(city):
    partner = city.partners.add(Partner(0, "אגף התרבות", PartnerKind.MUNICIPAL_DEPARTMENT))
    project = city.projects.add(
        CityProject(
            None, "פסטיבל שכונות", "לחבר בין השכונות", "דנה לוי", "תרבות", frozenset({partner}), 120_000.0,
            ActivityStatus.IN_PROGRESS, dt.date(2026, 4, 1), dt.date(2026, 9, 30),
        )
    )
    city.projects.add_milestone(Milestone(None, project.id, "חוזה עם הפקה", dt.date(2026, 5, 1), done=True))
    city.projects.add_milestone(Milestone(None, project.id, "תוכנייה סופית", dt.date(2026, 5, 20)))
    city.projects.add_milestone(Milestone(None, project.id, "סיכום ותודות"))
    return project


def test_a_project_keeps_its_partners_and_milestones_and_knows_what_is_overdue(city):
    """A project is read back whole; its milestones come by date with the undated last; one past its date and not
    done is overdue."""
    project = _project(city)
    assert city.projects.get(project.id) == project
    assert [m.name for m in city.projects.milestones(project.id)] == ["חוזה עם הפקה", "תוכנייה סופית", "סיכום ותודות"]
    assert [m.name for m in city.projects.overdue(project.id)] == ["תוכנייה סופית"]


def test_wrong_input_is_refused_and_changes_nothing(city):
    """A project that ends before it starts, or names a partner that does not exist, is refused; the projects stay
    as they were."""
    project = _project(city)
    with pytest.raises(EndsBeforeStart):
        city.projects.update(CityProject(project.id, "פסטיבל שכונות", start=dt.date(2026, 9, 1), end=dt.date(2026, 1, 1)))
    with pytest.raises(UnknownPartner):
        city.projects.add(CityProject(None, "עוד פרויקט", partner_ids=frozenset({999})))
    assert city.projects.projects() == [project]


def test_the_timeline_draws_projects_under_their_own_heading(city):
    """The project runs April to September on the year's timeline, after the plans' activities; it is filtered
    by owner and status like them, and not shown when one neighborhood is chosen."""
    project = _project(city)
    hood = city.neighborhoods.add("העיר העתיקה")
    plans = city.plans
    [entry] = [e for e in plans.timeline(2026) if e.project_id is not None]
    assert entry.project_id == project.id and entry.months == frozenset(range(4, 10))
    assert entry.activity.name == "פסטיבל שכונות" and entry.activity.status is ActivityStatus.IN_PROGRESS
    assert [e.project_id for e in plans.timeline(2026, owner="דנה לוי")] == [project.id]
    assert plans.timeline(2026, status=ActivityStatus.DONE) == []
    assert plans.timeline(2026, neighborhood_id=hood.id) == []
    assert "דנה לוי" in plans.owners(2026)
    assert plans.timeline(2027) == []


def test_the_city_workbook_lists_the_projects_with_their_milestones(city, tmp_path):
    """The city workbook has a sheet of the year's city projects, read back by openpyxl: the project, its partner,
    dates, budget and status, and its milestones marked done or not."""
    _project(city)
    path = export_city_workbook(city, tmp_path / "city.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["פרויקטים עירוניים 2026"]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=False))
    assert row["פרויקט"] == "פסטיבל שכונות" and row["שותפים"] == "אגף התרבות"
    assert row["התחלה"].date() == dt.date(2026, 4, 1) and row["תקציב"] == 120_000
    assert row["סטטוס"] == ActivityStatus.IN_PROGRESS.label.he
    assert row["אבני דרך"].splitlines() == ["✓ חוזה עם הפקה 01/05/2026", "○ תוכנייה סופית 20/05/2026", "○ סיכום ותודות"]
    assert sheet.sheet_view.rightToLeft
