"""ORM tables of a workspace. Migrations in ``migrations/versions`` build the same schema."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import (
    Mapped,
    column_property,
    mapped_column,
    relationship,
)

from .base import Base, Versioned, kept_by_the_database, new_uid, personal


class CityRow(Base):
    __tablename__ = "city"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    plan_year: Mapped[int] = mapped_column(Integer)
    boundary_geojson: Mapped[str | None] = mapped_column(Text, deferred=True)
    """The municipal boundary in WGS 84 as a GeoJSON geometry, when one was loaded."""
    partner_retention_days: Mapped[int] = mapped_column(Integer, default=60, server_default=text("60"))
    activist_retention_days: Mapped[int] = mapped_column(Integer, default=60, server_default=text("60"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CityTextRow(Base):
    """A text the city wrote in its own words in place of the app's default (guidance, a template)."""

    __tablename__ = "city_text"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class NeighborhoodRow(Versioned, Base):
    __tablename__ = "neighborhood"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    population: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Boundaries can be large; lists read only whether there is one.
    boundary_geojson: Mapped[str | None] = mapped_column(Text, deferred=True)
    has_boundary: Mapped[bool] = column_property(boundary_geojson.is_not(None))
    """The boundary in WGS 84 as a GeoJSON geometry."""
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    coordinator: Mapped[PersonRow | None] = relationship(foreign_keys=[coordinator_id])


class PersonRow(Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_name_key", func.lower(text("full_name"))),
        Index("ix_person_watched", "watched", "neighborhood_id", "last_activity", "added_on"),
    )
    """The list's order by name read from an index (SQLite's lower() folds ASCII only; Hebrew has no case); the
    inactive activists counted from an index, each neighborhood's together."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200), info=personal("name"))
    phone: Mapped[str] = mapped_column(String(50), default="", info=personal("contact"))
    email: Mapped[str] = mapped_column(String(200), default="", info=personal("contact"))
    # use_alter: neighborhood and person refer to each other (a neighborhood's coordinator).
    neighborhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighborhood.id", ondelete="SET NULL", use_alter=True), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=personal("notes"))
    address: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"), info=personal("address"))
    skills: Mapped[str] = mapped_column(Text, default="", server_default=text("''"), info=personal("notes"))
    trainings: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    committees: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    last_activity: Mapped[dt.date | None] = mapped_column(Date)
    consent_to_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), info=personal("consent"))
    consent_date: Mapped[dt.date | None] = mapped_column(Date, info=personal("consent"))
    strengths: Mapped[str] = mapped_column(Text, default="", server_default=text("''"), info=personal("notes"))
    challenges: Mapped[str] = mapped_column(Text, default="", server_default=text("''"), info=personal("notes"))
    watched: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), info=kept_by_the_database())
    """Holds a role watched for retention (domain.people_rules.ACTIVIST_ROLES) and is active: written by the
    database's own triggers on the roles and statuses (migration 0017), never by the app."""
    added_on: Mapped[dt.date | None] = mapped_column(Date)
    """The day the person came into the workspace (added or imported); unknown for people of older workspaces."""

    roles: Mapped[list[PersonRoleRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    """Loaded with the person (one extra query for a whole list), since every view of a person shows them."""


class PersonRoleRow(Base):
    __tablename__ = "person_role"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40), primary_key=True)


class PartnerRow(Versioned, Base):
    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    contact_person: Mapped[str] = mapped_column(String(200), default="", info=personal("name"))
    phone: Mapped[str] = mapped_column(String(50), default="", info=personal("contact"))
    email: Mapped[str] = mapped_column(String(200), default="", info=personal("contact"))
    contribution: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    contributions: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    """Contribution keys, comma separated."""
    influence: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))
    interest: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))
    support_now: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    support_wanted: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    memberships: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    """Membership keys, comma separated."""
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date)

    neighborhoods: Mapped[list[PartnerNeighborhoodRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class PartnerNeighborhoodRow(Base):
    __tablename__ = "partner_neighborhood"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)
    neighborhood_id: Mapped[int] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), primary_key=True)


class CoalitionMemberRow(Versioned, Base):
    """A partner in the city's coalition (no neighborhood) or in a neighborhood's."""

    __tablename__ = "coalition_member"
    __table_args__ = (UniqueConstraint("neighborhood_id", "partner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    commitment: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    joined_on: Mapped[dt.date | None] = mapped_column(Date)


class CoalitionMeetingRow(Versioned, Base):
    __tablename__ = "coalition_meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    decisions: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    next_step: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    next_step_date: Mapped[dt.date | None] = mapped_column(Date)


class CoalitionAttendanceRow(Base):
    __tablename__ = "coalition_attendance"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("coalition_meeting.id", ondelete="CASCADE"), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)


class PartnerContactRow(Base):
    __tablename__ = "partner_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")


class PersonStatusRow(Base):
    __tablename__ = "person_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class MentoringSessionRow(Base):
    __tablename__ = "mentoring_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    topics: Mapped[str] = mapped_column(Text, default="", info=personal("notes"))
    agreed: Mapped[str] = mapped_column(Text, default="", info=personal("notes"))
    follow_up_by: Mapped[dt.date | None] = mapped_column(Date)


class TaskStateRow(Versioned, Base):
    __tablename__ = "task_state"
    __table_args__ = (
        UniqueConstraint("task_key", "neighborhood_id"),
        # SQL treats NULLs as distinct, so the city-level row needs its own unique index. Only the SQLite
        # form is declared here: naming the PostgreSQL one would import that whole dialect at start-up.
        # Migration 0001 creates the index for both.
        Index(
            "uq_task_state_city_task",
            "task_key",
            unique=True,
            sqlite_where=text("neighborhood_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_key: Mapped[str] = mapped_column(String(20))
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class AssetRow(Versioned, Base):
    """A place on the map that serves a community: a point in WGS 84."""

    __tablename__ = "asset"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    neighborhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighborhood.id", ondelete="SET NULL"), index=True
    )
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ExchangedVersionRow(Base):
    """A version of a neighborhood or an asset that went out in a map package or came in from one: the common base
    a later merge compares both sides against."""

    __tablename__ = "exchanged_version"
    __table_args__ = (UniqueConstraint("uid", "fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), index=True)
    fingerprint: Mapped[str] = mapped_column(String(32))
    fields_json: Mapped[str] = mapped_column(Text)
    """The version's shared fields, as a JSON object of texts."""


class MeasureSnapshotRow(Base):
    """A success metric's value in one month, for the city or one neighborhood: kept as it was, by the
    neighborhood's uid and name, so the history outlives edits to the records it was computed from."""

    __tablename__ = "measure_snapshot"
    __table_args__ = (UniqueConstraint("month", "neighborhood_uid", "measure"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    """YYYY-MM."""
    neighborhood_uid: Mapped[str] = mapped_column(String(32), default="")
    """Empty for the city."""
    neighborhood_name: Mapped[str] = mapped_column(String(200), default="")
    measure: Mapped[str] = mapped_column(String(40))
    value: Mapped[float | None] = mapped_column(Float)


class CustomMetricRow(Versioned, Base):
    """A success metric the manager defines, for the city (no neighborhood) or one neighborhood."""

    __tablename__ = "custom_metric"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="")
    target: Mapped[float | None] = mapped_column(Float)
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)


class MetricReadingRow(Base):
    """A value of a custom metric, measured on a date."""

    __tablename__ = "metric_reading"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("custom_metric.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class StatisticalAreaRow(Base):
    """A census statistical area, the building block neighborhoods can be grouped from."""

    __tablename__ = "statistical_area"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    population: Mapped[int | None] = mapped_column(Integer)
    geometry_geojson: Mapped[str] = mapped_column(Text, deferred=True)
    neighborhood_id: Mapped[int | None] = mapped_column(
        ForeignKey("neighborhood.id", ondelete="SET NULL"), index=True
    )


def complete_metadata() -> MetaData:
    """Every table of a workspace, declared: what migrations and schema checks compare against."""
    from . import leadership_tables, planning_tables  # noqa: F401 - importing them declares their tables

    return Base.metadata
