"""Croydon: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

from ..helpers import (
    text_of,
)

AUTHORITY = "croydon"


# ------------------------------------------------------------------ cli


def test_an_inherited_national_summary_is_not_shown_as_a_quote():
    # National guidance is cited by its summary, not in quotation marks. Croydon inherits the
    # national ICPC timescale: the same, in Croydon's result.
    _, text = text_of(
        "deadlines", {"authority": AUTHORITY, "events": {"strategy_discussion": "2027-01-13"}}
    )
    flat = " ".join(text.split())
    assert "in summary: within 15 working days of the strategy discussion" in flat
    assert '"within 15 working days' not in flat
