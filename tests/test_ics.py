"""The calendar file cites each deadline's source the way the handbook does."""

from __future__ import annotations

import datetime as dt

from calculators import run
from calculators.ics import calendar

STAMP = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def unfolded(text: str) -> str:
    return text.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def test_a_national_summary_is_not_shown_as_a_quotation():
    # Croydon inherits the national initial conference timescale; the national document is not
    # captured, so its rule is a summary in our words, never a quotation.
    result = run(
        "deadlines", {"authority": "croydon", "events": {"strategy_discussion": "2027-01-13"}}
    )
    text = unfolded(calendar(result, STAMP))
    assert '"within 15 working days of the strategy discussion' not in text
    assert "in summary: within 15 working days of the strategy discussion" in text


def test_a_local_rule_is_quoted():
    result = run(
        "deadlines", {"authority": "oxfordshire", "events": {"strategy_discussion": "2027-01-13"}}
    )
    text = unfolded(calendar(result, STAMP))
    assert (
        '"The initial child protection conference should take place within 15 working days of"'
        in text
    )
