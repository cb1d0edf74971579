"""Oxfordshire: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

from calculators import run
from calculators.text import render

from ..helpers import (
    ALL_THREE,
    ONE_SHORT,
    QUORATE,
    THREE_CONDITIONS,
    dated,
    quorum,
    quorum_on,
    text_of,
)

AUTHORITY = "oxfordshire"


# ------------------------------------------------------------------ bad input


def test_deadline_counted_from_birth_past_the_range_names_the_birth():
    """Oxfordshire first review after a pre-birth conference: 3 months after the conference or
    1 month after the birth, whichever is sooner. Pre-birth conference 1 September 2035 (3 months:
    Saturday 1 December, so Friday 30 November 2035); birth 15 December 2035 (1 month: 15
    January 2036, past the table). The answer is either the right date (the sooner limit is
    known whatever January 2036 holds) or an error naming the birth - not the pre-birth
    conference, whose own deadline is inside the table."""
    events = {"pre_birth_conference": "2035-09-01", "birth": "2035-12-15"}
    result = run("deadlines", {"authority": AUTHORITY, "events": events})
    if "errors" in result:
        assert [e["field"] for e in result["errors"]] == ["events.birth"], result["errors"]
    else:
        review = next(d for d in result["deadlines"] if d["id"] == "first-review")
        assert review["due"] == "2035-11-30"


# ------------------------------------------------------------------ cli


def test_its_own_rule_is_quoted_in_the_text_output():
    # Beside national summaries (tests/authorities/test_england.py), a local rule's own words
    # are still quoted.
    payload = {"authority": AUTHORITY, "events": {"strategy_discussion": "2026-12-18"}}
    _, text = text_of("deadlines", payload)
    flat = " ".join(text.split())
    assert (
        '"The initial child protection conference should take place within 15 working days of"'
        in flat
    )


# ------------------------------------------------------------------ inputs


def test_quorum_lists_its_inputs_with_each_answer_under_the_authoritys_question():
    payload = {
        "authority": AUTHORITY,
        "conference_type": "pre-birth",
        "conference_date": "2027-01-12",
        "attendees": [
            {"agency": "childrens-social-care", "direct_contact": True},
            {"agency": "health", "direct_contact": False},
        ],
        "circumstances": {"delay_detrimental": False, "limited_agency_contact": True},
    }
    inputs = run("quorum", payload)["inputs"]
    assert [(i["label"], i["text"]) for i in inputs] == [
        ("Authority", "Oxfordshire"),
        ("Type of conference", "Pre-birth"),
        ("Date of the conference", "Tuesday 12 January 2027"),
        ("Which agencies are attending?", "Children's social care, Health"),
        (
            "Which of those attending have had direct contact with the child?",
            "Children's social care",
        ),
        # Oxfordshire's own words, as its form shows them
        (
            "\u201cA child has not had relevant contact with 3 agencies (e.g. pre-birth "
            "conferences)\u201d",
            "Yes",
        ),
        ("\u201cA delay will be detrimental to the child\u201d", "No"),
    ]
    assert inputs[3]["value"] == ["childrens-social-care", "health"]
    assert inputs[-1] == {
        "field": "circumstances.delay_detrimental",
        "label": "\u201cA delay will be detrimental to the child\u201d",
        "value": False,
        "text": "No",
    }


# ------------------------------------------------------------------ quorum


def test_oxfordshire_inquorate_proceeding_actions():
    """Oxfordshire section 3: 'consideration should be given to arranging an early review
    conference'; 'inquorate conferences require a confirmed quorate decision within 24 hours';
    'The Chair must ensure that the reasons for proceeding ... are noted'."""
    result = quorum(AUTHORITY, ONE_SHORT, **dict.fromkeys(THREE_CONDITIONS, True))
    assert result["may_proceed"] is True
    actions = result["required_actions"]
    assert len(actions) == 3
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "consider" in early[0]["text"].lower()  # considered, not required
    assert any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)
    assert result["missing_key_agencies"] == []


# Oxfordshire section 3: "inquorate conferences require a confirmed quorate decision within 24
# hours". A conference on Tuesday 12 January 2027: 24 hours later is Wednesday 13 January 2027,
# a working day (no bank holiday that week).
def test_oxfordshire_confirmed_quorate_decision_is_dated_from_the_conference():
    result = quorum_on(AUTHORITY, "2027-01-12", **ALL_THREE)
    (action,) = dated(result)
    assert "confirmed quorate decision" in action["text"]
    assert "24 hours" in action["text"]
    assert action["due"] == "2027-01-13"
    assert action["due_text"] == "Wednesday 13 January 2027"
    assert action["source"]["quote"] == (
        "inquorate conferences require a confirmed quorate decision within 24 hours"
    )
    assert any("clock time" in note for note in action["notes"])


def test_oxfordshire_decision_is_dated_while_the_chair_may_still_go_ahead():
    # Not every condition answered: the actions still apply if it goes ahead, dated.
    result = quorum_on(AUTHORITY, "2027-01-12", limited_agency_contact=True)
    assert result["may_proceed"] is None
    assert [a["due"] for a in dated(result)] == ["2027-01-13"]


def test_without_a_conference_date_the_actions_carry_no_date():
    result = quorum(AUTHORITY, ONE_SHORT, **ALL_THREE)
    assert len(result["required_actions"]) == 3
    assert dated(result) == []


def test_a_quorate_conference_has_nothing_to_date():
    result = quorum_on(AUTHORITY, "2027-01-12", QUORATE)
    assert result["required_actions"] == []
    assert result["conference_date"] == "2027-01-12"


def test_text_output_gives_the_date_of_the_dated_action():

    text = render("quorum", quorum_on(AUTHORITY, "2027-01-12", **ALL_THREE))
    assert "Wednesday 13 January 2027" in text


def test_what_follows_is_plain_once_the_conference_may_go_ahead():
    result = quorum(AUTHORITY, ONE_SHORT, **ALL_THREE)
    assert not any(a["text"].startswith("If") for a in result["required_actions"])
