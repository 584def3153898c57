"""The retention rules for partners and activists, and what a person or a partner may hold, without a workspace or
Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from or_communities.domain.errors import EmptyName, InvalidEmail, InvalidPhone, ScoreOutOfRange
from or_communities.domain.people_rules import ACTIVIST_ROLES, check_score, clean_partner, clean_person
from or_communities.domain.records import Partner, PartnerKind, Person, PersonRole
from or_communities.domain.relations import PartnerFlag, PersonStatus, is_inactive, partner_flags

TODAY = dt.date(2026, 6, 15)
DAYS = 60


def _ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


# -- partners ---------------------------------------------------------------------------------


def test_a_partner_contacted_within_the_window_and_without_a_due_follow_up_is_not_flagged():
    """Contact within the retention window and a follow-up still ahead: nothing to do."""
    assert partner_flags(_ago(DAYS), TODAY + dt.timedelta(days=1), TODAY, DAYS) == frozenset()


def test_a_partner_never_contacted_or_not_for_longer_than_the_window_is_flagged():
    """No recorded contact, or one more than the window ago, flags the partner as not contacted for long."""
    assert partner_flags(None, None, TODAY, DAYS) == {PartnerFlag.NOT_CONTACTED_LONG}
    assert partner_flags(_ago(DAYS + 1), None, TODAY, DAYS) == {PartnerFlag.NOT_CONTACTED_LONG}


def test_a_follow_up_due_today_or_before_is_flagged():
    """A follow-up dated today or earlier is due; both flags can stand together."""
    assert partner_flags(_ago(1), TODAY, TODAY, DAYS) == {PartnerFlag.FOLLOW_UP_DUE}
    both = partner_flags(_ago(DAYS + 30), _ago(3), TODAY, DAYS)
    assert both == {PartnerFlag.NOT_CONTACTED_LONG, PartnerFlag.FOLLOW_UP_DUE}


def test_the_window_is_the_one_given():
    """The same last contact is fine in a 90-day window and flagged in a 30-day one."""
    assert partner_flags(_ago(45), None, TODAY, 90) == frozenset()
    assert partner_flags(_ago(45), None, TODAY, 30) == {PartnerFlag.NOT_CONTACTED_LONG}


# -- activists --------------------------------------------------------------------------------


def test_an_active_person_with_no_activity_for_longer_than_the_window_is_inactive():
    """An active person last seen more than the window ago, or never, is inactive; within the window is not."""
    assert is_inactive(_ago(DAYS + 1), PersonStatus.ACTIVE, TODAY, DAYS)
    assert is_inactive(None, PersonStatus.ACTIVE, TODAY, DAYS)
    assert not is_inactive(_ago(DAYS), PersonStatus.ACTIVE, TODAY, DAYS)


@pytest.mark.parametrize("status", [status for status in PersonStatus if status is not PersonStatus.ACTIVE])
def test_people_resting_or_gone_are_not_chased(status):
    """Only active people can be inactive: someone resting or who left is not flagged, however long ago."""
    assert not is_inactive(None, status, TODAY, DAYS)
    assert not is_inactive(_ago(1000), status, TODAY, DAYS)


def test_the_activist_roles_are_the_field_roles():
    """Retention watches activists, volunteers, neighborhood leaders and building coordinators, not officials."""
    assert PersonRole.ACTIVIST in ACTIVIST_ROLES and PersonRole.BUILDING_COORDINATOR in ACTIVIST_ROLES
    assert PersonRole.MUNICIPAL_OFFICIAL not in ACTIVIST_ROLES
    assert PersonRole.COMMUNITY_COORDINATOR not in ACTIVIST_ROLES


# -- what a record may hold ---------------------------------------------------------------------


def test_a_person_is_stored_trimmed_and_with_a_normal_phone():
    """Names are trimmed to one line, and a phone is kept in its usual form."""
    cleaned = clean_person(Person(0, "  דנה   כהן ", phone="050-1234567", email=" dana@example.org "))
    assert cleaned.full_name == "דנה כהן"
    assert cleaned.email == "dana@example.org"
    assert cleaned.phone


@pytest.mark.parametrize(("person", "error"), [
    (Person(0, "   "), EmptyName),
    (Person(0, "דנה", phone="abc"), InvalidPhone),
    (Person(0, "דנה", email="not-an-email"), InvalidEmail),
])
def test_a_person_with_a_bad_field_is_refused(person, error):
    """An empty name, a phone with no digits or an address that is no email is refused."""
    with pytest.raises(error):
        clean_person(person)


@pytest.mark.parametrize("score", [0, 6, -1])
def test_influence_and_interest_stay_between_one_and_five(score):
    """A score outside 1-5 is refused, for a partner as for the check alone."""
    with pytest.raises(ScoreOutOfRange):
        check_score(score)
    with pytest.raises(ScoreOutOfRange):
        clean_partner(Partner(0, "קרן", PartnerKind.BUSINESS_OR_DONOR, influence=score))
    assert check_score(3) == 3


def test_with_no_activity_the_days_count_from_when_the_person_came_in():
    """No activity recorded: someone who came in within the window is not inactive; one who came in before it is;
    one who came in at an unknown time is."""
    assert not is_inactive(None, PersonStatus.ACTIVE, TODAY, DAYS, added_on=TODAY)
    assert not is_inactive(None, PersonStatus.ACTIVE, TODAY, DAYS, added_on=_ago(DAYS))
    assert is_inactive(None, PersonStatus.ACTIVE, TODAY, DAYS, added_on=_ago(DAYS + 1))
    assert is_inactive(None, PersonStatus.ACTIVE, TODAY, DAYS, added_on=None)


def test_recorded_activity_wins_over_the_day_the_person_came_in():
    """An old last activity flags a person even if they were added recently: the activity is what was seen."""
    assert is_inactive(_ago(DAYS + 10), PersonStatus.ACTIVE, TODAY, DAYS, added_on=TODAY)
