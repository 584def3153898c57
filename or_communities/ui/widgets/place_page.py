"""A record page of one place (the city or a neighborhood) that its area chooses above it: a coalition's meetings,
a neighborhood's calls for applications, its leadership meetings. The list has a heading and its add and remove
buttons, and no filter of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..models.record_table import RecordFilter
from ..style import Title, set_title
from ..view_context import ViewContext
from .record_page import ListPart, RecordPage, RecordT


class PlacePage(RecordPage[RecordT]):
    def __init__(self, context: ViewContext, name: str) -> None:
        super().__init__(context, name, key=lambda record: record.id)  # type: ignore[attr-defined]
        self.place: int | None = None
        """The neighborhood shown (None: the city, where the area has one)."""

    def editable(self, record: RecordT) -> bool:
        return self.context.workspace.access.may_edit(self.place)

    def heading(self) -> str:
        """The list's heading."""
        raise NotImplementedError

    def make_filter(
        self, neighborhood_of: Callable[[RecordT], int | None], search_text: Callable[[RecordT], str]
    ) -> RecordFilter:
        return RecordFilter()

    def list_parts(self) -> list[ListPart]:
        heading = QLabel(self.heading())
        set_title(heading, Title.SECTION)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        for button in self.list_buttons():
            row.addWidget(button)
        return [heading, row]

    def list_buttons(self) -> list[QWidget]:
        """More buttons at the end of the add and remove row."""
        return []

    def on_neighborhood_filter(self, value: object) -> None:
        """The place is the area's choice above; this page has no filter of its own."""

    def show_place(self, neighborhood_id: int | None) -> None:
        self.place = neighborhood_id
        self.reload()
