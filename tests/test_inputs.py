"""Outputs carry their inputs: each result lists what it was worked out from ("inputs"), in plain
words and in the order of the form, and the text (Copy as text, --format text) and each calendar
event's description state the authority, each input, the rules version and the day the result
was worked out, so a printout on a case file can be checked.

Long dates are read off a calendar: Friday 18 December 2026, Wednesday 20 January 2027,
Thursday 24 December 2026, Tuesday 5 January 2027, Thursday 26 November 2026, Tuesday 12
January 2027, Wednesday 10 March 2027, Tuesday 10 March 2015.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import icalendar

from calculators import run
from calculators.cli import main
from calculators.ics import calendar
from calculators.text import render
from calculators.web import respond

from .packs import authorities, icpc_in_15_working_days, local, raw_table

# A local pack whose own ICPC rule is 15 working days from the strategy discussion (the dates
# below are worked out for that rule); the others are any pack (with a quorum table).
AUTHORITY = icpc_in_15_working_days()
NAME = authorities()[AUTHORITY]["name"]
WITH_QUORUM = next(iter(raw_table("quorum")))
ANOTHER = local()[-1]

DEADLINES = {
    # in an order unlike the form's
    "today": "2026-12-24",
    "closure_days": ["2027-01-05"],
    "conference_type": "initial",
    "epo_expires_late_in_day": True,
    "events": {
        "conference": "2027-01-12",
        "epo_expiry": "2027-01-20",
        "strategy_discussion": "2026-12-18",
    },
    "authority": AUTHORITY,
}


def test_deadlines_list_their_inputs_in_the_forms_order():
    result = run("deadlines", DEADLINES)
    assert result["inputs"] == [
        {"field": "authority", "label": "Authority", "value": AUTHORITY, "text": NAME},
        {
            "field": "events.strategy_discussion",
            "label": "Date of the strategy discussion",
            "value": "2026-12-18",
            "text": "Friday 18 December 2026",
        },
        {
            "field": "events.epo_expiry",
            "label": "Date the emergency protection order expires",
            "value": "2027-01-20",
            "text": "Wednesday 20 January 2027",
        },
        {
            "field": "epo_expires_late_in_day",
            "label": "The order expires late in the day",
            "value": True,
            "text": "Yes",
        },
        {
            "field": "events.conference",
            "label": "Date of the conference",
            "value": "2027-01-12",
            "text": "Tuesday 12 January 2027",
        },
        {
            "field": "conference_type",
            "label": "Type of conference",
            "value": "initial",
            "text": "Initial (including pre-birth and transfer-in)",
        },
        {
            "field": "closure_days",
            "label": "Office closure days",
            "value": ["2027-01-05"],
            "text": "Tuesday 5 January 2027",
        },
        {
            "field": "today",
            "label": "Today's date",
            "value": "2026-12-24",
            "text": "Thursday 24 December 2026",
        },
    ]


def test_attendance_lists_the_age_or_the_dates_given():
    name = authorities()[ANOTHER]["name"]
    assert run("attendance", {"authority": ANOTHER, "age": 12})["inputs"] == [
        {"field": "authority", "label": "Authority", "value": ANOTHER, "text": name},
        {"field": "age", "label": "Child's age in years", "value": 12, "text": "12"},
    ]
    by_dates = run(
        "attendance",
        {"authority": ANOTHER, "conference_date": "2027-03-10", "date_of_birth": "2015-03-10"},
    )
    assert [(i["label"], i["text"]) for i in by_dates["inputs"]] == [
        ("Authority", name),
        ("Child's date of birth", "Tuesday 10 March 2015"),
        ("Date of the conference", "Wednesday 10 March 2027"),
    ]


# ------------------------------------------------------------------ text


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_text_states_its_inputs_rules_and_the_day_it_was_worked_out():
    result = run("deadlines", DEADLINES)
    text = render("deadlines", result, on=dt.date(2026, 11, 26))
    lines = text.splitlines()
    assert lines[:11] == [
        f"Deadlines for {NAME}",
        "",
        "Worked out from:",
        f"  Authority: {NAME}",
        "  Date of the strategy discussion: Friday 18 December 2026",
        "  Date the emergency protection order expires: Wednesday 20 January 2027",
        "  The order expires late in the day: Yes",
        "  Date of the conference: Tuesday 12 January 2027",
        "  Type of conference: Initial (including pre-birth and transfer-in)",
        "  Office closure days: Tuesday 5 January 2027",
        "  Today's date: Thursday 24 December 2026",
    ]
    assert lines[-2:] == [
        f"Rules version {result['rules_version']}, built "
        f"{dt.date.fromisoformat(result['rules_built']):%-d %B %Y}.",
        "Worked out on Thursday 26 November 2026.",
    ]


def test_the_text_shows_where_each_deadline_stands_beside_its_date():
    """ICPC (15 working days) from Friday 18 December 2026: due Wednesday 13 January 2027. Seen on
    Christmas Eve, 11 working days are left: 29-31 December, 4-8 and 11-13 January."""
    payload = {
        "authority": AUTHORITY,
        "events": {"strategy_discussion": "2026-12-18"},
        "today": "2026-12-24",
    }
    text = render("deadlines", run("deadlines", payload))
    assert (
        "Wednesday 13 January 2027 (in 11 working days)  Initial child protection conference"
        in text
    )
    payload.pop("today")
    without = render("deadlines", run("deadlines", payload))
    assert "working days)" not in without
    assert "Worked out on" not in without  # no day given to render


def test_quorum_and_attendance_text_state_their_inputs():
    quorum = render(
        "quorum",
        run(
            "quorum",
            {
                "authority": WITH_QUORUM,
                "conference_type": "review",
                "attendees": [{"agency": "childrens-social-care"}, {"agency": "police"}],
            },
        ),
        on=dt.date(2027, 1, 12),
    )
    name = authorities()[WITH_QUORUM]["name"]
    assert f"  Authority: {name}\n  Type of conference: Review\n" in quorum
    assert "  Which agencies are attending? Children's social care, Police\n" in quorum
    assert quorum.rstrip().endswith("Worked out on Tuesday 12 January 2027.")
    attendance = render("attendance", run("attendance", {"authority": ANOTHER, "age": 9}))
    name = authorities()[ANOTHER]["name"]
    assert f"Worked out from:\n  Authority: {name}\n  Child's age in years: 9\n" in attendance


def test_the_command_line_text_is_dated_by_the_machines_clock():
    out = io.StringIO()
    payload = json.dumps({"authority": AUTHORITY, "events": {"icpc": "2027-01-13"}})
    assert main(["deadlines", "--format", "text"], stdin=io.StringIO(payload), stdout=out) == 0
    today = dt.date.today()
    assert out.getvalue().rstrip().endswith(f"Worked out on {today:%A} {today.day} {today:%B %Y}.")
    assert "  Date of the initial child protection conference: Wednesday 13 January 2027" in (
        out.getvalue()
    )


# ------------------------------------------------------------------ calendar


STAMP = dt.datetime(2026, 11, 26, 23, 30, tzinfo=dt.UTC)


def descriptions(ics: str) -> list[str]:
    parsed = icalendar.Calendar.from_ical(ics)
    return [str(event["DESCRIPTION"]) for event in parsed.walk("VEVENT")]


def test_each_calendar_event_says_what_it_was_worked_out_from():
    result = run("deadlines", DEADLINES)
    found = descriptions(calendar(result, STAMP, on=dt.date(2026, 11, 27)))
    assert len(found) == len(result["deadlines"]) > 0
    for text in found:
        lines = text.split("\n")
        start = lines.index("Worked out from:")
        assert lines[start:] == [
            "Worked out from:",
            f"Authority: {NAME}",
            "Date of the strategy discussion: Friday 18 December 2026",
            "Date the emergency protection order expires: Wednesday 20 January 2027",
            "The order expires late in the day: Yes",
            "Date of the conference: Tuesday 12 January 2027",
            "Type of conference: Initial (including pre-birth and transfer-in)",
            "Office closure days: Tuesday 5 January 2027",
            f"Rules version {result['rules_version']}, built "
            f"{dt.date.fromisoformat(result['rules_built']):%-d %B %Y}.",
            "Worked out on Friday 27 November 2026.",
        ]
        # A calendar keeps no "in 3 working days": it would be wrong tomorrow.
        assert "working days)" not in text and "Today's date" not in text


def test_a_calendar_without_a_day_is_dated_by_its_stamp():
    result = run("deadlines", {"authority": AUTHORITY, "events": {"icpc": "2027-01-13"}})
    for text in descriptions(calendar(result, STAMP)):
        assert text.endswith("Worked out on Thursday 26 November 2026.")


# ------------------------------------------------------------------ the browser's entry point


def ask(request: dict) -> dict:
    return json.loads(respond(json.dumps(request)))


def test_the_page_gives_the_devices_date_for_text_and_calendar():
    response = ask(
        {
            "name": "deadlines",
            "payload": {"authority": AUTHORITY, "events": {"icpc": "2027-01-13"}},
            "want": ["text", "ics"],
            "today": "2026-11-27",
            "stamp": "2026-11-26T23:30:00+00:00",
        }
    )
    assert response["text"].rstrip().endswith("Worked out on Friday 27 November 2026.")
    for text in descriptions(response["ics"]):
        assert text.endswith("Worked out on Friday 27 November 2026.")


def test_without_the_requests_date_the_payloads_today_dates_the_text():
    response = ask(
        {
            "name": "deadlines",
            "payload": {
                # ICPC due Wednesday 13 January 2027 (tests/deadlines/test_standing.py)
                "authority": AUTHORITY,
                "events": {"strategy_discussion": "2026-12-18"},
                "today": "2027-01-12",
            },
            "want": ["text"],
        }
    )
    assert response["text"].rstrip().endswith("Worked out on Tuesday 12 January 2027.")
    assert "(in 1 working day)" in response["text"]


def test_a_wrong_date_in_the_request_is_an_error():
    response = ask(
        {
            "name": "attendance",
            "payload": {"authority": AUTHORITY, "age": 9},
            "want": ["text"],
            "today": "26/11/2026",
        }
    )
    assert response == {
        "result": {
            "errors": [
                {
                    "field": "today",
                    "message": "The request's today must be a date written as YYYY-MM-DD",
                }
            ]
        }
    }
