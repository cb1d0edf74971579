"""Where a deadline stands on a given day, in numbers and in words, worded here once for every
surface (results, text, print, the page).

- status: "due-today" when the deadline is that day, "upcoming" when it is later, "overdue" when
  it has passed.
- working_days_remaining: the working days after today, up to and including the due date (0
  when it is due today; a Monday deadline seen on the Saturday before has 1); when the deadline
  has passed, minus the working days after the due date, up to and including today (a Friday
  deadline seen the next Tuesday has -2, and on the Saturday after, 0: overdue, but no working
  day has been lost yet).
"""

from __future__ import annotations

from .dates import Date, long_date
from .workingdays import WorkingCalendar


def standing(due: Date, today: Date, cal: WorkingCalendar) -> dict:
    """{"status", "working_days_remaining", "status_text"} for a deadline on `due`, seen `today`."""
    if due >= today:
        remaining = cal.count_after(today, due)
        status = "due-today" if due == today else "upcoming"
    else:
        remaining = -cal.count_after(due, today)
        status = "overdue"
    return {
        "status": status,
        "working_days_remaining": remaining,
        "status_text": status_text(status, remaining, due),
    }


def status_text(status: str, remaining: int, due: Date) -> str:
    """'due today', 'in 3 working days', '2 working days overdue'."""
    if status == "due-today":
        return "due today"
    if remaining == 0:  # overdue, but no working day has passed since (a weekend, a holiday)
        return f"{status}: it {'was' if status == 'overdue' else 'is'} due on {long_date(due)}"
    days = _working_days(abs(remaining))
    return f"in {days}" if status == "upcoming" else f"{days} overdue"


def _working_days(count: int) -> str:
    return "1 working day" if count == 1 else f"{count} working days"
