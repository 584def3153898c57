"""The people list's ids, found in the database: a search through the trigram index (migration 0016), the filters
and the order as SQL, so that a list of hundreds of thousands reads only ids, never the people themselves.

On a workspace file a search of three letters or more goes through SQLite's FTS5 table ``person_search``; on a
team server through LIKE over the text pg_trgm indexes (or reads the table where the server has no pg_trgm).
A shorter search finds the names that begin with it, through the name's index.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    ScalarSelect,
    Select,
    String,
    Subquery,
    and_,
    bindparam,
    case,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.orm import Session

from ..domain.people_search import NO_NEIGHBORHOOD, PeopleOrder, PeopleQuery
from ..domain.records import PersonRole
from ..domain.relations import PersonStatus
from .tables import NeighborhoodRow, PersonRoleRow, PersonRow, PersonStatusRow

SEARCH_INDEX_TABLE = "person_search"
_SEARCHED_TEXT: ColumnClause[str] = literal_column(
    "lower(full_name || ' ' || phone || ' ' || email || ' ' || skills)", type_=String
)
"""The text pg_trgm indexes on a team server, written as the index writes it so that the server uses it."""
_LAST_LETTER = "\U0010ffff"


def is_search_index_table(name: str) -> bool:
    """SQLite's full-text table and the tables it keeps its index in: outside the ORM's schema."""
    return name == SEARCH_INDEX_TABLE or name.startswith(f"{SEARCH_INDEX_TABLE}_")


def name_key() -> ColumnElement[str]:
    """The name as the list orders it (the expression of the index ix_person_name_key)."""
    return func.lower(PersonRow.full_name)


def matching_ids(session: Session, query: PeopleQuery, today: dt.date, activist_days: int) -> list[int]:
    """The ids of the people the query finds, in its order."""
    on_file = session.get_bind().dialect.name == "sqlite"
    statement: Select[Any] = _searched(select(PersonRow.id), session, query, on_file)
    filtered = _filtered(query, today, activist_days)
    if filtered is not None:
        statement = statement.where(filtered)
    statement = statement.order_by(*_order(query, today, activist_days))
    if on_file:
        return _ids_as_one_array(session, statement)
    result = session.connection().execute(statement)
    try:  # straight from the driver's cursor: ids need no conversion, and the rows are many
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _ids_as_one_array(session: Session, statement: Select[Any]) -> list[int]:
    """The statement's ids, in its order, handed over by SQLite as one JSON array: at 320,000 people in half the time
    it takes to hand them over as rows. SQLite keeps a subquery's ORDER BY under an aggregate such as this one and
    feeds it the rows in that order (an ORDER BY inside the aggregate itself needs SQLite 3.44); the tests of the
    list's orders hold it to that. A LIMIT on the subquery would keep the order too, but sorts 50% slower."""
    ordered = statement.subquery("found")
    array = session.connection().execute(select(func.json_group_array(ordered.c.id))).scalar_one()
    ids: list[int] = json.loads(array)
    return ids


# -- the search ---------------------------------------------------------------------------------------------------


def _searched(statement: Select[Any], session: Session, query: PeopleQuery, on_file: bool) -> Select[Any]:
    """Only people whose name, phone, email or skills hold the search (a short one: whose name begins with it)."""
    if not query.search:
        return statement
    needle = query.search
    if not query.searches_inside:
        if on_file:  # a range of the name's index: SQLite's LIKE would read every name
            return statement.where(name_key() >= needle, name_key() < needle + _LAST_LETTER)
        return statement.where(name_key().startswith(needle, autoescape=True))
    if on_file and _has_search_index(session):
        # joined, not "id IN (...)": SQLite then reads each person found straight from the index's ids
        phrase = '"' + needle.replace('"', '""') + '"'
        index = table(SEARCH_INDEX_TABLE, column("rowid", Integer))
        return statement.join(index, index.c.rowid == PersonRow.id).where(
            literal_column(SEARCH_INDEX_TABLE).op("MATCH")(bindparam("phrase", phrase, type_=String))
        )
    return statement.where(_SEARCHED_TEXT.contains(needle, autoescape=True))


def _has_search_index(session: Session) -> bool:
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {
        "name": SEARCH_INDEX_TABLE
    })
    return found.first() is not None


# -- the filters --------------------------------------------------------------------------------------------------


def _filtered(query: PeopleQuery, today: dt.date, activist_days: int) -> ColumnElement[bool] | None:
    conditions: list[ColumnElement[bool]] = []
    if query.neighborhood_id == NO_NEIGHBORHOOD:
        conditions.append(PersonRow.neighborhood_id.is_(None))
    elif query.neighborhood_id is not None:
        conditions.append(PersonRow.neighborhood_id == query.neighborhood_id)
    if query.role is not None:
        conditions.append(PersonRow.id.in_(_holding([query.role])))
    if query.status is not None:
        conditions.append(with_status(query.status))
    if query.inactive_only:
        conditions.append(inactive_condition(today, activist_days))
    return and_(*conditions) if conditions else None


def _holding(roles: Iterable[PersonRole]) -> Select[Any]:
    return select(PersonRoleRow.person_id).where(PersonRoleRow.role.in_(sorted(role.value for role in roles)))


def _latest_statuses() -> Subquery:
    """Each person's latest status as (person_id, status), read once for the whole list (not once a person)."""
    ranked = select(
        PersonStatusRow.person_id,
        PersonStatusRow.status,
        func.row_number()
        .over(partition_by=PersonStatusRow.person_id, order_by=(PersonStatusRow.date.desc(), PersonStatusRow.id.desc()))
        .label("place"),
    ).subquery("ranked_status")
    return select(ranked.c.person_id, ranked.c.status).where(ranked.c.place == 1).subquery("latest_status")


def latest_status_value() -> ScalarSelect[str]:
    """A person's latest status, as a subquery of each person's row (None: no status recorded, so active)."""
    return (
        select(PersonStatusRow.status)
        .where(PersonStatusRow.person_id == PersonRow.id)
        .order_by(PersonStatusRow.date.desc(), PersonStatusRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def with_status(status: PersonStatus) -> ColumnElement[bool]:
    """People whose latest status is ``status`` (no status recorded is active)."""
    latest = _latest_statuses()
    if status is PersonStatus.ACTIVE:
        return PersonRow.id.not_in(select(latest.c.person_id).where(latest.c.status != PersonStatus.ACTIVE.value))
    return PersonRow.id.in_(select(latest.c.person_id).where(latest.c.status == status.value))


def inactive_condition(today: dt.date, days: int) -> ColumnElement[bool]:
    """Active people in a role watched for retention (domain.people_rules.ACTIVIST_ROLES) with no activity for more
    than ``days`` (as domain.relations.is_inactive): read from the person's row, which the database's triggers keep
    watched or not as the roles and statuses change."""
    cutoff = today - dt.timedelta(days=days)
    since = func.coalesce(PersonRow.last_activity, PersonRow.added_on)
    return and_(PersonRow.watched == true(), or_(since.is_(None), since < cutoff))


# -- the order ----------------------------------------------------------------------------------------------------


def _order(query: PeopleQuery, today: dt.date, activist_days: int) -> list[Any]:
    """The query's order, then by name (the list's order when nothing else tells rows apart)."""
    # Equal names in the order they came in: the index on the name holds the ids in order too, so the list read
    # through it is not sorted again.
    by_name = [name_key().desc(), PersonRow.id.desc()] if query.descending else [name_key(), PersonRow.id]
    first = _first_key(query.order, today, activist_days)
    if first is None:
        return by_name
    if query.order is PeopleOrder.LAST_ACTIVITY:  # no date first, as cells.date_sort_key orders
        return [first.desc().nulls_last() if query.descending else first.asc().nulls_first(), *by_name]
    return [first.desc() if query.descending else first, *by_name]


def _first_key(order: PeopleOrder, today: dt.date, activist_days: int) -> Any:
    if order is PeopleOrder.NEIGHBORHOOD:
        name = select(NeighborhoodRow.name).where(NeighborhoodRow.id == PersonRow.neighborhood_id).scalar_subquery()
        return func.coalesce(name, "")
    if order is PeopleOrder.ROLES:
        ranks = {role.value: place for place, role in enumerate(PersonRole)}
        first_role = select(func.min(case(ranks, value=PersonRoleRow.role, else_=len(ranks)))).where(
            PersonRoleRow.person_id == PersonRow.id
        )
        return func.coalesce(first_role.scalar_subquery(), len(ranks))
    if order is PeopleOrder.PHONE:
        return PersonRow.phone
    if order is PeopleOrder.STATUS:
        return _status_rank()
    if order is PeopleOrder.LAST_ACTIVITY:
        return PersonRow.last_activity
    if order is PeopleOrder.RETENTION:  # ascending: the inactive first
        return case((inactive_condition(today, activist_days), 0), else_=1)
    return None


def _status_rank() -> ColumnElement[int]:
    ranks = {status.value: place for place, status in enumerate(PersonStatus)}
    return case(ranks, value=func.coalesce(latest_status_value(), PersonStatus.ACTIVE.value), else_=len(ranks))

