"""Dates in and out: ISO parsing with field-named errors, long dates, month arithmetic."""

from __future__ import annotations

import datetime as dt
import re

from .errors import InputError

Date = dt.date
# ASCII digits only: str.isdigit() would also accept characters such as "²".
ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


def parse_date(value: object, field: str) -> Date:
    """An ISO date (YYYY-MM-DD) or a clear InputError naming the field."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise InputError([(field, "must be a date written as YYYY-MM-DD, for example 2027-01-13")])
    text = value.strip()
    match = ISO_DATE.match(text)
    if not match:
        raise InputError([(field, f"'{text}' is not a date written as YYYY-MM-DD")])
    year, month, day = (int(p) for p in match.groups())
    if year < 1:
        raise InputError([(field, f"'{text}' must be a real date: there is no year {year}")])
    if not 1 <= month <= 12:
        raise InputError([(field, f"'{text}' must be a real date: there is no month {month}")])
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        month_name = Date(2000, month, 1).strftime("%B")
        raise InputError(
            [(field, f"'{text}' must be a real date: {month_name} {year} has {last} days")]
        )
    return Date(year, month, day)


def long_date(day: Date) -> str:
    """Wednesday 13 January 2027 (GOV.UK style: no leading zero, no comma)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def add_months(day: Date, months: int) -> Date:
    """Calendar months, clamped to the month's end: 30 November + 3 months = 28 February."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return Date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """28 to 31, for any year, 9999 included: no date arithmetic that could leave Python's
    calendar. (Not calendar.monthrange: importing calendar costs the browser 30 ms.)"""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
