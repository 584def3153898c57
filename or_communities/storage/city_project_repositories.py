"""Reading and writing city projects and their milestones; rows never leave this module."""

from __future__ import annotations

import builtins

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.city_projects import CityProject, Milestone
from ..domain.planning import ActivityStatus
from .base import check_seen_version, delete_row
from .planning_tables import CityProjectPartnerRow, CityProjectRow, MilestoneRow


class CityProjectRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[CityProject]:
        rows = list(self._session.scalars(select(CityProjectRow).order_by(CityProjectRow.name, CityProjectRow.id)))
        partners: dict[int, set[int]] = {}
        for project_id, partner_id in self._session.execute(
            select(CityProjectPartnerRow.project_id, CityProjectPartnerRow.partner_id)
        ):
            partners.setdefault(project_id, set()).add(partner_id)
        return [_project(row, partners.get(row.id, set())) for row in rows]

    def get(self, project_id: int) -> CityProject | None:
        row = self._session.get(CityProjectRow, project_id)
        if row is None:
            return None
        partners = self._session.scalars(
            select(CityProjectPartnerRow.partner_id).where(CityProjectPartnerRow.project_id == project_id)
        )
        return _project(row, set(partners))

    def add(self, project: CityProject) -> int:
        row = CityProjectRow()
        _apply(row, project)
        self._session.add(row)
        self._session.flush()
        self._set_partners(row.id, project.partner_ids)
        return row.id

    def update(self, project: CityProject) -> int | None:
        row = self._session.get(CityProjectRow, project.id)
        if row is None:
            return None
        check_seen_version(row, project.version, project, lambda: self.get(row.id))
        _apply(row, project)
        self._set_partners(row.id, project.partner_ids)
        self._session.flush()  # the new version, for the record read back
        return row.version

    def remove(self, project_id: int) -> bool:
        return delete_row(self._session, CityProjectRow, project_id)

    def _set_partners(self, project_id: int, partner_ids: frozenset[int]) -> None:
        self._session.execute(delete(CityProjectPartnerRow).where(CityProjectPartnerRow.project_id == project_id))
        self._session.add_all(CityProjectPartnerRow(project_id=project_id, partner_id=pid) for pid in sorted(partner_ids))
        self._session.flush()

    # -- milestones ----------------------------------------------------------------------------

    def milestones(self, project_id: int | None = None) -> builtins.list[Milestone]:
        query = select(MilestoneRow).order_by(MilestoneRow.due.is_(None), MilestoneRow.due, MilestoneRow.id)
        if project_id is not None:
            query = query.where(MilestoneRow.project_id == project_id)
        return [Milestone(row.id, row.project_id, row.name, row.due, row.done, row.version) for row in self._session.scalars(query)]

    def add_milestone(self, milestone: Milestone) -> int:
        row = MilestoneRow(project_id=milestone.project_id, name=milestone.name, due=milestone.due, done=milestone.done)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update_milestone(self, milestone: Milestone) -> int | None:
        row = self._session.get(MilestoneRow, milestone.id)
        if row is None:
            return None
        check_seen_version(row, milestone.version, milestone, lambda: Milestone(row.id, row.project_id, row.name, row.due, row.done, row.version))
        row.name, row.due, row.done = milestone.name, milestone.due, milestone.done
        self._session.flush()
        return row.version

    def remove_milestone(self, milestone_id: int) -> bool:
        return delete_row(self._session, MilestoneRow, milestone_id)


def _apply(row: CityProjectRow, project: CityProject) -> None:
    row.name = project.name
    row.goal = project.goal
    row.owner = project.owner
    row.department = project.department
    row.budget = project.budget
    row.status = project.status.value
    row.start = project.start
    row.end = project.end
    row.notes = project.notes


def _project(row: CityProjectRow, partners: set[int]) -> CityProject:
    return CityProject(
        row.id, row.name, row.goal, row.owner, row.department, frozenset(partners), row.budget,
        ActivityStatus(row.status), row.start, row.end, row.notes, row.version,
    )
