"""Initial schema: the city, neighborhoods, people, partners and task states.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_NOW = sa.text("(CURRENT_TIMESTAMP)")


def upgrade() -> None:
    op.create_table(
        "city",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("plan_year", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=_NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city")),
    )
    # person and neighborhood refer to each other: person's foreign key is added last.
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "neighborhood",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("boundary_geojson", sa.Text(), nullable=True),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=_NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["person.id"],
            name=op.f("fk_neighborhood_coordinator_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_neighborhood")),
        sa.UniqueConstraint("name", name=op.f("uq_neighborhood_name")),
    )
    with op.batch_alter_table("person") as batch:
        batch.create_foreign_key(
            op.f("fk_person_neighborhood_id_neighborhood"),
            "neighborhood",
            ["neighborhood_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "person_role",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_role_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "role", name=op.f("pk_person_role")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("contribution", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    op.create_table(
        "task_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_key", sa.String(length=20), nullable=False),
        sa.Column("neighborhood_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["neighborhood_id"],
            ["neighborhood.id"],
            name=op.f("fk_task_state_neighborhood_id_neighborhood"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_state")),
        sa.UniqueConstraint("task_key", "neighborhood_id", name=op.f("uq_task_state_task_key")),
    )
    op.create_index(
        "uq_task_state_city_task",
        "task_state",
        ["task_key"],
        unique=True,
        sqlite_where=sa.text("neighborhood_id IS NULL"),
        postgresql_where=sa.text("neighborhood_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_task_state_city_task", table_name="task_state")
    op.drop_table("task_state")
    op.drop_table("partner")
    op.drop_table("person_role")
    with op.batch_alter_table("person") as batch:
        batch.drop_constraint(op.f("fk_person_neighborhood_id_neighborhood"), type_="foreignkey")
    op.drop_table("neighborhood")
    op.drop_table("person")
    op.drop_table("city")
