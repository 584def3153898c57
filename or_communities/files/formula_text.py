"""A formula someone typed into a workbook the app reads, kept as the text that was typed.

A workbook is read with its formulas, not their results: a result may be stale or missing (a formula a program never
computed), and a formula typed into a name or a note is text the user meant, never a value to compute. Such a cell
reads as FormulaText — a str, so every reader takes it as text — and the importers say where they found one.
"""

from __future__ import annotations

from typing import Any


class FormulaText(str):
    """The text of a formula found in a cell ("=1+1"), read as text."""

    __slots__ = ()


def cell_value(cell: Any) -> object:
    """An openpyxl cell's value; a formula as FormulaText, never computed."""
    if getattr(cell, "data_type", None) == "f":
        value = cell.value
        return FormulaText(value if isinstance(value, str) else getattr(value, "text", "") or str(value))
    return cell.value
