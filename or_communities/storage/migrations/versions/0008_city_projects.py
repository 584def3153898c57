"""City projects that promote community, their partners and milestones.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "city_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("owner", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        sa.Column("department", sa.String(length=300), server_default=sa.text("''"), nullable=False),
        sa.Column("budget", sa.Float(), server_default=sa.text("0"), nullable=False),
        sa.Column("status", sa.String(length=20), server_default=sa.text("'planned'"), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "city_project_partner",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["project_id"], ["city_project.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("project_id", "partner_id"),
    )
    op.create_table(
        "project_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["city_project.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_project_milestone_project_id"), "project_milestone", ["project_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_project_milestone_project_id"), table_name="project_milestone")
    op.drop_table("project_milestone")
    op.drop_table("city_project_partner")
    op.drop_table("city_project")
