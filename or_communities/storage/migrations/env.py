"""Alembic environment: always run on a connection handed in by the application."""

from __future__ import annotations

from alembic import context

from or_communities.storage.tables import complete_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=complete_metadata(),
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
