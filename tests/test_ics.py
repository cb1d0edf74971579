"""The calendar export (calculators.ics) read back with an independent reader (icalendar):
each deadline's description cites its source the way the rest of the site does."""

from __future__ import annotations

import datetime as dt

import icalendar

from calculators import run
from calculators.ics import calendar

from .packs import local, national, raw_rules

STAMP = dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC)


def descriptions(payload: dict) -> dict[str, str]:
    """{event summary (the deadline's title): description} of the exported calendar."""
    parsed = icalendar.Calendar.from_ical(calendar(run("deadlines", payload), STAMP))
    return {str(event["SUMMARY"]): str(event["DESCRIPTION"]) for event in parsed.walk("VEVENT")}


def icpc_rules() -> dict[str, dict]:
    """{pack: its own ICPC rule counted from the strategy discussion}, read from the files."""
    return {
        rule["authority"]: rule
        for rule in raw_rules()
        if rule["id"] == "icpc" and rule["from"] == "strategy_discussion"
    }


def test_a_national_summary_is_not_exported_as_a_quote():
    # A local pack with no ICPC rule of its own inherits the national one, cited by the
    # project's summary of Working Together.
    inherits = next(pack for pack in local() if pack not in icpc_rules())
    national_rule = icpc_rules()[national()]
    found = descriptions({"authority": inherits, "events": {"strategy_discussion": "2027-01-13"}})
    text = found["Initial child protection conference"]
    assert f"{national_rule['section']}, in summary: {national_rule['summary']}" in text
    assert f'"{national_rule["summary"]}' not in text


def test_a_local_rule_is_exported_with_its_own_words_in_quotes():
    own = next(rule for pack, rule in icpc_rules().items() if pack in local() and "quote" in rule)
    found = descriptions(
        {"authority": own["authority"], "events": {"strategy_discussion": "2027-01-13"}}
    )
    text = found["Initial child protection conference"]
    assert f'"{own["quote"]}"' in text
