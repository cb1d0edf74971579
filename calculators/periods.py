"""Periods as the sources write them ("15 working days", "3 months", "24 hours") and how each
turns into a date.

- N working days: the Nth working day after (or before) the event; the event day is not counted.
- N weeks / months / hours: a calendar limit; the deadline is the last working day on or before
  it, so a limit that falls on a weekend or bank holiday is met on the working day before.
  Months are calendar months clamped to the month's end (30 November + 3 months = 28 February).
  Hours are clock time: 24 hours after a conference ends the same time next day.
- Never before the event: a deadline after an event cannot fall before it. When the last working
  day on or before the limit is earlier than the event (24 hours from a Saturday, a Sunday or a
  bank holiday), the limit stays the clock-time date and the deadline is the first working day
  on or after the event on which the office can act, with a note saying both.
- N days, with no "working": the source does not say which it means. Both readings are
  computed and the earlier deadline is given, so a reader of either wording is never late.
- 0 days before: "before the event", with no time of day. Read at its earliest, that is the last
  working day before the event's date; `same_day` (the user says the event is late in the day)
  lets the event's own date count, or the last working day before it.
- gestation N weeks [M days]: a point in pregnancy, counted back from the expected date of
  delivery with a pregnancy taken as 40 weeks (12 weeks' gestation is 28 weeks before the EDD;
  31 weeks 6 days, the last day of the 32nd week, is 57 days before it).
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
_PATTERN = re.compile(r"^(\d+) (working days?|days?|weeks?|months?|hours?)$")
_GESTATION = re.compile(r"^gestation (\d+) weeks?(?: ([1-6]) days?)?$")


class Period(NamedTuple):
    amount: int
    unit: str  # one of UNITS, always plural
    gestation: bool = False
    days: int = 0  # gestation only: the days past `amount` weeks (31 weeks 6 days)

    @classmethod
    def parse(cls, text: str) -> Period:
        text = text.strip()
        if text.startswith("gestation"):
            found = _GESTATION.match(text)
            if not found:
                raise ValueError(f"gestation is counted in weeks (and days): {text!r}")
            weeks, days = found.groups()
            return cls(int(weeks), "weeks", True, int(days or 0))
        match = _PATTERN.match(text)
        if not match:
            raise ValueError(f"not a period: {text!r}")
        amount, unit = match.groups()
        unit = unit if unit.endswith("s") else unit + "s"
        if int(amount) == 0 and unit != "days":
            raise ValueError(f"only '0 days' (the event's own date) may be zero: {text!r}")
        return cls(int(amount), unit)

    def words(self) -> str:
        """'15 working days', '1 month', '12 weeks of pregnancy'."""
        unit = self.unit[:-1] if self.amount == 1 else self.unit
        if self.gestation:
            extra = f" and {self.days} {'day' if self.days == 1 else 'days'}" if self.days else ""
            return f"{self.amount} weeks{extra} of pregnancy"
        return f"{self.amount} {unit}"

    def days_before_term(self) -> int:
        """Gestation only: how many days before the expected date of delivery this point is."""
        return FULL_TERM_WEEKS * 7 - (self.amount * 7 + self.days)


class Outcome:
    """A deadline's calendar limit, its due date (a working day) and what to tell the user."""

    __slots__ = ("due", "limit", "notes")

    def __init__(self, limit: Date, due: Date, notes: list[str] | None = None):
        self.limit = limit
        self.due = due
        self.notes = notes if notes is not None else []


def apply(
    period: Period, start: Date, direction: str, cal: WorkingCalendar, *, same_day: bool = False
) -> Outcome:
    """The deadline `period` after (or before) `start`. `same_day`: for "0 days" before, the
    event is late in the day, so its own date may count."""
    sign = 1 if direction == "after" else -1
    if period.unit == "working days":
        due = _working(period.amount, start, sign, cal)
        return Outcome(due, due)
    if period.amount == 0:  # "before the EPO expires"
        if sign < 0 and not same_day:
            due = cal.subtract(start, 1)
            note = (
                f"Read at its earliest, this is the last working day before {long_date(start)}: "
                "the time of day is not known."
            )
            return Outcome(start, due, [note])
        return _settle(period, start, start, sign, cal)
    if period.unit == "days":
        return _ambiguous_days(period, start, sign, cal)
    if period.gestation:
        before = period.days_before_term()
        limit = start - dt.timedelta(days=before)
        outcome = _settle(period, start, limit, -1, cal)
        span = f"{before // 7} weeks" if before % 7 == 0 else f"{before} days"
        outcome.notes.insert(
            0,
            f"{period.words()} is {span} before the expected date of delivery, counting a "
            f"pregnancy as {FULL_TERM_WEEKS} weeks.",
        )
        return outcome
    if period.unit == "weeks":
        limit = start + sign * dt.timedelta(weeks=period.amount)
    elif period.unit == "months":
        limit = add_months(start, sign * period.amount)
    else:  # hours
        limit = start + sign * dt.timedelta(days=math.ceil(period.amount / 24))
    outcome = _settle(period, start, limit, sign, cal)
    if period.unit == "hours":
        outcome.notes.insert(
            0,
            f"{period.words()} is clock time from the time of the conference or decision: "
            "weekends and bank holidays are not skipped.",
        )
    return outcome


def _settle(period: Period, start: Date, limit: Date, sign: int, cal: WorkingCalendar) -> Outcome:
    """The last working day on or before `limit`, but never before the event it counts from."""
    due = cal.on_or_before(limit)
    if sign > 0 and due < start:
        due = cal.on_or_after(start)
        ends = (
            f"The {period.words()} end at the same time on {long_date(limit)}"
            if period.unit == "hours"
            else f"The period ends on {long_date(limit)}"
        )
        return Outcome(
            limit,
            due,
            [
                f"{ends}, which is not a working day, and no working day falls between "
                f"{long_date(start)} and then. The first working day on which the office can act "
                f"on it is {long_date(due)}: consider whether it must be done out of hours."
            ],
        )
    if due == limit:
        return Outcome(limit, due)
    return Outcome(
        limit,
        due,
        [
            f"The period ends on {long_date(limit)}, which is not a working day, so the deadline "
            "is the last working day before it."
        ],
    )


def _working(amount: int, start: Date, sign: int, cal: WorkingCalendar) -> Date:
    return cal.add(start, amount) if sign > 0 else cal.subtract(start, amount)


def _ambiguous_days(period: Period, start: Date, sign: int, cal: WorkingCalendar) -> Outcome:
    amount = period.amount
    calendar = _settle(period, start, start + sign * dt.timedelta(days=amount), sign, cal)
    as_calendar = calendar.due
    as_working = _working(amount, start, sign, cal)
    if sign > 0:  # n calendar days never reach past n working days
        outcome = calendar
    else:  # before: the earlier reading, shown as the deadline itself
        due = min(as_calendar, as_working)
        outcome = Outcome(due, due)
    if as_calendar != as_working:
        outcome.notes.append(
            f'The source says "{amount} days" without saying working days. Read as calendar '
            f"days the deadline is {long_date(as_calendar)}; read as working days it is "
            f"{long_date(as_working)}. The earlier date is given so that neither reading is missed."
        )
    return outcome
