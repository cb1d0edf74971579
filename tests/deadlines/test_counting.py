"""Counting cases that hold whatever the authority: the period mechanism itself. Every date is
worked out by hand.

The counting cases that run one authority's rules (one-off bank holidays, weekends, month ends,
leap years, office closure days, hours, ordering and warnings) are in that authority's
tests/authorities/test_<id>_deadlines.py, under "counting:" headings.
"""

from __future__ import annotations

import pytest

# ------------------------------------------------------------------ a deadline never comes before its event
# Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar. Christmas 2026: Fri 25 Dec, Sat 26 Dec,
# Mon 28 Dec (Boxing Day substitute).


@pytest.mark.parametrize(
    ("period", "start", "expected_due", "expected_limit"),
    [
        # "1 day" (no "working") after Sat 27 Mar 2027: calendar reading Sun 28 Mar, whose last
        # working day on or before is Thu 25 Mar, before the event -> first working day on or
        # after the event, Tue 30 Mar; working reading: 1 working day after Sat 27 -> Tue 30 Mar.
        ("1 day", "2027-03-27", "2027-03-30", "2027-03-28"),
        # "0 days" after Good Friday 26 Mar 2027 -> Tue 30 Mar 2027
        ("0 days", "2027-03-26", "2027-03-30", "2027-03-26"),
        # "48 hours" after Sat 26 Dec 2026 = Mon 28 Dec (BH); Thu 24 Dec is before -> Tue 29 Dec
        ("48 hours", "2026-12-26", "2026-12-29", "2026-12-28"),
    ],
)
def test_the_mechanism_never_puts_an_after_deadline_before_its_event(
    period, start, expected_due, expected_limit
):
    from datetime import date

    from calculators.periods import Period, apply
    from calculators.workingdays import WorkingCalendar

    outcome = apply(Period.parse(period), date.fromisoformat(start), "after", WorkingCalendar())
    assert outcome.due.isoformat() == expected_due
    assert outcome.limit.isoformat() == expected_limit
