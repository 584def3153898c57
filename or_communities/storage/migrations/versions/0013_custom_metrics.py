"""Success metrics the manager defines, and the values measured for them by date.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "custom_metric",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["neighborhood_id"], ["neighborhood.id"], name=op.f("fk_custom_metric_neighborhood_id_neighborhood"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_metric")),
    )
    op.create_index(op.f("ix_custom_metric_neighborhood_id"), "custom_metric", ["neighborhood_id"])
    op.create_table(
        "metric_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("metric_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["metric_id"], ["custom_metric.id"], name=op.f("fk_metric_reading_metric_id_custom_metric"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric_reading")),
    )
    op.create_index(op.f("ix_metric_reading_metric_id"), "metric_reading", ["metric_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_metric_reading_metric_id"), table_name="metric_reading")
    op.drop_table("metric_reading")
    op.drop_index(op.f("ix_custom_metric_neighborhood_id"), table_name="custom_metric")
    op.drop_table("custom_metric")
