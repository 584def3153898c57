"""Partners coalitions: the members of the city's and each neighborhood's coalition, with what each committed,
and the coalitions' meetings with who came.

A partner marked as a member of the city coalition joins the city's; one marked as a member of a neighborhood
coalition joins the coalitions of the neighborhoods it works in. A city-wide partner marked so cannot be placed:
its notes say to choose the neighborhood. The two marks then leave the partner's memberships, which keep the city
partners table only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CITY, NEIGHBORHOOD = "city_coalition", "neighborhood_coalition"
UNPLACED_NOTE = "היה/הייתה חבר/ה בקואליציה שכונתית: יש לבחור באיזו שכונה, באזור הקואליציות."


def upgrade() -> None:
    op.create_table(
        "coalition_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("commitment", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["neighborhood_id"], ["neighborhood.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("neighborhood_id", "partner_id"),
    )
    op.create_index(op.f("ix_coalition_member_neighborhood_id"), "coalition_member", ["neighborhood_id"])
    op.create_index(op.f("ix_coalition_member_partner_id"), "coalition_member", ["partner_id"])
    op.create_table(
        "coalition_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("decisions", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("next_step", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        sa.Column("next_step_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["neighborhood_id"], ["neighborhood.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_coalition_meeting_neighborhood_id"), "coalition_meeting", ["neighborhood_id"])
    op.create_table(
        "coalition_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["coalition_meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "partner_id"),
    )
    _move_the_marks()


def _move_the_marks() -> None:
    connection = op.get_bind()
    partners = connection.execute(sa.text("SELECT id, memberships, notes FROM partner")).all()
    places = connection.execute(sa.text("SELECT partner_id, neighborhood_id FROM partner_neighborhood")).all()
    neighborhoods: dict[int, list[int]] = {}
    for partner_id, neighborhood_id in places:
        neighborhoods.setdefault(partner_id, []).append(neighborhood_id)
    add_member = sa.text("INSERT INTO coalition_member (neighborhood_id, partner_id, commitment) VALUES (:hood, :partner, '')")
    for partner_id, memberships, notes in partners:
        marks = [mark for mark in (memberships or "").split(",") if mark]
        if CITY in marks:
            connection.execute(add_member, {"hood": None, "partner": partner_id})
        if NEIGHBORHOOD in marks:
            for neighborhood_id in neighborhoods.get(partner_id, []):
                connection.execute(add_member, {"hood": neighborhood_id, "partner": partner_id})
            if not neighborhoods.get(partner_id):
                notes = f"{notes}\n{UNPLACED_NOTE}".strip() if notes else UNPLACED_NOTE
        kept = ",".join(mark for mark in marks if mark not in (CITY, NEIGHBORHOOD))
        connection.execute(
            sa.text("UPDATE partner SET memberships = :kept, notes = :notes WHERE id = :partner"),
            {"kept": kept, "notes": notes or "", "partner": partner_id},
        )


def downgrade() -> None:
    op.drop_table("coalition_attendance")
    op.drop_index(op.f("ix_coalition_meeting_neighborhood_id"), table_name="coalition_meeting")
    op.drop_table("coalition_meeting")
    op.drop_index(op.f("ix_coalition_member_partner_id"), table_name="coalition_member")
    op.drop_index(op.f("ix_coalition_member_neighborhood_id"), table_name="coalition_member")
    op.drop_table("coalition_member")
