"""The map area."""

from .view import MapAreaView

__all__ = ["MapAreaView"]
