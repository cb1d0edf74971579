"""Where the case stands today: with a `today` date, each deadline gets `status`,
`working_days_remaining` and `status_text`.

The definition (README, "Where the case stands today"): "due-today" when the deadline is today,
"upcoming" when it is later, "overdue" when it has passed. The working days remaining are those
after today, up to and including the due date; when the deadline has passed, minus the working
days after the due date, up to and including today.

Every expected number is counted by hand on a calendar. England and Wales bank holidays used:
Christmas Day Friday 25 December 2026, Boxing Day (observed) Monday 28 December 2026 (the 26th is
a Saturday), New Year's Day Friday 1 January 2027, Good Friday 26 March 2027 and Easter Monday
29 March 2027.

The deadlines come from an initial conference rule "within 15 working days of" the strategy
discussion (any pack whose own rule that is, found in the pack files):
- from Friday 27 November 2026: 30 November, 1-4, 7-11 and 14-18 December: due Friday 18
  December 2026 (no bank holiday);
- from Wednesday 16 December 2026: 17, 18, 21-24, 29-31 December, 4-8 and 11 January: due Monday
  11 January 2027;
- from Friday 18 December 2026: 21-24, 29-31 December, 4-8 and 11-13 January: due Wednesday
  13 January 2027;
- from Friday 5 March 2027: 8-12, 15-19, 22-25 March, then (Good Friday, the weekend and Easter
  Monday skipped) Tuesday 30 March 2027.
"""

from __future__ import annotations

import pytest

from calculators import run

from ..helpers import calculate, deadline
from ..packs import raw_rules

AUTHORITY = next(
    rule["authority"]
    for rule in raw_rules()
    if (rule["id"], rule["from"], rule["period"], rule["direction"])
    == ("icpc", "strategy_discussion", "15 working days", "after")
)


def icpc(strategy_discussion: str, today: str, **extra: object) -> dict:
    result = calculate(
        AUTHORITY, {"strategy_discussion": strategy_discussion}, today=today, **extra
    )
    return deadline(result, "icpc")


def standing(item: dict) -> tuple[str, int, str]:
    return item["status"], item["working_days_remaining"], item["status_text"]


@pytest.mark.parametrize(
    ("strategy_discussion", "due", "today", "expected"),
    [
        # The day of the strategy discussion: all 15 working days are still to come.
        ("2026-12-18", "2027-01-13", "2026-12-18", ("upcoming", 15, "in 15 working days")),
        # Christmas Eve: 29, 30, 31 December, 4-8 and 11-13 January.
        ("2026-12-18", "2027-01-13", "2026-12-24", ("upcoming", 11, "in 11 working days")),
        # Christmas Day, a bank holiday: the same count as Christmas Eve's day after.
        ("2026-12-18", "2027-01-13", "2026-12-25", ("upcoming", 11, "in 11 working days")),
        # New Year's Eve: 4-8 and 11-13 January (1 January is a bank holiday).
        ("2026-12-18", "2027-01-13", "2026-12-31", ("upcoming", 8, "in 8 working days")),
        # Saturday 9 January: Monday 11, Tuesday 12, Wednesday 13.
        ("2026-12-18", "2027-01-13", "2027-01-09", ("upcoming", 3, "in 3 working days")),
        ("2026-12-18", "2027-01-13", "2027-01-12", ("upcoming", 1, "in 1 working day")),
        ("2026-12-18", "2027-01-13", "2027-01-13", ("due-today", 0, "due today")),
        ("2026-12-18", "2027-01-13", "2027-01-14", ("overdue", -1, "1 working day overdue")),
        # Saturday 16 January: Thursday 14 and Friday 15 have passed.
        ("2026-12-18", "2027-01-13", "2027-01-16", ("overdue", -2, "2 working days overdue")),
        # A Monday deadline seen on the Saturday before: only the Monday is left.
        ("2026-12-16", "2027-01-11", "2027-01-09", ("upcoming", 1, "in 1 working day")),
        # ... and on New Year's Eve: 4-8 and 11 January.
        ("2026-12-16", "2027-01-11", "2026-12-31", ("upcoming", 6, "in 6 working days")),
        # A Friday deadline seen the next Tuesday: Monday 21 and Tuesday 22 have passed.
        ("2026-11-27", "2026-12-18", "2026-12-22", ("overdue", -2, "2 working days overdue")),
        # ... and on the Saturday after: no working day has passed, but the deadline has.
        (
            "2026-11-27",
            "2026-12-18",
            "2026-12-19",
            ("overdue", 0, "overdue: it was due on Friday 18 December 2026"),
        ),
        # ... and on Tuesday 29 December: 21-24 and 29 December (25 and 28 are bank holidays).
        ("2026-11-27", "2026-12-18", "2026-12-29", ("overdue", -5, "5 working days overdue")),
        # Easter 2027: seen on Thursday 25 March, only Tuesday 30 March is left.
        ("2027-03-05", "2027-03-30", "2027-03-25", ("upcoming", 1, "in 1 working day")),
        # ... on Easter Saturday: the same.
        ("2027-03-05", "2027-03-30", "2027-03-27", ("upcoming", 1, "in 1 working day")),
        # ... on Easter Monday, a bank holiday: the same.
        ("2027-03-05", "2027-03-30", "2027-03-29", ("upcoming", 1, "in 1 working day")),
        # ... on Tuesday 6 April: 31 March, 1, 2, 5 and 6 April have passed.
        ("2027-03-05", "2027-03-30", "2027-04-06", ("overdue", -5, "5 working days overdue")),
    ],
)
def test_status_counted_by_hand(strategy_discussion, due, today, expected):
    item = icpc(strategy_discussion, today)
    assert item["due"] == due
    assert standing(item) == expected


def test_closure_days_are_not_working_days_left():
    """Office closed on Thursday 24 December 2026: the ICPC from Friday 18 December is due on
    21-23, 29-31 December, 4-8 and 11-14 January: Thursday 14 January 2027. Seen on Monday 21
    December, 14 working days are left: 22, 23, 29-31 December, 4-8 and 11-14 January."""
    item = icpc("2026-12-18", "2026-12-21", closure_days=["2026-12-24"])
    assert item["due"] == "2027-01-14"
    assert standing(item) == ("upcoming", 14, "in 14 working days")


def test_every_deadline_has_a_status_and_the_result_names_today():
    result = calculate(
        AUTHORITY,
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13"},
        today="2027-01-13",
    )
    assert result["today"] == "2027-01-13"
    assert result["deadlines"]
    for item in result["deadlines"]:
        assert {"status", "working_days_remaining", "status_text"} <= set(item)
        assert (item["status"] == "due-today") == (item["due"] == "2027-01-13")


def test_without_today_there_is_no_status():
    result = calculate(AUTHORITY, {"strategy_discussion": "2026-12-18"})
    assert result["today"] is None
    for item in result["deadlines"]:
        assert not {"status", "working_days_remaining", "status_text"} & set(item)


@pytest.mark.parametrize(
    ("today", "message"),
    [
        ("", "Enter today's date"),
        ("2027-02-30", "Today's date must be a real date"),
        (
            "2036-01-01",
            "Today's date must be between Friday 1 January 2010 and Monday 31 December 2035",
        ),
    ],
)
def test_a_wrong_today_is_an_error_naming_it(today, message):
    payload = {"authority": AUTHORITY, "events": {"strategy_discussion": "2026-12-18"}}
    result = run("deadlines", {**payload, "today": today})
    assert result == {"errors": [{"field": "today", "message": message}]}
