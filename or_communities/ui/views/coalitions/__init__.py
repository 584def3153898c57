"""The coalitions area: the city's and each neighborhood's partners coalition, its members and its meetings."""

from .view import CoalitionsView

__all__ = ["CoalitionsView"]
