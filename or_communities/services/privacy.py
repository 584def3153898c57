"""What personal data a workspace holds, where and how much: the basis of the database definitions document that
Israel's privacy regulations ask of a database's owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.privacy import PersonalField, personal_fields, personal_texts

if TYPE_CHECKING:
    from .workspace import Workspace


def privacy_report(workspace: Workspace) -> list[PersonalField]:
    with workspace.transaction() as session:
        return personal_fields(session)


SHARED_EXPORTS_LEAVE_OUT = frozenset({"contact", "address", "notes"})
"""What a shared export (a map, a GeoPackage, a map package, a mapping file) leaves out unless the user asks: people
are named there, but their contact details, addresses and the notes about them stay in the workspace."""


def texts_kept_out_of_shared_exports(workspace: Workspace) -> set[str]:
    """The workspace's texts in the columns marked personal that a shared export leaves out."""
    with workspace.transaction() as session:
        return personal_texts(session, SHARED_EXPORTS_LEAVE_OUT)


__all__ = ["SHARED_EXPORTS_LEAVE_OUT", "PersonalField", "privacy_report", "texts_kept_out_of_shared_exports"]
