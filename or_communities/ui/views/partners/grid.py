"""The power/interest grid: every partner a tag by interest (across) and influence (up); drag a tag to move it.

The grid is drawn to the size of the view, at the text's own size, so names are never scaled down or cut at the
view's edge; each cell stacks its partners one per line, centered on the cell, and says "+N" for those that do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ....domain.records import Partner
from .grid_geometry import GAP, HIGH, LOW, GridGeometry
from .grid_tags import MoreTag, PartnerDot

QUADRANT_COLORS = {
    (False, True): "#fff4e5",
    (True, True): "#fde8e6",
    (False, False): "#f1f3f5",
    (True, False): "#e8f4ec",
}
"""By (high interest, high influence): keep satisfied, manage closely, monitor, keep informed."""
CAPTION_COLOR = QColor(0, 0, 0, 130)
CELL_PEN = QPen(QColor("#c9ced6"), 1, Qt.PenStyle.DashLine)
THRESHOLD_PEN = QPen(QColor("#8a939e"), 2)
Cell = tuple[int, int]
"""(interest, influence)"""


class PartnerGrid(QGraphicsView):
    partner_moved = Signal(int, int, int)
    """partner id, influence, interest: a tag was dropped in another cell."""
    partner_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerGrid")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a chart: interest grows to the right in both languages
        self._partners: list[Partner] = []
        self._chosen_id: int | None = None
        self.dots: dict[int, PartnerDot] = {}
        self.more: dict[Cell, MoreTag] = {}
        """The "+N" of a cell with more partners than it can show."""
        self._redraw()

    def _redraw(self) -> None:
        self.scene().clear()
        self.cells = self._fitted_geometry()
        self.scene().setSceneRect(self.cells.scene_rect())
        self._shrink_to_fit()
        self._draw_quadrants()
        self._draw_cells()
        self._draw_axes()
        self._draw_partners()

    def _fitted_geometry(self) -> GridGeometry:
        room = self.maximumViewportSize()
        return GridGeometry.fitting(
            room.width(), room.height(), QFontMetricsF(self.font()).height(), QFontMetricsF(self._caption_font()).height()
        )

    def _shrink_to_fit(self) -> None:
        """Text at its own size; only a view too small for the smallest cells shows the whole grid smaller."""
        self.resetTransform()
        room, scene = self.maximumViewportSize(), self.cells.scene_rect()
        if scene.width() > room.width() or scene.height() > room.height():
            self.fitInView(scene, Qt.AspectRatioMode.KeepAspectRatio)

    # -- the fixed drawing ----------------------------------------------------------------

    def _draw_quadrants(self) -> None:
        captions = {
            (False, True): self.tr("Keep satisfied"),
            (True, True): self.tr("Manage closely"),
            (False, False): self.tr("Monitor"),
            (True, False): self.tr("Keep informed"),
        }
        self.quadrants: dict[tuple[bool, bool], QGraphicsRectItem] = {}
        for (high_interest, high_influence), caption in captions.items():
            rect = self.cells.quadrant_rect(high_interest, high_influence)
            color = QColor(QUADRANT_COLORS[high_interest, high_influence])
            background = self.scene().addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(color))
            background.setZValue(-2)
            self.quadrants[high_interest, high_influence] = background
            self._caption(caption, rect.center().x(), self._caption_top(high_influence))

    def _caption_top(self, high_influence: bool) -> float:
        """Above the grid for the upper quadrants; under the interest numbers for the lower ones."""
        if high_influence:
            return (self.cells.top - self.cells.caption_line) / 2
        return self.cells.grid_rect().bottom() + self.cells.line + 2 * GAP

    def _caption(self, text: str, center_x: float, top: float) -> None:
        caption = self.scene().addSimpleText(text, self._caption_font())
        caption.setBrush(QBrush(CAPTION_COLOR))
        caption.setPos(center_x - caption.boundingRect().width() / 2, top)

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        return font

    def _draw_cells(self) -> None:
        for interest in range(LOW, HIGH + 1):
            for influence in range(LOW, HIGH + 1):
                self.scene().addRect(self.cells.cell_rect(interest, influence), CELL_PEN).setZValue(-1)
        grid, threshold = self.cells.grid_rect(), self.cells.threshold()
        self.scene().addLine(threshold.x(), grid.top(), threshold.x(), grid.bottom(), THRESHOLD_PEN).setZValue(-1)
        self.scene().addLine(grid.left(), threshold.y(), grid.right(), threshold.y(), THRESHOLD_PEN).setZValue(-1)

    def _draw_axes(self) -> None:
        grid = self.cells.grid_rect()
        self.interest_numbers: dict[int, QGraphicsSimpleTextItem] = {}
        for score in range(LOW, HIGH + 1):
            across = self.scene().addSimpleText(str(score))
            across.setPos(self.cells.cell_rect(score, LOW).center().x() - across.boundingRect().width() / 2, grid.bottom() + GAP)
            self.interest_numbers[score] = across
            up = self.scene().addSimpleText(str(score))
            bounds = up.boundingRect()
            up.setPos(grid.left() - GAP - bounds.width(), self.cells.cell_rect(LOW, score).center().y() - bounds.height() / 2)
        interest = self.scene().addSimpleText(self.tr("Interest →"))
        interest.setPos(grid.center().x() - interest.boundingRect().width() / 2, self.cells.scene_rect().bottom() - self.cells.line)
        influence = self.scene().addSimpleText(self.tr("Influence →"))
        influence.setRotation(-90)
        influence.setPos(GAP, grid.center().y() + influence.boundingRect().width() / 2)

    # -- the partners ------------------------------------------------------------------------

    def set_partners(self, partners: list[Partner], chosen_id: int | None = None) -> None:
        self._partners = sorted(partners, key=lambda partner: partner.name)
        self._chosen_id = chosen_id
        self._redraw()

    def _draw_partners(self) -> None:
        self.dots = {}
        self.more = {}
        by_cell: dict[Cell, list[Partner]] = {}
        for partner in self._partners:
            by_cell.setdefault((partner.interest, partner.influence), []).append(partner)
        for cell, together in by_cell.items():
            self._place(cell, together)
        self._mark_chosen()

    def _place(self, cell: Cell, partners: list[Partner]) -> None:
        """One partner per line, the lines centered on the cell; those that do not fit are behind a "+N"."""
        shown, hidden = self._shown_and_hidden(partners, self.cells.tags_per_cell)
        centers = self.cells.tag_centers(*cell, len(shown) + (1 if hidden else 0))
        for partner, center in zip(shown, centers, strict=False):
            dot = PartnerDot(partner, self.dot_dropped, self.font(), self.cells.tag_width_limit, self.cells.tag_height)
            dot.home = center
            dot.setPos(center)
            self.scene().addItem(dot)
            self.dots[partner.id] = dot
        if hidden:
            more = MoreTag(hidden, self.tr("+{0} more").format(len(hidden)), self.font(), self.cells.tag_height)
            more.setPos(centers[-1])
            self.scene().addItem(more)
            self.more[cell] = more

    def _shown_and_hidden(self, partners: list[Partner], room: int) -> tuple[list[Partner], list[Partner]]:
        """All when they fit; else room for all but one line, the chosen partner kept in sight."""
        if len(partners) <= room:
            return partners, []
        shown, hidden = partners[: room - 1], partners[room - 1 :]
        chosen = next((partner for partner in hidden if partner.id == self._chosen_id), None)
        if chosen is not None:
            hidden = [shown.pop(), *(partner for partner in hidden if partner is not chosen)]
            shown.append(chosen)
        return shown, sorted(hidden, key=lambda partner: partner.name)

    def show_chosen(self, partner_id: int | None) -> None:
        self._chosen_id = partner_id
        if any(partner.id == partner_id for partner in self._partners) and partner_id not in self.dots:
            self._redraw()  # the chosen partner was behind a "+N"
        else:
            self._mark_chosen()

    def _mark_chosen(self) -> None:
        for partner_id, dot in self.dots.items():
            dot.set_chosen(partner_id == self._chosen_id)

    def dot_dropped(self, dot: PartnerDot) -> None:
        interest, influence = self.cells.cell_at(dot.scenePos())
        partner = dot.partner
        # Told once the mouse event is over: whoever listens may rebuild the tags, this one included.
        if (interest, influence) == (partner.interest, partner.influence):
            dot.setPos(dot.home)
            QTimer.singleShot(0, lambda: self.partner_chosen.emit(partner.id))
            return
        QTimer.singleShot(0, lambda: self.partner_moved.emit(partner.id, influence, interest))

    def quadrant_of(self, point: QPointF) -> tuple[bool, bool] | None:
        """(high interest, high influence) of the quadrant a scene point lies in."""
        return next((key for key, item in self.quadrants.items() if item.rect().contains(point)), None)

    # -- places on the screen (for pointing at a tag or a cell) --------------------------------

    def dot_position(self, partner_id: int) -> QPoint:
        return self.mapFromScene(self.dots[partner_id].scenePos())

    def cell_position(self, interest: int, influence: int) -> QPoint:
        return self.mapFromScene(self.cells.cell_rect(interest, influence).center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw()

