"""The partners area."""

from .view import GRID_TAB, TABLE_TAB, PartnersView

__all__ = ["GRID_TAB", "TABLE_TAB", "PartnersView"]
