"""A city just created leads its user: every empty area says what belongs there and offers the first steps, and the
journey keeps a checklist of them until they are taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from or_communities.domain import catalog
from or_communities.domain.catalog import Area, Scope
from or_communities.domain.planning import PlanKind
from or_communities.services.first_steps import FirstStep

GUIDES = {
    Area.MATRIX: "matrixGuide",
    Area.NEIGHBORHOODS: "neighborhoodsGuide",
    Area.MAP: "mapGuide",
    Area.PARTNERS: "partnersGuide",
    Area.PEOPLE: "peopleGuide",
    Area.COORDINATORS: "coordinatorsGuide",
    Area.WORK_PLANS: "planGuide",
    Area.BUDGET: "budgetGuide",
    Area.EVENTS: "eventsGuide",
}


@pytest.fixture
def new_city(make_controller, qtbot, tmp_path, fake_dialogs):
    controller = make_controller(dialogs=fake_dialogs)
    controller.start(None)
    assert controller.create_city(tmp_path / "דימונה.orcity", "דימונה", 2026)
    qtbot.waitExposed(controller.window)
    return controller


def _guide(controller, area: Area) -> QWidget:
    controller.window.shell.show_area(area)
    return controller.window.shell.view(area).findChild(QWidget, GUIDES[area])


def _click(qtbot, parent: QWidget, name: str) -> None:
    qtbot.mouseClick(parent.findChild(QWidget, name), Qt.MouseButton.LeftButton)


def test_every_empty_area_of_a_new_city_says_what_belongs_there(new_city):
    """Matrix, neighborhoods, map, partners, people, coordinators, work plan, budget and events each show their guide
    with at least one first-step button, and the journey shows the five first steps, none done."""
    for area in GUIDES:
        guide = _guide(new_city, area)
        assert guide is not None and guide.isVisible(), area
        assert guide.buttons and all(button.isEnabled() for button in guide.buttons), area
    journey = new_city.window.shell.view(Area.JOURNEY)
    new_city.window.shell.show_area(Area.JOURNEY)
    assert journey.first_steps.isVisible()
    assert journey.first_steps.done == dict.fromkeys(FirstStep, False)


def test_a_neighborhood_added_from_the_matrix_guide_ends_the_neighborhood_guides(new_city, qtbot, fake_dialogs):
    """"Add by name…" in the matrix's guide opens the neighborhoods area and asks the name; with a neighborhood the
    matrix, the list and the map stop guiding, and the journey ticks its first step (its boundary still to come)."""
    fake_dialogs.texts.append("הדר")
    _click(qtbot, _guide(new_city, Area.MATRIX), "matrixGuideAddButton")

    assert new_city.window.shell.current_area() is Area.NEIGHBORHOODS
    assert [n.name for n in new_city.workspace.neighborhoods.list()] == ["הדר"]
    for area in (Area.MATRIX, Area.NEIGHBORHOODS, Area.MAP):
        assert _guide(new_city, area).isHidden(), area
    new_city.window.shell.show_area(Area.JOURNEY)
    done = new_city.window.shell.view(Area.JOURNEY).first_steps.done
    assert done[FirstStep.NEIGHBORHOODS] and not done[FirstStep.BOUNDARIES]


def test_the_checklists_import_step_opens_the_map_and_asks_for_the_boundaries(new_city, qtbot, fake_dialogs):
    """"Import boundaries…" on the journey's checklist shows the map area and asks for a GIS file; given none,
    nothing changes."""
    fake_dialogs.files.append(None)
    journey = new_city.window.shell.view(Area.JOURNEY)
    new_city.window.shell.show_area(Area.JOURNEY)
    qtbot.mouseClick(journey.first_steps.buttons[FirstStep.NEIGHBORHOODS], Qt.MouseButton.LeftButton)

    assert new_city.window.shell.current_area() is Area.MAP
    assert fake_dialogs.files == []
    assert new_city.workspace.neighborhoods.list() == []


@pytest.mark.parametrize(
    ("kind", "scopes"),
    [(PlanKind.CITY, {Scope.CITY, Scope.BOTH}), (PlanKind.NEIGHBORHOOD, {Scope.NEIGHBORHOOD, Scope.BOTH})],
)
def test_the_guides_plan_lays_out_its_stages_as_goals_and_tasks_as_activities(new_city, qtbot, kind, scopes):
    """"Start from the guide's plan" fills an empty plan with the guide's stages (in Hebrew) as goals and their
    tasks of the plan's scope as activities, each tied to its task; the guide then steps aside."""
    if kind is PlanKind.NEIGHBORHOOD:
        new_city.workspace.neighborhoods.add("הדר")
    guide = _guide(new_city, Area.WORK_PLANS)
    view = new_city.window.shell.view(Area.WORK_PLANS)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(kind))
    assert guide.isVisible()
    _click(qtbot, guide, "guidePlanButton")

    plan = view.plans.find_plan(kind, 2026, view.neighborhood_combo.currentData())
    expected = [(stage.name.he, [task for task in stage.tasks if task.scope in scopes]) for stage in catalog.STAGES]
    expected = [(title, tasks) for title, tasks in expected if tasks]
    goals = view.plans.goals(plan.id)
    assert [goal.title for goal in goals] == [title for title, _tasks in expected]
    activities = view.plans.activities(plan.id)
    assert [(a.name, a.task_key) for a in activities] == [
        (task.name.he, task.key) for _title, tasks in expected for task in tasks
    ]
    assert guide.isHidden()
    assert view.model.rowCount() == len(activities)


def test_the_guides_plan_is_refused_in_a_plan_that_has_goals(new_city):
    """A plan that already has a goal is not laid out again: the service refuses and the plan keeps what it had."""
    from or_communities.domain.errors import PlanNotEmpty

    plans = new_city.window.shell.view(Area.WORK_PLANS).plans
    plan = plans.plan(PlanKind.CITY, 2026)
    plans.add_goal(plan.id, "מטרה משלי")
    with pytest.raises(PlanNotEmpty):
        plans.start_from_guide(plan.id, "he")
    assert [goal.title for goal in plans.goals(plan.id)] == ["מטרה משלי"]
    assert plans.activities(plan.id) == []


def test_the_checklist_is_gone_once_the_first_steps_are_taken(new_city):
    """With neighborhoods that all have boundaries, a partner, a person and a work plan with activities, the
    journey's checklist hides."""
    from or_communities.domain.records import Partner, PartnerKind

    workspace = new_city.workspace
    square = {"type": "Polygon", "coordinates": [[[35.0, 31.0], [35.01, 31.0], [35.01, 31.01], [35.0, 31.0]]]}
    hood = workspace.neighborhoods.add("הדר")
    workspace.division.set_boundary(hood.id, square)
    workspace.partners.add(Partner(0, "אגף החינוך", PartnerKind.MUNICIPAL_DEPARTMENT))
    workspace.people.add("רינה אזולאי", [])
    view = new_city.window.shell.view(Area.WORK_PLANS)
    new_city.window.shell.show_area(Area.WORK_PLANS)
    view.start_from_guide()
    new_city.window.shell.show_area(Area.JOURNEY)
    journey = new_city.window.shell.view(Area.JOURNEY)
    journey.refresh()
    assert journey.first_steps.done == dict.fromkeys(FirstStep, True)
    assert journey.first_steps.isHidden()
