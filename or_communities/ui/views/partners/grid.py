"""The power/interest grid: every partner a dot by interest (across) and influence (up); drag a dot to move it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ....domain.records import Partner
from ....domain.relations import SCORE_RANGE
from ...labels import PARTNER_KIND_COLORS, partner_kind_label

LOW, HIGH = SCORE_RANGE
CELLS = HIGH - LOW + 1
CELL_WIDTH = 150.0
CELL_HEIGHT = 110.0
LEFT = 46.0
TOP = 12.0
DOT = 12.0
LINE = 19.0
"""The height of one partner's line inside a cell."""
LINES_PER_COLUMN = int((CELL_HEIGHT - 8) // LINE)
QUADRANT_COLORS = ("#fff4e5", "#fde8e6", "#f1f3f5", "#e8f4ec")
"""Keep satisfied, manage closely, monitor, keep informed."""


def cell_rect(interest: int, influence: int) -> QRectF:
    """Where a cell lies in the scene: interest grows to the right, influence grows upwards."""
    return QRectF(LEFT + (interest - LOW) * CELL_WIDTH, TOP + (HIGH - influence) * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT)


def cell_at(point: QPointF) -> tuple[int, int]:
    """(interest, influence) of the cell under a scene point, kept inside the grid."""
    interest = LOW + math.floor((point.x() - LEFT) / CELL_WIDTH)
    influence = HIGH - math.floor((point.y() - TOP) / CELL_HEIGHT)
    return min(HIGH, max(LOW, interest)), min(HIGH, max(LOW, influence))


class PartnerDot(QGraphicsEllipseItem):
    """One partner: a dot in its kind's color with its name beside it."""

    def __init__(self, partner: Partner, grid: PartnerGrid, label_width: float) -> None:
        super().__init__(-DOT / 2, -DOT / 2, DOT, DOT)
        self.partner = partner
        self.home = QPointF()
        self._grid = grid
        color = PARTNER_KIND_COLORS[partner.kind]
        self.setBrush(QBrush(color))
        self.setPen(QPen(color.darker(140), 1))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self.setToolTip(f"{partner.name}\n{partner_kind_label(partner.kind)}")
        self.label = QGraphicsSimpleTextItem(self)
        metrics = QFontMetrics(self.label.font())
        self.label.setText(metrics.elidedText(partner.name, Qt.TextElideMode.ElideRight, int(label_width)))
        self.label.setPos(DOT / 2 + 3, -metrics.height() / 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(3)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        self._grid.dot_dropped(self)


class PartnerGrid(QGraphicsView):
    partner_moved = Signal(int, int, int)
    """partner id, influence, interest: a dot was dropped in another cell."""
    partner_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerGrid")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a chart: interest grows to the right in both languages
        self.dots: dict[int, PartnerDot] = {}
        self._draw_grid()
        self.scene().setSceneRect(QRectF(0, 0, LEFT + CELLS * CELL_WIDTH + 12, TOP + CELLS * CELL_HEIGHT + 44))

    # -- the fixed drawing ----------------------------------------------------------------

    def _draw_grid(self) -> None:
        scene = self.scene()
        middle = (CELLS / 2) * CELL_WIDTH, (CELLS / 2) * CELL_HEIGHT
        quadrants = (
            (QRectF(LEFT, TOP, middle[0], middle[1]), self.tr("Keep satisfied"), (LOW, HIGH)),
            (QRectF(LEFT + middle[0], TOP, middle[0], middle[1]), self.tr("Manage closely"), (HIGH, HIGH)),
            (QRectF(LEFT, TOP + middle[1], middle[0], middle[1]), self.tr("Monitor"), (LOW, LOW)),
            (QRectF(LEFT + middle[0], TOP + middle[1], middle[0], middle[1]), self.tr("Keep informed"), (HIGH, LOW)),
        )
        self.captions: list[QGraphicsSimpleTextItem] = []
        for (rect, caption, corner), color in zip(quadrants, QUADRANT_COLORS, strict=True):
            scene.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor(color))).setZValue(-2)
            self.captions.append(self._caption(cell_rect(*corner), caption))
        grid_pen = QPen(QColor("#c9ced6"), 1, Qt.PenStyle.DashLine)
        for interest in range(LOW, HIGH + 1):
            for influence in range(LOW, HIGH + 1):
                cell = QGraphicsRectItem(cell_rect(interest, influence))
                cell.setPen(grid_pen)
                cell.setZValue(-1)
                scene.addItem(cell)
        self._axis_labels()

    def _caption(self, rect: QRectF, text: str) -> QGraphicsSimpleTextItem:
        caption = self.scene().addSimpleText(text)
        font = QFont(caption.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        caption.setFont(font)
        caption.setBrush(QBrush(QColor(0, 0, 0, 90)))
        bounds = caption.boundingRect()
        # At the bottom of the quadrant's outer cell: dots fill cells from the top down.
        caption.setPos(rect.center().x() - bounds.width() / 2, rect.bottom() - bounds.height() - 4)
        caption.setZValue(-1)
        return caption

    def _axis_labels(self) -> None:
        scene = self.scene()
        bottom = TOP + CELLS * CELL_HEIGHT
        for score in range(LOW, HIGH + 1):
            across = scene.addSimpleText(str(score))
            across.setPos(cell_rect(score, LOW).center().x() - 4, bottom + 2)
            up = scene.addSimpleText(str(score))
            up.setPos(LEFT - 16, cell_rect(LOW, score).center().y() - 8)
        interest = scene.addSimpleText(self.tr("Interest →"))
        interest.setPos(LEFT + CELLS * CELL_WIDTH / 2 - interest.boundingRect().width() / 2, bottom + 20)
        influence = scene.addSimpleText(self.tr("Influence →"))
        influence.setRotation(-90)
        influence.setPos(4, TOP + CELLS * CELL_HEIGHT / 2 + influence.boundingRect().width() / 2)

    # -- the partners ------------------------------------------------------------------------

    def set_partners(self, partners: list[Partner], chosen_id: int | None = None) -> None:
        for dot in self.dots.values():
            self.scene().removeItem(dot)
        self.dots = {}
        by_cell: dict[tuple[int, int], list[Partner]] = {}
        for partner in sorted(partners, key=lambda p: p.name):
            by_cell.setdefault((partner.interest, partner.influence), []).append(partner)
        for (interest, influence), together in by_cell.items():
            self._place(cell_rect(interest, influence), together)
        self.show_chosen(chosen_id)

    def _place(self, rect: QRectF, partners: list[Partner]) -> None:
        """Spread the partners of one cell in lines and, when they are many, in columns, so none hides another."""
        columns = max(1, math.ceil(len(partners) / LINES_PER_COLUMN))
        column_width = CELL_WIDTH / columns
        for slot, partner in enumerate(partners):
            column, line = divmod(slot, LINES_PER_COLUMN)
            dot = PartnerDot(partner, self, column_width - DOT - 8)
            dot.home = QPointF(rect.left() + column * column_width + DOT / 2 + 3, rect.top() + 6 + LINE / 2 + line * LINE)
            dot.setPos(dot.home)
            self.scene().addItem(dot)
            self.dots[partner.id] = dot

    def show_chosen(self, partner_id: int | None) -> None:
        for pid, dot in self.dots.items():
            dot.setPen(QPen(QColor("#111") if pid == partner_id else dot.brush().color().darker(140), 3 if pid == partner_id else 1))

    def dot_dropped(self, dot: PartnerDot) -> None:
        interest, influence = cell_at(dot.scenePos())
        partner = dot.partner
        # Told once the mouse event is over: whoever listens may rebuild the dots, this one included.
        if (interest, influence) == (partner.interest, partner.influence):
            dot.setPos(dot.home)
            QTimer.singleShot(0, lambda: self.partner_chosen.emit(partner.id))
            return
        QTimer.singleShot(0, lambda: self.partner_moved.emit(partner.id, influence, interest))

    # -- places on the screen (for pointing at a dot or a cell) --------------------------------

    def dot_position(self, partner_id: int) -> QPoint:
        return self.mapFromScene(self.dots[partner_id].scenePos())

    def cell_position(self, interest: int, influence: int) -> QPoint:
        return self.mapFromScene(cell_rect(interest, influence).center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
