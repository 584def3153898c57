"""Versions of neighborhoods and assets exchanged in map packages: the common base of a three-way merge.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchanged_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchanged_version")),
        sa.UniqueConstraint("uid", "fingerprint", name=op.f("uq_exchanged_version_uid")),
    )
    op.create_index(op.f("ix_exchanged_version_uid"), "exchanged_version", ["uid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_exchanged_version_uid"), table_name="exchanged_version")
    op.drop_table("exchanged_version")
