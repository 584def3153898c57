"""The demo city: Be'er Sheva's real statistical areas grouped into ten neighborhoods,
with invented people and partners and a process part-way through.

What the demo holds (people, partners, progress, plans, budget, events) is data, in
resources/demo/demo_city.json; this module reads it and writes the workspace. Every date
in it is relative to the day the demo is written or to the plan year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..domain.mapping import Asset, AssetCategory
from ..domain.planning import (
    Activity,
    ActivityStatus,
    Channel,
    ChannelKind,
    Event,
    EventKind,
    Expense,
    ExpenseCategory,
    FundingProspect,
    GatheringSpace,
    Group,
    GroupKind,
    Income,
    IncomeSource,
    IncomeStatus,
    Initiative,
    PlanKind,
    ProspectStage,
    ResourceProject,
)
from ..domain.records import (
    NeighborhoodProfile,
    Partner,
    PartnerKind,
    PersonRole,
    TaskState,
    TaskStatus,
)
from ..domain.relations import (
    ContactEntry,
    ContactKind,
    Contribution,
    Membership,
    MentoringSession,
    PersonStatus,
)
from .workspace import Workspace

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

Record = dict[str, Any]  # one entry of demo_city.json, as parsed

SLIVER_DEGREES = 0.0002


def _demo_data() -> Record:
    return json.loads(paths.demo_city_data().read_text(encoding="utf-8"))


def _closed(geometry: BaseGeometry) -> BaseGeometry:
    """Closing by about 20 m fills the slivers the simplified census areas leave between them."""
    return geometry.buffer(SLIVER_DEGREES).buffer(-SLIVER_DEGREES)


def _load_division(groups: dict[str, list[str]]) -> tuple[str, dict[str, tuple[str, int]]]:
    """The demo city's outline (GeoJSON), and each neighborhood's boundary and census population.

    The neighborhoods cover the outline without gaps or overlaps: the simplified census areas overlap a little,
    so each neighborhood keeps only what is not taken, and what no neighborhood took goes to the neighborhood it
    borders most.
    """
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    collection = json.loads(paths.demo_city_geodata().read_text(encoding="utf-8"))
    sub_quarter_of = {code: name for name, codes in groups.items() for code in codes}
    shapes: dict[str, list] = defaultdict(list)
    population: dict[str, int] = defaultdict(int)
    for feature in collection["features"]:
        properties = feature["properties"]
        name = sub_quarter_of[str(int(properties["STAT11"]))[:2]]
        shapes[name].append(shape(feature["geometry"]).buffer(0))
        population[name] += int(properties["Pop_Total"] or 0)
    outline = _polygons_only(_closed(unary_union([part for parts in shapes.values() for part in parts])))
    boundaries: dict[str, BaseGeometry] = {}
    taken: BaseGeometry | None = None
    for name in groups:
        boundary = _polygons_only(_closed(unary_union(shapes[name])).intersection(outline))
        if taken is not None:
            boundary = _polygons_only(boundary.difference(taken))
        boundaries[name] = boundary
        taken = boundary if taken is None else unary_union([taken, boundary])
    _give_out_what_is_left(outline, boundaries)
    division = {name: (json.dumps(mapping(boundary)), population[name]) for name, boundary in boundaries.items()}
    return json.dumps(mapping(outline)), division


def _give_out_what_is_left(outline: BaseGeometry, boundaries: dict[str, BaseGeometry]) -> None:
    """Each piece of the outline no neighborhood holds joins the neighborhood it shares the longest border with."""
    from shapely.ops import unary_union

    left = _polygons_only(outline.difference(unary_union(list(boundaries.values()))))
    for piece in getattr(left, "geoms", [left]):
        if piece.is_empty:
            continue
        touching = piece.buffer(SLIVER_DEGREES / 10)
        nearest = max(boundaries, key=lambda name: touching.intersection(boundaries[name]).area)
        boundaries[nearest] = _polygons_only(unary_union([boundaries[nearest], piece]))


def _polygons_only(geometry: BaseGeometry) -> BaseGeometry:
    """Drop the lines and points a difference can leave behind."""
    from shapely import make_valid
    from shapely.geometry import MultiPolygon, Polygon

    if not geometry.is_valid:
        geometry = make_valid(geometry)
    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    parts = [part for part in getattr(geometry, "geoms", []) if isinstance(part, Polygon)]
    return MultiPolygon(parts)


def write_demo_workspace(path: Path, today: dt.date | None = None) -> Workspace:
    """Create the demo city at ``path`` (which must not exist yet) and return it open."""
    today = today or dt.date.today()
    data = _demo_data()
    workspace = Workspace.create(path, data["city_name"], today.year)
    ids = _write_neighborhoods(workspace, data["neighborhoods"])
    for coordinator in data["coordinators"]:
        _write_coordinator(workspace, coordinator, ids)
    for resident in data["residents"]:
        roles = tuple(PersonRole(role) for role in resident["roles"])
        workspace.people.add(resident["name"], roles, _neighborhood_id(ids, resident["neighborhood"]))
    for partner in data["partners"]:
        workspace.partners.add(_partner(partner, ids, today))

    _write_people_details(workspace, data, today)
    _write_partner_contacts(workspace, data["partners"], today)
    _write_progress(workspace, data, ids, today)
    _write_assets(workspace, ids, data["asset_kinds"])
    _write_work_plans(workspace, data["work_plans"], ids)
    _write_budget(workspace, data["budget"], ids, today)
    _book_most_plans_in_the_budget(workspace)
    _write_events(workspace, data, ids, today)
    _write_leadership(workspace, data["leadership"], today)
    return workspace


def _neighborhood_id(ids: dict[str, int], name: str | None) -> int | None:
    return ids[name] if name else None


def _days_ago(today: dt.date, days: int | None) -> dt.date | None:
    return today - dt.timedelta(days=days) if days is not None else None


def _days_ahead(today: dt.date, days: int | None) -> dt.date | None:
    return today + dt.timedelta(days=days) if days is not None else None


def _write_neighborhoods(workspace: Workspace, neighborhoods: list[Record]) -> dict[str, int]:
    """Each neighborhood with its boundary, population and profile; returns their ids by name."""
    groups = {record["name"]: record["sub_quarters"] for record in neighborhoods}
    profiles = {record["name"]: record for record in neighborhoods}
    ids: dict[str, int] = {}
    outline, division = _load_division(groups)
    workspace.division.set_city_boundary(json.loads(outline))
    for name, (boundary, population) in division.items():
        record = profiles[name]
        profile = NeighborhoodProfile(
            population, record.get("description", ""), record.get("strengths", ""), record.get("needs", "")
        )
        ids[name] = workspace.neighborhoods.add(name, profile, boundary).id
    return ids


def _write_coordinator(workspace: Workspace, coordinator: Record, ids: dict[str, int]) -> None:
    neighborhood_id = ids[coordinator["neighborhood"]]
    person_id = workspace.people.add(
        coordinator["name"], [PersonRole.COMMUNITY_COORDINATOR], neighborhood_id, coordinator["phone"]
    )
    current = workspace.neighborhoods.get(neighborhood_id).profile
    workspace.neighborhoods.update_profile(neighborhood_id, dataclasses.replace(current, coordinator_id=person_id))


def _partner(record: Record, ids: dict[str, int], today: dt.date) -> Partner:
    return Partner(
        0,
        record["name"],
        PartnerKind(record["kind"]),
        record["contact_person"],
        record["phone"],
        record["email"],
        record["contribution"],
        neighborhood_ids=frozenset(ids[name] for name in record["neighborhoods"]),
        contributions=frozenset(Contribution(value) for value in record["contributions"]),
        influence=record["influence"],
        interest=record["interest"],
        memberships=frozenset(Membership(value) for value in record["memberships"]),
        support_now=record["support_now"],
        support_wanted=record["support_wanted"],
        last_contact=_days_ago(today, record["last_contact_days_ago"]),
        next_follow_up=_days_ahead(today, record["follow_up_in_days"]),
    )


def _write_partner_contacts(workspace: Workspace, partners: list[Record], today: dt.date) -> None:
    partner_ids = {partner.name: partner.id for partner in workspace.partners.list()}
    for partner in partners:
        for contact in partner["contacts"]:
            workspace.partners.log_contact(ContactEntry(
                None, partner_ids[partner["name"]], today - dt.timedelta(days=contact["days_ago"]),
                ContactKind(contact["kind"]), contact["summary"],
            ))


def _write_people_details(workspace: Workspace, data: Record, today: dt.date) -> None:
    residents = {record["name"]: record for record in data["residents"]}
    coordinators = {record["name"]: record for record in data["coordinators"]}
    for person in workspace.people.list():
        resident = residents.get(person.full_name, {})
        if "skills" in resident:  # the municipal officials have no details
            workspace.people.update(
                dataclasses.replace(
                    person,
                    skills=resident["skills"],
                    last_activity=_days_ago(today, resident["last_active_days_ago"]),
                    consent_to_contact=resident["consent_given_days_ago"] is not None,
                    consent_date=_days_ago(today, resident["consent_given_days_ago"]),
                )
            )
        if resident.get("resting"):
            workspace.people.change_status(person.id, PersonStatus.ACTIVE, today - dt.timedelta(days=400))
            workspace.people.change_status(person.id, PersonStatus.RESTING, today - dt.timedelta(days=45), "עומס בעבודה")
        if person.full_name in coordinators:
            _write_mentoring(workspace, person.id, coordinators[person.full_name], today)


def _write_mentoring(workspace: Workspace, person_id: int, coordinator: Record, today: dt.date) -> None:
    person = workspace.people.get(person_id)
    workspace.people.update(
        dataclasses.replace(
            person,
            strengths=coordinator["strengths"],
            challenges=coordinator["challenges"],
            last_activity=today - dt.timedelta(days=2),
        )
    )
    for session in coordinator["mentoring"]:
        date = today - dt.timedelta(days=session["days_ago"])
        follow_up = _days_ahead(today, session["follow_up_in_days"])
        workspace.people.add_mentoring_session(
            MentoringSession(None, person_id, date, session["topics"], session["agreed"], follow_up)
        )


def _places_inside(boundary: dict, count: int) -> list[tuple[float, float]]:
    """``count`` points spread inside a boundary, the same every time."""
    from shapely.geometry import Point, shape

    area = shape(boundary)
    west, south, east, north = area.bounds
    places: list[tuple[float, float]] = []
    steps = 12
    for row in range(1, steps):
        for column in range(1, steps):
            x = west + (east - west) * ((column * 7 + row * 3) % steps) / steps
            y = south + (north - south) * row / steps
            if area.contains(Point(x, y)):
                places.append((x, y))
    picked = places[:: max(1, len(places) // count)][:count]
    return picked or [(area.representative_point().x, area.representative_point().y)]


def _write_assets(workspace: Workspace, ids: dict[str, int], asset_kinds: list[Record]) -> None:
    """Three assets in each neighborhood, their kinds taken in turn from ``asset_kinds``."""
    assets = []
    for index, (name, neighborhood_id) in enumerate(ids.items()):
        boundary = workspace.division.boundary(neighborhood_id)
        if boundary is None:
            continue
        kinds = [asset_kinds[(index + offset) % len(asset_kinds)] for offset in range(3)]
        for kind, (longitude, latitude) in zip(kinds, _places_inside(boundary, 3), strict=False):
            asset_name = kind["name"].replace("{neighborhood}", name)
            category = AssetCategory(kind["category"])
            assets.append(Asset(None, asset_name, category, longitude, latitude, neighborhood_id))
    workspace.assets.add_many(assets, back_up=False)


def _write_progress(workspace: Workspace, data: Record, ids: dict[str, int], today: dt.date) -> None:
    start = dt.date(today.year, 1, 15)
    manager: str = data["manager"]
    for step, (key, status) in enumerate(data["city_progress"].items()):
        workspace.journey.save(_state(key, None, TaskStatus(status), start, step, manager))
    coordinators = {record["neighborhood"]: record["name"] for record in data["coordinators"]}
    for name, progress in data["neighborhood_progress"].items():
        owner = coordinators.get(name, manager)
        for step, (key, status) in enumerate(progress.items()):
            workspace.journey.save(_state(key, ids[name], TaskStatus(status), start, step, owner))


def _state(key: str, neighborhood_id: int | None, status: TaskStatus, start: dt.date, step: int, owner: str) -> TaskState:
    due = start + dt.timedelta(weeks=3 * (step + 1))
    done = due - dt.timedelta(days=4) if status is TaskStatus.DONE else None
    return TaskState(key, neighborhood_id, status, owner, due, done)


# -- work plans and the budget of the plan year -----------------------------------------------


def _write_work_plans(workspace: Workspace, work_plans: list[Record], ids: dict[str, int]) -> None:
    from .work_plans import WorkPlanService

    plans = WorkPlanService(workspace)
    year = workspace.city.get().plan_year
    for record in work_plans:
        neighborhood_id = _neighborhood_id(ids, record["neighborhood"])
        plan = plans.plan(PlanKind(record["kind"]), year, neighborhood_id)
        assert plan.id is not None
        for goal_record in record["goals"]:
            goal = plans.add_goal(plan.id, goal_record["title"])
            assert goal.id is not None
            for activity in goal_record["activities"]:
                plans.add_activity(
                    Activity(
                        None,
                        goal.id,
                        activity["name"],
                        neighborhood_id,
                        activity["task"],
                        activity["owner"],
                        department=activity["department"],
                        start=dt.date(year, activity["first_month"], 1),
                        end=dt.date(year, activity["last_month"], 28),
                        planned_budget=activity["planned_budget"],
                        metric=activity["metric"],
                        target=activity["target"],
                        status=ActivityStatus(activity["status"]),
                    )
                )


def _book_most_plans_in_the_budget(workspace: Workspace) -> None:
    """Book all but the last two activities' planned amounts, so the demo shows plans and budget mostly agreeing."""
    from .budget import BudgetService

    budget = BudgetService(workspace)
    for mismatch in budget.mismatches()[:-2]:
        budget.book_plan_amount(mismatch.activity_id)


def _write_budget(workspace: Workspace, budget_data: Record, ids: dict[str, int], today: dt.date) -> None:
    from .budget import BudgetService

    budget = BudgetService(workspace)
    year = workspace.city.get().plan_year
    for income in budget_data["income"]:
        budget.add_income(Income(None, year, IncomeSource(income["source"]), income["description"], income["amount"],
                                 IncomeStatus(income["status"])))
    for expense in budget_data["expenses"]:
        budget.add_expense(Expense(None, year, ExpenseCategory(expense["category"]), expense["description"],
                                   _neighborhood_id(ids, expense["neighborhood"]), None, expense["planned"],
                                   expense["actual"]))
    project_ids = {
        project["name"]: budget.add_project(ResourceProject(
            None, project["name"], ids[project["neighborhood"]], project["needed"], project["description"],
        )).id
        for project in budget_data["projects"]
    }
    for prospect in budget_data["prospects"]:
        budget.add_prospect(FundingProspect(
            None, prospect["funder"], prospect["amount"], ProspectStage(prospect["stage"]), prospect["next_step"],
            _days_ahead(today, prospect["next_step_in_days"]), project_ids.get(prospect["project"] or ""),
        ))


# -- events, initiatives, groups, gathering spaces and channels -------------------------------


def _write_events(workspace: Workspace, data: Record, ids: dict[str, int], today: dt.date) -> None:
    """The plan year's calendar: a conference in the stage-3 neighborhood, a Friday evening and a Chanukah event (so
    Shabbat and holiday flags show), initiatives, a committee and an activist group, a gathering space and channels."""
    from .events import EventService

    events = EventService(workspace)
    year = workspace.city.get().plan_year
    for event in data["events"]:
        events.add_event(_event(event, ids, year, today))
    for initiative in data["initiatives"]:
        events.add_initiative(_initiative(initiative, ids, year))
    people = {person.full_name: person.id for person in workspace.people.list()}
    for group in data["groups"]:
        members = frozenset(people[name] for name in group["members"])
        events.add_group(Group(None, group["name"], GroupKind(group["kind"]), ids[group["neighborhood"]],
                               group["purpose"], members))
    for space in data["gathering_spaces"]:
        rules = "\n".join(space["rules"])
        events.save_gathering_space(GatheringSpace(ids[space["neighborhood"]], space["address"], space["hours"], rules))
    for channel in data["channels"]:
        events.add_channel(_channel(channel, ids, today))


def _write_leadership(workspace: Workspace, leadership: list[Record], today: dt.date) -> None:
    """Each neighborhood's call for applications and its leadership meeting, as far as its tasks 2.1 and 2.2 went:
    the leaders who answered and the coordinator the meeting chose, all people of the demo already."""
    service = workspace.leadership
    people = {person.full_name: person.id for person in workspace.people.list()}
    places = {hood.name: hood.id for hood in workspace.neighborhoods.list()}
    for record in leadership:
        hood, call = places[record["neighborhood"]], record["call"]
        service.update_call(dataclasses.replace(
            service.new_call(hood, "he"),
            opens=_days_ago(today, call["opens_days_ago"]), closes=_days_ago(today, call["closes_days_ago"]),
            respondent_ids=frozenset(people[name] for name in call["respondents"]),
        ))
        meeting = record.get("meeting")
        if meeting is None:
            continue
        attendees = frozenset(people[name] for name in meeting["attendees"])
        made = service.new_meeting(hood, "he")
        service.update_meeting(dataclasses.replace(
            made, date=today - dt.timedelta(days=meeting["days_ago"]), place=meeting["place"],
            invitee_ids=made.invitee_ids | attendees, attendee_ids=attendees, decisions=meeting["decisions"],
            follow_ups=meeting["follow_ups"], coordinator_id=people[meeting["coordinator"]],
        ))


def _event(record: Record, ids: dict[str, int], year: int, today: dt.date) -> Event:
    return Event(
        None,
        record["title"],
        _event_day(record["date"], year, today),
        EventKind(record["kind"]),
        _neighborhood_id(ids, record["neighborhood"]),
        record["place"],
        record["time"],
        record.get("description", ""),
        record.get("attendance"),
        "\n".join(record.get("committees_formed", [])),
    )


def _initiative(record: Record, ids: dict[str, int], year: int) -> Initiative:
    end = _plan_year_day(record["end"], year) if record["end"] else None
    return Initiative(
        None, ids[record["neighborhood"]], record["name"], record["description"], record["lead"],
        _plan_year_day(record["start"], year), end, ActivityStatus(record["status"]),
    )


def _channel(record: Record, ids: dict[str, int], today: dt.date) -> Channel:
    return Channel(
        None, record["name"], ChannelKind(record["kind"]), _neighborhood_id(ids, record["neighborhood"]),
        record["run_by"], record["members"], today - dt.timedelta(days=record["last_used_days_ago"]),
    )


def _plan_year_day(spec: Record, year: int) -> dt.date:
    return dt.date(year, spec["month"], spec["day"])


def _event_day(spec: Record, year: int, today: dt.date) -> dt.date:
    """A day as demo_city.json gives it: days from today, a named day of the plan year, or a month and day in it."""
    if "days_from_today" in spec:
        return today + dt.timedelta(days=spec["days_from_today"])
    if "named" in spec:
        return _NAMED_DAYS[spec["named"]](year)
    return _plan_year_day(spec, year)


def _first_friday_of_may(year: int) -> dt.date:
    first_of_may = dt.date(year, 5, 1)
    return first_of_may + dt.timedelta(days=(4 - first_of_may.weekday()) % 7)


def _third_day_of_chanukah(year: int) -> dt.date:
    """Chanukah of the plan year's December: 27 Kislev of the Hebrew year that began that autumn."""
    from pyluach.dates import HebrewDate

    return HebrewDate(year + 3761, 9, 27).to_pydate()


_NAMED_DAYS: dict[str, Callable[[int], dt.date]] = {
    "first_friday_of_may": _first_friday_of_may,
    "third_day_of_chanukah": _third_day_of_chanukah,
}
