"""Checks shared by the calculators: every problem names the field it is about."""

from __future__ import annotations

from typing import Any

from .data import authorities
from .dates import Date, parse_date
from .errors import InputError, Problems
from .workingdays import OutsideSupportedRange, check_supported

SHOWN = 60  # characters of a wrong value a message repeats back


def shown(value: Any) -> str:
    """A wrong value as a message can repeat it: short, never a whole list or object (which
    may be nested too deeply to print), never an integer too long for Python to write out."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    try:
        text = repr(value)
    except ValueError:  # an integer beyond Python's limit on digits converted to text
        return "a number too long to show"
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."


def require_object(payload: Any, field: str = "payload") -> dict:
    if not isinstance(payload, dict):
        raise InputError([(field, 'must be a JSON object, for example {"authority": "croydon"}')])
    return payload


def unknown_fields(payload: dict, allowed: set[str], problems: Problems, prefix: str = "") -> None:
    for key in payload:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            if isinstance(key, str) and key.strip():
                problems.add(f"{prefix}{key}", f"is not a field this calculator knows; use {known}")
            else:  # a key with no name to show: name what holds it
                problems.add(
                    prefix.rstrip(".") or "payload",
                    f"has a field named {shown(key)}, which this calculator does not know; use {known}",
                )


def authority(payload: dict, problems: Problems) -> str | None:
    value = payload.get("authority")
    known = list(authorities())
    if value is None:
        problems.add("authority", f"is required: one of {', '.join(known)}")
    elif value not in known:
        problems.add(
            "authority", f"{shown(value)} is not a known authority: use one of {', '.join(known)}"
        )
    else:
        return value
    return None


def date(value: Any, field: str, problems: Problems, *, in_table: bool = True) -> Date | None:
    """A date, or None with the problem recorded. `in_table`: must lie in the bank-holiday table."""
    try:
        day = parse_date(value, field)
        if in_table:
            check_supported(day)
        return day
    except InputError as error:
        problems.items.extend(error.problems)
    except OutsideSupportedRange as error:
        problems.add(field, str(error))
    return None


def choice(value: Any, field: str, options: tuple[str, ...], problems: Problems) -> str | None:
    if value in options:
        return value
    problems.add(field, f"must be one of {', '.join(options)}, not {shown(value)}")
    return None


def boolean(value: Any, field: str, problems: Problems) -> bool | None:
    if isinstance(value, bool):
        return value
    problems.add(field, f"must be true or false, not {shown(value)}")
    return None
