"""The demo city: Be'er Sheva's real statistical areas grouped into ten neighborhoods,
with invented people and partners and a process part-way through."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

from .. import paths
from ..domain.mapping import Asset, AssetCategory
from ..domain.planning import (
    Expense,
    ExpenseCategory,
    FundingProspect,
    Income,
    IncomeSource,
    IncomeStatus,
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

DEMO_CITY_NAME = "באר שבע (הדגמה)"

# Neighborhood name -> CBS sub-quarters (the first two digits of a statistical area's code).
NEIGHBORHOOD_GROUPS: dict[str, tuple[str, ...]] = {
    "רובע 1": ("11", "12", "13"),
    "רובע 2 צפון": ("21",),
    "רובע 2 דרום": ("22", "23"),
    "רובע 3": ("31",),
    "רובע 4 צפון": ("42", "43"),
    "רובע 4 דרום": ("41",),
    "רובע 5": ("51", "52"),
    "רובע 6 דרום": ("61", "62"),
    "רובע 6 מרכז": ("63",),
    "רובע 6 צפון": ("64",),
}

PROFILES: dict[str, tuple[str, str, str]] = {
    "רובע 5": (
        "שכונה ותיקה ומגוונת סמוך למרכז העיר, עם מתנ\"ס פעיל.",
        "מנהיגות תושבים מגובשת, ועדות פעילות, מרחב התכנסות קבוע במתנ\"ס.",
        "פעילות לבני נוער בשעות הערב; שילוב עולים חדשים.",
    ),
    "רובע 2 צפון": (
        "שכונת מגורים צפופה עם אוכלוסייה צעירה.",
        "רכזת קהילה מנוסה, קבוצת הורים פעילה.",
        "מרחב התכנסות קבוע; קשר עם בתי הספר.",
    ),
    "רובע 4 צפון": (
        "שכונה בתהליך התחדשות עירונית.",
        "ועדי בתים פעילים ברוב הבניינים.",
        "מידע לתושבים על ההתחדשות; גינה קהילתית.",
    ),
    "רובע 3": (
        "שכונה קטנה עם מרכז קהילתי פעיל.",
        "מרכז קהילתי קיים שיכול לשמש מרחב התכנסות.",
        "מעורבות צעירים; ערוצי תקשורת לתושבים.",
    ),
}

COORDINATORS = [
    ("רובע 5", "מיכל אברהם", "050-0000101"),
    ("רובע 2 צפון", "יוסי פרץ", "050-0000102"),
    ("רובע 4 צפון", "נועה ביטון", "050-0000103"),
    ("רובע 3", "אלינור דהן", "050-0000104"),
    ("רובע 1", "עומר אזולאי", "050-0000105"),
]

RESIDENTS = [
    ("רובע 5", "רחל מזרחי", (PersonRole.NEIGHBORHOOD_LEADER, PersonRole.ACTIVIST)),
    ("רובע 5", "דוד אוחיון", (PersonRole.BUILDING_COORDINATOR,)),
    ("רובע 5", "אנה קוזלוב", (PersonRole.VOLUNTEER,)),
    ("רובע 5", "משה גבאי", (PersonRole.ACTIVIST,)),
    ("רובע 2 צפון", "שירה אלמוג", (PersonRole.NEIGHBORHOOD_LEADER,)),
    ("רובע 2 צפון", "אבי חדד", (PersonRole.BUILDING_COORDINATOR, PersonRole.ACTIVIST)),
    ("רובע 2 צפון", "טליה רוזן", (PersonRole.VOLUNTEER,)),
    ("רובע 4 צפון", "יעקב אלקיים", (PersonRole.BUILDING_COORDINATOR,)),
    ("רובע 4 צפון", "סיגל עמר", (PersonRole.ACTIVIST,)),
    ("רובע 3", "חנה שושן", (PersonRole.NEIGHBORHOOD_LEADER,)),
    ("רובע 1", "איתי כהן", (PersonRole.ACTIVIST,)),
    (None, "רונית לוי", (PersonRole.MUNICIPAL_OFFICIAL,)),
    (None, "אריאל בן דוד", (PersonRole.MUNICIPAL_OFFICIAL,)),
]

PARTNERS = [
    Partner(0, "אגף הרווחה", PartnerKind.MUNICIPAL_DEPARTMENT, "רונית לוי", "08-0000201", "", "ליווי משפחות, עובדים סוציאליים קהילתיים"),
    Partner(0, "אגף החינוך", PartnerKind.MUNICIPAL_DEPARTMENT, "אריאל בן דוד", "08-0000202", "", "בתי ספר ככתובת לפעילות שכונתית"),
    Partner(0, "המחלקה לעבודה קהילתית", PartnerKind.COMMUNITY_FIELD_UNIT, "גלית נחום", "08-0000203", "", "הכשרת רכזים, ידע מקצועי"),
    Partner(0, "מתנ\"ס רובע 5", PartnerKind.COMMUNITY_FIELD_UNIT, "שמעון אלון", "08-0000204", "", "מרחב התכנסות, חוגים"),
    Partner(0, "קהילה מיטיבה", PartnerKind.COMMUNITY_FIELD_UNIT, "דנה שפירא", "08-0000205", "", "תכניות רווחה קהילתיות"),
    Partner(0, "ועד שכונת רובע 2 צפון", PartnerKind.KEY_COMMUNITY_LEADER, "שירה אלמוג", "050-0000206", "", "קשר עם התושבים"),
    Partner(0, "עמותת \"יד ביד בנגב\"", PartnerKind.SOCIAL_ORGANIZATION, "לאה ברק", "050-0000207", "info@example.org", "מתנדבים, חלוקת מזון"),
    Partner(0, "המשרד לפיתוח הפריפריה, הנגב והגליל", PartnerKind.GOVERNMENT_BODY, "", "", "", "קולות קוראים לתקציבי קהילה"),
    Partner(0, "קרן משפחת אלון", PartnerKind.BUSINESS_OR_DONOR, "עדי אלון", "050-0000208", "", "מימון כנסי שכונה"),
    Partner(0, "סופר השכונה", PartnerKind.BUSINESS_OR_DONOR, "ניסים ששון", "050-0000209", "", "כיבוד לאירועים"),
    Partner(0, "מכללה אזורית – החוג לעבודה סוציאלית", PartnerKind.EDUCATIONAL_INSTITUTION, "ד\"ר מרים טל", "08-0000210", "", "סטודנטים בהכשרה מעשית"),
    Partner(0, "תנועת אור – מחוז דרום", PartnerKind.OR_MOVEMENT, "יונתן גל", "050-0000211", "", "ליווי מקצועי, ערכת הכלים"),
]

MONEY, IN_KIND, VOLUNTEERS, SPACE, KNOWLEDGE = (
    Contribution.MONEY,
    Contribution.IN_KIND,
    Contribution.VOLUNTEERS,
    Contribution.SPACE,
    Contribution.KNOWLEDGE,
)
TABLE, COALITION, LOCAL = Membership.CITY_PARTNERS_TABLE, Membership.CITY_COALITION, Membership.NEIGHBORHOOD_COALITION


@dataclasses.dataclass(frozen=True)
class PartnerDetails:
    """Where a demo partner stands: neighborhoods, what it gives, the grid, forums and the last contact (days ago)."""

    neighborhoods: tuple[str, ...]
    contributions: frozenset[Contribution]
    influence: int
    interest: int
    memberships: frozenset[Membership]
    contacted_days_ago: int | None
    follow_up_in_days: int | None = None
    support_now: str = ""
    support_wanted: str = ""


PARTNER_DETAILS: dict[str, PartnerDetails] = {
    "אגף הרווחה": PartnerDetails(
        (), frozenset({KNOWLEDGE, VOLUNTEERS}), 5, 4, frozenset({TABLE, COALITION}), 12, 9,
        "עובדת סוציאלית קהילתית משתתפת בפורום המובילים", "שיבוץ עובד/ת סוציאלי/ת קבוע/ה בכל רובע",
    ),
    "אגף החינוך": PartnerDetails(
        (), frozenset({SPACE, KNOWLEDGE}), 5, 2, frozenset({TABLE}), 95, None,
        "פתיחת בתי ספר לכנסי שכונה", "שילוב תלמידי מחויבות אישית בפעילות השכונתית",
    ),
    "המחלקה לעבודה קהילתית": PartnerDetails(
        (), frozenset({KNOWLEDGE}), 4, 5, frozenset({TABLE, COALITION}), 5, 20,
        "הדרכה חודשית לרכזי הקהילה", "ליווי צמוד לשכונות החדשות בתהליך",
    ),
    "מתנ\"ס רובע 5": PartnerDetails(
        ("רובע 5",), frozenset({SPACE, IN_KIND}), 3, 5, frozenset({LOCAL}), 20, -3,
        "חדר קבוע למפגשי הוועדות", "שעות פתיחה בערב לבני נוער",
    ),
    "קהילה מיטיבה": PartnerDetails(
        ("רובע 2 צפון", "רובע 3"), frozenset({KNOWLEDGE, VOLUNTEERS}), 3, 4, frozenset({LOCAL}), 40,
    ),
    "ועד שכונת רובע 2 צפון": PartnerDetails(
        ("רובע 2 צפון",), frozenset({VOLUNTEERS}), 2, 5, frozenset({LOCAL, COALITION}), 8, 14,
        "גיוס תושבים לכנס השכונה", "",
    ),
    "עמותת \"יד ביד בנגב\"": PartnerDetails(
        ("רובע 5", "רובע 4 צפון"), frozenset({VOLUNTEERS, IN_KIND}), 2, 4, frozenset({COALITION, LOCAL}), 90, None,
        "", "מתנדבים קבועים לחלוקת סלי מזון בחגים",
    ),
    "המשרד לפיתוח הפריפריה, הנגב והגליל": PartnerDetails(
        (), frozenset({MONEY}), 5, 1, frozenset(), 120, None, "", "הגשה משותפת לקול הקורא הבא",
    ),
    "קרן משפחת אלון": PartnerDetails(
        (), frozenset({MONEY}), 4, 3, frozenset({COALITION}), 30, -1,
        "מימון כנס השכונה ברובע 5", "מימון רב-שנתי למרחבי התכנסות",
    ),
    "סופר השכונה": PartnerDetails(("רובע 5",), frozenset({IN_KIND}), 1, 2, frozenset(), 61, None),
    "מכללה אזורית – החוג לעבודה סוציאלית": PartnerDetails(
        ("רובע 3", "רובע 1"), frozenset({KNOWLEDGE, VOLUNTEERS}), 2, 3, frozenset({TABLE}), 25, 30,
        "שלוש סטודנטיות בהכשרה מעשית", "",
    ),
    "תנועת אור – מחוז דרום": PartnerDetails(
        (), frozenset({KNOWLEDGE, MONEY}), 4, 5, frozenset({TABLE, COALITION}), 3, 10,
        "ליווי חודשי של מנהלת הקהילות", "",
    ),
}

PARTNER_CONTACTS: tuple[tuple[str, int, ContactKind, str], ...] = (
    ("אגף הרווחה", 12, ContactKind.MEETING, "פגישת עבודה עם מנהלת האגף על שיבוץ עובדים סוציאליים ברובעים"),
    ("אגף הרווחה", 60, ContactKind.CALL, "תיאום השתתפות בשולחן השותפים"),
    ("המחלקה לעבודה קהילתית", 5, ContactKind.MEETING, "הדרכת רכזים חודשית"),
    ("מתנ\"ס רובע 5", 20, ContactKind.EVENT, "כנס השכונה – תודה על האירוח"),
    ("עמותת \"יד ביד בנגב\"", 90, ContactKind.EMAIL, "שליחת סיכום הכנס ובקשה למתנדבים"),
    ("קרן משפחת אלון", 30, ContactKind.MEETING, "הצגת תכנית העבודה; ביקשו הצעה כתובה"),
    ("תנועת אור – מחוז דרום", 3, ContactKind.CALL, "עדכון על התקדמות השלב השני"),
)

# name -> (skills, last activity in days ago, consent given days ago or None)
RESIDENT_DETAILS: dict[str, tuple[str, int | None, int | None]] = {
    "רחל מזרחי": ("הנחיית קבוצות, ערבית", 6, 300),
    "דוד אוחיון": ("חשמלאי, תיקונים בבניין", 75, 250),
    "אנה קוזלוב": ("רוסית, עיצוב גרפי", 20, 120),
    "משה גבאי": ("ארגון אירועים", 95, None),
    "שירה אלמוג": ("כתיבת בקשות לקרנות", 3, 200),
    "אבי חדד": ("ניהול קבוצת הווטסאפ של הבניין", 64, 180),
    "טליה רוזן": ("צילום", 140, 90),
    "יעקב אלקיים": ("הנדסה, ליווי התחדשות עירונית", 15, 60),
    "סיגל עמר": ("גינון קהילתי", 70, None),
    "חנה שושן": ("בישול לאירועים, אמהרית", 9, 30),
    "איתי כהן": ("אתר אינטרנט, רשתות חברתיות", 100, 150),
}

RESTING = ("טליה רוזן", "איתי כהן")
"""Residents whose status history goes from active to resting."""

COORDINATOR_MENTORING: dict[str, tuple[str, str, tuple[tuple[int, str, str, int | None], ...]]] = {
    "מיכל אברהם": (
        "מכירה את כל ועדי הבתים; מובילה ישיבות ביד רמה.",
        "קשה לה להאציל סמכויות; עומס בתקופת חגים.",
        (
            (40, "היערכות לכנס השכונה", "מיכל תחלק את הכנת הכנס בין שלוש ועדות", -25),
            (10, "האצלת סמכויות לוועדות", "פגישה שבועית קצרה עם ראשי הוועדות", 20),
        ),
    ),
    "יוסי פרץ": (
        "קשר טוב עם בני נוער ועם בתי הספר.",
        "מעקב אחרי משימות ותיעוד.",
        (
            (35, "מיפוי השכונה", "יוסי ישלים את טבלת הנכסים", -5),
            (7, "כלים לתיעוד", "שימוש ביומן המשימות בתוכנה", 14),
        ),
    ),
    "נועה ביטון": (
        "מבינה לעומק את תהליך ההתחדשות העירונית.",
        "חדשה בתפקיד; עוד לא מכירה את אגפי העירייה.",
        (
            (50, "היכרות עם אגפי העירייה", "פגישת היכרות עם אגף הרווחה", -30),
            (14, "גיוס מנהיגות תושבים", "נועה תנסח קול קורא לתושבים", 10),
        ),
    ),
    "אלינור דהן": (
        "יצירתית, מגייסת מתנדבים בקלות.",
        "ניהול תקציב קטן של השכונה.",
        (
            (28, "בניית תכנית עבודה שכונתית", "טיוטה ראשונה עד סוף החודש", 2),
            (5, "תקציב השכונה", "ישיבה משותפת עם הגזברית", 21),
        ),
    ),
    "עומר אזולאי": (
        "שקט וסבלני; התושבים סומכים עליו.",
        "פחות נוח לו לעמוד מול קהל גדול.",
        (
            (60, "הצגה בכנס", "עומר יציג חלק מהכנס בליווי רחל", None),
            (21, "מפגש מנהיגות תושבים", "הזמנת עשרה תושבים למפגש ראשון", 7),
        ),
    ),
}

S2 = [f"s2.t{n}" for n in range(1, 10)]
DONE, WORKING, SKIP = TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_RELEVANT

NEIGHBORHOOD_PROGRESS: dict[str, dict[str, TaskStatus]] = {
    "רובע 5": {**{key: DONE for key in S2}, "s3.t1": WORKING, "s3.t2": WORKING},
    "רובע 2 צפון": {**{key: DONE for key in S2[:6]}, "s2.t7": WORKING, "s2.t8": WORKING, "s2.t9": DONE},
    "רובע 4 צפון": {"s2.t1": DONE, "s2.t2": DONE, "s2.t3": DONE, "s2.t4": WORKING},
    "רובע 3": {"s2.t1": DONE, "s2.t2": DONE, "s2.t3": WORKING, "s2.t8": SKIP},
    "רובע 1": {"s2.t1": DONE, "s2.t2": WORKING},
    "רובע 6 צפון": {"s2.t1": WORKING},
}

CITY_PROGRESS: dict[str, TaskStatus] = {
    "s1.t1": DONE,
    "s1.t2": DONE,
    "s1.t3": DONE,
    "s1.t4": DONE,
    "s1.t5": WORKING,
    "s3.t4": WORKING,
    "s3.t6": WORKING,
}

MANAGER = "מנהלת הקהילות העירונית"


SLIVER_DEGREES = 0.0002


def _load_neighborhoods() -> dict[str, tuple[str, int]]:
    """Each demo neighborhood's boundary (GeoJSON) and census population."""
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    collection = json.loads(paths.demo_city_geodata().read_text(encoding="utf-8"))
    sub_quarter_of = {code: name for name, codes in NEIGHBORHOOD_GROUPS.items() for code in codes}
    shapes: dict[str, list] = defaultdict(list)
    population: dict[str, int] = defaultdict(int)
    for feature in collection["features"]:
        properties = feature["properties"]
        name = sub_quarter_of[str(int(properties["STAT11"]))[:2]]
        shapes[name].append(shape(feature["geometry"]).buffer(0))
        population[name] += int(properties["Pop_Total"] or 0)
    result = {}
    taken = None  # the simplified census areas overlap a little; each neighborhood keeps only what is not taken
    for name in NEIGHBORHOOD_GROUPS:
        # Closing by about 20 m fills the slivers the simplified census areas leave between them.
        boundary = unary_union(shapes[name]).buffer(SLIVER_DEGREES).buffer(-SLIVER_DEGREES)
        if taken is not None:
            boundary = _polygons_only(boundary.difference(taken))
        taken = boundary if taken is None else unary_union([taken, boundary])
        result[name] = (json.dumps(mapping(boundary)), population[name])
    return result


def _polygons_only(geometry):  # noqa: ANN001, ANN202 - shapely geometries, imported late
    """Drop the lines and points a difference can leave behind."""
    from shapely.geometry import MultiPolygon, Polygon

    if isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    parts = [part for part in getattr(geometry, "geoms", []) if isinstance(part, Polygon)]
    return MultiPolygon(parts)


def write_demo_workspace(path: Path, today: dt.date | None = None) -> Workspace:
    """Create the demo city at ``path`` (which must not exist yet) and return it open."""
    today = today or dt.date.today()
    workspace = Workspace.create(path, DEMO_CITY_NAME, today.year)
    ids: dict[str, int] = {}
    for name, (boundary, population) in _load_neighborhoods().items():
        description, strengths, needs = PROFILES.get(name, ("", "", ""))
        profile = NeighborhoodProfile(population, description, strengths, needs)
        ids[name] = workspace.neighborhoods.add(name, profile, boundary).id

    for neighborhood, full_name, phone in COORDINATORS:
        person_id = workspace.people.add(full_name, [PersonRole.COMMUNITY_COORDINATOR], ids[neighborhood], phone)
        current = workspace.neighborhoods.get(ids[neighborhood]).profile
        workspace.neighborhoods.update_profile(ids[neighborhood], dataclasses.replace(current, coordinator_id=person_id))
    for neighborhood, full_name, roles in RESIDENTS:
        workspace.people.add(full_name, roles, ids[neighborhood] if neighborhood else None)
    for partner in PARTNERS:
        workspace.partners.add(_with_details(partner, ids, today))

    _write_people_details(workspace, today)
    _write_partner_contacts(workspace, today)
    _write_progress(workspace, ids, today)
    _write_assets(workspace, ids)
    _write_work_plans(workspace, ids, today)
    _write_budget(workspace, ids, today)
    _book_most_plans_in_the_budget(workspace)
    _write_events(workspace, ids, today)
    return workspace


def _days_ago(today: dt.date, days: int | None) -> dt.date | None:
    return today - dt.timedelta(days=days) if days is not None else None


def _with_details(partner: Partner, ids: dict[str, int], today: dt.date) -> Partner:
    details = PARTNER_DETAILS.get(partner.name)
    if details is None:
        return partner
    return dataclasses.replace(
        partner,
        neighborhood_ids=frozenset(ids[name] for name in details.neighborhoods),
        contributions=details.contributions,
        influence=details.influence,
        interest=details.interest,
        memberships=details.memberships,
        support_now=details.support_now,
        support_wanted=details.support_wanted,
        last_contact=_days_ago(today, details.contacted_days_ago),
        next_follow_up=_days_ago(today, -details.follow_up_in_days) if details.follow_up_in_days is not None else None,
    )


def _write_partner_contacts(workspace: Workspace, today: dt.date) -> None:
    partner_ids = {partner.name: partner.id for partner in workspace.partners.list()}
    for name, days_ago, kind, summary in PARTNER_CONTACTS:
        workspace.partners.log_contact(ContactEntry(None, partner_ids[name], today - dt.timedelta(days=days_ago), kind, summary))


def _write_people_details(workspace: Workspace, today: dt.date) -> None:
    for person in workspace.people.list():
        if person.full_name in RESIDENT_DETAILS:
            skills, active_days_ago, consent_days_ago = RESIDENT_DETAILS[person.full_name]
            workspace.people.update(
                dataclasses.replace(
                    person,
                    skills=skills,
                    last_activity=_days_ago(today, active_days_ago),
                    consent_to_contact=consent_days_ago is not None,
                    consent_date=_days_ago(today, consent_days_ago),
                )
            )
        if person.full_name in RESTING:
            workspace.people.change_status(person.id, PersonStatus.ACTIVE, today - dt.timedelta(days=400))
            workspace.people.change_status(person.id, PersonStatus.RESTING, today - dt.timedelta(days=45), "עומס בעבודה")
        if person.full_name in COORDINATOR_MENTORING:
            _write_mentoring(workspace, person.id, person.full_name, today)


def _write_mentoring(workspace: Workspace, person_id: int, name: str, today: dt.date) -> None:
    strengths, challenges, sessions = COORDINATOR_MENTORING[name]
    person = workspace.people.get(person_id)
    workspace.people.update(
        dataclasses.replace(person, strengths=strengths, challenges=challenges, last_activity=today - dt.timedelta(days=2))
    )
    for days_ago, topics, agreed, follow_up_in_days in sessions:
        date = today - dt.timedelta(days=days_ago)
        follow_up = date + dt.timedelta(days=days_ago + follow_up_in_days) if follow_up_in_days is not None else None
        workspace.people.add_mentoring_session(MentoringSession(None, person_id, date, topics, agreed, follow_up))


DEMO_ASSETS: tuple[tuple[AssetCategory, str], ...] = (
    (AssetCategory.COMMUNITY_CENTER, "מתנ\"ס {0}"),
    (AssetCategory.SCHOOL, "בית הספר היסודי {0}"),
    (AssetCategory.KINDERGARTEN, "גן ילדים {0}"),
    (AssetCategory.PLACE_OF_WORSHIP, "בית הכנסת המרכזי {0}"),
    (AssetCategory.PARK, "גינה קהילתית {0}"),
    (AssetCategory.SHELTER, "מקלט ציבורי {0}"),
    (AssetCategory.CLUB, "מועדון נוער {0}"),
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


def _write_assets(workspace: Workspace, ids: dict[str, int]) -> None:
    assets = []
    for index, (name, neighborhood_id) in enumerate(ids.items()):
        boundary = workspace.division.boundary(neighborhood_id)
        if boundary is None:
            continue
        kinds = [DEMO_ASSETS[(index + offset) % len(DEMO_ASSETS)] for offset in range(3)]
        for (category, pattern), (longitude, latitude) in zip(kinds, _places_inside(boundary, 3), strict=False):
            assets.append(Asset(None, pattern.format(name), category, longitude, latitude, neighborhood_id))
    workspace.assets.add_many(assets)


def _write_progress(workspace: Workspace, ids: dict[str, int], today: dt.date) -> None:
    start = dt.date(today.year, 1, 15)
    for step, (key, status) in enumerate(CITY_PROGRESS.items()):
        workspace.journey.save(_state(key, None, status, start, step, MANAGER))
    coordinators = {neighborhood: name for neighborhood, name, _ in COORDINATORS}
    for name, progress in NEIGHBORHOOD_PROGRESS.items():
        owner = coordinators.get(name, MANAGER)
        for step, (key, status) in enumerate(progress.items()):
            workspace.journey.save(_state(key, ids[name], status, start, step, owner))


def _state(key: str, neighborhood_id: int | None, status: TaskStatus, start: dt.date, step: int, owner: str) -> TaskState:
    due = start + dt.timedelta(weeks=3 * (step + 1))
    done = due - dt.timedelta(days=4) if status is TaskStatus.DONE else None
    return TaskState(key, neighborhood_id, status, owner, due, done)


# -- the budget of the plan year ------------------------------------------------------------

DEMO_INCOME: tuple[tuple[IncomeSource, str, float, IncomeStatus], ...] = (
    (IncomeSource.MUNICIPALITY, "השתתפות העירייה בתקציב הקהילות", 180_000, IncomeStatus.RECEIVED),
    (IncomeSource.MUNICIPALITY, "תקציב אגף הרווחה לפעילות שכונתית", 60_000, IncomeStatus.COMMITTED),
    (IncomeSource.OR_MOVEMENT, "מענק תנועת אור לליווי והכשרות", 90_000, IncomeStatus.COMMITTED),
    (IncomeSource.GOVERNMENT, "קול קורא – המשרד לפיתוח הפריפריה, הנגב והגליל", 120_000, IncomeStatus.EXPECTED),
    (IncomeSource.DONORS, "קרן משפחת אלון – כנסי שכונה", 35_000, IncomeStatus.RECEIVED),
    (IncomeSource.BUSINESSES, "סופר השכונה – כיבוד לאירועים", 8_000, IncomeStatus.COMMITTED),
)

# (neighborhood or None for the city, category, description, planned, actual)
DEMO_EXPENSES: tuple[tuple[str | None, ExpenseCategory, str, float, float], ...] = (
    (None, ExpenseCategory.STAFF, "רכזת קהילה עירונית (חלקיות משרה)", 150_000, 62_500),
    (None, ExpenseCategory.TRAINING, "הכשרת רכזי קהילה ומנהיגות תושבים", 40_000, 18_200),
    (None, ExpenseCategory.EVENTS, "כנס מובילים עירוני", 25_000, 0),
    ("רובע 5", ExpenseCategory.EVENTS, "כנס שכונה שנתי", 18_000, 19_450),
    ("רובע 5", ExpenseCategory.ACTIVITIES, "פעילות ערב לבני נוער", 24_000, 9_800),
    ("רובע 2 צפון", ExpenseCategory.EQUIPMENT, "ציוד למרחב ההתכנסות", 12_000, 11_350),
    ("רובע 2 צפון", ExpenseCategory.HOSPITALITY, "כיבוד למפגשי הורים", 4_500, 1_900),
    ("רובע 4 צפון", ExpenseCategory.PRINTING, "עלון מידע על ההתחדשות העירונית", 6_000, 0),
    ("רובע 4 צפון", ExpenseCategory.ACTIVITIES, "הקמת גינה קהילתית", 30_000, 7_200),
    ("רובע 3", ExpenseCategory.ACTIVITIES, "מפגשי צעירים במרכז הקהילתי", 15_000, 4_000),
)

DEMO_PROJECTS: tuple[tuple[str, str, float, str], ...] = (
    ("גינה קהילתית ברובע 4 צפון", "רובע 4 צפון", 85_000, "גינה משותפת לתושבים בזמן ההתחדשות העירונית"),
    ("מועדון נוער מתחדש ברובע 5", "רובע 5", 140_000, "שיפוץ והצטיידות של מועדון הנוער השכונתי"),
)

# (funder, amount, stage, next step, days from today to the next step (negative: past), project or None)
DEMO_PROSPECTS: tuple[tuple[str, float, ProspectStage, str, int | None, str | None], ...] = (
    ("קרן משפחת אלון", 40_000, ProspectStage.COMMITTED, "", None, "גינה קהילתית ברובע 4 צפון"),
    ("המשרד לפיתוח הפריפריה, הנגב והגליל", 100_000, ProspectStage.PROPOSAL_SENT, "לברר את מועד ועדת ההחלטה", -9, "מועדון נוער מתחדש ברובע 5"),
    ("בנק מקומי – תרומות לקהילה", 25_000, ProspectStage.APPROACHED, "פגישת היכרות עם מנהלת הסניף", 12, None),
)


# Each plan: (kind, neighborhood or None, goals: (title, activities: (name, owner, department, task,
# first month, last month, planned budget, metric, target, status))).
DEMO_PLANS = (
    (
        "city",
        None,
        (
            (
                "תשתית עירונית לקהילתיות",
                (
                    ("כינוס שולחן השותפים העירוני", "מנהלת הקהילות העירונית", "", "s1.t1", 1, 2, 4_000, "מפגשים", "4", "done"),
                    ("מיפוי שכונות העיר ונכסיהן", "מנהלת הקהילות העירונית", "", "s1.t2", 2, 4, 6_000, "שכונות ממופות", "10", "in_progress"),
                ),
            ),
            (
                "הכשרת רכזי קהילה",
                (
                    ("קורס רכזי קהילה", "תנועת אור – מחוז דרום", "", "s3.t2", 3, 6, 18_000, "רכזים שסיימו", "5", "in_progress"),
                ),
            ),
        ),
    ),
    (
        "annual_city",
        None,
        (
            (
                "שילוב התפיסה הקהילתית באגפי הרשות",
                (
                    ("מפגש עבודה עם אגף הרווחה", "מנהלת הקהילות העירונית", "אגף הרווחה", "s3.t5", 4, 4, 1_500, "מפגשים", "2", "planned"),
                    ("תכנית קיץ משותפת עם אגף החינוך", "מנהלת הקהילות העירונית", "אגף החינוך", "s3.t5", 6, 8, 12_000, "משתתפים", "300", "planned"),
                ),
            ),
        ),
    ),
    (
        "neighborhood",
        "רובע 5",
        (
            (
                "חיזוק הנהגת השכונה",
                (
                    ("כנס שכונתי שנתי", "מיכל אברהם", "", "s2.t6", 3, 3, 9_000, "משתתפים", "100", "done"),
                    ("מפגשי ועדת התרבות", "מיכל אברהם", "", "s2.t3", 4, 12, 3_000, "מפגשים", "8", "in_progress"),
                ),
            ),
            (
                "מרחב התכנסות פעיל",
                (
                    ("שיפוץ מועדון השכונה", "ועד שכונת רובע 5", "", "s2.t8", 5, 7, 15_000, "שעות פתיחה בשבוע", "20", "delayed"),
                ),
            ),
        ),
    ),
)


def _write_work_plans(workspace: Workspace, ids: dict[str, int], today: dt.date) -> None:
    from ..domain.planning import Activity, ActivityStatus, PlanKind
    from .work_plans import WorkPlanService

    plans = WorkPlanService(workspace)
    year = workspace.city.get().plan_year
    for kind, neighborhood, goals in DEMO_PLANS:
        neighborhood_id = ids[neighborhood] if neighborhood else None
        plan = plans.plan(PlanKind(kind), year, neighborhood_id)
        assert plan.id is not None
        for title, activities in goals:
            goal = plans.add_goal(plan.id, title)
            assert goal.id is not None
            for name, owner, department, task, first, last, budget, metric, target, status in activities:
                plans.add_activity(
                    Activity(
                        None,
                        goal.id,
                        name,
                        neighborhood_id,
                        task,
                        owner,
                        department=department,
                        start=dt.date(year, first, 1),
                        end=dt.date(year, last, 28),
                        planned_budget=budget,
                        metric=metric,
                        target=target,
                        status=ActivityStatus(status),
                    )
                )


def _book_most_plans_in_the_budget(workspace: Workspace) -> None:
    """Book all but the last two activities' planned amounts, so the demo shows plans and budget mostly agreeing."""
    from .budget import BudgetService

    budget = BudgetService(workspace)
    for mismatch in budget.mismatches()[:-2]:
        budget.book_plan_amount(mismatch.activity_id)


def _write_budget(workspace: Workspace, ids: dict[str, int], today: dt.date) -> None:
    from .budget import BudgetService

    budget = BudgetService(workspace)
    year = workspace.city.get().plan_year
    for source, description, amount, status in DEMO_INCOME:
        budget.add_income(Income(None, year, source, description, amount, status))
    for neighborhood, category, description, planned, actual in DEMO_EXPENSES:
        neighborhood_id = ids[neighborhood] if neighborhood else None
        budget.add_expense(Expense(None, year, category, description, neighborhood_id, None, planned, actual))
    project_ids = {
        name: budget.add_project(ResourceProject(None, name, ids[neighborhood], needed, description)).id
        for name, neighborhood, needed, description in DEMO_PROJECTS
    }
    for funder, amount, stage, next_step, in_days, project in DEMO_PROSPECTS:
        date = today + dt.timedelta(days=in_days) if in_days is not None else None
        prospect = FundingProspect(None, funder, amount, stage, next_step, date, project_ids.get(project or ""))
        budget.add_prospect(prospect)


# -- events, initiatives, groups, gathering spaces and channels -------------------------------

DEMO_CONFERENCE_COMMITTEES = "ועדת תרבות ואירועים\nועדת נוער\nועדת גינון וסביבה"

DEMO_SPACE_RULES = (
    "המפתח אצל רכזת הקהילה ואצל ראש ועדת התרבות\n"
    "משאירים את החדר נקי ומסודר\n"
    "שקט אחרי 22:00, מתחשבים בשכנים\n"
    "כל קבוצה רושמת את עצמה ביומן המשותף מראש"
)


def _write_events(workspace: Workspace, ids: dict[str, int], today: dt.date) -> None:
    """The plan year's calendar: a conference in the stage-3 neighborhood, a Friday evening and a Chanukah event (so
    Shabbat and holiday flags show), initiatives, a committee and an activist group, a gathering space and channels."""
    from ..domain.planning import (
        ActivityStatus,
        Channel,
        ChannelKind,
        Event,
        EventKind,
        GatheringSpace,
        Group,
        GroupKind,
        Initiative,
    )
    from .events import EventService

    events = EventService(workspace)
    year = workspace.city.get().plan_year
    first_friday_of_may = dt.date(year, 5, 1) + dt.timedelta(days=(4 - dt.date(year, 5, 1).weekday()) % 7)
    for event in (
        Event(None, "מפגש מנהיגות תושבים ראשון", dt.date(year, 1, 20), EventKind.MEETING, ids["רובע 1"], "מועדון הנוער", "19:00"),
        Event(None, "הכשרת רכזי בניינים", dt.date(year, 2, 10), EventKind.TRAINING, None, "בית העירייה, אולם 2", "17:30"),
        Event(None, "כנס שכונה – רובע 5", dt.date(year, 3, 17), EventKind.CONFERENCE, ids["רובע 5"], "מתנ\"ס רובע 5", "18:00",
              "הצגת המיפוי ותכנית העבודה, חלוקה לוועדות", 120, DEMO_CONFERENCE_COMMITTEES),
        Event(None, "קבלת שבת קהילתית בגינה", first_friday_of_may, EventKind.COMMUNITY, ids["רובע 2 צפון"], "הגינה הציבורית", "18:30"),
        Event(None, "יום ניקיון שכונתי", dt.date(year, 6, 14), EventKind.COMMUNITY, ids["רובע 4 צפון"], "רחבת המרכז המסחרי", "09:00"),
        Event(None, "כנס מובילים עירוני", dt.date(year, 10, 27), EventKind.CONFERENCE, None, "היכל התרבות", "17:00"),
        Event(None, "הדלקת נרות חנוכה משותפת", _third_day_of_chanukah(year), EventKind.HOLIDAY, ids["רובע 3"], "המרכז הקהילתי", "17:00"),
        Event(None, "ישיבת ועדת התרבות", today + dt.timedelta(days=3), EventKind.MEETING, ids["רובע 5"], "מתנ\"ס רובע 5", "20:00"),
    ):
        events.add_event(event)

    events.add_initiative(Initiative(None, ids["רובע 4 צפון"], "גינה קהילתית", "גינה משותפת לתושבים בזמן ההתחדשות העירונית",
                                     "סיגל עמר", dt.date(year, 3, 1), dt.date(year, 9, 30), ActivityStatus.IN_PROGRESS))
    events.add_initiative(Initiative(None, ids["רובע 5"], "ספריית רחוב", "ארון ספרים פתוח ליד המתנ\"ס, בניהול מתנדבים",
                                     "אנה קוזלוב", dt.date(year, 5, 1), None, ActivityStatus.PLANNED))

    people = {person.full_name: person.id for person in workspace.people.list()}
    events.add_group(Group(None, "ועדת תרבות ואירועים", GroupKind.COMMITTEE, ids["רובע 5"], "אירועי חגים וערבי שכונה",
                           frozenset(people[name] for name in ("רחל מזרחי", "משה גבאי", "אנה קוזלוב"))))
    events.add_group(Group(None, "קבוצת הורים פעילים", GroupKind.ACTIVIST_GROUP, ids["רובע 2 צפון"], "פעילות לילדים אחרי הצהריים",
                           frozenset(people[name] for name in ("שירה אלמוג", "אבי חדד", "טליה רוזן"))))

    events.save_gathering_space(GatheringSpace(ids["רובע 5"], "מתנ\"ס רובע 5, חדר 3", "ראשון–חמישי 17:00–22:00", DEMO_SPACE_RULES))

    for channel in (
        Channel(None, "שכנים ברובע 5", ChannelKind.WHATSAPP, ids["רובע 5"], "רחל מזרחי", 240, today - dt.timedelta(days=1)),
        Channel(None, "העלון החודשי של רובע 5", ChannelKind.NEWSLETTER, ids["רובע 5"], "אנה קוזלוב", 610, today - dt.timedelta(days=20)),
        Channel(None, "הורים ברובע 2 צפון", ChannelKind.WHATSAPP, ids["רובע 2 צפון"], "אבי חדד", 85, today - dt.timedelta(days=64)),
        Channel(None, "עמוד הקהילות העירוני", ChannelKind.PAGE, None, MANAGER, 1300, today - dt.timedelta(days=6)),
    ):
        events.add_channel(channel)


def _third_day_of_chanukah(year: int) -> dt.date:
    """Chanukah of the plan year's December: 27 Kislev of the Hebrew year that began that autumn."""
    from pyluach.dates import HebrewDate

    return HebrewDate(year + 3761, 9, 27).to_pydate()
