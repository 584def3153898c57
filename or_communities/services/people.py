"""People and partners, as far as the journey needs them (coordinators, the demo's partners)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..domain.records import Partner, Person, PersonRole
from ..storage.repositories import PartnerRepository, PersonRepository
from .validation import clean_name

if TYPE_CHECKING:
    from .workspace import Workspace


class PeopleService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def coordinators(self) -> list[Person]:
        with self._workspace.transaction() as session:
            return PersonRepository(session).with_role(PersonRole.COMMUNITY_COORDINATOR)

    def add(
        self,
        full_name: str,
        roles: Iterable[PersonRole],
        neighborhood_id: int | None = None,
        phone: str = "",
        email: str = "",
    ) -> int:
        name = clean_name(full_name)
        with self._workspace.transaction() as session:
            return PersonRepository(session).add(name, roles, neighborhood_id, phone.strip(), email.strip())


class PartnerService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self) -> list[Partner]:
        with self._workspace.transaction() as session:
            return PartnerRepository(session).list()

    def add(self, partner: Partner) -> int:
        clean_name(partner.name)
        with self._workspace.transaction() as session:
            return PartnerRepository(session).add(partner)
