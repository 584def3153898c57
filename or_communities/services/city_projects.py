"""City projects that promote community (stage 4) and their milestones."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..domain.city_projects import CityProject, Milestone, clean_milestone, clean_project, overdue_milestones
from ..domain.errors import RecordNotFound, UnknownPartner
from ..storage.city_project_repositories import CityProjectRepository
from ..storage.relations_repositories import PartnerRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace


class CityProjectService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def projects(self) -> list[CityProject]:
        with self._workspace.transaction() as session:
            return CityProjectRepository(session).list()

    def get(self, project_id: int) -> CityProject:
        with self._workspace.transaction() as session:
            found = CityProjectRepository(session).get(project_id)
        if found is None:
            raise RecordNotFound()
        return found

    def add(self, project: CityProject) -> CityProject:
        cleaned = clean_project(project)
        with self._workspace.transaction() as session:
            _check_partners(session, cleaned.partner_ids)
            project_id = CityProjectRepository(session).add(cleaned)
        return dataclasses.replace(cleaned, id=project_id)

    def update(self, project: CityProject) -> CityProject:
        cleaned = clean_project(project)
        with self._workspace.transaction() as session:
            _check_partners(session, cleaned.partner_ids)
            version = CityProjectRepository(session).update(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove(self, project_id: int) -> None:
        with self._workspace.transaction() as session:
            if not CityProjectRepository(session).remove(project_id):
                raise RecordNotFound()

    def milestones(self, project_id: int | None = None) -> list[Milestone]:
        """One project's milestones, or every project's, by date (undated last)."""
        with self._workspace.transaction() as session:
            return CityProjectRepository(session).milestones(project_id)

    def overdue(self, project_id: int | None = None) -> list[Milestone]:
        return overdue_milestones(self.milestones(project_id), self._workspace.clock())

    def add_milestone(self, milestone: Milestone) -> Milestone:
        cleaned = clean_milestone(milestone)
        with self._workspace.transaction() as session:
            repository = CityProjectRepository(session)
            if repository.get(cleaned.project_id) is None:
                raise RecordNotFound()
            return dataclasses.replace(cleaned, id=repository.add_milestone(cleaned))

    def update_milestone(self, milestone: Milestone) -> Milestone:
        cleaned = clean_milestone(milestone)
        with self._workspace.transaction() as session:
            version = CityProjectRepository(session).update_milestone(cleaned)
            if not version:
                raise RecordNotFound()
        return dataclasses.replace(cleaned, version=version)

    def remove_milestone(self, milestone_id: int) -> None:
        with self._workspace.transaction() as session:
            if not CityProjectRepository(session).remove_milestone(milestone_id):
                raise RecordNotFound()


def _check_partners(session: Session, partner_ids: frozenset[int]) -> None:
    known = {partner.id for partner in PartnerRepository(session).list()}
    if partner_ids - known:
        raise UnknownPartner(partner_ids - known)
