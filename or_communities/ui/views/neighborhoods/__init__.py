"""The neighborhoods area."""

from .view import NeighborhoodsView

__all__ = ["NeighborhoodsView"]
