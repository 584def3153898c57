"""What every table of a workspace is declared on: one metadata with a naming convention, new identities, and how
many rows a change matched."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import CursorResult, Integer, MetaData, Result, Table, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column

from ..domain.errors import EditConflict

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    """A record's identity across workspaces (a shared map package refers to it)."""
    return uuid.uuid4().hex


def matched_rows(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE matched: Session.execute returns a CursorResult for one, typed as any Result."""
    assert isinstance(result, CursorResult)
    return result.rowcount


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def core_table(row_class: type[Base]) -> Table:
    """The table a row class is declared on, for bulk statements that go around the ORM."""
    table = row_class.__table__
    assert isinstance(table, Table)
    return table


def delete_row(session: Session, row_type: type[Base], row_id: int | None) -> bool:
    """Delete one row by its id (its dependents go by the database's cascades); False when there was none."""
    row = session.get(row_type, row_id) if row_id is not None else None
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


class Versioned:
    """A record two people may edit at once: its version goes up by one with every change the ORM writes, and the
    ORM's UPDATE names the version it read, so of two saves racing each other the second matches nothing."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def check_seen_version(row: Versioned, seen: int, mine: object, theirs: Callable[[], object]) -> None:
    """Refuse a change made to a record as it was at version ``seen`` when someone has saved it since (0: the
    version it was read at is not known, as for a record built by an import)."""
    if seen and row.version != seen:
        raise EditConflict(mine, theirs())


PERSONAL_KINDS = ("name", "contact", "address", "notes", "consent")
"""What a column holding personal data holds: a person's name, contact details, address, notes about them, and
their consent to be contacted."""


def personal(kind: str) -> dict[str, str]:
    """Marks a column as holding personal data (read by `or-communities privacy`; shared exports leave it out)."""
    assert kind in PERSONAL_KINDS
    return {"personal": kind}


def kept_by_the_database() -> dict[str, bool]:
    """Marks a column that the database's own triggers write from other rows: the app never writes it, and a copy
    of the workspace leaves it to the receiving side's triggers, which write it again from the rows copied."""
    return {"kept_by_the_database": True}
