"""Each day in the Hebrew calendar too, and whether it is Shabbat, a holiday, or the eve of one.

Nothing here computes a calendar by hand. pyluach gives the Hebrew date and the traditional Jewish days in
Israel (one-day festivals); the holidays package gives Israel's own list (its rest days, memorial and
independence days, Sigd) and, through its Islamic and Christian calendars, the Muslim and Christian holidays
kept in Israel. Imported on first use: the two libraries take a moment to load.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

import holidays
from holidays.calendars.julian import JULIAN_CALENDAR
from holidays.constants import OPTIONAL, PUBLIC
from holidays.groups import ChristianHolidays, IslamicHolidays
from holidays.holiday_base import HolidayBase
from pyluach import dates as hebrew_dates

from ..domain.text import Text

SATURDAY = 5
"""dt.date.weekday() of Saturday."""


class Tradition(Enum):
    JEWISH = "jewish"
    """Jewish holidays and Israel's national days."""
    MUSLIM = "muslim"
    CHRISTIAN = "christian"

    @property
    def label(self) -> Text:
        return {
            Tradition.JEWISH: Text("יהודי וישראלי", "Jewish and Israeli"),
            Tradition.MUSLIM: Text("מוסלמי", "Muslim"),
            Tradition.CHRISTIAN: Text("נוצרי", "Christian"),
        }[self]


@dataclass(frozen=True, slots=True)
class DayFlag:
    """Why a day deserves a second look before planning something on it."""

    name: Text
    tradition: Tradition
    rest_day: bool = False
    """Shabbat, or a holiday on which Israel rests."""
    eve: bool = False
    """The day before a rest day: the rest begins at sundown."""


SHABBAT = DayFlag(Text("שבת", "Shabbat"), Tradition.JEWISH, rest_day=True)
SHABBAT_EVE = DayFlag(Text("ערב שבת", "Shabbat eve"), Tradition.JEWISH, eve=True)


def hebrew_date(day: dt.date) -> Text:
    """The day in the Hebrew calendar: "ט״ו בשבט תשפ״ז" and "15 Shevat 5787"."""
    hebrew = hebrew_dates.HebrewDate.from_pydate(day)
    return Text(
        f"{hebrew.hebrew_day()} ב{hebrew.month_name(hebrew=True)} {hebrew.hebrew_year()}",
        f"{hebrew.day} {hebrew.month_name()} {hebrew.year}",
    )


def hebrew_day_of_month(day: dt.date) -> str:
    """Only the day of the Hebrew month in letters ("ט״ו"), for a small calendar cell."""
    return hebrew_dates.HebrewDate.from_pydate(day).hebrew_day()


def hebrew_month_and_year(day: dt.date) -> Text:
    hebrew = hebrew_dates.HebrewDate.from_pydate(day)
    return Text(f"{hebrew.month_name(hebrew=True)} {hebrew.hebrew_year()}", f"{hebrew.month_name()} {hebrew.year}")


def day_flags(day: dt.date) -> list[DayFlag]:
    """Shabbat, Israel's holidays (not the diaspora's second days), Muslim and Christian holidays, and eves of rest days."""
    flags = [*_own_flags(day), *_eve_flags(day)]
    return list(dict.fromkeys(flags))


def is_rest_day(day: dt.date) -> bool:
    return any(flag.rest_day for flag in _own_flags(day))


def _own_flags(day: dt.date) -> list[DayFlag]:
    flags = [SHABBAT] if day.weekday() == SATURDAY else []
    return flags + _jewish_flags(day) + _other_traditions(day.year).flags(day)


def _eve_flags(day: dt.date) -> list[DayFlag]:
    """Tomorrow's rest, when today is not already part of it (the first day of Rosh Hashana is no eve)."""
    tomorrow = day + dt.timedelta(days=1)
    today_names = {flag.name for flag in _jewish_flags(day)}
    eves = [SHABBAT_EVE] if tomorrow.weekday() == SATURDAY else []
    eves.extend(
        DayFlag(Text(f"ערב {flag.name.he}", f"Eve of {flag.name.en}"), Tradition.JEWISH, eve=True)
        for flag in _jewish_flags(tomorrow)
        if flag.rest_day and flag.name not in today_names
    )
    return eves


def _jewish_flags(day: dt.date) -> list[DayFlag]:
    israel = _israel_holidays(day.year)
    flags = israel.flags(day)
    if flags:
        return flags
    # Traditional days Israel's official list leaves out (Tu BiShvat, the minor fasts, Shushan Purim).
    hebrew = hebrew_dates.HebrewDate.from_pydate(day)
    name_he = hebrew.holiday(israel=True, hebrew=True)
    if name_he is None:
        return []
    return [DayFlag(Text(name_he, hebrew.holiday(israel=True, hebrew=False) or name_he), Tradition.JEWISH)]


@dataclass(frozen=True)
class _IsraelYear:
    """Israel's holidays of one year in Hebrew and English, and which of them are rest days."""

    hebrew: holidays.HolidayBase
    english: holidays.HolidayBase
    rest_days: holidays.HolidayBase

    def flags(self, day: dt.date) -> list[DayFlag]:
        names_he = self.hebrew.get_list(day)
        names_en = self.english.get_list(day)
        if len(names_en) != len(names_he):
            names_en = names_he
        rest = day in self.rest_days
        return [DayFlag(Text(he, en), Tradition.JEWISH, rest_day=rest) for he, en in zip(names_he, names_en, strict=True)]


@lru_cache(maxsize=16)
def _israel_holidays(year: int) -> _IsraelYear:
    every = (PUBLIC, OPTIONAL)
    return _IsraelYear(
        holidays.country_holidays("IL", years=year, language="he", categories=every),
        holidays.country_holidays("IL", years=year, language="en_US", categories=every),
        holidays.country_holidays("IL", years=year, categories=PUBLIC),
    )


# -- Muslim and Christian holidays -------------------------------------------------------------

_NAMES: dict[str, tuple[Text, Tradition]] = {
    "eid_al_fitr": (Text("עיד אל-פיטר", "Eid al-Fitr"), Tradition.MUSLIM),
    "eid_al_adha": (Text("עיד אל-אדחא (מוסלמים ודרוזים)", "Eid al-Adha (Muslims and Druze)"), Tradition.MUSLIM),
    "hijri_new_year": (Text("ראש השנה ההיג'רית", "Islamic New Year"), Tradition.MUSLIM),
    "mawlid": (Text("מולד הנביא", "The Prophet's Birthday"), Tradition.MUSLIM),
    "christmas": (Text("חג המולד", "Christmas"), Tradition.CHRISTIAN),
    "orthodox_christmas": (Text("חג המולד (אורתודוקסי)", "Christmas (Orthodox)"), Tradition.CHRISTIAN),
    "good_friday": (Text("יום שישי הטוב", "Good Friday"), Tradition.CHRISTIAN),
    "orthodox_good_friday": (Text("יום שישי הטוב (אורתודוקסי)", "Good Friday (Orthodox)"), Tradition.CHRISTIAN),
    "easter": (Text("חג הפסחא", "Easter"), Tradition.CHRISTIAN),
    "orthodox_easter": (Text("חג הפסחא (אורתודוקסי)", "Easter (Orthodox)"), Tradition.CHRISTIAN),
}


class _MuslimAndChristianHolidays(HolidayBase, ChristianHolidays, IslamicHolidays):
    """The library's own Islamic (Umm al-Qura) and Christian (Gregorian and Julian Easter) calendars, named by key.

    Islamic dates follow the published calendar; the day a community keeps may differ by one with the moon's sighting.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        ChristianHolidays.__init__(self)
        IslamicHolidays.__init__(self, show_estimated=False)
        super().__init__(*args, **kwargs)

    def _populate_public_holidays(self) -> None:
        for add in (self._add_eid_al_fitr_day, self._add_eid_al_fitr_day_two, self._add_eid_al_fitr_day_three):
            add("eid_al_fitr")
        adha = (
            self._add_eid_al_adha_day,
            self._add_eid_al_adha_day_two,
            self._add_eid_al_adha_day_three,
            self._add_eid_al_adha_day_four,
        )
        for add in adha:
            add("eid_al_adha")
        self._add_islamic_new_year_day("hijri_new_year")
        self._add_mawlid_day("mawlid")
        self._add_christmas_day("christmas")
        self._add_christmas_day("orthodox_christmas", JULIAN_CALENDAR)
        self._add_good_friday("good_friday")
        self._add_good_friday("orthodox_good_friday", JULIAN_CALENDAR)
        self._add_easter_sunday("easter")
        self._add_easter_sunday("orthodox_easter", JULIAN_CALENDAR)


@dataclass(frozen=True)
class _OtherTraditionsYear:
    calendar: _MuslimAndChristianHolidays

    def flags(self, day: dt.date) -> list[DayFlag]:
        keys = self.calendar.get_list(day)
        # When both churches keep the day together, say it once.
        keys = [key for key in keys if not (key.startswith("orthodox_") and key.removeprefix("orthodox_") in keys)]
        return [DayFlag(*_NAMES[key]) for key in keys if key in _NAMES]


@lru_cache(maxsize=16)
def _other_traditions(year: int) -> _OtherTraditionsYear:
    return _OtherTraditionsYear(_MuslimAndChristianHolidays(years=year))
