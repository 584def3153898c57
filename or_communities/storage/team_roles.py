"""A city team's roles on a PostgreSQL workspace, carried by the server: group roles per database, grants, and
row-level security, so that a coordinator connecting with any client cannot write another neighborhood.

- manager: reads and writes everything;
- coordinator: reads everything, writes the records of their own neighborhoods (the rows whose neighborhood, or
  whose parent's, is theirs) and a neighborhood's profile, nothing city-wide;
- viewer: reads.

Who is who lives in two tables of the database (``team_member``, ``team_neighborhood``), outside the workspace
schema: a file has no team, and a copy to a file leaves them behind. The rules are applied again after each schema
upgrade, so new tables are covered.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, delete, func, insert, inspect, select, text

from ..domain.team import TeamAccess, TeamRole
from .base import Base

SCOPED_TABLES: dict[str, str] = {
    "person": "neighborhood_id",
    "asset": "neighborhood_id",
    "call_for_applications": "neighborhood_id",
    "channel": "neighborhood_id",
    "coalition_meeting": "neighborhood_id",
    "coalition_member": "neighborhood_id",
    "community_group": "neighborhood_id",
    "custom_metric": "neighborhood_id",
    "event": "neighborhood_id",
    "gathering_space": "neighborhood_id",
    "initiative": "neighborhood_id",
    "leadership_meeting": "neighborhood_id",
    "resource_project": "neighborhood_id",
    "statistical_area": "neighborhood_id",
    "task_state": "neighborhood_id",
    "work_plan": "neighborhood_id",
    "expense": "neighborhood_id",
    "activity": "coalesce(neighborhood_id, (SELECT p.neighborhood_id FROM goal g JOIN work_plan p ON p.id = g.plan_id "
    "WHERE g.id = goal_id))",
    "person_role": "(SELECT neighborhood_id FROM person WHERE id = person_id)",
    "person_status": "(SELECT neighborhood_id FROM person WHERE id = person_id)",
    "mentoring_session": "(SELECT neighborhood_id FROM person WHERE id = person_id)",
    "goal": "(SELECT neighborhood_id FROM work_plan WHERE id = plan_id)",
    "conference_item": "(SELECT neighborhood_id FROM event WHERE id = conference_id)",
    "funding_prospect": "(SELECT neighborhood_id FROM resource_project WHERE id = project_id)",
    "group_member": "(SELECT neighborhood_id FROM community_group WHERE id = group_id)",
    "leadership_meeting_person": "(SELECT neighborhood_id FROM leadership_meeting WHERE id = meeting_id)",
    "call_respondent": "(SELECT neighborhood_id FROM call_for_applications WHERE id = call_id)",
    "coalition_attendance": "(SELECT neighborhood_id FROM coalition_meeting WHERE id = meeting_id)",
    "metric_reading": "(SELECT neighborhood_id FROM custom_metric WHERE id = metric_id)",
}
"""The tables a coordinator writes in, each with the SQL that finds a row's neighborhood (directly, or through
the record it belongs to). Every other table is the manager's alone."""

MEMBERS_TABLE, NEIGHBORHOODS_TABLE = "team_member", "team_neighborhood"
MINE_FUNCTION = "or_communities_mine"

_team = MetaData()
_members = Table(MEMBERS_TABLE, _team, Column("member", String), Column("role", String))
_places = Table(NEIGHBORHOODS_TABLE, _team, Column("member", String), Column("neighborhood_id", Integer))
"""The team's two tables as statements see them (made by _create_members_tables, outside the workspace schema)."""


def group_role(connection: Connection, role: TeamRole) -> str:
    """The server's group role of ``role`` for this database (roles are the server's, not one database's)."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return f"orc_{database}_{role.value}"[:63]


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def has_team(connection: Connection) -> bool:
    return MEMBERS_TABLE in inspect(connection).get_table_names()


def set_up_team(connection: Connection) -> None:
    """Create the group roles, the members' tables and the rules, or bring them up to date (after an upgrade)."""
    groups = {role: _quoted(connection, group_role(connection, role)) for role in TeamRole}
    for role in TeamRole:
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group_role(connection, role)}
        ).first()
        if exists is None:
            connection.execute(text(f"CREATE ROLE {groups[role]} NOLOGIN"))
    _create_members_tables(connection)
    database = _quoted(connection, connection.execute(text("SELECT current_database()")).scalar_one())
    everyone = ", ".join(groups.values())
    connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {everyone}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {groups[TeamRole.MANAGER]}"))
    connection.execute(text(f"REVOKE ALL ON {MEMBERS_TABLE}, {NEIGHBORHOODS_TABLE} FROM {groups[TeamRole.MANAGER]}"))
    connection.execute(text(f"GRANT SELECT ON {MEMBERS_TABLE}, {NEIGHBORHOODS_TABLE} TO {everyone}"))
    connection.execute(
        text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {groups[TeamRole.MANAGER]}, {groups[TeamRole.COORDINATOR]}")
    )
    for table in _workspace_tables(connection):
        _apply_rules(connection, table, groups)


def _create_members_tables(connection: Connection) -> None:
    connection.execute(
        text(f"CREATE TABLE IF NOT EXISTS {MEMBERS_TABLE} (member name PRIMARY KEY, role varchar(20) NOT NULL)")
    )
    connection.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {NEIGHBORHOODS_TABLE} ("
            f"member name REFERENCES {MEMBERS_TABLE} ON DELETE CASCADE, "
            "neighborhood_id integer REFERENCES neighborhood (id) ON DELETE CASCADE, "
            "PRIMARY KEY (member, neighborhood_id))"
        )
    )
    connection.execute(
        text(
            "CREATE OR REPLACE FUNCTION or_communities_mine(neighborhood integer) RETURNS boolean LANGUAGE sql STABLE "
            "AS $$ SELECT EXISTS (SELECT 1 FROM team_neighborhood "
            "WHERE member = current_user AND neighborhood_id = neighborhood) $$"
        )
    )


def _workspace_tables(connection: Connection) -> list[str]:
    present = set(inspect(connection).get_table_names())
    return [table.name for table in Base.metadata.sorted_tables if table.name in present]


def _apply_rules(connection: Connection, table: str, groups: dict[TeamRole, str]) -> None:
    """Row-level security on every workspace table: all rows readable; the manager writes any; a coordinator, on
    the tables of SCOPED_TABLES (and a neighborhood's own row, to update its profile), the rows of their own."""
    quoted = _quoted(connection, table)
    connection.execute(text(f"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY"))
    for policy in ("team_reads", "manager_writes", "coordinator_writes", "coordinator_updates"):
        connection.execute(text(f"DROP POLICY IF EXISTS {policy} ON {quoted}"))
    connection.execute(text(f"CREATE POLICY team_reads ON {quoted} FOR SELECT USING (true)"))
    connection.execute(
        text(f"CREATE POLICY manager_writes ON {quoted} FOR ALL TO {groups[TeamRole.MANAGER]} USING (true) WITH CHECK (true)")
    )
    coordinator = groups[TeamRole.COORDINATOR]
    if table in SCOPED_TABLES:
        mine = f"{MINE_FUNCTION}({SCOPED_TABLES[table]})"
        connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {coordinator}"))
        connection.execute(
            text(f"CREATE POLICY coordinator_writes ON {quoted} FOR ALL TO {coordinator} USING ({mine}) WITH CHECK ({mine})")
        )
    elif table == "neighborhood":
        mine = f"{MINE_FUNCTION}(id)"
        connection.execute(text(f"GRANT UPDATE ON {quoted} TO {coordinator}"))
        connection.execute(
            text(f"CREATE POLICY coordinator_updates ON {quoted} FOR UPDATE TO {coordinator} USING ({mine}) WITH CHECK ({mine})")
        )


def add_member(
    connection: Connection, member: str, role: TeamRole, neighborhood_ids: Iterable[int], password: str | None
) -> bool:
    """Give ``member`` (a server login, made when new) ``role`` in this workspace, and a coordinator their
    neighborhoods; their former role here is taken back. True when the login was made now."""
    set_up_team(connection)
    quoted = _quoted(connection, member)
    made = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": member}).first() is None
    if made:
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    if password is not None:
        # Hashed here by libpq (SCRAM), so the password itself never travels nor reaches the server's logs.
        # Sent as it is (a hash has colons, which text() would read as parameters).
        connection.exec_driver_sql(f"ALTER ROLE {quoted} PASSWORD '{_scram_hash(connection, member, password)}'")
    for other in TeamRole:
        connection.execute(text(f"REVOKE {_quoted(connection, group_role(connection, other))} FROM {quoted}"))
    connection.execute(text(f"GRANT {_quoted(connection, group_role(connection, role))} TO {quoted}"))
    connection.execute(delete(_members).where(_members.c.member == member))
    connection.execute(insert(_members).values(member=member, role=role.value))
    ids = sorted(set(neighborhood_ids)) if role is TeamRole.COORDINATOR else []
    if ids:
        connection.execute(insert(_places), [{"member": member, "neighborhood_id": nid} for nid in ids])
    return made


def _scram_hash(connection: Connection, member: str, password: str) -> str:
    driver_connection = connection.connection.driver_connection
    hashed = driver_connection.pgconn.encrypt_password(password.encode(), member.encode(), b"scram-sha-256")  # type: ignore[union-attr]
    return hashed.decode("ascii")  # SCRAM-SHA-256$…: letters, digits, $ : + / =, never a quote


def members(connection: Connection) -> list[tuple[str, TeamRole, list[int]]]:
    """The team: each member's login, role and (for a coordinator) neighborhoods."""
    if not has_team(connection):
        return []
    rows = connection.execute(select(_members.c.member, _members.c.role).order_by(_members.c.member)).all()
    places: dict[str, list[int]] = {}
    for member, nid in connection.execute(select(_places.c.member, _places.c.neighborhood_id).order_by(_places.c.neighborhood_id)):
        places.setdefault(member, []).append(nid)
    return [(member, TeamRole(role), places.get(member, [])) for member, role in rows]


def access_of(connection: Connection) -> TeamAccess:
    """What the connected user may change: their role in the team; the manager's when they are not in it (the
    database's owner, who set the workspace up)."""
    if not has_team(connection):
        return TeamAccess()
    me = func.current_user()
    role = connection.execute(select(_members.c.role).where(_members.c.member == me)).scalar_one_or_none()
    if role is None:
        return TeamAccess()
    ids = connection.execute(select(_places.c.neighborhood_id).where(_places.c.member == me)).scalars()
    return TeamAccess(TeamRole(role), frozenset(ids))
