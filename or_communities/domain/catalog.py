"""The four-stage process of the Or Communities manager's guide, as data.

Stages 1 and 4 are city-level, stage 2 is done once per neighborhood and
stage 3 mixes both. Every task has a stable key ("s2.t4") that the workspace
stores; names and tools come from here, in Hebrew and in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .text import Text


class Scope(Enum):
    """Where a task is carried out."""

    CITY = "city"
    NEIGHBORHOOD = "neighborhood"
    BOTH = "both"

    def applies_to_city(self) -> bool:
        return self in (Scope.CITY, Scope.BOTH)

    def applies_to_neighborhood(self) -> bool:
        return self in (Scope.NEIGHBORHOOD, Scope.BOTH)


class Area(Enum):
    """The areas of the application; a tool may open one of them."""

    JOURNEY = "journey"
    NEIGHBORHOODS = "neighborhoods"
    MATRIX = "matrix"
    MAP = "map"
    PARTNERS = "partners"
    COALITIONS = "coalitions"
    LEADERSHIP = "leadership"
    PEOPLE = "people"
    COORDINATORS = "coordinators"
    WORK_PLANS = "work_plans"
    BUDGET = "budget"
    EVENTS = "events"
    DASHBOARD = "dashboard"


@dataclass(frozen=True, slots=True)
class Tool:
    key: str
    name: Text
    summary: Text
    area: Area | None = None
    """The area of the application where the tool is worked with, if any."""


@dataclass(frozen=True, slots=True)
class Task:
    key: str
    stage_number: int
    number: int
    name: Text
    scope: Scope
    tool_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Stage:
    number: int
    name: Text
    short_name: Text
    tasks: tuple[Task, ...]


def _t(he: str, en: str) -> Text:
    return Text(he, en)


TOOLS: dict[str, Tool] = {
    tool.key: tool
    for tool in (
        Tool(
            "coalition",
            _t("בניית קואליציית שותפים", "Building a partners coalition"),
            _t(
                "מי יושב סביב השולחן: שותפים מתוך המערכת ומחוצה לה, מה כל אחד יכול לתרום ומה הוא צריך.",
                "Who sits at the table: partners inside the system and beyond, what each can give and needs.",
            ),
            Area.COALITIONS,
        ),
        Tool(
            "mapping_file",
            _t("תיק מיפוי", "Mapping file"),
            _t(
                "שכונות, נכסים, צרכים ואוכלוסיות על גבי המפה, ופרופיל לכל שכונה.",
                "Neighborhoods, assets, needs and populations on the map, and a profile for each neighborhood.",
            ),
            Area.MAP,
        ),
        Tool(
            "city_work_plan_format",
            _t("פורמט בניית תוכנית עבודה עירונית", "City work plan format"),
            _t(
                "מטרות, פעולות, אחראים, לוחות זמנים, תקציב ומדדי הצלחה ברמה העירונית.",
                "Goals, activities, owners, timelines, budget and success metrics for the city.",
            ),
            Area.WORK_PLANS,
        ),
        Tool(
            "call_for_applications",
            _t("דוגמא לקול קורא – טירת הכרמל", "Sample call for applications (Tirat Carmel)"),
            _t(
                "קול קורא לתושבים להצטרף למנהיגות השכונה: למי הוא פונה, מה מציעים ואיך נרשמים.",
                "A call to residents to join the neighborhood leadership: whom it addresses, what it offers, how to sign up.",
            ),
            Area.LEADERSHIP,
        ),
        Tool(
            "leadership_meeting",
            _t("מבנה מפגש מנהיגות תושבים", "Structure of a resident-leadership meeting"),
            _t(
                "היכרות, חזון שכונתי, מיפוי צרכים וכוחות, בחירת רכז/ת קהילה וסיכום צעדים הבאים.",
                "Introductions, a neighborhood vision, needs and strengths, choosing a coordinator, next steps.",
            ),
            Area.LEADERSHIP,
        ),
        Tool(
            "neighborhood_work_plan_format",
            _t("פורמט בניית תוכנית עבודה לשכונה", "Neighborhood work plan format"),
            _t(
                "תכנית העבודה של השכונה, מסונכרנת עם התכנית העירונית.",
                "The neighborhood's work plan, synchronized with the city plan.",
            ),
            Area.WORK_PLANS,
        ),
        Tool(
            "first_conference",
            _t("\"ככה מתכננים כנס שכונה ראשון\"", "\"How to plan a first neighborhood conference\""),
            _t(
                "תאריך ומקום, הזמנת תושבים ושותפים, חלוקה לוועדות ויצירת קבוצות פעילים.",
                "Date and place, inviting residents and partners, splitting into committees and activist groups.",
            ),
            Area.EVENTS,
        ),
        Tool(
            "gathering_space_rules",
            _t("כללים להקמת מרחב התכנסות קהילתי", "Rules for setting up a community gathering space"),
            _t(
                "מקום נגיש וקבוע, שעות פתיחה, כללים מוסכמים ומי אחראי על המפתח.",
                "An accessible, steady place, opening hours, agreed rules and who holds the key.",
            ),
            Area.EVENTS,
        ),
        Tool(
            "communication_tips",
            _t("טיפים לתחזוקת ערוצי תקשורת", "Tips for keeping communication channels alive"),
            _t(
                "מי מנהל כל ערוץ, קצב עדכונים קבוע ותוכן שהתושבים מייצרים בעצמם.",
                "Who runs each channel, a steady rhythm of updates, content the residents make themselves.",
            ),
            Area.EVENTS,
        ),
        Tool(
            "activist_retention",
            _t("טיפים לשימור פעילים", "Tips for retaining activists"),
            _t(
                "הוקרה, תפקידים ברורים, ליווי אישי ומעקב אחרי פעילים שלא היו פעילים זמן רב.",
                "Recognition, clear roles, personal accompaniment and following up activists who went quiet.",
            ),
            Area.PEOPLE,
        ),
        Tool(
            "budget_sources",
            _t(
                "כלי לפיתוח מקורות תקציביים וגיוס שותפים בעיר ומחוצה לה",
                "Developing budget sources and recruiting partners",
            ),
            _t(
                "צנרת של מקורות תקציב: למי פנינו, על כמה, היכן זה עומד והצעד הבא.",
                "A pipeline of budget sources: who was asked, for how much, where it stands, the next step.",
            ),
            Area.BUDGET,
        ),
        Tool(
            "partner_retention",
            _t("טיפים לשימור שותפים", "Tips for retaining partners"),
            _t(
                "קשר קבוע, עדכון על הישגים, שיתוף בהחלטות ומעקב אחרי שותפים שלא דיברנו איתם זמן רב.",
                "Regular contact, sharing results, involving them in decisions, following up partners not contacted for long.",
            ),
            Area.PARTNERS,
        ),
        Tool(
            "city_projects",
            _t("כלי לניהול פרויקטים עירוניים לקידום קהילתיות", "Managing city projects that promote community"),
            _t(
                "פרויקטים עירוניים עם מטרות, שותפים, אגפים, תקציב ומדדי הצלחה.",
                "City projects with goals, partners, departments, budget and success metrics.",
            ),
            Area.WORK_PLANS,
        ),
    )
}


def _stage(number: int, name: Text, short: Text, tasks: list[tuple[Text, Scope, tuple[str, ...]]]) -> Stage:
    return Stage(
        number,
        name,
        short,
        tuple(
            Task(f"s{number}.t{index}", number, index, task_name, scope, tools)
            for index, (task_name, scope, tools) in enumerate(tasks, start=1)
        ),
    )


C, N, B = Scope.CITY, Scope.NEIGHBORHOOD, Scope.BOTH

STAGES: tuple[Stage, ...] = (
    _stage(
        1,
        _t("בניית התשתית העירונית לקידום שכונות קהילתיות", "City infrastructure for community neighborhoods"),
        _t("תשתית עירונית", "City infrastructure"),
        [
            (_t("בניית שולחן שותפים ראשוני", "Build an initial partners table"), C, ("coalition",)),
            (_t("מיפוי ראשוני של העיר", "Initial mapping of the city"), C, ("mapping_file",)),
            (_t("חלוקה או תיקוף העיר לפי שכונות", "Divide the city into neighborhoods or validate the division"), C, ("mapping_file",)),
            (_t("בניית תכנית עבודה ותקציב", "Build a work plan and budget"), C, ("city_work_plan_format",)),
            (_t("בניית קואליציית שותפים עירונית", "Build a city partners coalition"), C, ("coalition",)),
        ],
    ),
    _stage(
        2,
        _t("בניית התשתית השכונתית לבינוי קהילה", "Neighborhood infrastructure for community building"),
        _t("תשתית שכונתית", "Neighborhood infrastructure"),
        [
            (_t("איתור מנהיגות מקומית ורכזי בניינים", "Find local leadership and building coordinators"), N, ("call_for_applications",)),
            (_t("מפגש מנהיגות תושבים ומינוי רכז קהילה בשכונה", "Resident-leadership meeting and appointing a community coordinator"), N, ("leadership_meeting",)),
            (_t("הכשרת מנהיגות התושבים ורכזי שכונות", "Train the resident leadership and neighborhood coordinators"), N, ("leadership_meeting",)),
            (_t("מיפוי שכונה", "Map the neighborhood"), N, ("mapping_file",)),
            (_t("בניית תכנית עבודה שכונתית", "Build a neighborhood work plan"), N, ("neighborhood_work_plan_format",)),
            (_t("כנס שכונה וחלוקה לוועדות ויצירת קבוצות פעילים", "Neighborhood conference, committees and activist groups"), N, ("first_conference",)),
            (_t("בניית קואליציית שותפים שכונתית", "Build a neighborhood partners coalition"), N, ("coalition",)),
            (_t("הקמת מרחב התכנסות קהילתי", "Set up a community gathering space"), N, ("gathering_space_rules",)),
            (_t("הקמת תשתיות תקשורת קהילתיות", "Set up community communication channels"), N, ("communication_tips",)),
        ],
    ),
    _stage(
        3,
        _t("פיתוח, מינוף והרחבה", "Development, leverage and expansion"),
        _t("פיתוח והרחבה", "Development and expansion"),
        [
            (_t("קידום אירועים ויוזמות", "Promote events and initiatives"), B, ()),
            (_t("הכשרה, ליווי והדרכת מובילי הקהילה ורכזי הקהילה", "Train, accompany and guide community leaders and coordinators"), B, ("activist_retention",)),
            (_t("בניית מנגנוני תקשורת, פורומים ושגרות בין מנהיגות התושבים לרשות", "Communication mechanisms, forums and routines with the municipality"), B, ()),
            (_t("פיתוח מקורות תקציביים וגיוס שותפים בעיר ומחוצה לה", "Develop budget sources and recruit partners"), C, ("budget_sources",)),
            (_t("הטמעת התפיסה הקהילתית באגפי הרשות", "Embed the community approach in the municipality's departments"), C, ()),
            (_t("בניית קבוצת מובילים עירונית וחיבור בין שכונות", "Build a city-wide leaders group and connect the neighborhoods"), C, ("activist_retention",)),
        ],
    ),
    _stage(
        4,
        _t("בניית אסטרטגיה עירונית לפיתוח קהילתי", "A city strategy for community development"),
        _t("אסטרטגיה עירונית", "City strategy"),
        [
            (_t("גיבוש חזון ואסטרטגיה עירוניים", "Form a city vision and strategy"), C, ()),
            (_t("בניית שותפויות רחבות בעיר ומחוצה לה", "Build broad partnerships in the city and beyond"), C, ("partner_retention",)),
            (_t("בניית תוכנית עבודה שנתית עירונית הכוללת את אגפי הרשות", "Annual city work plan including the municipality's departments"), C, ("city_work_plan_format",)),
            (_t("הובלת פרויקטים עירוניים לקידום קהילתיות", "Lead city projects that promote community"), C, ("city_projects",)),
        ],
    ),
)

TASKS: dict[str, Task] = {task.key: task for stage in STAGES for task in stage.tasks}


def task_label(task: Task, language: str) -> str:
    """The task as people name it: its stage and number, then its name ("2.3 Recruiting residents")."""
    return f"{task.stage_number}.{task.number} {task.name.get(language)}"


def task_from_text(text: str) -> Task | None:
    """The task a cell names: by its label in either language, its number ("2.3") or its key; None when none."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    if cleaned in TASKS:
        return TASKS[cleaned]
    number = cleaned.split(" ", 1)[0]
    for task in TASKS.values():
        if cleaned in (task_label(task, "he"), task_label(task, "en")) or number == f"{task.stage_number}.{task.number}":
            return task
    return None

NEIGHBORHOOD_STAGE = 2
"""The stage whose tasks every neighborhood goes through before stage 3."""


def stage(number: int) -> Stage:
    return STAGES[number - 1]


def city_tasks() -> list[Task]:
    return [task for stage in STAGES for task in stage.tasks if task.scope.applies_to_city()]


def neighborhood_tasks() -> list[Task]:
    return [task for stage in STAGES for task in stage.tasks if task.scope.applies_to_neighborhood()]


def stage_two_tasks() -> tuple[Task, ...]:
    return stage(NEIGHBORHOOD_STAGE).tasks


def tools_of(task: Task) -> list[Tool]:
    return [TOOLS[key] for key in task.tool_keys]
