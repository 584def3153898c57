"""A version on every other record a form edits (tasks, plans' goals, groups, meetings, projects…), so that no
save made from an older copy goes through there either.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "task_state", "goal", "initiative", "community_group", "gathering_space", "channel", "call_for_applications",
    "leadership_meeting", "coalition_member", "coalition_meeting", "conference_item", "custom_metric", "city_project",
    "project_milestone", "funding_prospect", "resource_project",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:  # plain ADD COLUMN, as in 0014
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
