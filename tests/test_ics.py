"""The calendar export (calculators.ics) read back with an independent reader (icalendar):
each deadline's description cites its source the way the rest of the site does."""

from __future__ import annotations

import datetime as dt

import icalendar

from calculators import run
from calculators.ics import calendar

STAMP = dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC)


def descriptions(payload: dict) -> dict[str, str]:
    """{event summary (the deadline's title): description} of the exported calendar."""
    parsed = icalendar.Calendar.from_ical(calendar(run("deadlines", payload), STAMP))
    return {str(event["SUMMARY"]): str(event["DESCRIPTION"]) for event in parsed.walk("VEVENT")}


def test_a_national_summary_is_not_exported_as_a_quote():
    # Croydon inherits the national ICPC rule, cited by the project's summary of Working Together.
    found = descriptions({"authority": "croydon", "events": {"strategy_discussion": "2027-01-13"}})
    text = found["Initial child protection conference"]
    assert (
        "Chapter 3 (initial child protection conferences), in summary: within 15 working days "
        "of the strategy discussion" in text
    )
    assert '"within 15 working days' not in text


def test_a_local_rule_is_exported_with_its_own_words_in_quotes():
    found = descriptions(
        {"authority": "oxfordshire", "events": {"strategy_discussion": "2027-01-13"}}
    )
    text = found["Initial child protection conference"]
    assert (
        '"The initial child protection conference should take place within 15 working days of"'
        in text
    )
