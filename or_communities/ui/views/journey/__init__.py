"""The journey area: the four stages, the tasks of the city or a neighborhood, and each task's form."""

from .view import JourneyView

__all__ = ["JourneyView"]
