"""An area whose tools are still to come says what it will hold, instead of a blank page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.catalog import Area
from ..labels import area_label


class AreaPlaceholder(QWidget):
    def __init__(self, area: Area) -> None:
        super().__init__()
        self.setObjectName(f"placeholder_{area.value}")
        title = QLabel(area_label(area))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        self.description = QLabel(self._description(area))
        self.description.setObjectName("areaDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(self.tr("This area is being built. Everything you record elsewhere is kept and will appear here."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.description)
        layout.addWidget(note)
        layout.addStretch(1)

    def _description(self, area: Area) -> str:
        descriptions = {
            Area.MAP: self.tr(
                "The city's neighborhoods on a map that works without internet: boundaries imported from the "
                "municipality's GIS files, colored by stage; community centers, schools, shelters, gathering spaces "
                "and partners' sites as layers; maps to send to colleagues and GeoPackages for the GIS department."
            ),
            Area.PARTNERS: self.tr(
                "The partner map of the guide: partners inside the system and in the city and beyond, what each can "
                "contribute, a power/interest grid, the city partners table and coalitions, last contact and "
                "follow-ups, with partners not contacted for too long flagged."
            ),
            Area.PEOPLE: self.tr(
                "Activists, volunteers, neighborhood leaders, building coordinators, community coordinators and "
                "municipal officials: roles, skills, trainings, committees and last activity, with inactive "
                "activists flagged. Lists you already keep in Excel can be brought in."
            ),
            Area.COORDINATORS: self.tr(
                "For each community coordinator: strengths, challenges, and the mentoring sessions with what was "
                "agreed and by when."
            ),
            Area.WORK_PLANS: self.tr(
                "The city work plan, a work plan for each neighborhood and the annual city plan with the "
                "municipality's departments: goals, activities, owners, partners, dates, budget and success metrics, "
                "on one synchronized timeline, exported to Excel."
            ),
            Area.BUDGET: self.tr(
                "The annual budget: income by source and expenses by neighborhood, activity and category, planned "
                "against actual; the pipeline of budget sources and the projects to raise resources for."
            ),
            Area.EVENTS: self.tr(
                "The city events calendar and each neighborhood's initiatives, conference, committees, activist "
                "groups, gathering space and communication channels."
            ),
            Area.DASHBOARD: self.tr(
                "Success metrics for each neighborhood and for the city, with charts: stage, tasks done, active "
                "leaders, recent events and budget used against planned."
            ),
        }
        return descriptions.get(area, "")
