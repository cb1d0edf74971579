"""Oxfordshire: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

from calculators import run

from ..helpers import text_of

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
