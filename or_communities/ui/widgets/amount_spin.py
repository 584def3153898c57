"""The amount field of the budget's and the work plans' forms."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from ...domain.budget_rules import AMOUNT_LIMIT
from .controls import start_where_the_reader_starts


class AmountSpin(QDoubleSpinBox):
    """An amount in shekels: ₪12,000 for a whole sum, ₪12,000.50 only when there are agorot, as the tables show it."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        start_where_the_reader_starts(self)
        self.setRange(0.0, AMOUNT_LIMIT)
        self.setDecimals(2)
        self.setGroupSeparatorShown(True)
        self.setPrefix("₪")
        self.setSingleStep(100.0)

    def textFromValue(self, value: float) -> str:
        if value == round(value):
            return self.locale().toString(round(value))
        return super().textFromValue(value)
