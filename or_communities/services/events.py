"""Events and initiatives: the city events calendar, each neighborhood's initiatives and conference, committees and
activist groups with their members, gathering spaces and communication channels; each day also in the Hebrew calendar.

The Hebrew calendar lives in ``calendar_days`` and is imported on first use, never at start-up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from ..domain.errors import RecordNotFound
from ..domain.event_rules import (
    clean_channel,
    clean_event,
    clean_group,
    clean_initiative,
    clean_space,
    month_bounds,
)
from ..domain.planning import (
    Channel,
    Event,
    EventKind,
    GatheringSpace,
    Group,
    Initiative,
)
from ..domain.text import Text
from ..storage.events_repositories import (
    ChannelRepository,
    EventRepository,
    GatheringSpaceRepository,
    GroupRepository,
    InitiativeRepository,
    missing_people,
    neighborhood_exists,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..domain.calendar_days import DayFlag
    from .workspace import Workspace


class EventService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    # -- the events calendar -----------------------------------------------------------------

    def events(self, first: dt.date | None = None, last: dt.date | None = None) -> list[Event]:
        """Every event (or those from ``first`` to ``last``), by date and time."""
        with self._workspace.transaction() as session:
            return EventRepository(session).between(first, last)

    def events_in_month(self, year: int, month: int) -> list[Event]:
        return self.events(*month_bounds(year, month))

    def events_by_day(self, first: dt.date, last: dt.date) -> dict[dt.date, list[Event]]:
        by_day: dict[dt.date, list[Event]] = {}
        for event in self.events(first, last):
            by_day.setdefault(event.date, []).append(event)
        return by_day

    def get_event(self, event_id: int) -> Event:
        with self._workspace.transaction() as session:
            found = EventRepository(session).get(event_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add_event(self, event: Event) -> Event:
        cleaned = clean_event(event)
        with self._workspace.transaction() as session:
            self._check_neighborhood(session, cleaned.neighborhood_id)
            new_id = EventRepository(session).add(cleaned)
        return dataclasses.replace(cleaned, id=new_id)

    def update_event(self, event: Event) -> Event:
        cleaned = clean_event(event)
        with self._workspace.transaction() as session:
            self._check_neighborhood(session, cleaned.neighborhood_id)
            repository = EventRepository(session)
            if not repository.update(cleaned):
                raise RecordNotFound()
            saved = repository.get(cleaned.id) if cleaned.id is not None else None
        assert saved is not None
        return saved

    def remove_event(self, event_id: int) -> None:
        with self._workspace.transaction() as session:
            if not EventRepository(session).remove(event_id):
                raise RecordNotFound()

    # -- neighborhood conferences ------------------------------------------------------------

    def conferences(self) -> list[Event]:
        """Every conference, by date."""
        with self._workspace.transaction() as session:
            return EventRepository(session).of_kind(EventKind.CONFERENCE)

    def conference(self, neighborhood_id: int) -> Event | None:
        """The neighborhood's conference: the latest one, if it held more than one."""
        held = [event for event in self.conferences() if event.neighborhood_id == neighborhood_id]
        return held[-1] if held else None

    # -- initiatives and projects ------------------------------------------------------------

    def initiatives(self, neighborhood_id: int | None = None) -> list[Initiative]:
        with self._workspace.transaction() as session:
            return InitiativeRepository(session).list(neighborhood_id)

    def get_initiative(self, initiative_id: int) -> Initiative:
        with self._workspace.transaction() as session:
            found = InitiativeRepository(session).get(initiative_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add_initiative(self, initiative: Initiative) -> Initiative:
        cleaned = clean_initiative(initiative)
        with self._workspace.transaction() as session:
            self._check_neighborhood(session, cleaned.neighborhood_id)
            new_id = InitiativeRepository(session).add(cleaned)
        return dataclasses.replace(cleaned, id=new_id)

    def update_initiative(self, initiative: Initiative) -> Initiative:
        cleaned = clean_initiative(initiative)
        with self._workspace.transaction() as session:
            self._check_neighborhood(session, cleaned.neighborhood_id)
            version = InitiativeRepository(session).update(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_initiative(self, initiative_id: int) -> None:
        with self._workspace.transaction() as session:
            if not InitiativeRepository(session).remove(initiative_id):
                raise RecordNotFound()

    # -- committees and activist groups ------------------------------------------------------

    def groups(self, neighborhood_id: int | None = None) -> list[Group]:
        with self._workspace.transaction() as session:
            return GroupRepository(session).list(neighborhood_id)

    def get_group(self, group_id: int) -> Group:
        with self._workspace.transaction() as session:
            found = GroupRepository(session).get(group_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add_group(self, group: Group) -> Group:
        cleaned = clean_group(group)
        with self._workspace.transaction() as session:
            self._check_group_links(session, cleaned)
            new_id = GroupRepository(session).add(cleaned)
        return dataclasses.replace(cleaned, id=new_id)

    def update_group(self, group: Group) -> Group:
        cleaned = clean_group(group)
        with self._workspace.transaction() as session:
            self._check_group_links(session, cleaned)
            version = GroupRepository(session).update(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_group(self, group_id: int) -> None:
        with self._workspace.transaction() as session:
            if not GroupRepository(session).remove(group_id):
                raise RecordNotFound()

    # -- gathering spaces --------------------------------------------------------------------

    def gathering_spaces(self) -> list[GatheringSpace]:
        with self._workspace.transaction() as session:
            return GatheringSpaceRepository(session).list()

    def gathering_space(self, neighborhood_id: int) -> GatheringSpace | None:
        with self._workspace.transaction() as session:
            return GatheringSpaceRepository(session).get(neighborhood_id)

    def save_gathering_space(self, space: GatheringSpace) -> GatheringSpace:
        """Set up or change the neighborhood's gathering space (one per neighborhood)."""
        cleaned = clean_space(space)
        with self._workspace.transaction() as session:
            if not neighborhood_exists(session, cleaned.neighborhood_id):
                raise RecordNotFound()
            version = GatheringSpaceRepository(session).save(cleaned)
        return dataclasses.replace(cleaned, version=version)

    def remove_gathering_space(self, neighborhood_id: int) -> None:
        with self._workspace.transaction() as session:
            if not GatheringSpaceRepository(session).remove(neighborhood_id):
                raise RecordNotFound()

    # -- communication channels --------------------------------------------------------------

    def channels(self, neighborhood_id: int | None = None) -> list[Channel]:
        with self._workspace.transaction() as session:
            return ChannelRepository(session).list(neighborhood_id)

    def get_channel(self, channel_id: int) -> Channel:
        with self._workspace.transaction() as session:
            found = ChannelRepository(session).get(channel_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add_channel(self, channel: Channel) -> Channel:
        cleaned = clean_channel(channel)
        with self._workspace.transaction() as session:
            self._check_neighborhood(session, cleaned.neighborhood_id)
            new_id = ChannelRepository(session).add(cleaned)
        return dataclasses.replace(cleaned, id=new_id)

    def update_channel(self, channel: Channel) -> Channel:
        cleaned = clean_channel(channel)
        with self._workspace.transaction() as session:
            self._check_neighborhood(session, cleaned.neighborhood_id)
            version = ChannelRepository(session).update(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_channel(self, channel_id: int) -> None:
        with self._workspace.transaction() as session:
            if not ChannelRepository(session).remove(channel_id):
                raise RecordNotFound()

    # -- the Hebrew calendar -----------------------------------------------------------------

    @staticmethod
    def hebrew_date(day: dt.date) -> Text:
        """The day in the Hebrew calendar: "ט״ו בשבט תשפ״ז" / "15 Shevat 5787"."""
        from ..domain.calendar_days import hebrew_date

        return hebrew_date(day)

    @staticmethod
    def day_flags(day: dt.date) -> list[DayFlag]:
        """Shabbat, holidays (Israel's, Muslim, Christian) and eves of rest days falling on ``day``."""
        from ..domain.calendar_days import day_flags

        return day_flags(day)

    def flagged_events(self, first: dt.date | None = None, last: dt.date | None = None) -> list[tuple[Event, list[DayFlag]]]:
        """Events that fall on Shabbat, a holiday or the eve of a rest day, with why."""
        from ..domain.calendar_days import day_flags

        flagged = [(event, day_flags(event.date)) for event in self.events(first, last)]
        return [(event, flags) for event, flags in flagged if flags]

    # -- checks ------------------------------------------------------------------------------

    @staticmethod
    def _check_neighborhood(session: Session, neighborhood_id: int | None) -> None:
        if neighborhood_id is not None and not neighborhood_exists(session, neighborhood_id):
            raise RecordNotFound()

    def _check_group_links(self, session: Session, group: Group) -> None:
        self._check_neighborhood(session, group.neighborhood_id)
        if missing_people(session, group.member_ids):
            raise RecordNotFound()
