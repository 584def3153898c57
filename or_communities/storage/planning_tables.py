"""ORM tables of work plans, the budget and events.

They are declared the first time a repository of theirs is imported: the first window needs none of them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned


class WorkPlanRow(Base):
    __tablename__ = "work_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")


class GoalRow(Versioned, Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("work_plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActivityRow(Versioned, Base):
    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="SET NULL"), index=True)
    task_key: Mapped[str | None] = mapped_column(String(20))
    owner: Mapped[str] = mapped_column(String(200), default="")
    partner_ids: Mapped[str] = mapped_column(String(500), default="")
    """Partner ids, comma separated."""
    department: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    planned_budget: Mapped[float] = mapped_column(Float, default=0.0)
    metric: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(String(200), default="")
    actual: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")


class IncomeRow(Versioned, Base):
    __tablename__ = "income"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    source: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="expected")


class ExpenseRow(Versioned, Base):
    __tablename__ = "expense"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    category: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="SET NULL"), index=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"), index=True)
    planned: Mapped[float] = mapped_column(Float, default=0.0)
    actual: Mapped[float] = mapped_column(Float, default=0.0)


class ResourceProjectRow(Versioned, Base):
    __tablename__ = "resource_project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="SET NULL"))
    amount_needed: Mapped[float] = mapped_column(Float, default=0.0)
    description: Mapped[str] = mapped_column(Text, default="")


class FundingProspectRow(Versioned, Base):
    __tablename__ = "funding_prospect"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    funder: Mapped[str] = mapped_column(String(300))
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    stage: Mapped[str] = mapped_column(String(20), default="identified")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_step_date: Mapped[dt.date | None] = mapped_column(Date)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("resource_project.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")


class EventRow(Versioned, Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="community")
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="SET NULL"), index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    time: Mapped[str] = mapped_column(String(50), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    attendance: Mapped[int | None] = mapped_column(Integer)
    committees_formed: Mapped[str] = mapped_column(Text, default="")


class InitiativeRow(Versioned, Base):
    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")


class GroupRow(Versioned, Base):
    __tablename__ = "community_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="committee")
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(Text, default="")


class GroupMemberRow(Base):
    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(ForeignKey("community_group.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class GatheringSpaceRow(Versioned, Base):
    __tablename__ = "gathering_space"

    neighborhood_id: Mapped[int] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), primary_key=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    hours: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[str] = mapped_column(Text, default="")


class ChannelRow(Versioned, Base):
    __tablename__ = "channel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="whatsapp")
    neighborhood_id: Mapped[int | None] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    run_by: Mapped[str] = mapped_column(String(200), default="")
    members: Mapped[int | None] = mapped_column(Integer)
    last_used: Mapped[dt.date | None] = mapped_column(Date)


class CityProjectRow(Versioned, Base):
    __tablename__ = "city_project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    owner: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    department: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    budget: Mapped[float] = mapped_column(Float, default=0.0, server_default=text("0"))
    status: Mapped[str] = mapped_column(String(20), default="planned", server_default=text("'planned'"))
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class CityProjectPartnerRow(Base):
    __tablename__ = "city_project_partner"

    project_id: Mapped[int] = mapped_column(ForeignKey("city_project.id", ondelete="CASCADE"), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)


class MilestoneRow(Versioned, Base):
    __tablename__ = "project_milestone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("city_project.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    due: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ChecklistItemRow(Versioned, Base):
    """An item of a conference's checklist."""

    __tablename__ = "conference_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    due: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
