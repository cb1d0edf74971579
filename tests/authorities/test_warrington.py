"""Warrington: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are also in tests/deadlines/.
"""

from __future__ import annotations

from ..helpers import (
    ONE_SHORT,
    THREE_CONDITIONS,
    quorum,
)

AUTHORITY = "warrington"


# ------------------------------------------------------------------ quorum


def test_warrington_inquorate_proceeding_actions():
    """Warrington: 'an early Review Conference should be arranged' and the chair records the
    reasons. Warrington says nothing about a 24-hour confirmed decision."""
    result = quorum(AUTHORITY, ONE_SHORT, **dict.fromkeys(THREE_CONDITIONS, True))
    assert result["may_proceed"] is True
    actions = result["required_actions"]
    assert len(actions) == 2
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "arrange" in early[0]["text"].lower()
    assert "consider" not in early[0]["text"].lower()
    assert not any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)


def test_what_follows_an_inquorate_conference_is_conditional_until_it_is_settled():
    # One condition answered, the others not known yet: still not settled.
    result = quorum(AUTHORITY, ONE_SHORT, "review", exploitation=False, limited_agency_contact=True)
    assert result["may_proceed"] is None
    assert result["required_actions"]
    for action in result["required_actions"]:
        assert action["text"].startswith("If it goes ahead: "), action["text"]
