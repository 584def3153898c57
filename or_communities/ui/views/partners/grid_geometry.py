"""Where things lie on the power/interest grid: cells sized to the view, and the places of the partners in a cell."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from ....domain.relations import HIGH_SCORE, SCORE_RANGE

LOW, HIGH = SCORE_RANGE
CELLS = HIGH - LOW + 1
GAP = 3.0
"""Between a cell's edge and the tags in it, between two tags, between the rows around the grid."""
TAG_PADDING = 2.0
"""Above and below a tag's text."""
MIN_CELL_WIDTH = 90.0
MIN_TAGS_PER_CELL = 2
"""A cell holds at least one name and the "+N" of the rest."""


@dataclass(frozen=True)
class GridGeometry:
    """The grid's cells in scene coordinates: interest grows to the right, influence grows upwards.

    ``line`` is the height of a line of the names' text, ``caption_line`` that of the quadrants' captions.
    """

    line: float
    caption_line: float
    cell_width: float
    cell_height: float

    @classmethod
    def fitting(cls, width: float, height: float, line: float, caption_line: float) -> GridGeometry:
        """The largest grid that fits ``width`` by ``height``, never with cells too small to hold two tags."""
        shape = cls(line, caption_line, MIN_CELL_WIDTH, 0.0)
        chrome_width = shape.left + GAP
        chrome_height = shape.top + shape.bottom_band
        cell_width = max(MIN_CELL_WIDTH, (width - chrome_width) / CELLS)
        cell_height = max(shape.min_cell_height, (height - chrome_height) / CELLS)
        return cls(line, caption_line, cell_width, cell_height)

    @property
    def left(self) -> float:
        """Room for the influence axis: its title turned upright, then its numbers."""
        return 2 * self.line + 3 * GAP

    @property
    def top(self) -> float:
        """Room for the captions of the two upper quadrants."""
        return self.caption_line + 2 * GAP

    @property
    def bottom_band(self) -> float:
        """Under the grid: the interest numbers, the captions of the two lower quadrants, the axis title."""
        return 2 * self.line + self.caption_line + 3 * GAP

    @property
    def tag_height(self) -> float:
        return self.line + 2 * TAG_PADDING

    @property
    def min_cell_height(self) -> float:
        return MIN_TAGS_PER_CELL * (self.tag_height + GAP) + GAP

    @property
    def tag_width_limit(self) -> float:
        return self.cell_width - 2 * GAP

    @property
    def tags_per_cell(self) -> int:
        return max(MIN_TAGS_PER_CELL, math.floor((self.cell_height - GAP) / (self.tag_height + GAP)))

    def scene_rect(self) -> QRectF:
        grid = self.grid_rect()
        return QRectF(0, 0, grid.right() + GAP, grid.bottom() + self.bottom_band)

    def grid_rect(self) -> QRectF:
        return QRectF(self.left, self.top, CELLS * self.cell_width, CELLS * self.cell_height)

    def cell_rect(self, interest: int, influence: int) -> QRectF:
        return QRectF(
            self.left + (interest - LOW) * self.cell_width,
            self.top + (HIGH - influence) * self.cell_height,
            self.cell_width,
            self.cell_height,
        )

    def cell_at(self, point: QPointF) -> tuple[int, int]:
        """(interest, influence) of the cell under a scene point, kept inside the grid."""
        interest = LOW + math.floor((point.x() - self.left) / self.cell_width)
        influence = HIGH - math.floor((point.y() - self.top) / self.cell_height)
        return min(HIGH, max(LOW, interest)), min(HIGH, max(LOW, influence))

    def threshold(self) -> QPointF:
        """Where the line between low and high crosses each axis: the lower edge of the first high cell."""
        first_high = self.cell_rect(HIGH_SCORE, HIGH_SCORE)
        return QPointF(first_high.left(), first_high.bottom())

    def quadrant_rect(self, high_interest: bool, high_influence: bool) -> QRectF:
        grid, threshold = self.grid_rect(), self.threshold()
        left, right = (threshold.x(), grid.right()) if high_interest else (grid.left(), threshold.x())
        top, bottom = (grid.top(), threshold.y()) if high_influence else (threshold.y(), grid.bottom())
        return QRectF(QPointF(left, top), QPointF(right, bottom))

    def tag_centers(self, interest: int, influence: int, count: int) -> list[QPointF]:
        """The centers of ``count`` tags stacked one per line in a cell, the stack centered on the cell's center."""
        center = self.cell_rect(interest, influence).center()
        step = self.tag_height + GAP
        first = center.y() - (count - 1) * step / 2
        return [QPointF(center.x(), first + slot * step) for slot in range(count)]
