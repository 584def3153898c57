"""Pure domain: the process catalog, records and rules. No Qt, no SQLAlchemy."""
