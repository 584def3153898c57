"""A neighborhood's leadership: calls for applications with who answered, resident-leadership meetings with who
was invited and who came.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), server_default=sa.text("''"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "call_for_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        _text("sought"),
        _text("offered"),
        sa.Column("opens", sa.Date(), nullable=True),
        sa.Column("closes", sa.Date(), nullable=True),
        _text("how_to_apply"),
        sa.Column("contact", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        sa.ForeignKeyConstraint(["neighborhood_id"], ["neighborhood.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_call_for_applications_neighborhood_id"), "call_for_applications", ["neighborhood_id"])
    op.create_table(
        "call_respondent",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["call_for_applications.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("call_id", "person_id"),
    )
    op.create_table(
        "leadership_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        _text("agenda"),
        _text("decisions"),
        _text("follow_ups"),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["coordinator_id"], ["person.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["neighborhood_id"], ["neighborhood.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_leadership_meeting_neighborhood_id"), "leadership_meeting", ["neighborhood_id"])
    op.create_table(
        "leadership_meeting_person",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("came", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["leadership_meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "person_id"),
    )


def downgrade() -> None:
    op.drop_table("leadership_meeting_person")
    op.drop_index(op.f("ix_leadership_meeting_neighborhood_id"), table_name="leadership_meeting")
    op.drop_table("leadership_meeting")
    op.drop_table("call_respondent")
    op.drop_index(op.f("ix_call_for_applications_neighborhood_id"), table_name="call_for_applications")
    op.drop_table("call_for_applications")
