"""A new budget source, step by step (stage 3: developing budget sources and recruiting partners): who could fund
the work, how much and for what, and the next step with its date. The source joins the pipeline as identified."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget, QWizard, QWizardPage

from ....domain.planning import FundingProspect, ProspectStage, ResourceProject
from ...widgets.amount_spin import AmountSpin
from ...widgets.date_fields import OptionalDateEdit

FIRST_STEP_DAYS = 7
"""A new source's first step is due within a week: a source left without one goes cold."""


class NewSourceWizard(QWizard):
    def __init__(self, projects: list[ResourceProject], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSourceWizard")
        self.setWindowTitle(self.tr("A new budget source"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumWidth(560)
        self.addPage(self._who_page())
        self.addPage(self._what_page(projects))
        self.addPage(self._next_page(today))

    def _page(self, title: str, explanation: str) -> tuple[QWizardPage, QFormLayout]:
        page = QWizardPage()
        page.setTitle(title)
        form = QFormLayout(page)
        text = QLabel(explanation)
        text.setWordWrap(True)
        form.addRow(text)
        return page, form

    def _who_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("Who could fund it?"),
            self.tr(
                "A municipal department, a government ministry, a foundation, a business in the city, a partner "
                "organization. Write who, and if you know it, the person to talk to."
            ),
        )
        self.funder_edit = QLineEdit()
        self.funder_edit.setObjectName("sourceFunderEdit")
        page.registerField("funder*", self.funder_edit)  # the wizard goes on only once it is written
        form.addRow(self.tr("Who:"), self.funder_edit)
        return page

    def _what_page(self, projects: list[ResourceProject]) -> QWizardPage:
        page, form = self._page(
            self.tr("How much, and for what?"),
            self.tr("An estimate is enough. Tie it to a project you raise resources for, or say what it would fund."),
        )
        self.amount_spin = AmountSpin("sourceAmountSpin")
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("sourceProjectCombo")
        self.project_combo.addItem(self.tr("No project"), None)
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("sourcePurposeEdit")
        self.purpose_edit.setPlaceholderText(self.tr("What it would fund"))
        form.addRow(self.tr("How much:"), self.amount_spin)
        form.addRow(self.tr("Toward project:"), self.project_combo)
        form.addRow(self.tr("For what:"), self.purpose_edit)
        return page

    def _next_page(self, today: dt.date) -> QWizardPage:
        page, form = self._page(
            self.tr("What is the next step, and when?"),
            self.tr("A first call, a meeting, a letter of intent, a proposal. A step with a date is one that happens."),
        )
        self.next_step_combo = QComboBox()
        self.next_step_combo.setObjectName("sourceNextStepCombo")
        self.next_step_combo.setEditable(True)
        self.next_step_combo.addItems([
            self.tr("A first call to introduce the work"),
            self.tr("A meeting to present the neighborhood's plan"),
            self.tr("Send a proposal"),
        ])
        self.next_date_edit = OptionalDateEdit(self.tr("No date"), self.tr("No date"))
        self.next_date_edit.setObjectName("sourceNextDateEdit")
        self.next_date_edit.set_value(today + dt.timedelta(days=FIRST_STEP_DAYS))
        form.addRow(self.tr("Next step:"), self.next_step_combo)
        form.addRow(self.tr("By:"), self.next_date_edit)
        return page

    def prospect(self) -> FundingProspect:
        """The source as written in the steps, identified and not yet approached."""
        return FundingProspect(
            None,
            self.funder_edit.text(),
            self.amount_spin.value(),
            ProspectStage.IDENTIFIED,
            self.next_step_combo.currentText(),
            self.next_date_edit.value(),
            self.project_combo.currentData(),
            self.purpose_edit.text(),
        )
