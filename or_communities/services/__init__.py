"""Use cases over a workspace. No widgets here; the UI calls these."""
