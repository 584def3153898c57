"""Storage: the workspace database (SQLAlchemy 2, Alembic migrations)."""
