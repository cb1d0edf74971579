"""Barnsley: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

import json

import pytest

from ..helpers import (
    ONE_SHORT,
    SOCIAL_CARE,
    THREE_CONDITIONS,
    attendee,
    cli,
    quorum,
    texts,
    unanswered,
)

AUTHORITY = "barnsley"


# ------------------------------------------------------------------ cli


def test_attendance_json_and_text():
    payload = {
        "authority": AUTHORITY,
        "date_of_birth": "2016-05-20",
        "conference_date": "2027-05-20",
    }
    code, out = cli(["attendance"], json.dumps(payload))
    assert code == 0
    result = json.loads(out)
    assert result["age"] == 11
    assert result["advocate_offered"] is True
    code, out = cli(["attendance", "--format", "text"], json.dumps(payload))
    assert code == 0
    assert "11" in out


# ------------------------------------------------------------------ quorum


def test_barnsley_counts_agencies_without_direct_contact():
    # Barnsley section 4: "at least two other professional groups or agencies" - no contact test.
    attendees = [SOCIAL_CARE, attendee("police", False), attendee("health", False)]
    result = quorum(AUTHORITY, attendees)
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert set(result["counted_agencies"]) == {"police", "health"}
    assert result["not_counted"] == []


def test_barnsley_one_other_without_contact_is_still_one_short():
    result = quorum(AUTHORITY, [SOCIAL_CARE, attendee("police", False)])
    assert result["quorate"] is False


def test_barnsley_limited_contact_and_relevant_agencies_present_proceeds():
    """'In cases where a child has not had contact with three agencies, the conference should
    proceed if the relevant agencies are present.'"""
    result = quorum(
        AUTHORITY, ONE_SHORT, limited_agency_contact=True, relevant_agencies_present=True
    )
    assert result["quorate"] is False
    assert result["may_proceed"] is True
    assert result["required_actions"] == []


# Barnsley section 4: "In cases where a child has not had contact with three agencies, the
# conference should proceed if the relevant agencies are present." and "When a conference is not
# quorate the decision to proceed or not rests with the Conference Chair." Both conditions
# holding: it should proceed; either not holding: the chair decides, whatever the other; an
# unknown one with none failing: the answer waits on it.
BARNSLEY_CASES = [
    ({}, ["limited_agency_contact", "relevant_agencies_present"]),
    ({"limited_agency_contact": True}, ["relevant_agencies_present"]),
    ({"relevant_agencies_present": True}, ["limited_agency_contact"]),
    ({"limited_agency_contact": False}, []),
    ({"relevant_agencies_present": False}, []),
    ({"limited_agency_contact": False, "relevant_agencies_present": False}, []),
    ({"limited_agency_contact": True, "relevant_agencies_present": False}, []),
    ({"limited_agency_contact": False, "relevant_agencies_present": True}, []),
    # Oxfordshire's other two conditions are not Barnsley's: they change nothing.
    (
        {**dict.fromkeys(THREE_CONDITIONS, True), "relevant_agencies_present": False},
        [],
    ),
]


@pytest.mark.parametrize(("circumstances", "waiting"), BARNSLEY_CASES)
def test_barnsley_the_chair_decides_unless_both_conditions_hold(circumstances, waiting):
    result = quorum(AUTHORITY, ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is None
    assert unanswered(result) == waiting
    said = texts(result["reasons"])
    assert "rests with the conference chair" in " | ".join(
        r["source"]["quote"].lower() for r in result["reasons"]
    )
    assert "chair" in said
    assert result["required_actions"] == []
