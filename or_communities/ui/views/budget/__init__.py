"""The budget area."""

from .view import (
    EXPENSES_TAB,
    INCOME_TAB,
    MISMATCH_TAB,
    PIPELINE_TAB,
    PROJECTS_TAB,
    BudgetView,
)

__all__ = ["EXPENSES_TAB", "INCOME_TAB", "MISMATCH_TAB", "PIPELINE_TAB", "PROJECTS_TAB", "BudgetView"]
