"""Properties of where a deadline stands on a given day (calculators.standing), for any due date
and any today in the bank-holiday table, with or without office closure days.

The working days remaining, r(today), are fixed by two facts, checked here against a naive
working-day test written in tests/test_working_days_properties.py: r(due) = 0, and moving today
on by one day takes off one if that day is a working day and nothing otherwise. So r never goes
up as today moves on. The status and the text say the same as the number.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import run
from calculators.standing import standing
from calculators.workingdays import WorkingCalendar

from ..packs import local, raw_rules
from ..test_working_days_properties import DATES, OFFSETS, closures_near, naive_working

ONE = dt.timedelta(days=1)
PROPERTY = settings(deadline=None, max_examples=300)
SPAN = st.integers(min_value=-70, max_value=70)
# The local pack with the most deadline rules of its own, so that a result holds many deadlines.
RICHEST = max(local(), key=lambda pack: sum(rule["authority"] == pack for rule in raw_rules()))


def due_on_or_before(day: dt.date, cal: WorkingCalendar) -> dt.date:
    """A due date as the calculator gives one: always a working day."""
    return cal.on_or_before(day)


@PROPERTY
@given(DATES, SPAN, OFFSETS)
def test_a_day_later_is_one_working_day_less_if_that_day_is_worked(day, offset, offsets):
    closures = closures_near(day, offsets)
    cal = WorkingCalendar(closures)
    due = due_on_or_before(day, cal)
    today = due + dt.timedelta(days=offset)
    now, then = standing(due, today, cal), standing(due, today + ONE, cal)
    step = 1 if naive_working(today + ONE, closures) else 0
    assert then["working_days_remaining"] == now["working_days_remaining"] - step


@PROPERTY
@given(DATES, SPAN, SPAN, OFFSETS)
def test_never_more_days_left_later(day, first, second, offsets):
    cal = WorkingCalendar(closures_near(day, offsets))
    due = due_on_or_before(day, cal)
    early, late = sorted((due + dt.timedelta(days=first), due + dt.timedelta(days=second)))
    assert (
        standing(due, early, cal)["working_days_remaining"]
        >= standing(due, late, cal)["working_days_remaining"]
    )


@PROPERTY
@given(DATES, SPAN, OFFSETS)
def test_status_remaining_and_text_agree(day, offset, offsets):
    closures = closures_near(day, offsets)
    cal = WorkingCalendar(closures)
    due = due_on_or_before(day, cal)
    today = due + dt.timedelta(days=offset)
    found = standing(due, today, cal)
    remaining, status, text = (
        found["working_days_remaining"],
        found["status"],
        found["status_text"],
    )
    if today == due:
        assert (status, remaining, text) == ("due-today", 0, "due today")
    elif today < due:
        # The due date is a working day after today, so at least one is left.
        assert status == "upcoming" and remaining >= 1
        assert text == ("in 1 working day" if remaining == 1 else f"in {remaining} working days")
    else:
        assert status == "overdue" and remaining <= 0
        if remaining == 0:
            assert text.startswith("overdue: it was due on ")
        else:
            days = "1 working day" if remaining == -1 else f"{-remaining} working days"
            assert text == f"{days} overdue"
    # On a working day, nothing is left exactly when the deadline is today.
    if naive_working(today, closures):
        assert (remaining == 0) == (today == due)


@settings(deadline=None, max_examples=60)
@given(DATES, SPAN)
def test_every_deadline_in_a_result_stands_where_its_date_says(day, offset):
    strategy = day.isoformat()
    today = day + dt.timedelta(days=offset)
    result = run(
        "deadlines",
        {
            "authority": RICHEST,
            "events": {"strategy_discussion": strategy, "review": strategy},
            "today": today.isoformat(),
        },
    )
    assert "errors" not in result, result
    for item in result["deadlines"]:
        due = dt.date.fromisoformat(item["due"])
        expected = "due-today" if due == today else "upcoming" if due > today else "overdue"
        assert item["status"] == expected
        assert (item["working_days_remaining"] > 0) <= (expected == "upcoming")
        assert (item["working_days_remaining"] < 0) <= (expected == "overdue")
