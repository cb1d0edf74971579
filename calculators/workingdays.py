"""Working days: Monday to Friday, not an England and Wales bank holiday, not a closure day.

Bank holidays come from data/bank_holidays.toml, generated from the `holidays` package by
scripts/generate_bank_holidays.py (the package itself is too slow to import in the browser).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from .data import load
from .dates import Date, long_date

ONE_DAY = dt.timedelta(days=1)


@cache
def bank_holidays() -> dict[Date, str]:
    """Every England and Wales bank holiday in the table, with its name."""
    return {Date.fromisoformat(day): name for day, name in load("bank_holidays")["days"].items()}


@cache
def supported_range() -> tuple[Date, Date]:
    """The first and last dates the bank-holiday table covers; nothing outside is guessed."""
    table = load("bank_holidays")
    return Date(table["first_year"], 1, 1), Date(table["last_year"], 12, 31)


class OutsideSupportedRange(ValueError):
    """A date the bank-holiday table does not cover."""

    def __init__(self, day: Date):
        first, last = supported_range()
        super().__init__(
            f"{long_date(day)} is outside the dates this tool can count working days for "
            f"({long_date(first)} to {long_date(last)})"
        )
        self.day = day


def check_supported(day: Date) -> Date:
    first, last = supported_range()
    if not first <= day <= last:
        raise OutsideSupportedRange(day)
    return day


class WorkingCalendar:
    """Working-day arithmetic, optionally with an authority's own office closure days."""

    def __init__(self, closure_days: Iterable[Date] = ()):
        self.closure_days = frozenset(closure_days)
        self._holidays = bank_holidays()

    def is_working_day(self, day: Date) -> bool:
        check_supported(day)
        return day.weekday() < 5 and day not in self._holidays and day not in self.closure_days

    def add(self, day: Date, count: int) -> Date:
        """The `count`-th working day after `day` (`day` itself is not counted)."""
        return self._step(day, count, ONE_DAY)

    def subtract(self, day: Date, count: int) -> Date:
        """The `count`-th working day before `day`."""
        return self._step(day, count, -ONE_DAY)

    def on_or_before(self, day: Date) -> Date:
        """The last working day on or before `day`."""
        while not self.is_working_day(day):
            day -= ONE_DAY
        return day

    def on_or_after(self, day: Date) -> Date:
        """The first working day on or after `day`."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def count_after(self, start: Date, end: Date) -> int:
        """How many working days lie after `start`, up to and including `end`."""
        count, day = 0, start
        while day < end:
            day += ONE_DAY
            count += self.is_working_day(day)
        return count

    def days_off_between(self, start: Date, end: Date) -> list[tuple[Date, str]]:
        """Bank holidays and closure days on weekdays strictly after `start`, up to `end`."""
        low, high = min(start, end), max(start, end)
        days = []
        day = low + ONE_DAY
        while day <= high:
            if day.weekday() < 5:
                if day in self._holidays:
                    days.append((day, self._holidays[day]))
                elif day in self.closure_days:
                    days.append((day, "office closure day"))
            day += ONE_DAY
        return days

    def _step(self, day: Date, count: int, step: dt.timedelta) -> Date:
        if count < 1:
            raise ValueError("count must be at least 1")
        check_supported(day)
        while count:
            day += step
            if self.is_working_day(day):
                count -= 1
        return day
