"""What personal data a workspace holds, where and how much: the basis of the database definitions document that
Israel's privacy regulations ask of a database's owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.privacy import PersonalField, personal_fields

if TYPE_CHECKING:
    from .workspace import Workspace


def privacy_report(workspace: Workspace) -> list[PersonalField]:
    with workspace.transaction() as session:
        return personal_fields(session)


__all__ = ["PersonalField", "privacy_report"]
