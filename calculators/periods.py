"""Periods as the sources write them ("15 working days", "3 months", "24 hours") and how each
turns into a date.

- N working days: the Nth working day after (or before) the event; the event day is not counted.
- N weeks / months / hours: a calendar limit; the deadline is the last working day on or before
  it, so a limit that falls on a weekend or bank holiday is met on the working day before.
  Months are calendar months clamped to the month's end (30 November + 3 months = 28 February).
  Hours are clock time: 24 hours after a conference ends the same time next day.
- N days, with no "working": the source does not say which it means. Both readings are
  computed and the earlier deadline is given, so a reader of either wording is never late.
- 0 days: by the event's own date (the last working day on or before it).
- gestation N weeks: N weeks of pregnancy, counted back from the expected date of delivery with
  a pregnancy taken as 40 weeks (12 weeks' gestation is 28 weeks before the EDD).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import NamedTuple

from .dates import Date, add_months, long_date
from .workingdays import WorkingCalendar

UNITS = ("working days", "days", "weeks", "months", "hours")
FULL_TERM_WEEKS = 40
_PATTERN = re.compile(r"^(gestation )?(\d+) (working days?|days?|weeks?|months?|hours?)$")


class Period(NamedTuple):
    amount: int
    unit: str  # one of UNITS, always plural
    gestation: bool = False

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"not a period: {text!r}")
        gestation, amount, unit = match.groups()
        unit = unit if unit.endswith("s") else unit + "s"
        if gestation and unit != "weeks":
            raise ValueError(f"gestation is counted in weeks: {text!r}")
        if int(amount) == 0 and unit != "days":
            raise ValueError(f"only '0 days' (the event's own date) may be zero: {text!r}")
        return cls(int(amount), unit, bool(gestation))

    def words(self) -> str:
        """'15 working days', '1 month', '12 weeks of pregnancy'."""
        unit = self.unit[:-1] if self.amount == 1 else self.unit
        if self.gestation:
            return f"{self.amount} weeks of pregnancy"
        return f"{self.amount} {unit}"


class Outcome:
    """A deadline's calendar limit, its due date (a working day) and what to tell the user."""

    __slots__ = ("due", "limit", "notes")

    def __init__(self, limit: Date, due: Date, notes: list[str] | None = None):
        self.limit = limit
        self.due = due
        self.notes = notes if notes is not None else []


def apply(period: Period, start: Date, direction: str, cal: WorkingCalendar) -> Outcome:
    """The deadline `period` after (or before) `start`."""
    sign = 1 if direction == "after" else -1
    if period.unit == "working days":
        due = _working(period.amount, start, sign, cal)
        return Outcome(due, due)
    if period.amount == 0:  # by the event's own date: "before the EPO expires"
        return Outcome(start, cal.on_or_before(start))
    if period.unit == "days":
        return _ambiguous_days(period.amount, start, sign, cal)
    if period.gestation:
        weeks_before = FULL_TERM_WEEKS - period.amount
        limit = start - dt.timedelta(weeks=weeks_before)
        note = (
            f"{period.amount} weeks of pregnancy is {weeks_before} weeks before the expected "
            f"date of delivery, counting a pregnancy as {FULL_TERM_WEEKS} weeks."
        )
        return Outcome(limit, cal.on_or_before(limit), [note])
    if period.unit == "weeks":
        limit = start + sign * dt.timedelta(weeks=period.amount)
    elif period.unit == "months":
        limit = add_months(start, sign * period.amount)
    else:  # hours
        limit = start + sign * dt.timedelta(days=math.ceil(period.amount / 24))
    outcome = Outcome(limit, cal.on_or_before(limit))
    if period.unit == "hours":
        outcome.notes.append(
            f"{period.words()} is clock time from the time of the conference or decision: "
            "weekends and bank holidays are not skipped."
        )
    return outcome


def _working(amount: int, start: Date, sign: int, cal: WorkingCalendar) -> Date:
    return cal.add(start, amount) if sign > 0 else cal.subtract(start, amount)


def _ambiguous_days(amount: int, start: Date, sign: int, cal: WorkingCalendar) -> Outcome:
    calendar_limit = start + sign * dt.timedelta(days=amount)
    as_calendar = cal.on_or_before(calendar_limit)
    as_working = _working(amount, start, sign, cal)
    due = min(as_calendar, as_working)
    limit = calendar_limit if sign > 0 else due
    outcome = Outcome(limit, due)
    if as_calendar != as_working:
        outcome.notes.append(
            f'The source says "{amount} days" without saying working days. Read as calendar '
            f"days the deadline is {long_date(as_calendar)}; read as working days it is "
            f"{long_date(as_working)}. The earlier date is given so that neither reading is missed."
        )
    return outcome
