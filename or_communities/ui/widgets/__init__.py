"""Reusable widgets: the map view and other pieces the area views are built from."""
