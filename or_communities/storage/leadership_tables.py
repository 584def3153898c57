"""ORM tables of a neighborhood's leadership: calls for applications with who answered, and resident-leadership
meetings with who was invited and who came.

They are declared the first time a repository of theirs is imported: the first window needs none of them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned, personal


class CallRow(Versioned, Base):
    __tablename__ = "call_for_applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    neighborhood_id: Mapped[int] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    sought: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    offered: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    opens: Mapped[dt.date | None] = mapped_column(Date)
    closes: Mapped[dt.date | None] = mapped_column(Date)
    how_to_apply: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    contact: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"), info=personal("contact"))


class CallRespondentRow(Base):
    __tablename__ = "call_respondent"

    call_id: Mapped[int] = mapped_column(ForeignKey("call_for_applications.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class LeadershipMeetingRow(Versioned, Base):
    __tablename__ = "leadership_meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    neighborhood_id: Mapped[int] = mapped_column(ForeignKey("neighborhood.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    agenda: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    decisions: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    follow_ups: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))


class MeetingPersonRow(Base):
    """A person invited to a leadership meeting, and whether they came."""

    __tablename__ = "leadership_meeting_person"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("leadership_meeting.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    came: Mapped[bool] = mapped_column(default=False, server_default=false())
