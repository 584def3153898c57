"""The mapping file: the city boundary, assets, statistical areas, and identities that travel.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("city") as batch:
        batch.add_column(sa.Column("boundary_geojson", sa.Text(), nullable=True))

    # Existing neighborhoods get an identity before the column becomes required and unique.
    with op.batch_alter_table("neighborhood") as batch:
        batch.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
    connection = op.get_bind()
    for (neighborhood_id,) in connection.execute(sa.text("SELECT id FROM neighborhood")).all():
        connection.execute(
            sa.text("UPDATE neighborhood SET uid = :uid WHERE id = :id"), {"uid": uuid.uuid4().hex, "id": neighborhood_id}
        )
    with op.batch_alter_table("neighborhood") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
        batch.create_unique_constraint(op.f("uq_neighborhood_uid"), ["uid"])

    op.create_table(
        "asset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["neighborhood_id"],
            ["neighborhood.id"],
            name=op.f("fk_asset_neighborhood_id_neighborhood"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset")),
        sa.UniqueConstraint("uid", name=op.f("uq_asset_uid")),
    )
    op.create_index(op.f("ix_asset_neighborhood_id"), "asset", ["neighborhood_id"])
    op.create_table(
        "statistical_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("geometry_geojson", sa.Text(), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["neighborhood_id"],
            ["neighborhood.id"],
            name=op.f("fk_statistical_area_neighborhood_id_neighborhood"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistical_area")),
        sa.UniqueConstraint("code", name=op.f("uq_statistical_area_code")),
    )
    op.create_index(op.f("ix_statistical_area_neighborhood_id"), "statistical_area", ["neighborhood_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_statistical_area_neighborhood_id"), table_name="statistical_area")
    op.drop_table("statistical_area")
    op.drop_index(op.f("ix_asset_neighborhood_id"), table_name="asset")
    op.drop_table("asset")
    with op.batch_alter_table("neighborhood") as batch:
        batch.drop_constraint(op.f("uq_neighborhood_uid"), type_="unique")
        batch.drop_column("uid")
    with op.batch_alter_table("city") as batch:
        batch.drop_column("boundary_geojson")
