"""The success metrics month by month: a snapshot of every measure, for the city and each neighborhood.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "measure_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("neighborhood_uid", sa.String(length=32), nullable=False),
        sa.Column("neighborhood_name", sa.String(length=200), nullable=False),
        sa.Column("measure", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_snapshot")),
        sa.UniqueConstraint("month", "neighborhood_uid", "measure", name=op.f("uq_measure_snapshot_month")),
    )
    op.create_index(op.f("ix_measure_snapshot_month"), "measure_snapshot", ["month"])


def downgrade() -> None:
    op.drop_index(op.f("ix_measure_snapshot_month"), table_name="measure_snapshot")
    op.drop_table("measure_snapshot")
