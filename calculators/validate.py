"""Checks shared by the calculators. Every problem names its field, and its message is a
sentence for people in GOV.UK's patterns ("Enter the date of the conference", "... must be a real
date", "... must be the same as or after ..."), naming the field by its form label.

`subject` is how a field reads inside a sentence ("the date of the conference", made from its
label by fields.the); messages only a JSON payload can cause may name JSON fields and values.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from .data import authorities, national
from .dates import Date, days_in_month, long_date
from .errors import InputError, Problems
from .fields import capital, one_of
from .workingdays import OutsideSupportedRange, check_supported, supported_range

SHOWN = 60  # characters of a wrong value a message repeats back
ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
# Year, month and day with one or more of them left out: "2027--13".
PARTS = re.compile(r"^([0-9]*)-([0-9]*)-([0-9]*)$")
FORMAT = "a date written as YYYY-MM-DD, for example 2027-01-13"


def shown(value: Any) -> str:
    """A wrong value as a message can repeat it, written as in JSON (only a JSON payload can
    hold one): short, never a whole list or object (which may be nested too deeply to print),
    never an integer too long for Python to write out."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except ValueError:  # an integer beyond Python's limit on digits converted to text
        return "a number too long to show"
    except TypeError:  # not a JSON value at all: only Python callers can pass one
        text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."


def require_object(payload: Any, field: str = "payload") -> dict:
    if not isinstance(payload, dict):
        example = f'{{"authority": "{national()}"}}'
        raise InputError([(field, f"The {field} must be a JSON object, for example {example}")])
    return payload


def unknown_fields(
    payload: dict, allowed: set[str], problems: Problems, prefix: str = "", holder: str = ""
) -> None:
    """Fields a JSON payload names that the calculator does not know. `holder`: what holds them
    in words ("attendee 2"), when not the payload itself."""
    known = one_of(sorted(allowed))
    for key in payload:
        if key in allowed:
            continue
        if isinstance(key, str) and key.strip():
            where = holder or "this calculator"
            problems.add(
                f"{prefix}{key}", f"{capital(where)} has no field called {shown(key)}: use {known}"
            )
        else:  # a key with no name to show: name what holds it
            problems.add(
                prefix.rstrip(".") or "payload",
                f"{capital(holder or 'the payload')} has a field named {shown(key)}, which this "
                f"calculator does not know: use {known}",
            )


def authority(payload: dict, problems: Problems) -> str | None:
    value = payload.get("authority")
    known = list(authorities())
    if value is None:
        problems.add("authority", f"Select the authority: one of {one_of(known)}")
    elif value not in known:
        problems.add(
            "authority", f"The authority must be one of {one_of(known)}, not {shown(value)}"
        )
    else:
        return value
    return None


def date(value: Any, field: str, subject: str, problems: Problems, *, in_table: bool = True):
    """A date, or None with the problem recorded. `in_table`: must lie in the bank-holiday table."""
    found = read_date(value, subject)
    if isinstance(found, str):
        problems.add(field, found)
        return None
    if in_table:
        try:
            check_supported(found)
        except OutsideSupportedRange:
            first, last = supported_range()
            problems.add(
                field,
                f"{capital(subject)} must be between {long_date(first)} and {long_date(last)}",
            )
            return None
    return found


def read_date(value: Any, subject: str) -> Date | str:
    """The date an ISO text (YYYY-MM-DD) gives, or the message saying what is wrong with it."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, Date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"Enter {subject}"
    if not isinstance(value, str):
        return f"{capital(subject)} must be {FORMAT}"
    text = value.strip()
    parts = PARTS.match(text)
    if parts:
        year, month, day = parts.groups()
        # GOV.UK names what is missing in the order day, month, year.
        missing = [
            name for name, part in (("day", day), ("month", month), ("year", year)) if not part
        ]
        if len(missing) == 3:
            return f"Enter {subject}"
        if missing:
            return f"{capital(subject)} must include a {' and '.join(missing)}"
    match = ISO_DATE.match(text)
    if not match:
        return f"{capital(subject)} must be {FORMAT}"
    year, month, day = (int(p) for p in match.groups())
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return f"{capital(subject)} must be a real date"
    return Date(year, month, day)


def outside(subject: str, error: OutsideSupportedRange) -> str:
    """A date whose deadline (or what must follow it) falls outside the bank-holiday table."""
    first, last = supported_range()
    if error.day > last:
        return (
            f"{capital(subject)} is too late for this tool: a date counted from it would fall "
            f"after {long_date(last)}, the last date it knows bank holidays for"
        )
    return (
        f"{capital(subject)} is too early for this tool: a date counted from it would fall "
        f"before {long_date(first)}, the first date it knows bank holidays for"
    )


def choice(
    value: Any, field: str, subject: str, options: tuple[str, ...], problems: Problems
) -> str | None:
    if value in options:
        return value
    if value is None:
        problems.add(field, f"Select {subject}")
    else:
        problems.add(field, f"{capital(subject)} must be {one_of(options)}, not {shown(value)}")
    return None


def boolean(value: Any, field: str, subject: str, problems: Problems) -> bool | None:
    """A yes/no answer; `subject` says what it answers ("whether attendee 2 has had ...")."""
    if isinstance(value, bool):
        return value
    problems.add(field, f"{capital(subject)} must be true or false, not {shown(value)}")
    return None
