"""Every rule in calculators/data/deadlines.toml, every authority, random dates: a deadline "after"
an event is never before it, one "before" an event is never after it, and every due date is a
working day (checked against a naive rule written here: Monday to Friday, not in the bank-holiday
table, not a closure day).

Each rule is run through calculators.run with only the events it needs, so the rule chosen is that
rule (or, for a national rule, the authority's own, which must satisfy the same properties).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import run
from calculators.rules import deadline_rules

TABLE = tomllib.loads(
    (Path(__file__).resolve().parents[2] / "calculators" / "data" / "bank_holidays.toml").read_text(
        "utf-8"
    )
)
HOLIDAYS = frozenset(dt.date.fromisoformat(day) for day in TABLE["days"])
# A margin inside the table (first_year to last_year) wide enough for the longest period in the
# data (9 months after, 28 weeks before), so that no count runs off the table's edge.
DATES = st.dates(
    min_value=dt.date(TABLE["first_year"], 1, 1) + dt.timedelta(days=300),
    max_value=dt.date(TABLE["last_year"], 12, 31) - dt.timedelta(days=300),
)
OFFSETS = st.lists(st.integers(min_value=-10, max_value=10), max_size=4)
RULES = deadline_rules()


def rule_id(rule) -> str:
    return f"{rule.authority}:{rule.id}:{rule.event}:{rule.conference_type or 'any'}"


def working(day: dt.date, closures: frozenset) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS and day not in closures


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
@settings(deadline=None, max_examples=25)
@given(day=DATES, offsets=OFFSETS, late=st.booleans())
def test_due_is_on_the_right_side_of_its_event_and_a_working_day(rule, day, offsets, late):
    events = {name: day.isoformat() for name in (rule.event, *rule.requires)}
    closures = sorted({day + dt.timedelta(days=k) for k in offsets})
    payload: dict = {
        "authority": rule.authority,
        "events": events,
        "closure_days": [d.isoformat() for d in closures],
        "epo_expires_late_in_day": late,
    }
    if rule.event == "conference" or rule.conference_type:
        payload["conference_type"] = rule.conference_type or "initial"
    result = run("deadlines", payload)
    assert "errors" not in result, result
    items = [
        d for d in result["deadlines"] if d["id"] == rule.id and d["from"]["event"] == rule.event
    ]
    assert items, f"{rule_id(rule)} gave no deadline"
    for item in items:
        due = dt.date.fromisoformat(item["due"])
        assert working(due, frozenset(closures)), f"{item['due']} is not a working day"
        if rule.direction == "after":
            assert due >= day, f"{item['due']} is before the event on {day}"
        else:
            assert due <= day, f"{item['due']} is after the event on {day}"
