"""The tags on the power/interest grid: a partner's name led by a dot in its kind's color, and a cell's "+N"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from ....domain.records import Partner
from ....domain.text import reads_right_to_left
from ...labels import PARTNER_KIND_COLORS, partner_kind_label

DOT = 9.0
MARGIN = 4.0
"""Between a tag's border and its text, and between the dot and the text."""
RADIUS = 6.0
TEXT_COLOR = QColor("#222")
CHOSEN_PEN = QPen(QColor("#111"), 2.5)
MORE_PEN = QPen(QColor("#8a939e"), 1)
WHITE_SHARE = 0.85
"""How pale a tag's fill is next to its kind's color, so the name on it stays easy to read."""


class Tag(QGraphicsItem):
    """A rounded label centered on its position, with an optional colored dot where its text begins."""

    def __init__(self, text: str, font: QFont, width_limit: float, height: float, dot_color: QColor | None) -> None:
        super().__init__()
        self._font = font
        self._dot_color = dot_color
        self._right_to_left = reads_right_to_left(text)
        metrics = QFontMetricsF(font)
        dot_room = DOT + MARGIN if dot_color is not None else 0.0
        self.shown_text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width_limit - 2 * MARGIN - dot_room)
        width = min(width_limit, metrics.horizontalAdvance(self.shown_text) + 2 * MARGIN + dot_room + 1)
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self.border = QPen(dot_color, 1) if dot_color is not None else MORE_PEN
        self.fill = _pale(dot_color) if dot_color is not None else QColor("white")
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        half_pen = CHOSEN_PEN.widthF() / 2
        return self._rect.adjusted(-half_pen, -half_pen, half_pen, half_pen)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(self.border)
        painter.setBrush(QBrush(self.fill))
        painter.drawRoundedRect(self._rect, RADIUS, RADIUS)
        text_rect = self._rect.adjusted(MARGIN, 0, -MARGIN, 0)
        if self._dot_color is not None:
            text_rect = self._paint_dot(painter, text_rect)
        painter.setFont(self._font)
        painter.setPen(TEXT_COLOR)
        direction = Qt.LayoutDirection.RightToLeft if self._right_to_left else Qt.LayoutDirection.LeftToRight
        text_option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        text_option.setTextDirection(direction)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(text_rect, self.shown_text, text_option)

    def _paint_dot(self, painter: QPainter, text_rect: QRectF) -> QRectF:
        """The dot where the name begins (on the right for a Hebrew name); returns the room left for the text."""
        assert self._dot_color is not None
        x = text_rect.right() - DOT if self._right_to_left else text_rect.left()
        painter.setPen(QPen(self._dot_color.darker(140), 1))
        painter.setBrush(QBrush(self._dot_color))
        painter.drawEllipse(QRectF(x, -DOT / 2, DOT, DOT))
        room = DOT + MARGIN
        return text_rect.adjusted(0, 0, -room, 0) if self._right_to_left else text_rect.adjusted(room, 0, 0, 0)


class PartnerDot(Tag):
    """One partner, drawn at its scores; dragging it to another cell moves the partner there."""

    def __init__(
        self,
        partner: Partner,
        dropped: Callable[[PartnerDot], None],
        font: QFont,
        width_limit: float,
        height: float,
    ) -> None:
        super().__init__(partner.name, font, width_limit, height, PARTNER_KIND_COLORS[partner.kind])
        self.partner = partner
        self.home = QPointF()
        self._dropped = dropped
        self._kind_pen = self.border
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(f"{partner.name}\n{partner_kind_label(partner.kind)}")
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def set_chosen(self, chosen: bool) -> None:
        self.border = CHOSEN_PEN if chosen else self._kind_pen
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(3)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        self._dropped(self)


class MoreTag(Tag):
    """The partners a crowded cell has no room for: their count, and their names in the tooltip."""

    def __init__(self, hidden: list[Partner], text: str, font: QFont, height: float) -> None:
        super().__init__(text, font, QFontMetricsF(font).horizontalAdvance(text) + 2 * MARGIN + 1, height, None)
        self.hidden = hidden
        self.setToolTip("\n".join(partner.name for partner in hidden))


def _pale(color: QColor) -> QColor:
    def towards_white(channel: int) -> int:
        return round(channel + (255 - channel) * WHITE_SHARE)

    return QColor(towards_white(color.red()), towards_white(color.green()), towards_white(color.blue()))
