"""Screens that fit a laptop: tables whose columns fit the width they are given, so every name shows whole, and
splitters that open where the user left them.

The key columns (a person's or a partner's name, a task) keep their content's width. The others are as wide as
their content while there is room; when there is not, they narrow alike, down to the width of their title, and
their text is elided (a cell's tooltip holds all of it). A table the user has sized by hand keeps the user's
widths, between runs too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from ..settings import AppSettings

MIN_COLUMN = 48
"""No column narrower than this, whatever its title."""
SAMPLED_ROWS = 100
"""Rows a column's content width is measured over, beyond those in view (Qt's default, 1,000, made every keystroke
of a search over 20,000 people cost a third of a second of measuring)."""


class ColumnFitter(QObject):
    def __init__(
        self, table: QTableView, key_columns: Sequence[int] = (0,), settings: AppSettings | None = None
    ) -> None:
        super().__init__(table)
        self._table = table
        self._keys = tuple(key_columns)
        self._settings = settings
        self._fitting = False
        self._by_hand = False
        self._fitted_width = -1
        """The width the rows were last measured for."""
        table.setProperty("keyColumns", list(self._keys))
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SAMPLED_ROWS)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)
        self._restore()

    def watch(self, changes: Sequence[SignalInstance] | None = None) -> None:
        """Fit again whenever the table's rows change (or on ``changes`` only); call once the model is set."""
        model = self._table.model()
        if changes is None and model is not None:
            changes = (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged)
        for change in changes or ():
            change.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_to_width()
        return False

    def _fit_to_width(self) -> None:
        """A resize or a show: measure the rows again only when the width changed since they were last measured
        (a window being laid out resizes a table several times over, mostly to the same width)."""
        if self._table.viewport().width() != self._fitted_width:
            self.fit()

    def fit(self) -> None:
        if self._by_hand or self._table.model() is None or not self._table.isVisible():
            return  # a hidden table measures no rows; it fits when it is shown
        header = self._table.horizontalHeader()
        columns = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        if not columns:
            return
        self._fitted_width = self._table.viewport().width()
        widths = self._widths(columns, self._fitted_width)
        self._fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _widths(self, columns: list[int], available: int) -> dict[int, int]:
        header = self._table.horizontalHeader()
        titles = {column: max(MIN_COLUMN, header.sectionSizeHint(column)) for column in columns}
        wanted = {column: max(titles[column], self._table.sizeHintForColumn(column)) for column in columns}
        if sum(wanted.values()) <= available:
            return wanted
        keys = {column: wanted[column] for column in columns if column in self._keys}
        others = [column for column in columns if column not in self._keys]
        room = max(0, available - sum(keys.values()))
        floors = {column: titles[column] for column in others}
        if sum(floors.values()) > room:
            floors = dict.fromkeys(others, MIN_COLUMN)
        return {**keys, **_share(room, {column: wanted[column] for column in others}, floors)}

    # -- widths set by hand --------------------------------------------------------------------------

    def _key(self) -> str:
        return f"tables/{self._table.objectName()}"

    def _restore(self) -> None:
        if self._settings is None or not self._table.objectName():
            return
        state = self._settings.view_state(self._key())
        if state is not None and self._table.horizontalHeader().restoreState(state):
            self._by_hand = True

    def _on_section_resized(self, _column: int, _old: int, _new: int) -> None:
        dragging = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        if self._fitting or not dragging or not self._table.horizontalHeader().underMouse():
            return
        self._by_hand = True
        if self._settings is not None and self._table.objectName():
            state: QByteArray = self._table.horizontalHeader().saveState()
            self._settings.set_view_state(self._key(), state)


def _share(room: int, wanted: dict[int, int], floors: dict[int, int]) -> dict[int, int]:
    """Share ``room`` fairly: each column first gets its floor (its title); of what is left, a column wanting little
    more (a date, a sum, a status) gets all it wants, and the long ones split the rest alike."""
    widths = dict(floors)
    free = room - sum(floors.values())
    needs = sorted((wanted[column] - floors[column], column) for column in wanted if wanted[column] > floors[column])
    for place, (need, column) in enumerate(needs):
        given = min(need, max(0, free) // (len(needs) - place))
        widths[column] += given
        free -= given
    return widths


def remember_splitter(splitter: QSplitter, name: str, settings: AppSettings | None) -> None:
    """Open ``splitter`` where the user last left it, and remember where they leave it now."""
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    if settings is None:
        return
    key = f"splitters/{name}"
    state = settings.view_state(key)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda _position, _index: settings.set_view_state(key, splitter.saveState()))
