"""North Yorkshire: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

import json

import pytest

from ..helpers import (
    EDUCATION,
    HEALTH,
    HOUSING,
    KEY_AGENCIES,
    ONE_SHORT,
    POLICE,
    QUORATE,
    SOCIAL_CARE,
    THREE_CONDITIONS,
    attendee,
    cli,
    quorum,
    texts,
)

AUTHORITY = "north-yorkshire"


# ------------------------------------------------------------------ cli


def test_non_ascii_output_is_kept():
    # North Yorkshire's key-agency quote has a curly apostrophe (U+2019 in "Children's").
    payload = {"authority": AUTHORITY, "conference_type": "initial", "attendees": []}
    code, out = cli(["quorum"], json.dumps(payload))
    assert code == 0
    assert "Children\u2019s Social Care" in out


# ------------------------------------------------------------------ quorum


@pytest.mark.parametrize(
    "circumstances",
    [
        {},
        dict.fromkeys(THREE_CONDITIONS, True),
        dict.fromkeys(THREE_CONDITIONS, False),
        {"limited_agency_contact": True, "relevant_agencies_present": True},
    ],
)
def test_north_yorkshire_inquorate_conditions_lost_so_chair_decides(circumstances):
    """North Yorkshire: 'This would be relevant where:' is followed by nothing in the capture."""
    result = quorum(AUTHORITY, ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is None
    reasons = texts(result["reasons"])
    assert "lost" in reasons
    assert "chair" in reasons
    assert result["unanswered"] == []


def test_north_yorkshire_inquorate_actions():
    """'Where an inquorate conference is held, an early review conference should be arranged.
    The Chair must ensure that the reasons for proceeding ... are noted'."""
    # Review, no exploitation: no key-agency requirement, so only the inquorate actions.
    result = quorum(AUTHORITY, ONE_SHORT, "review", exploitation=False)
    actions = result["required_actions"]
    assert len(actions) == 2
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "arrange" in early[0]["text"].lower()
    assert "consider" not in early[0]["text"].lower()
    assert not any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)


@pytest.mark.parametrize("conference_type", ["initial", "pre-birth", "transfer-in"])
def test_north_yorkshire_key_agencies_at_initial_conferences_when_quorate(conference_type):
    """'Police, Health and Children's Social Care representatives must be invited to and attend
    Initial Child Protection Conferences' - whatever the quorum."""
    attendees = [SOCIAL_CARE, POLICE, EDUCATION, HOUSING]  # quorate, but no health
    result = quorum(AUTHORITY, attendees, conference_type)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == ["health"]
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    assert "health" in key_actions[0]["text"].lower()
    assert "police" not in key_actions[0]["text"].lower()


@pytest.mark.parametrize("conference_type", ["initial", "pre-birth", "transfer-in"])
def test_north_yorkshire_all_key_agencies_present(conference_type):
    result = quorum(AUTHORITY, QUORATE, conference_type)
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


def test_north_yorkshire_key_agencies_all_missing_and_inquorate():
    result = quorum(AUTHORITY, [EDUCATION, HOUSING, attendee("probation")], "initial")
    assert result["quorate"] is False
    assert set(result["missing_key_agencies"]) == KEY_AGENCIES
    assert len(result["missing_key_agencies"]) == 3
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    for word in ("police", "health", "social care"):
        assert word in key_actions[0]["text"].lower()
    # and the inquorate actions as well
    assert any("early review" in a["text"].lower() for a in result["required_actions"])


def test_north_yorkshire_key_agency_present_without_direct_contact_has_attended():
    # Attendance is what the key-agency rule asks; direct contact is a quorum matter.
    attendees = [SOCIAL_CARE, attendee("police", False), HEALTH, EDUCATION]
    result = quorum(AUTHORITY, attendees)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == []


def test_north_yorkshire_review_without_exploitation_has_no_key_agency_rule():
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(AUTHORITY, attendees, "review", exploitation=False)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


def test_north_yorkshire_review_with_exploitation_not_answered_says_what_would_follow():
    """Not knowing whether exploitation is present is not knowing it is absent: the key
    agencies rule may apply, so the result says so, in North Yorkshire's words."""
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(AUTHORITY, attendees, "review")
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert result["missing_key_agencies"] == []  # not known to be required
    (action,) = result["required_actions"]
    text = action["text"]
    assert text.startswith("Not answered")
    assert "risk of exploitation of the child is present or suspected" in text
    assert "Police" in text and "Health" in text
    assert "must be invited and attend" in text


def test_north_yorkshire_review_with_exploitation_needs_key_agencies():
    """'Where sexual, criminal, County Lines or other forms of exploitation ... is present or
    suspected, key agencies, including Police, must be invited to and attend Review Child
    Protection Conferences'."""
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(AUTHORITY, attendees, "review", exploitation=True)
    assert result["quorate"] is True
    assert set(result["missing_key_agencies"]) == {"police", "health"}
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    assert "police" in key_actions[0]["text"].lower()


def test_north_yorkshire_review_with_exploitation_and_key_agencies_present():
    result = quorum(AUTHORITY, QUORATE, "review", exploitation=True)
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []
