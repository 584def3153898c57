"""Journey 10's use cases on a real workspace file: events, conferences, initiatives, groups, gathering spaces,
channels, and each day in the Hebrew calendar with Shabbat and the holidays flagged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from or_communities.domain.calendar_days import (
    Tradition,
    day_flags,
    hebrew_date,
    is_rest_day,
)
from or_communities.domain.errors import (
    EmptyName,
    EndsBeforeStart,
    NegativeCount,
    RecordNotFound,
)
from or_communities.domain.planning import (
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
from or_communities.domain.records import PersonRole
from or_communities.services.events import EventService
from or_communities.services.workspace import Workspace


@pytest.fixture
def city(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "דימונה.orcity", "דימונה", 2026)
    yield workspace
    workspace.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flag_names(day: dt.date) -> list[str]:
    return [flag.name.he for flag in day_flags(day)]


def test_events_are_added_listed_by_month_changed_and_removed(city):
    """Events come back by month in date order, keep every field, change and go away; the other months stay."""
    service = EventService(city)
    neighborhood = city.neighborhoods.add("ממשית").id
    march = service.add_event(Event(None, "  ערב   שכונה ", dt.date(2026, 3, 18), time="19:00", place="מתנ\"ס ממשית"))
    early = service.add_event(Event(None, "הכשרת פעילים", dt.date(2026, 3, 4), EventKind.TRAINING, neighborhood))
    service.add_event(Event(None, "טקס יום העצמאות", dt.date(2026, 4, 22), EventKind.HOLIDAY))

    assert march.title == "ערב שכונה"
    assert [e.title for e in service.events_in_month(2026, 3)] == ["הכשרת פעילים", "ערב שכונה"]
    assert service.get_event(early.id) == early
    assert list(service.events_by_day(dt.date(2026, 3, 1), dt.date(2026, 3, 31))) == [dt.date(2026, 3, 4), dt.date(2026, 3, 18)]

    moved = service.update_event(Event(march.id, "ערב שכונה", dt.date(2026, 4, 2), description="קבלת פנים\nושירה"))
    assert service.get_event(march.id) == moved
    assert [e.title for e in service.events_in_month(2026, 4)] == ["ערב שכונה", "טקס יום העצמאות"]

    service.remove_event(early.id)
    assert service.events_in_month(2026, 3) == []
    with pytest.raises(RecordNotFound):
        service.remove_event(early.id)


def test_a_neighborhood_conference_keeps_its_attendance_and_committees(city):
    """The conference of a neighborhood is an event of kind conference with attendance and the committees it formed."""
    service = EventService(city)
    north, south = (city.neighborhoods.add(name).id for name in ("נווה חורש", "שכונת הערבה"))
    service.add_event(Event(None, "כנס שכונה ראשון", dt.date(2026, 5, 10), EventKind.CONFERENCE, north, attendance=45))
    latest = service.add_event(
        Event(None, "כנס שכונה", dt.date(2026, 11, 2), EventKind.CONFERENCE, north, attendance=80,
              committees_formed="ועדת תרבות\nועדת ניקיון וגינון")
    )
    assert service.conference(north) == latest
    assert service.conference(north).committees_formed.splitlines() == ["ועדת תרבות", "ועדת ניקיון וגינון"]
    assert service.conference(south) is None
    assert [c.attendance for c in service.conferences()] == [45, 80]


def test_refused_input_leaves_the_file_unchanged(city):
    """An empty title, negative attendance, negative channel members, an initiative ending before it starts, an
    unknown neighborhood or member: each is refused with an input error and the workspace file is byte for byte the same."""
    service = EventService(city)
    neighborhood = city.neighborhoods.add("ממשית").id
    event = service.add_event(Event(None, "ערב שכונה", dt.date(2026, 3, 18)))
    before = _digest(city.path)

    refusals = [
        (EmptyName, lambda: service.add_event(Event(None, "   ", dt.date(2026, 3, 18)))),
        (NegativeCount, lambda: service.update_event(Event(event.id, "ערב שכונה", event.date, attendance=-1))),
        (NegativeCount, lambda: service.add_channel(Channel(None, "קבוצת הוואטסאפ", members=-5))),
        (EmptyName, lambda: service.add_group(Group(None, ""))),
        (EmptyName, lambda: service.add_initiative(Initiative(None, neighborhood, " "))),
        (EndsBeforeStart, lambda: service.add_initiative(
            Initiative(None, neighborhood, "גינה קהילתית", start=dt.date(2026, 5, 1), end=dt.date(2026, 4, 1)))),
        (RecordNotFound, lambda: service.add_event(Event(None, "כנס", dt.date(2026, 3, 1), neighborhood_id=999))),
        (RecordNotFound, lambda: service.add_group(Group(None, "ועדת תרבות", member_ids=frozenset({999})))),
        (RecordNotFound, lambda: service.save_gathering_space(GatheringSpace(999, "רחוב הגפן 1"))),
    ]
    for error, attempt in refusals:
        with pytest.raises(error):
            attempt()
    assert _digest(city.path) == before
    assert service.get_event(event.id).attendance is None
    assert service.channels() == [] and service.groups() == [] and service.initiatives() == []


def test_initiatives_of_each_neighborhood(city):
    """Initiatives are kept per neighborhood with lead, dates and status, and change and go away."""
    service = EventService(city)
    first, second = (city.neighborhoods.add(name).id for name in ("ממשית", "נווה חורש"))
    garden = service.add_initiative(
        Initiative(None, first, "גינה קהילתית", "שתילה משותפת בחצר בית הספר", "סיגל עמר", dt.date(2026, 3, 1), dt.date(2026, 6, 30))
    )
    service.add_initiative(Initiative(None, second, "ספרייה ברחוב"))
    assert [i.name for i in service.initiatives(first)] == ["גינה קהילתית"]
    assert len(service.initiatives()) == 2

    done = service.update_initiative(dataclasses.replace(garden, status=ActivityStatus.DONE))
    assert service.get_initiative(garden.id) == done and done.status is ActivityStatus.DONE
    service.remove_initiative(garden.id)
    assert [i.name for i in service.initiatives()] == ["ספרייה ברחוב"]


def test_committees_and_activist_groups_keep_their_members(city):
    """A committee's members are people of the workspace; changing them replaces the list, and a person who is
    removed leaves the groups."""
    service = EventService(city)
    neighborhood = city.neighborhoods.add("ממשית").id
    rachel, david, anna = (
        city.people.add(name, [PersonRole.ACTIVIST], neighborhood) for name in ("רחל מזרחי", "דוד אוחיון", "אנה קוזלוב")
    )
    committee = service.add_group(Group(None, "ועדת תרבות", GroupKind.COMMITTEE, neighborhood, "אירועי חגים", frozenset({rachel, david})))
    service.add_group(Group(None, "קבוצת הורים", GroupKind.ACTIVIST_GROUP, None, "", frozenset({anna})))
    assert service.get_group(committee.id).member_ids == {rachel, david}
    assert [g.name for g in service.groups(neighborhood)] == ["ועדת תרבות"]

    service.update_group(dataclasses.replace(committee, member_ids=frozenset({david, anna})))
    assert service.get_group(committee.id).member_ids == {david, anna}
    city.people.remove(anna)
    assert service.get_group(committee.id).member_ids == {david}
    parents = next(g for g in service.groups() if g.name == "קבוצת הורים")
    assert parents.member_ids == frozenset()

    service.remove_group(committee.id)
    assert [g.name for g in service.groups()] == ["קבוצת הורים"]


def test_one_gathering_space_per_neighborhood(city):
    """Saving a neighborhood's gathering space twice changes it instead of adding a second; its rules keep their lines."""
    service = EventService(city)
    neighborhood = city.neighborhoods.add("ממשית").id
    assert service.gathering_space(neighborhood) is None
    service.save_gathering_space(GatheringSpace(neighborhood, "רחוב הגפן 4", "א׳–ה׳ 17:00–21:00", "משאירים נקי\nשקט אחרי 22:00"))
    service.save_gathering_space(GatheringSpace(neighborhood, " רחוב הגפן 4, קומת קרקע ", "א׳–ה׳ 17:00–21:00", "משאירים נקי\nשקט אחרי 22:00"))
    assert service.gathering_spaces() == [
        GatheringSpace(neighborhood, "רחוב הגפן 4, קומת קרקע", "א׳–ה׳ 17:00–21:00", "משאירים נקי\nשקט אחרי 22:00")
    ]
    service.remove_gathering_space(neighborhood)
    assert service.gathering_spaces() == []


def test_communication_channels(city):
    """A channel keeps its kind, who runs it, its members and when it was last used; it changes and goes away."""
    service = EventService(city)
    neighborhood = city.neighborhoods.add("ממשית").id
    group = service.add_channel(Channel(None, "שכנים בממשית", ChannelKind.WHATSAPP, neighborhood, "אבי חדד", 212, dt.date(2026, 2, 27)))
    service.add_channel(Channel(None, "עלון הרובע", ChannelKind.NEWSLETTER, neighborhood, "רחל מזרחי", 540))
    assert [c.name for c in service.channels(neighborhood)] == ["עלון הרובע", "שכנים בממשית"]
    assert service.get_channel(group.id) == group
    service.update_channel(dataclasses.replace(group, members=230))
    assert service.get_channel(group.id).members == 230
    service.remove_channel(group.id)
    assert [c.name for c in service.channels()] == ["עלון הרובע"]


# -- the Hebrew calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "hebrew", "english"),
    [
        (dt.date(2026, 9, 12), "א׳ בתשרי תשפ״ז", "1 Tishrei 5787"),
        (dt.date(2027, 1, 23), "ט״ו בשבט תשפ״ז", "15 Shevat 5787"),
        (dt.date(2026, 4, 2), "ט״ו בניסן תשפ״ו", "15 Nissan 5786"),
        (dt.date(2027, 2, 21), "י״ד באדר א׳ תשפ״ז", "14 Adar 1 5787"),
    ],
)
def test_hebrew_dates_of_known_days(day, hebrew, english):
    """Known days in the Hebrew calendar: Rosh Hashana 5787, Tu BiShvat 5787, the first day of Pesach 5786, a leap-year Adar I."""
    assert hebrew_date(day).he == hebrew
    assert EventService.hebrew_date(day).en == english


def test_shabbat_and_rosh_hashana_and_yom_kippur_are_rest_days():
    """Saturday is Shabbat; 2026-09-12 is both Shabbat and Rosh Hashana; Yom Kippur 5787 falls on 2026-09-21; their eves are flagged."""
    assert _flag_names(dt.date(2026, 3, 7)) == ["שבת"]
    assert _flag_names(dt.date(2026, 9, 12)) == ["שבת", "ראש השנה"]
    assert _flag_names(dt.date(2026, 9, 21)) == ["יום כיפור"] and is_rest_day(dt.date(2026, 9, 21))
    assert _flag_names(dt.date(2026, 9, 20)) == ["ערב יום כיפור"] and not is_rest_day(dt.date(2026, 9, 20))
    assert _flag_names(dt.date(2026, 9, 11)) == ["ערב שבת", "ערב ראש השנה"]
    assert _flag_names(dt.date(2026, 3, 11)) == []  # an ordinary Wednesday


def test_israel_keeps_one_day_festivals_not_the_diaspora_second_days():
    """In Israel Pesach's last day is the 21st of Nisan (2026-04-08) and Simchat Torah falls with Shemini Atzeret;
    the diaspora's extra days (2026-04-09, 2026-10-04) are ordinary days; Israel's own days are there too."""
    assert is_rest_day(dt.date(2026, 4, 8))
    assert _flag_names(dt.date(2026, 4, 9)) == []
    assert _flag_names(dt.date(2026, 10, 4)) == []
    assert "יום העצמאות" in _flag_names(dt.date(2026, 4, 22))
    assert "ט״ו בשבט" in _flag_names(dt.date(2027, 1, 23))
    chanukah = day_flags(dt.date(2026, 12, 7))
    assert [(f.name.he, f.rest_day) for f in chanukah] == [("חנוכה", False)]


def test_muslim_and_christian_holidays_are_flagged():
    """Eid al-Fitr 2026 (20 March), Eid al-Adha (27 May), Christmas and Orthodox Easter 2026 (12 April) come from the library,
    named in Hebrew and marked by tradition; when both churches keep Easter on one day (2025) it is named once."""
    flags = {flag.name.he: flag.tradition for flag in day_flags(dt.date(2026, 3, 20))}
    assert flags["עיד אל-פיטר"] is Tradition.MUSLIM
    assert any(f.tradition is Tradition.MUSLIM and "אדחא" in f.name.he for f in day_flags(dt.date(2026, 5, 27)))
    assert [f.name.he for f in day_flags(dt.date(2026, 12, 25)) if f.tradition is Tradition.CHRISTIAN] == ["חג המולד"]
    assert "חג הפסחא (אורתודוקסי)" in _flag_names(dt.date(2026, 4, 12))
    assert [f.name.he for f in day_flags(dt.date(2025, 4, 20)) if f.tradition is Tradition.CHRISTIAN] == ["חג הפסחא"]


def test_events_on_shabbat_or_a_holiday_are_listed_with_why(city):
    """Of three events, the one on a Friday evening and the one on Yom Kippur are flagged; the Tuesday one is not."""
    service = EventService(city)
    service.add_event(Event(None, "קבלת שבת קהילתית", dt.date(2026, 3, 6), time="18:30"))
    service.add_event(Event(None, "מפגש ועדה", dt.date(2026, 3, 10)))
    service.add_event(Event(None, "טעות בתאריך", dt.date(2026, 9, 21)))
    flagged = {event.title: [f.name.he for f in flags] for event, flags in service.flagged_events()}
    assert flagged == {"קבלת שבת קהילתית": ["ערב שבת"], "טעות בתאריך": ["יום כיפור"]}
