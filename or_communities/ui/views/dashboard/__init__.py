"""The dashboard area."""

from .view import DashboardView

__all__ = ["DashboardView"]
