"""Properties of working-day arithmetic (calculators.workingdays) and calendar months
(calculators.dates.add_months), checked against a naive count written here: a working day is a
Monday to Friday that is not in the bank-holiday table and not a closure day.

Dates are drawn well inside the table's range (2010 to 2035) so that no count runs off its edge.
"""

from __future__ import annotations

import calendar
import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.dates import add_months
from calculators.workingdays import OutsideSupportedRange, WorkingCalendar

TABLE = tomllib.loads(
    (Path(__file__).resolve().parents[1] / "calculators" / "data" / "bank_holidays.toml").read_text(
        "utf-8"
    )
)
HOLIDAYS = frozenset(dt.date.fromisoformat(day) for day in TABLE["days"])
FIRST = dt.date(TABLE["first_year"], 1, 1)
LAST = dt.date(TABLE["last_year"], 12, 31)
ONE = dt.timedelta(days=1)

DATES = st.dates(min_value=FIRST + dt.timedelta(days=400), max_value=LAST - dt.timedelta(days=400))
COUNTS = st.integers(min_value=1, max_value=60)
OFFSETS = st.lists(st.integers(min_value=-15, max_value=100), max_size=12)

PROPERTY = settings(deadline=None, max_examples=200)

PLAIN = WorkingCalendar()


def naive_working(day: dt.date, closures: frozenset = frozenset()) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS and day not in closures


def naive_count(start: dt.date, end: dt.date, closures: frozenset = frozenset()) -> int:
    """Working days after `start`, up to and including `end`."""
    count, day = 0, start
    while day < end:
        day += ONE
        count += naive_working(day, closures)
    return count


def closures_near(day: dt.date, offsets: list[int]) -> frozenset:
    return frozenset(day + dt.timedelta(days=k) for k in offsets)


# ------------------------------------------------------------------ add


@PROPERTY
@given(DATES, COUNTS)
def test_add_lands_on_a_working_day_exactly_n_working_days_later(day, n):
    result = PLAIN.add(day, n)
    assert result > day
    assert naive_working(result)
    assert naive_count(day, result) == n
    assert PLAIN.count_after(day, result) == n


@PROPERTY
@given(DATES, COUNTS, OFFSETS)
def test_add_with_closures(day, n, offsets):
    closures = closures_near(day, offsets)
    cal = WorkingCalendar(closures)
    result = cal.add(day, n)
    assert result > day
    assert naive_working(result, closures)
    assert result not in closures
    assert naive_count(day, result, closures) == n
    # closure days only ever push a deadline later
    assert result >= PLAIN.add(day, n)


@PROPERTY
@given(DATES, COUNTS)
def test_add_is_monotonic_in_n(day, n):
    assert PLAIN.add(day, n) < PLAIN.add(day, n + 1)


@PROPERTY
@given(DATES, DATES, COUNTS)
def test_add_is_monotonic_in_the_start(a, b, n):
    early, late = min(a, b), max(a, b)
    assert PLAIN.add(early, n) <= PLAIN.add(late, n)


@PROPERTY
@given(DATES, COUNTS, COUNTS)
def test_add_composes(day, n, m):
    assert PLAIN.add(PLAIN.add(day, n), m) == PLAIN.add(day, n + m)


@PROPERTY
@given(DATES)
def test_add_one_is_the_next_working_day(day):
    result = PLAIN.add(day, 1)
    between = day + ONE
    while between < result:
        assert not naive_working(between)
        between += ONE


# ------------------------------------------------------------------ subtract


@PROPERTY
@given(DATES, COUNTS)
def test_subtract_lands_on_a_working_day_exactly_n_working_days_earlier(day, n):
    result = PLAIN.subtract(day, n)
    assert result < day
    assert naive_working(result)
    # working days in [result, day): result itself and the n - 1 after it
    assert naive_count(result - ONE, day - ONE) == n


@PROPERTY
@given(DATES, COUNTS, OFFSETS)
def test_subtract_with_closures(day, n, offsets):
    closures = closures_near(day, [-k for k in offsets])
    cal = WorkingCalendar(closures)
    result = cal.subtract(day, n)
    assert naive_working(result, closures)
    assert naive_count(result - ONE, day - ONE, closures) == n
    # closure days only ever push a "before" deadline earlier
    assert result <= PLAIN.subtract(day, n)


@PROPERTY
@given(DATES, COUNTS)
def test_subtract_is_monotonic(day, n):
    assert PLAIN.subtract(day, n + 1) < PLAIN.subtract(day, n)


@PROPERTY
@given(DATES, COUNTS)
def test_subtract_undoes_add(day, n):
    back = PLAIN.subtract(PLAIN.add(day, n), n)
    assert back <= day
    if naive_working(day):
        assert back == day
    else:
        # the last working day on or before `day`
        assert naive_working(back)
        assert naive_count(back, day) == 0


@PROPERTY
@given(DATES, COUNTS)
def test_add_undoes_subtract(day, n):
    forward = PLAIN.add(PLAIN.subtract(day, n), n)
    assert forward >= day
    if naive_working(day):
        assert forward == day


# ------------------------------------------------------------------ on_or_before, counts


@PROPERTY
@given(DATES, OFFSETS)
def test_on_or_before(day, offsets):
    closures = closures_near(day, [-k for k in offsets])
    cal = WorkingCalendar(closures)
    result = cal.on_or_before(day)
    assert result <= day
    assert naive_working(result, closures)
    assert naive_count(result, day, closures) == 0
    assert (result == day) == naive_working(day, closures)


@PROPERTY
@given(DATES, st.integers(min_value=0, max_value=120), OFFSETS)
def test_count_after_matches_the_naive_count(day, span, offsets):
    closures = closures_near(day, offsets)
    end = day + dt.timedelta(days=span)
    assert WorkingCalendar(closures).count_after(day, end) == naive_count(day, end, closures)


@PROPERTY
@given(DATES, st.integers(min_value=0, max_value=120), OFFSETS)
def test_days_off_between_lists_every_weekday_off(day, span, offsets):
    closures = closures_near(day, offsets)
    end = day + dt.timedelta(days=span)
    listed = WorkingCalendar(closures).days_off_between(day, end)
    expected = []
    d = day + ONE
    while d <= end:
        if d.weekday() < 5 and (d in HOLIDAYS or d in closures):
            expected.append(d)
        d += ONE
    assert [d for d, _ in listed] == expected
    # the same whichever way round the two dates are given
    assert WorkingCalendar(closures).days_off_between(end, day) == listed
    for d, name in listed:
        assert name
        if d not in HOLIDAYS:
            assert "closure" in name


@PROPERTY
@given(DATES)
def test_is_working_day_matches_the_naive_rule(day):
    assert PLAIN.is_working_day(day) == naive_working(day)


# ------------------------------------------------------------------ facts checked by hand


def test_christmas_2026_fortnight_has_7_working_days():
    # Mon 21 to Fri 1 Jan: 25 Dec (Fri), 28 Dec (Mon, Boxing Day substitute), 1 Jan (Fri) off.
    start, end = dt.date(2026, 12, 20), dt.date(2027, 1, 1)
    assert PLAIN.count_after(start, end) == 7
    assert naive_count(start, end) == 7
    assert [d for d, _ in PLAIN.days_off_between(start, end)] == [
        dt.date(2026, 12, 25),
        dt.date(2026, 12, 28),
        dt.date(2027, 1, 1),
    ]


def test_easter_2027_fortnight_has_8_working_days():
    # Easter Sunday 28 March 2027: Good Friday 26 March and Easter Monday 29 March are off.
    assert PLAIN.count_after(dt.date(2027, 3, 21), dt.date(2027, 4, 2)) == 8


def test_plain_week_has_5_working_days():
    assert PLAIN.count_after(dt.date(2027, 1, 10), dt.date(2027, 1, 17)) == 5


def test_fifteen_working_days_over_christmas_example():
    # Fri 18 Dec 2026 + 15 working days (an ICPC; see tests/test_cli.py) = Wed 13 Jan 2027.
    assert PLAIN.add(dt.date(2026, 12, 18), 15) == dt.date(2027, 1, 13)
    assert PLAIN.subtract(dt.date(2027, 1, 13), 15) == dt.date(2026, 12, 18)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (dt.date(2020, 5, 4), True),  # first Monday of May 2020: May Day moved to VE Day
        (dt.date(2020, 5, 8), False),  # VE Day 75th anniversary
        (dt.date(2022, 5, 30), True),  # last Monday of May 2022: spring holiday moved
        (dt.date(2022, 6, 2), False),  # Platinum Jubilee
        (dt.date(2022, 6, 3), False),
        (dt.date(2022, 9, 19), False),  # state funeral of Queen Elizabeth II
        (dt.date(2023, 5, 8), False),  # coronation of King Charles III
        (dt.date(2026, 12, 28), False),  # Boxing Day (Sat) substitute
        (dt.date(2027, 12, 27), False),  # Christmas Day (Sat) substitute
        (dt.date(2027, 12, 28), False),  # Boxing Day (Sun) substitute
        (dt.date(2028, 1, 3), False),  # New Year's Day (Sat) substitute
        (dt.date(2027, 3, 26), False),  # Good Friday
        (dt.date(2027, 3, 29), False),  # Easter Monday
        (dt.date(2027, 8, 30), False),  # late summer bank holiday, last Monday of August
        (dt.date(2027, 8, 23), True),
        (dt.date(2027, 1, 16), False),  # a Saturday
        (dt.date(2027, 1, 17), False),  # a Sunday
        (dt.date(2027, 1, 13), True),
    ],
)
def test_known_days(day, working):
    assert PLAIN.is_working_day(day) is working


def test_closure_day_is_not_a_working_day():
    cal = WorkingCalendar([dt.date(2027, 1, 13)])
    assert not cal.is_working_day(dt.date(2027, 1, 13))
    assert cal.add(dt.date(2027, 1, 12), 1) == dt.date(2027, 1, 14)
    assert cal.on_or_before(dt.date(2027, 1, 13)) == dt.date(2027, 1, 12)


@pytest.mark.parametrize("day", [FIRST - ONE, LAST + ONE, dt.date(1999, 1, 1), dt.date(2040, 1, 1)])
def test_outside_the_table_is_refused(day):
    with pytest.raises(OutsideSupportedRange):
        PLAIN.is_working_day(day)
    with pytest.raises(OutsideSupportedRange):
        PLAIN.add(day, 1)


def test_counting_off_the_end_of_the_table_is_refused():
    with pytest.raises(OutsideSupportedRange):
        PLAIN.add(LAST - dt.timedelta(days=3), 10)
    with pytest.raises(OutsideSupportedRange):
        PLAIN.subtract(FIRST + dt.timedelta(days=3), 10)


# ------------------------------------------------------------------ add_months

MONTHS = st.integers(min_value=-60, max_value=60)


@PROPERTY
@given(DATES, MONTHS)
def test_add_months_lands_in_the_right_month(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
    last = calendar.monthrange(result.year, result.month)[1]
    # the same day of the month, or the month's last day when it is shorter
    assert result.day == min(day.day, last)


@PROPERTY
@given(DATES, MONTHS)
def test_add_months_round_trip_without_clamping(day, months):
    result = add_months(day, months)
    if result.day == day.day:
        assert add_months(result, -months) == day


@PROPERTY
@given(DATES.filter(lambda d: d.day <= 28), MONTHS)
def test_add_months_never_clamps_days_up_to_28(day, months):
    result = add_months(day, months)
    assert result.day == day.day
    assert add_months(result, -months) == day


@PROPERTY
@given(DATES, MONTHS, MONTHS)
def test_add_months_is_monotonic(day, a, b):
    low, high = min(a, b), max(a, b)
    assert add_months(day, low) <= add_months(day, high)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),  # clamped
        (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),  # clamped, leap year
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2027, 3, 31), -1, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 1, dt.date(2027, 9, 30)),
        (dt.date(2027, 12, 15), 1, dt.date(2028, 1, 15)),  # over the year end
        (dt.date(2027, 1, 15), -1, dt.date(2026, 12, 15)),
        (dt.date(2027, 7, 1), 6, dt.date(2028, 1, 1)),
        (dt.date(2027, 1, 13), 0, dt.date(2027, 1, 13)),
        (dt.date(2027, 1, 13), 12, dt.date(2028, 1, 13)),
        (dt.date(2027, 1, 13), -24, dt.date(2025, 1, 13)),
    ],
)
def test_add_months_by_hand(day, months, expected):
    assert add_months(day, months) == expected


def test_days_in_month_agrees_with_the_standard_library_for_every_month():
    import calendar

    from calculators.dates import days_in_month

    for year in (1900, 2000, 2023, 2024, 2100):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
