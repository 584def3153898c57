"""Planning a neighborhood's first conference (task 2.6): the checklist counted back from its date, the committees
and activist groups it formed, and the task it then shows done."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from ..domain.conferences import (
    CONFERENCE_TASK,
    ChecklistItem,
    checklist_from_template,
    clean_item,
    conference_evidence,
    items_behind,
    moved_with_conference,
)
from ..domain.document_templates import CONFERENCE_CHECKLIST
from ..domain.errors import RecordNotFound
from ..domain.evidence import TaskEvidence
from ..domain.planning import Event, EventKind, Group, GroupKind
from ..storage.conference_repositories import ChecklistRepository

if TYPE_CHECKING:
    from .workspace import Workspace

DAYS_TO_PLAN = 42
"""A conference planned today is set six weeks ahead: time for the whole checklist."""
SOON_DAYS = 21
"""A conference this close whose checklist is behind is a next step."""


class ConferenceService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def plan(self, neighborhood_id: int, title: str, language: str, date: dt.date | None = None) -> Event:
        """Put the neighborhood's conference in the calendar (six weeks ahead unless a date is given), with the
        city's checklist counted back from its date."""
        day = date or self._workspace.clock() + dt.timedelta(days=DAYS_TO_PLAN)
        conference = self._workspace.events.add_event(Event(None, title, day, EventKind.CONFERENCE, neighborhood_id))
        assert conference.id is not None
        template = self._workspace.texts.text(CONFERENCE_CHECKLIST, language)
        with self._workspace.transaction() as session:
            repository = ChecklistRepository(session)
            for name, due in checklist_from_template(template, day):
                repository.add(clean_item(ChecklistItem(None, conference.id, name, due=due)))
        return conference

    def update(self, conference: Event) -> Event:
        """Store the conference; when its date moved, the checklist's items not yet done move with it."""
        assert conference.id is not None
        before = self._workspace.events.get_event(conference.id)
        saved = self._workspace.events.update_event(conference)
        if saved.date != before.date:
            with self._workspace.transaction() as session:
                repository = ChecklistRepository(session)
                for item in moved_with_conference(repository.items(conference.id), before.date, saved.date):
                    repository.update(item)
        return saved

    # -- the checklist ----------------------------------------------------------------------------

    def checklist(self, conference_id: int) -> list[ChecklistItem]:
        with self._workspace.transaction() as session:
            return ChecklistRepository(session).items(conference_id)

    def add_item(self, conference_id: int, name: str, due: dt.date | None = None) -> ChecklistItem:
        item = clean_item(ChecklistItem(None, conference_id, name, due=due))
        self._workspace.events.get_event(conference_id)  # it must still exist
        with self._workspace.transaction() as session:
            return dataclasses.replace(item, id=ChecklistRepository(session).add(item))

    def update_item(self, item: ChecklistItem) -> ChecklistItem:
        cleaned = clean_item(item)
        with self._workspace.transaction() as session:
            version = ChecklistRepository(session).update(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_item(self, item_id: int) -> None:
        with self._workspace.transaction() as session:
            if not ChecklistRepository(session).remove(item_id):
                raise RecordNotFound()

    def items_by_day(self, first: dt.date, last: dt.date) -> dict[dt.date, list[ChecklistItem]]:
        """The checklists' items due between two days, for the calendar."""
        with self._workspace.transaction() as session:
            items = ChecklistRepository(session).due_between(first, last)
        by_day: dict[dt.date, list[ChecklistItem]] = {}
        for item in items:
            assert item.due is not None
            by_day.setdefault(item.due, []).append(item)
        return by_day

    def behind(self, neighborhood_id: int) -> tuple[Event, list[ChecklistItem]] | None:
        """The neighborhood's coming conference (within three weeks) and its items past due, when there are any."""
        conference = self._workspace.events.conference(neighborhood_id)
        today = self._workspace.clock()
        if conference is None or conference.id is None or not today <= conference.date <= today + dt.timedelta(days=SOON_DAYS):
            return None
        late = items_behind(self.checklist(conference.id), today)
        return (conference, late) if late else None

    # -- what the conference formed ---------------------------------------------------------------

    def form_group(self, conference: Event, name: str, kind: GroupKind, member_ids: frozenset[int]) -> Group:
        """A committee or activist group the conference formed: kept with the neighborhood's groups, and named in
        the conference's record."""
        group = self._workspace.events.add_group(Group(None, name, kind, conference.neighborhood_id, member_ids=member_ids))
        formed = [line for line in conference.committees_formed.splitlines() if line.strip()]
        if group.name not in formed:
            self._workspace.events.update_event(
                dataclasses.replace(conference, committees_formed="\n".join([*formed, group.name]))
            )
        return group

    def evidence(self, neighborhood_id: int) -> TaskEvidence:
        conference = self._workspace.events.conference(neighborhood_id)
        groups = [group.name for group in self._workspace.events.groups(neighborhood_id) if group.neighborhood_id == neighborhood_id]
        return conference_evidence(conference.date if conference else None, self._workspace.clock(), groups)

    def task_to_offer(self, neighborhood_id: int) -> TaskEvidence | None:
        found = self.evidence(neighborhood_id)
        if found.text is None or not self._workspace.journey.is_open(neighborhood_id, CONFERENCE_TASK):
            return None
        return found

    def mark_task_done(self, neighborhood_id: int, language: str) -> None:
        found = self.evidence(neighborhood_id)
        if found.text is None:
            raise RecordNotFound()
        self._workspace.journey.mark_done_with_evidence(neighborhood_id, CONFERENCE_TASK, found.text.get(language))
