"""The neighborhood leadership area: calls for applications and resident-leadership meetings."""

from .view import LeadershipView

__all__ = ["LeadershipView"]
