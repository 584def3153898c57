"""Partners and people in full: the partner map's fields, contact logs, status history, mentoring, retention.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_EMPTY = sa.text("''")


def _text_column(name: str, length: int | None = None) -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, server_default=_EMPTY, nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("city") as batch:
        batch.add_column(sa.Column("partner_retention_days", sa.Integer(), server_default=sa.text("60"), nullable=False))
        batch.add_column(sa.Column("activist_retention_days", sa.Integer(), server_default=sa.text("60"), nullable=False))
    with op.batch_alter_table("partner") as batch:
        batch.add_column(_text_column("contributions", 200))
        batch.add_column(sa.Column("influence", sa.Integer(), server_default=sa.text("3"), nullable=False))
        batch.add_column(sa.Column("interest", sa.Integer(), server_default=sa.text("3"), nullable=False))
        batch.add_column(_text_column("support_now"))
        batch.add_column(_text_column("support_wanted"))
        batch.add_column(_text_column("memberships", 200))
        batch.add_column(sa.Column("last_contact", sa.Date(), nullable=True))
        batch.add_column(sa.Column("next_follow_up", sa.Date(), nullable=True))
    with op.batch_alter_table("person") as batch:
        batch.add_column(_text_column("address", 300))
        batch.add_column(_text_column("skills"))
        batch.add_column(_text_column("trainings"))
        batch.add_column(_text_column("committees"))
        batch.add_column(sa.Column("last_activity", sa.Date(), nullable=True))
        batch.add_column(sa.Column("consent_to_contact", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column("consent_date", sa.Date(), nullable=True))
        batch.add_column(_text_column("strengths"))
        batch.add_column(_text_column("challenges"))
    op.create_table(
        "partner_neighborhood",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_neighborhood_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["neighborhood_id"],
            ["neighborhood.id"],
            name=op.f("fk_partner_neighborhood_neighborhood_id_neighborhood"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partner_id", "neighborhood_id", name=op.f("pk_partner_neighborhood")),
    )
    op.create_table(
        "partner_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_contact_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contact")),
    )
    op.create_index(op.f("ix_partner_contact_partner_id"), "partner_contact", ["partner_id"])
    op.create_table(
        "person_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_status_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_status")),
    )
    op.create_index(op.f("ix_person_status_person_id"), "person_status", ["person_id"])
    op.create_table(
        "mentoring_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("agreed", sa.Text(), nullable=False),
        sa.Column("follow_up_by", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_mentoring_session_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_session")),
    )
    op.create_index(op.f("ix_mentoring_session_person_id"), "mentoring_session", ["person_id"])


def downgrade() -> None:
    for table in ("mentoring_session", "person_status", "partner_contact"):
        op.drop_index(op.f(f"ix_{table}_{'partner_id' if table == 'partner_contact' else 'person_id'}"), table_name=table)
        op.drop_table(table)
    op.drop_table("partner_neighborhood")
    with op.batch_alter_table("person") as batch:
        for column in ("challenges", "strengths", "consent_date", "consent_to_contact", "last_activity",
                       "committees", "trainings", "skills", "address"):
            batch.drop_column(column)
    with op.batch_alter_table("partner") as batch:
        for column in ("next_follow_up", "last_contact", "memberships", "support_wanted", "support_now",
                       "interest", "influence", "contributions"):
            batch.drop_column(column)
    with op.batch_alter_table("city") as batch:
        batch.drop_column("activist_retention_days")
        batch.drop_column("partner_retention_days")
