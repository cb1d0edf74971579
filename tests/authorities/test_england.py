"""England (the national baseline): tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are in test_england_deadlines.py beside this file.
"""

from __future__ import annotations

from ..helpers import (
    assert_no_age_rule,
    attendance,
    text_of,
)

AUTHORITY = "england"


# ------------------------------------------------------------------ cli


def test_a_national_summary_is_not_shown_as_a_quote():
    # National guidance is cited by its summary: it must read as a summary, not in quotation marks.
    _, text = text_of("deadlines", {"authority": AUTHORITY, "events": {"icpc": "2027-01-13"}})
    flat = " ".join(text.split())
    assert (
        "Working Together to Safeguard Children 2023, Chapter 3 (the core group and the child "
        "protection plan), in summary: first core group within 10 working days of the initial "
        "child protection conference" in flat
    )
    assert '"first core group' not in flat
    assert '"' not in flat


# ------------------------------------------------------------------ attendance
# Its source sets no age rule.


def test_no_age_rule():
    assert_no_age_rule(AUTHORITY)


def test_england_note_has_no_local_source():
    result = attendance("england", age=12)
    assert result["source"] is None
    assert len(result["notes"]) == 1
