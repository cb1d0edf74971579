"""The shipped bank-holiday table must equal the `holidays` package over its whole range.

When this fails after a `holidays` upgrade, a bank holiday has been announced or corrected:
run `.venv/bin/python scripts/generate_bank_holidays.py` and commit the new table.
"""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from calculators.workingdays import bank_holidays, supported_range

REGENERATE = "run .venv/bin/python scripts/generate_bank_holidays.py and commit the table"


def package_days(subdiv: str) -> dict[dt.date, str]:
    first, last = supported_range()
    return dict(
        holidays.country_holidays("GB", subdiv=subdiv, years=range(first.year, last.year + 1))
    )


def test_table_equals_the_holidays_package_over_its_whole_range():
    table, package = bank_holidays(), package_days("ENG")
    missing = sorted(set(package) - set(table))
    extra = sorted(set(table) - set(package))
    assert not missing and not extra, f"table out of date ({missing=}, {extra=}): {REGENERATE}"
    renamed = {day: (table[day], package[day]) for day in table if table[day] != package[day]}
    assert not renamed, f"names differ {renamed}: {REGENERATE}"


def test_wales_has_the_same_bank_holidays_as_england():
    assert set(package_days("WLS")) == set(bank_holidays())


@pytest.mark.parametrize(
    "day",
    [
        "2020-05-08",  # VE Day 75th anniversary: the early May bank holiday moved from Monday 4th
        "2022-06-02",  # spring bank holiday moved for the Platinum Jubilee
        "2022-06-03",  # Platinum Jubilee
        "2022-09-19",  # State Funeral of Queen Elizabeth II
        "2023-05-08",  # Coronation of King Charles III
        "2026-12-28",  # Boxing Day falls on a Saturday: substitute Monday
        "2027-12-27",  # Christmas Day on a Saturday: substitute Monday
        "2027-12-28",  # Boxing Day on a Sunday: substitute Tuesday
        "2027-03-26",  # Good Friday 2027
        "2027-03-29",  # Easter Monday 2027
    ],
)
def test_one_off_and_substitute_days_are_in_the_table(day):
    assert dt.date.fromisoformat(day) in bank_holidays()


@pytest.mark.parametrize("day", ["2020-05-04", "2022-05-30", "2026-12-26"])
def test_days_that_were_moved_or_fall_at_weekends_are_not_working_days_off(day):
    # 4 May 2020 and 30 May 2022 were moved away; 26 Dec 2026 is a Saturday, not a weekday off.
    date = dt.date.fromisoformat(day)
    assert date not in bank_holidays() or date.weekday() >= 5
