"""A version on the records two people may edit at once, so that a save made from an older copy is refused.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("neighborhood", "person", "partner", "asset", "activity", "income", "expense", "event")


def upgrade() -> None:
    # A plain ADD COLUMN on both dialects: a batch copy of the table would drop the old one, and with foreign keys
    # on, SQLite would cascade that drop to the rows that refer to it.
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
