"""The people area."""

from .view import PeopleView

__all__ = ["PeopleView"]
