"""A city team on a server workspace: who is in it, with which role, and (for a coordinator) which neighborhoods.
`or-communities team URL add-member NAME --role …`, run by the workspace's owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import ProgrammingError

from ..domain.errors import NotPermitted, TeamRequestRefused
from ..domain.team import TeamRole
from ..storage.server import is_refused_by_role, is_server_url
from ..storage.team_roles import add_member, members
from .workspace import Workspace

LONGEST_LOGIN = 63
"""PostgreSQL's longest name, in bytes."""


@dataclass(frozen=True, slots=True)
class TeamMember:
    login: str
    role: TeamRole
    neighborhoods: tuple[str, ...]


def add_team_member(
    url: str, login: str, role: TeamRole, neighborhood_names: Sequence[str], password: str | None
) -> bool:
    """Give ``login`` ``role`` in the team workspace at ``url`` (a coordinator, their neighborhoods by name); True
    when the server login was made now. Refused, changing nothing, when any part is wrong."""
    if not is_server_url(url):
        raise TeamRequestRefused("a team lives on a PostgreSQL server: give the workspace as postgresql://USER@HOST/DB")
    _check_login(login)
    if role is TeamRole.COORDINATOR and not neighborhood_names:
        raise TeamRequestRefused("a coordinator needs their neighborhoods: give --neighborhood NAME, once for each")
    if role is not TeamRole.COORDINATOR and neighborhood_names:
        raise TeamRequestRefused(f"a {role.value} works with the whole city: leave out --neighborhood")
    workspace = Workspace.connect(url)
    try:
        ids = _neighborhood_ids(workspace, neighborhood_names)
        try:
            with workspace.engine.begin() as connection:
                return add_member(connection, login, role, ids, password)
        except ProgrammingError as error:
            if not is_refused_by_role(error):
                raise
            raise NotPermitted(
                workspace.access.role.value, "only the workspace's owner, with the right to create roles, sets up the team"
            ) from error
    finally:
        workspace.close()


def team_members(url: str) -> list[TeamMember]:
    workspace = Workspace.connect(url)
    try:
        names = {n.id: n.name for n in workspace.neighborhoods.list()}
        with workspace.engine.connect() as connection:
            team = members(connection)
    finally:
        workspace.close()
    return [TeamMember(login, role, tuple(names.get(nid, str(nid)) for nid in ids)) for login, role, ids in team]


def _check_login(login: str) -> None:
    if not login.strip() or "\x00" in login or len(login.encode()) > LONGEST_LOGIN:
        raise TeamRequestRefused(f"a member's login is 1 to {LONGEST_LOGIN} bytes, without NUL")


def _neighborhood_ids(workspace: Workspace, names: Sequence[str]) -> list[int]:
    by_name = {n.name.casefold(): n.id for n in workspace.neighborhoods.list()}
    unknown = [name for name in names if name.strip().casefold() not in by_name]
    if unknown:
        raise TeamRequestRefused(f"no neighborhood is called {unknown[0]!r} in this workspace")
    return [by_name[name.strip().casefold()] for name in names]
