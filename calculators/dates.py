"""Dates out and date arithmetic: long dates, calendar months. (Reading a date a user gives,
with a message when it is wrong, is calculators/validate.py's.)"""

from __future__ import annotations

import datetime as dt

Date = dt.date


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
