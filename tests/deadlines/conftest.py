"""Helpers for the deadlines tests.

Every expected date in tests/deadlines is worked out by hand from a calendar and the England and
Wales bank holiday list, never taken from the calculator's output. The helpers only run the
calculator and pick items out of its result.
"""

from __future__ import annotations

from calculators import run


def calculate(
    authority: str,
    events: dict[str, str],
    conference_type: str | None = None,
    closure_days: list[str] | None = None,
    **extra: object,
) -> dict:
    """The deadlines result for a payload that must be valid; `extra`: other payload fields."""
    payload: dict = {"authority": authority, "events": events, **extra}
    if conference_type is not None:
        payload["conference_type"] = conference_type
    if closure_days is not None:
        payload["closure_days"] = closure_days
    result = run("deadlines", payload)
    assert "errors" not in result, result.get("errors")
    return result


def deadline(result: dict, deadline_id: str) -> dict:
    """The one deadline with this id."""
    found = [item for item in result["deadlines"] if item["id"] == deadline_id]
    assert len(found) == 1, (
        f"expected one {deadline_id!r}, got {[d['id'] for d in result['deadlines']]}"
    )
    return found[0]


def due(result: dict, deadline_id: str) -> str:
    return deadline(result, deadline_id)["due"]


def limit(result: dict, deadline_id: str) -> str | None:
    """The calendar limit, or None when the calculator (rightly) leaves it out."""
    return deadline(result, deadline_id).get("limit")


def ids(result: dict) -> set[str]:
    return {item["id"] for item in result["deadlines"]}


def not_stated(result: dict) -> dict[str, str]:
    """not_stated entries as {id: note}."""
    return {item["id"]: item["note"] for item in result["not_stated"]}


def notes(result: dict, deadline_id: str) -> str:
    """All the notes of one deadline, joined, for substring checks."""
    return "\n".join(deadline(result, deadline_id)["notes"])


AMBIGUOUS_NOTE = "without saying working days"
"""A phrase of the note added when the two readings of an "N days" rule give different dates."""
