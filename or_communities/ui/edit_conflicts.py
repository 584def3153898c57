"""The message that refuses a save because someone else saved the record first: what they saved beside what was
typed, field by field, in the interface language."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain.edits import FieldDifference, conflicting_fields
from ..domain.errors import EditConflict
from ..domain.text import Text, isolated
from .i18n import current_language

LONGEST_VALUE = 80
"""Characters of a value the message shows (a long note is cut, with an ellipsis)."""


def edit_conflict_message(conflict: EditConflict) -> str:
    message = QCoreApplication.translate(
        "EditConflict", "Someone else saved this record while you were editing it, so your change was not saved. "
        "The form now shows what they saved."
    )
    differences = conflicting_fields(conflict)
    if not differences:
        return message
    lines = [_difference_line(d) for d in differences]
    where = QCoreApplication.translate("EditConflict", "Where the two differ:")
    again = QCoreApplication.translate("EditConflict", "Type your change again where it is still needed.")
    return "\n".join([message, "", where, *lines, "", again])


def _difference_line(difference: FieldDifference) -> str:
    label = field_label(difference.field)
    if difference.field.endswith(("_id", "_ids")):  # a choice of other records, named elsewhere
        return QCoreApplication.translate("EditConflict", "{0}: they chose otherwise").format(label)
    return QCoreApplication.translate("EditConflict", "{0}: saved “{1}”, yours “{2}”").format(
        label, isolated(shown_value(difference.saved)), isolated(shown_value(difference.yours))
    )


def shown_value(value: object) -> str:
    """A field's value as the message shows it: dates as the forms show them, labels for choices."""
    language = current_language()
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("EditConflict", "yes") if value else QCoreApplication.translate("EditConflict", "no")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return label.get(language) if isinstance(label, Text) else str(value.value)
    if isinstance(value, frozenset):
        return ", ".join(sorted(shown_value(item) for item in value)) or "—"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"


def field_label(field: str) -> str:
    """The name of a record's field as its form calls it; the field's own name when the form has none."""
    return _field_labels().get(field, field.replace("_", " "))


def _field_labels() -> dict[str, str]:
    """Built when asked, so it follows the interface language."""
    return {
        "name": QCoreApplication.translate("RecordField", "Name"),
        "full_name": QCoreApplication.translate("RecordField", "Name"),
        "title": QCoreApplication.translate("RecordField", "Title"),
        "population": QCoreApplication.translate("RecordField", "Population"),
        "description": QCoreApplication.translate("RecordField", "Description"),
        "strengths": QCoreApplication.translate("RecordField", "Strengths"),
        "needs": QCoreApplication.translate("RecordField", "Needs"),
        "notes": QCoreApplication.translate("RecordField", "Notes"),
        "challenges": QCoreApplication.translate("RecordField", "Challenges"),
        "coordinator_id": QCoreApplication.translate("RecordField", "Community coordinator"),
        "roles": QCoreApplication.translate("RecordField", "Roles"),
        "neighborhood_id": QCoreApplication.translate("RecordField", "Neighborhood"),
        "neighborhood_ids": QCoreApplication.translate("RecordField", "Neighborhoods"),
        "phone": QCoreApplication.translate("RecordField", "Phone"),
        "email": QCoreApplication.translate("RecordField", "Email"),
        "address": QCoreApplication.translate("RecordField", "Address"),
        "skills": QCoreApplication.translate("RecordField", "Skills"),
        "trainings": QCoreApplication.translate("RecordField", "Trainings"),
        "committees": QCoreApplication.translate("RecordField", "Committees"),
        "last_activity": QCoreApplication.translate("RecordField", "Last activity"),
        "consent_to_contact": QCoreApplication.translate("RecordField", "Consent to contact"),
        "consent_date": QCoreApplication.translate("RecordField", "Consent date"),
        "added_on": QCoreApplication.translate("RecordField", "Added on"),
        "kind": QCoreApplication.translate("RecordField", "Kind"),
        "contact_person": QCoreApplication.translate("RecordField", "Contact person"),
        "contribution": QCoreApplication.translate("RecordField", "Contribution"),
        "contributions": QCoreApplication.translate("RecordField", "Contributions"),
        "influence": QCoreApplication.translate("RecordField", "Influence"),
        "interest": QCoreApplication.translate("RecordField", "Interest"),
        "support_now": QCoreApplication.translate("RecordField", "Support now"),
        "support_wanted": QCoreApplication.translate("RecordField", "Support wanted"),
        "memberships": QCoreApplication.translate("RecordField", "Memberships"),
        "last_contact": QCoreApplication.translate("RecordField", "Last contact"),
        "next_follow_up": QCoreApplication.translate("RecordField", "Next follow-up"),
        "goal_id": QCoreApplication.translate("RecordField", "Goal"),
        "task_key": QCoreApplication.translate("RecordField", "Stage task"),
        "owner": QCoreApplication.translate("RecordField", "Owner"),
        "partner_ids": QCoreApplication.translate("RecordField", "Partners"),
        "department": QCoreApplication.translate("RecordField", "Department"),
        "start": QCoreApplication.translate("RecordField", "Start"),
        "end": QCoreApplication.translate("RecordField", "End"),
        "planned_budget": QCoreApplication.translate("RecordField", "Planned budget"),
        "metric": QCoreApplication.translate("RecordField", "Metric"),
        "target": QCoreApplication.translate("RecordField", "Target"),
        "actual": QCoreApplication.translate("RecordField", "Actual"),
        "status": QCoreApplication.translate("RecordField", "Status"),
        "year": QCoreApplication.translate("RecordField", "Year"),
        "source": QCoreApplication.translate("RecordField", "Source"),
        "amount": QCoreApplication.translate("RecordField", "Amount"),
        "category": QCoreApplication.translate("RecordField", "Category"),
        "activity_id": QCoreApplication.translate("RecordField", "Activity"),
        "planned": QCoreApplication.translate("RecordField", "Planned"),
        "date": QCoreApplication.translate("RecordField", "Date"),
        "place": QCoreApplication.translate("RecordField", "Place"),
        "time": QCoreApplication.translate("RecordField", "Time"),
        "attendance": QCoreApplication.translate("RecordField", "Attendance"),
        "committees_formed": QCoreApplication.translate("RecordField", "Committees formed"),
        "longitude": QCoreApplication.translate("RecordField", "Longitude"),
        "latitude": QCoreApplication.translate("RecordField", "Latitude"),
        "agenda": QCoreApplication.translate("RecordField", "Agenda"),
        "amount_needed": QCoreApplication.translate("RecordField", "Amount needed"),
        "attendee_ids": QCoreApplication.translate("RecordField", "Attendees"),
        "budget": QCoreApplication.translate("RecordField", "Budget"),
        "closes": QCoreApplication.translate("RecordField", "Closes"),
        "commitment": QCoreApplication.translate("RecordField", "Commitment"),
        "conference_id": QCoreApplication.translate("RecordField", "Conference"),
        "contact": QCoreApplication.translate("RecordField", "Contact"),
        "decisions": QCoreApplication.translate("RecordField", "Decisions"),
        "done": QCoreApplication.translate("RecordField", "Done"),
        "done_date": QCoreApplication.translate("RecordField", "Date done"),
        "due": QCoreApplication.translate("RecordField", "Due"),
        "due_date": QCoreApplication.translate("RecordField", "Due date"),
        "follow_ups": QCoreApplication.translate("RecordField", "Follow-ups"),
        "funder": QCoreApplication.translate("RecordField", "Funder"),
        "goal": QCoreApplication.translate("RecordField", "Goal"),
        "hours": QCoreApplication.translate("RecordField", "Hours"),
        "how_to_apply": QCoreApplication.translate("RecordField", "How to apply"),
        "invitee_ids": QCoreApplication.translate("RecordField", "Invited"),
        "joined_on": QCoreApplication.translate("RecordField", "Joined on"),
        "last_used": QCoreApplication.translate("RecordField", "Last used"),
        "lead": QCoreApplication.translate("RecordField", "Lead"),
        "member_ids": QCoreApplication.translate("RecordField", "Members"),
        "members": QCoreApplication.translate("RecordField", "Members"),
        "next_step": QCoreApplication.translate("RecordField", "Next step"),
        "next_step_date": QCoreApplication.translate("RecordField", "Next step date"),
        "offered": QCoreApplication.translate("RecordField", "Offered"),
        "opens": QCoreApplication.translate("RecordField", "Opens"),
        "partner_id": QCoreApplication.translate("RecordField", "Partner"),
        "plan_id": QCoreApplication.translate("RecordField", "Work plan"),
        "position": QCoreApplication.translate("RecordField", "Order"),
        "project_id": QCoreApplication.translate("RecordField", "Project"),
        "purpose": QCoreApplication.translate("RecordField", "Purpose"),
        "respondent_ids": QCoreApplication.translate("RecordField", "Respondents"),
        "rules": QCoreApplication.translate("RecordField", "Rules"),
        "run_by": QCoreApplication.translate("RecordField", "Run by"),
        "sought": QCoreApplication.translate("RecordField", "Sought"),
        "stage": QCoreApplication.translate("RecordField", "Stage"),
        "unit": QCoreApplication.translate("RecordField", "Unit"),
    }
