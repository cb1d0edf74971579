"""Bad input never raises: every calculator returns {"errors": [{"field", "message"}]}.

Each case names the one field the problem is about and the whole message, typed here by hand.
Messages are sentences in GOV.UK's patterns ("Enter the date of ...", "... must be a real date",
"... must be the same as or after ..."), naming the field by the label the form shows for it.
Cases marked `BROWSER` are ones a user of the web form can cause: their messages must use no
internal names (no JSON, no field names, no quoted values), and must contain the form's own
label for the field, read from the form's HTML (calculators/handbook/forms.py).

Nothing here is wrapped in try/except: if `run` raises, the test fails. tests/test_cli.py runs
the same cases through the command line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators import run
from calculators.data import authorities, national
from calculators.handbook.forms import form_html

# Valid payloads that each case changes in one place.
DEADLINES = {"authority": "oxfordshire", "events": {"strategy_discussion": "2027-01-04"}}
QUORUM = {
    "authority": "oxfordshire",
    "conference_type": "initial",
    "attendees": [
        {"agency": "childrens-social-care", "direct_contact": True},
        {"agency": "police", "direct_contact": True},
        {"agency": "health", "direct_contact": True},
    ],
    "circumstances": {},
}
ATTENDANCE = {"authority": "oxfordshire", "age": 12}
BASE = {"deadlines": DEADLINES, "quorum": QUORUM, "attendance": ATTENDANCE}
CALCULATORS = tuple(BASE)


def changed(calculator: str, drop: tuple[str, ...] = (), **fields) -> dict:
    payload = {k: v for k, v in BASE[calculator].items() if k not in drop}
    payload.update(fields)
    return payload


def events(**dates) -> dict:
    return changed("deadlines", events=dates)


def attendees(*items) -> dict:
    return changed("quorum", attendees=list(items))


def attendance_dates(born, conference) -> dict:
    return changed("attendance", drop=("age",), date_of_birth=born, conference_date=conference)


# Lists the JSON-only messages give, typed out.
AUTHORITIES = "england, oxfordshire, north-yorkshire, croydon, barnsley or warrington"
FIELDS = {
    "deadlines": "authority, closure_days, conference_type, epo_expires_late_in_day, events "
    "or today",
    "quorum": "attendees, authority, circumstances, conference_date or conference_type",
    "attendance": "age, authority, conference_date or date_of_birth",
}
EVENTS = (
    "strategy_discussion, icpc, pre_birth_conference, edd, birth, review, transfer_notification, "
    "conference, conference_decision, record_received, looked_after, return_home_decision, "
    "epo_expiry, core_group, child_in_need_plan, supervision_order or attendance_data_received"
)
AGENCIES = (
    "childrens-social-care, police, health, education, early-years, probation, youth-justice, "
    "housing, adult-mental-health, substance-misuse, domestic-abuse, voluntary-sector or legal"
)
CIRCUMSTANCES = (
    "limited_agency_contact, sufficient_information, delay_detrimental, "
    "relevant_agencies_present or exploitation"
)
ISO = "must be a date written as YYYY-MM-DD, for example 2027-01-13"
RANGE = "must be between Friday 1 January 2010 and Monday 31 December 2035"
ICPC = "The date of the initial child protection conference"
ATTENDEE = '{"agency": "police", "direct_contact": true}'

BROWSER = True  # a user of the web form can cause it
JSON_ONLY = False

# (id, calculator, payload, field, message, BROWSER or JSON_ONLY)
CASES: list[tuple[str, str, object, str, str, bool]] = []

for _calc in CALCULATORS:
    _object = 'The payload must be a JSON object, for example {"authority": "' + national() + '"}'
    _authority = f"The authority must be one of {AUTHORITIES}, not "
    CASES += [
        (f"{_calc}-payload-list", _calc, [], "payload", _object, JSON_ONLY),
        (f"{_calc}-payload-string", _calc, "oxfordshire", "payload", _object, JSON_ONLY),
        (f"{_calc}-payload-null", _calc, None, "payload", _object, JSON_ONLY),
        (f"{_calc}-payload-number", _calc, 12, "payload", _object, JSON_ONLY),
        (
            f"{_calc}-unknown-authority",
            _calc,
            changed(_calc, authority="narnia"),
            "authority",
            _authority + '"narnia"',
            JSON_ONLY,
        ),
        (
            f"{_calc}-authority-wrong-case",
            _calc,
            changed(_calc, authority="Oxfordshire"),
            "authority",
            _authority + '"Oxfordshire"',
            JSON_ONLY,
        ),
        (
            f"{_calc}-authority-number",
            _calc,
            changed(_calc, authority=3),
            "authority",
            _authority + "3",
            JSON_ONLY,
        ),
        (
            f"{_calc}-missing-authority",
            _calc,
            changed(_calc, drop=("authority",)),
            "authority",
            f"Select the authority: one of {AUTHORITIES}",
            JSON_ONLY,
        ),
        (
            f"{_calc}-unknown-field",
            _calc,
            changed(_calc, colour="blue"),
            "colour",
            f'This calculator has no field called "colour": use {FIELDS[_calc]}',
            JSON_ONLY,
        ),
        # a key with no name is reported against the payload that holds it
        (
            f"{_calc}-unknown-field-without-a-name",
            _calc,
            changed(_calc, **{"": "blue"}),
            "payload",
            f'The payload has a field named "", which this calculator does not know: use '
            f"{FIELDS[_calc]}",
            JSON_ONLY,
        ),
    ]

# ------------------------------------------------------------------ deadlines

_DATES = 'The dates must be an object such as {"strategy_discussion": "2027-01-13"}, not '
_ONE_DATE = "Enter at least one date, for example the date of the strategy discussion"
CASES += [
    (
        "deadlines-unknown-event",
        "deadlines",
        events(party="2027-01-04"),
        "events.party",
        f'This calculator has no date called "party": use {EVENTS}',
        JSON_ONLY,
    ),
    (
        "deadlines-events-list",
        "deadlines",
        changed("deadlines", events=["2027-01-04"]),
        "events",
        _DATES + "a list",
        JSON_ONLY,
    ),
    (
        "deadlines-events-string",
        "deadlines",
        changed("deadlines", events="2027-01-04"),
        "events",
        _DATES + '"2027-01-04"',
        JSON_ONLY,
    ),
    (
        "deadlines-events-empty",
        "deadlines",
        changed("deadlines", events={}),
        "events",
        _ONE_DATE,
        JSON_ONLY,
    ),
    (
        "deadlines-events-missing",
        "deadlines",
        changed("deadlines", drop=("events",)),
        "events",
        _ONE_DATE,
        JSON_ONLY,
    ),
]

for _bad in (
    "13/01/2027",
    "2027/01/13",
    "13-01-2027",
    "2027-01",
    "2027-01-13-01",
    "2027-01-13T09:30",
    "next Tuesday",
    "27-01-13",
    "2027-Jan-13",
    "-2027-01-13",
    # Not digits Python's int() reads, though str.isdigit() says they are digits.
    "2027-01-1\u00b2",
    20270113,
    True,
    ["2027-01-13"],
    {"day": 13},
):
    CASES.append(
        (
            f"deadlines-malformed-date-{_bad!r}",
            "deadlines",
            events(icpc=_bad),
            "events.icpc",
            f"{ICPC} {ISO}",
            JSON_ONLY,
        )
    )

# GOV.UK: a date left empty is to be entered; one with a part missing must include it.
for _bad, _message, _where in (
    ("", f"Enter {ICPC[0].lower()}{ICPC[1:]}", BROWSER),
    ("   ", f"Enter {ICPC[0].lower()}{ICPC[1:]}", BROWSER),
    (None, f"Enter {ICPC[0].lower()}{ICPC[1:]}", JSON_ONLY),
    ("--", f"Enter {ICPC[0].lower()}{ICPC[1:]}", JSON_ONLY),
    ("2027--13", f"{ICPC} must include a month", JSON_ONLY),
    ("2027-01-", f"{ICPC} must include a day", JSON_ONLY),
    ("-01-13", f"{ICPC} must include a year", JSON_ONLY),
    ("--13", f"{ICPC} must include a month and year", JSON_ONLY),
):
    CASES.append(
        (
            f"deadlines-date-{_bad!r}",
            "deadlines",
            events(icpc=_bad),
            "events.icpc",
            _message,
            _where,
        )
    )

# Dates the form's day, month and year boxes can make that are not real.
for _bad in (
    "2027-02-29",
    "2026-04-31",
    "2027-13-01",
    "2027-00-10",
    "2027-01-00",
    "2027-01-32",
    "0000-01-01",
):
    CASES.append(
        (
            f"deadlines-not-real-{_bad}",
            "deadlines",
            events(icpc=_bad),
            "events.icpc",
            f"{ICPC} must be a real date",
            BROWSER,
        )
    )

CASES += [
    # conference_type
    (
        "deadlines-conference-without-type",
        "deadlines",
        events(conference="2027-01-20"),
        "conference_type",
        "Select the type of conference",
        BROWSER,
    ),
    (
        "deadlines-conference-type-pre-birth",
        "deadlines",
        changed("deadlines", events={"conference": "2027-01-20"}, conference_type="pre-birth"),
        "conference_type",
        'The type of conference must be initial or review, not "pre-birth" (a pre-birth or '
        "transfer-in conference is an initial conference)",
        JSON_ONLY,
    ),
    (
        "deadlines-conference-type-number",
        "deadlines",
        changed("deadlines", events={"conference": "2027-01-20"}, conference_type=1),
        "conference_type",
        "The type of conference must be initial or review, not 1 (a pre-birth or transfer-in "
        "conference is an initial conference)",
        JSON_ONLY,
    ),
    (
        "deadlines-conference-type-in-events-differs",
        "deadlines",
        changed(
            "deadlines",
            events={"conference": "2027-01-20", "conference_type": "review"},
            conference_type="initial",
        ),
        "events.conference_type",
        'The type of conference is given twice, as "review" among the dates and as "initial": '
        "give it once",
        JSON_ONLY,
    ),
    # closure days
    (
        "deadlines-closure-days-string",
        "deadlines",
        changed("deadlines", closure_days="2027-01-05"),
        "closure_days",
        "The office closure days must be a list of dates written as YYYY-MM-DD, for example "
        '["2027-01-05"]',
        JSON_ONLY,
    ),
    (
        "deadlines-closure-days-object",
        "deadlines",
        changed("deadlines", closure_days={"2027-01-05": True}),
        "closure_days",
        "The office closure days must be a list of dates written as YYYY-MM-DD, for example "
        '["2027-01-05"]',
        JSON_ONLY,
    ),
    (
        "deadlines-closure-day-impossible",
        "deadlines",
        changed("deadlines", closure_days=["2027-01-05", "2027-02-30"]),
        "closure_days[1]",
        "The date on line 2 of the office closure days must be a real date",
        BROWSER,
    ),
    (
        "deadlines-closure-day-malformed",
        "deadlines",
        changed("deadlines", closure_days=["5/1/2027"]),
        "closure_days[0]",
        f"The date on line 1 of the office closure days {ISO}",
        JSON_ONLY,
    ),
    (
        "deadlines-closure-day-number",
        "deadlines",
        changed("deadlines", closure_days=[20270105]),
        "closure_days[0]",
        f"The date on line 1 of the office closure days {ISO}",
        JSON_ONLY,
    ),
    (
        "deadlines-closure-day-out-of-range",
        "deadlines",
        changed("deadlines", closure_days=["2040-01-02"]),
        "closure_days[0]",
        f"The date on line 1 of the office closure days {RANGE}",
        BROWSER,
    ),
    # the yes/no beside the EPO expiry date
    (
        "deadlines-epo-late-string",
        "deadlines",
        changed("deadlines", epo_expires_late_in_day="yes"),
        "epo_expires_late_in_day",
        "The answer to \u201cThe order expires late in the day\u201d must be true or false, "
        'not "yes"',
        JSON_ONLY,
    ),
    (
        "deadlines-epo-late-number",
        "deadlines",
        changed("deadlines", epo_expires_late_in_day=1),
        "epo_expires_late_in_day",
        "The answer to \u201cThe order expires late in the day\u201d must be true or false, not 1",
        JSON_ONLY,
    ),
    (
        "deadlines-epo-late-null",
        "deadlines",
        changed("deadlines", epo_expires_late_in_day=None),
        "epo_expires_late_in_day",
        "The answer to \u201cThe order expires late in the day\u201d must be true or false, "
        "not null",
        JSON_ONLY,
    ),
    # events in an impossible order (Monday 4 January 2027, Wednesday 20 January 2027,
    # Wednesday 10 March 2027 on a calendar)
    (
        "deadlines-icpc-before-strategy",
        "deadlines",
        events(strategy_discussion="2027-01-04", icpc="2027-01-03"),
        "events.icpc",
        f"{ICPC} must be the same as or after the date of the strategy discussion "
        "(Monday 4 January 2027)",
        BROWSER,
    ),
    (
        "deadlines-review-before-icpc",
        "deadlines",
        events(icpc="2027-01-20", review="2027-01-19"),
        "events.review",
        "The date of the last review conference must be the same as or after the date of the "
        "initial child protection conference (Wednesday 20 January 2027)",
        BROWSER,
    ),
    (
        "deadlines-review-before-pre-birth",
        "deadlines",
        events(pre_birth_conference="2027-03-10", review="2027-03-09"),
        "events.review",
        "The date of the last review conference must be the same as or after the date of the "
        "pre-birth conference (Wednesday 10 March 2027)",
        BROWSER,
    ),
    (
        "deadlines-birth-before-pre-birth",
        "deadlines",
        events(pre_birth_conference="2027-03-10", birth="2027-03-01"),
        "events.birth",
        "The baby's date of birth must be the same as or after the date of the pre-birth "
        "conference (Wednesday 10 March 2027)",
        BROWSER,
    ),
    (
        "deadlines-core-group-before-icpc",
        "deadlines",
        events(icpc="2027-01-20", core_group="2027-01-19"),
        "events.core_group",
        "The date of the last core group meeting must be the same as or after the date of the "
        "initial child protection conference (Wednesday 20 January 2027)",
        BROWSER,
    ),
    (
        "deadlines-record-before-conference",
        "deadlines",
        changed(
            "deadlines",
            events={"conference": "2027-01-20", "record_received": "2027-01-19"},
            conference_type="initial",
        ),
        "events.record_received",
        "The date the conference record was received must be the same as or after the date of "
        "the conference (Wednesday 20 January 2027)",
        BROWSER,
    ),
    (
        "deadlines-icpc-and-pre-birth",
        "deadlines",
        events(icpc="2027-01-20", pre_birth_conference="2027-01-20"),
        "events.pre_birth_conference",
        "Enter either the date of the initial child protection conference or the date of the "
        "pre-birth conference, not both: a pre-birth conference is the initial conference",
        BROWSER,
    ),
]

# Dates outside the bank-holiday table (2010 to 2035), and dates inside it whose deadline is not.
for _day in ("1999-01-01", "2009-12-31", "2036-01-01", "2040-01-01"):
    CASES.append(
        (
            f"deadlines-outside-range-{_day}",
            "deadlines",
            events(icpc=_day),
            "events.icpc",
            f"{ICPC} {RANGE}",
            BROWSER,
        )
    )
_LATE = (
    "is too late for this tool: a date counted from it would fall after Monday 31 December "
    "2035, the last date it knows bank holidays for"
)
CASES += [
    # 31 December 2035 + 6 months (next review) is 30 June 2036.
    (
        "deadlines-review-deadline-past-range",
        "deadlines",
        events(review="2035-12-31"),
        "events.review",
        f"The date of the last review conference {_LATE}",
        BROWSER,
    ),
    # + 15 working days (ICPC) runs into January 2036.
    (
        "deadlines-strategy-deadline-past-range",
        "deadlines",
        events(strategy_discussion="2035-12-20"),
        "events.strategy_discussion",
        f"The date of the strategy discussion {_LATE}",
        BROWSER,
    ),
    # Oxfordshire: pre-birth assessment starts at 12 weeks' gestation, 28 weeks before the EDD:
    # 15 January 2010 - 28 weeks = 3 July 2009.
    (
        "deadlines-edd-deadline-before-range",
        "deadlines",
        events(edd="2010-01-15"),
        "events.edd",
        "The expected date of delivery is too early for this tool: a date counted from it would "
        "fall before Friday 1 January 2010, the first date it knows bank holidays for",
        BROWSER,
    ),
]

# ------------------------------------------------------------------ quorum

_CSC = {"agency": "childrens-social-care", "direct_contact": True}
_LIST = f"[{ATTENDEE}], or [] when none is attending"
_ANSWERS = (
    "The answers about the circumstances must be an object of true or false answers, for "
    'example {"delay_detrimental": true}, not '
)
_DELAY = "The answer to \u201cA delay would be detrimental to the child\u201d"
CASES += [
    (
        "quorum-attendees-missing",
        "quorum",
        changed("quorum", drop=("attendees",)),
        "attendees",
        f"Give the agencies attending as a list such as {_LIST}",
        JSON_ONLY,
    ),
    (
        "quorum-attendees-object",
        "quorum",
        changed("quorum", attendees={"agency": "police"}),
        "attendees",
        f"The agencies attending must be a list such as {_LIST}, not an object",
        JSON_ONLY,
    ),
    (
        "quorum-attendees-string",
        "quorum",
        changed("quorum", attendees="police"),
        "attendees",
        f'The agencies attending must be a list such as {_LIST}, not "police"',
        JSON_ONLY,
    ),
    (
        "quorum-attendee-string",
        "quorum",
        attendees(_CSC, "police"),
        "attendees[1]",
        f'Attendee 2 must be an object such as {ATTENDEE}, not "police"',
        JSON_ONLY,
    ),
    (
        "quorum-attendee-list",
        "quorum",
        attendees(["police", True]),
        "attendees[0]",
        f"Attendee 1 must be an object such as {ATTENDEE}, not a list",
        JSON_ONLY,
    ),
    (
        "quorum-unknown-agency",
        "quorum",
        attendees(_CSC, {"agency": "fire-brigade"}),
        "attendees[1].agency",
        f'The agency of attendee 2 must be one of {AGENCIES}, not "fire-brigade"',
        JSON_ONLY,
    ),
    (
        "quorum-agency-missing",
        "quorum",
        attendees({"direct_contact": True}),
        "attendees[0].agency",
        f"Enter the agency of attendee 1: one of {AGENCIES}",
        JSON_ONLY,
    ),
    (
        "quorum-agency-number",
        "quorum",
        attendees({"agency": 7}),
        "attendees[0].agency",
        f"The agency of attendee 1 must be one of {AGENCIES}, not 7",
        JSON_ONLY,
    ),
    # A list is not hashable: looking it up in the agency table must not raise.
    (
        "quorum-agency-list",
        "quorum",
        attendees({"agency": ["police"]}),
        "attendees[0].agency",
        f"The agency of attendee 1 must be one of {AGENCIES}, not a list",
        JSON_ONLY,
    ),
    (
        "quorum-agency-object",
        "quorum",
        attendees({"agency": {"id": "police"}}),
        "attendees[0].agency",
        f"The agency of attendee 1 must be one of {AGENCIES}, not an object",
        JSON_ONLY,
    ),
    (
        "quorum-direct-contact-yes",
        "quorum",
        attendees(_CSC, {"agency": "police", "direct_contact": "yes"}),
        "attendees[1].direct_contact",
        'Whether attendee 2 has had direct contact with the child must be true or false, not "yes"',
        JSON_ONLY,
    ),
    (
        "quorum-direct-contact-1",
        "quorum",
        attendees({"agency": "police", "direct_contact": 1}),
        "attendees[0].direct_contact",
        "Whether attendee 1 has had direct contact with the child must be true or false, not 1",
        JSON_ONLY,
    ),
    (
        "quorum-direct-contact-null",
        "quorum",
        attendees({"agency": "police", "direct_contact": None}),
        "attendees[0].direct_contact",
        "Whether attendee 1 has had direct contact with the child must be true or false, not null",
        JSON_ONLY,
    ),
    (
        "quorum-attendee-unknown-field",
        "quorum",
        attendees({"agency": "police", "direct_contact": True, "role": "DS"}),
        "attendees[0].role",
        'Attendee 1 has no field called "role": use agency or direct_contact',
        JSON_ONLY,
    ),
    (
        "quorum-conference-type-missing",
        "quorum",
        changed("quorum", drop=("conference_type",)),
        "conference_type",
        "Select the type of conference",
        BROWSER,
    ),
    (
        "quorum-conference-type-unknown",
        "quorum",
        changed("quorum", conference_type="core-group"),
        "conference_type",
        "The type of conference must be initial, pre-birth, transfer-in or review, not "
        '"core-group"',
        JSON_ONLY,
    ),
    (
        "quorum-conference-type-number",
        "quorum",
        changed("quorum", conference_type=1),
        "conference_type",
        "The type of conference must be initial, pre-birth, transfer-in or review, not 1",
        JSON_ONLY,
    ),
    (
        "quorum-circumstances-list",
        "quorum",
        changed("quorum", circumstances=["delay_detrimental"]),
        "circumstances",
        _ANSWERS + "a list",
        JSON_ONLY,
    ),
    (
        "quorum-circumstances-string",
        "quorum",
        changed("quorum", circumstances="yes"),
        "circumstances",
        _ANSWERS + '"yes"',
        JSON_ONLY,
    ),
    (
        "quorum-unknown-circumstance",
        "quorum",
        changed("quorum", circumstances={"full_moon": True}),
        "circumstances.full_moon",
        f'This calculator has no circumstance called "full_moon": use {CIRCUMSTANCES}',
        JSON_ONLY,
    ),
    (
        "quorum-circumstance-yes",
        "quorum",
        changed("quorum", circumstances={"delay_detrimental": "yes"}),
        "circumstances.delay_detrimental",
        f'{_DELAY} must be true or false, not "yes"',
        JSON_ONLY,
    ),
    (
        "quorum-circumstance-number",
        "quorum",
        changed("quorum", circumstances={"exploitation": 1}),
        "circumstances.exploitation",
        "The answer to \u201cSexual, criminal, county lines or other exploitation of the child "
        "is present or suspected\u201d must be true or false, not 1",
        JSON_ONLY,
    ),
    (
        "quorum-circumstance-null",
        "quorum",
        changed("quorum", circumstances={"delay_detrimental": None}),
        "circumstances.delay_detrimental",
        f"{_DELAY} must be true or false; if it is not known, leave it out",
        JSON_ONLY,
    ),
    (
        "quorum-conference-date-slashes",
        "quorum",
        changed("quorum", conference_date="12/01/2027"),
        "conference_date",
        f"The date of the conference {ISO}",
        JSON_ONLY,
    ),
    (
        "quorum-conference-date-not-real",
        "quorum",
        changed("quorum", conference_date="2027-02-30"),
        "conference_date",
        "The date of the conference must be a real date",
        BROWSER,
    ),
    (
        "quorum-conference-date-number",
        "quorum",
        changed("quorum", conference_date=20270112),
        "conference_date",
        f"The date of the conference {ISO}",
        JSON_ONLY,
    ),
    (
        "quorum-conference-date-out-of-range",
        "quorum",
        changed("quorum", conference_date="1999-06-01"),
        "conference_date",
        f"The date of the conference {RANGE}",
        BROWSER,
    ),
    # Oxfordshire, not quorate (social care and police only) but every condition holds, so it
    # may go ahead, and a quorate decision is needed within 24 hours: from Monday 31 December
    # 2035 that is Tuesday 1 January 2036, past the table.
    (
        "quorum-what-must-follow-past-range",
        "quorum",
        changed(
            "quorum",
            attendees=[_CSC, {"agency": "police", "direct_contact": True}],
            circumstances={
                "limited_agency_contact": True,
                "sufficient_information": True,
                "delay_detrimental": True,
            },
            conference_date="2035-12-31",
        ),
        "conference_date",
        f"The date of the conference {_LATE}",
        BROWSER,
    ),
]

# ------------------------------------------------------------------ attendance

_AGE = "Enter the child's age in years as a whole number, like 12, not "
_UNDER_18 = "child protection conferences are for children under 18"
CASES += [
    (
        "attendance-age-string",
        "attendance",
        changed("attendance", age="12"),
        "age",
        _AGE + '"12"',
        JSON_ONLY,
    ),
    (
        "attendance-age-fraction",
        "attendance",
        changed("attendance", age=12.5),
        "age",
        _AGE + "12.5",
        JSON_ONLY,
    ),
    (
        "attendance-age-bool",
        "attendance",
        changed("attendance", age=True),
        "age",
        _AGE + "true",
        JSON_ONLY,
    ),
    (
        "attendance-age-null",
        "attendance",
        changed("attendance", age=None),
        "age",
        _AGE + "null",
        JSON_ONLY,
    ),
    (
        "attendance-age-list",
        "attendance",
        changed("attendance", age=[12]),
        "age",
        _AGE + "a list",
        JSON_ONLY,
    ),
    (
        "attendance-age-negative",
        "attendance",
        changed("attendance", age=-1),
        "age",
        "The child's age in years must be 0 or more",
        JSON_ONLY,
    ),
    (
        "attendance-age-18",
        "attendance",
        changed("attendance", age=18),
        "age",
        f"The child's age in years must be 17 or less: {_UNDER_18}",
        BROWSER,
    ),
    (
        "attendance-age-150",
        "attendance",
        changed("attendance", age=150),
        "age",
        f"The child's age in years must be 17 or less: {_UNDER_18}",
        BROWSER,
    ),
    (
        "attendance-age-and-dates",
        "attendance",
        changed("attendance", date_of_birth="2015-03-10", conference_date="2027-03-10"),
        "age",
        "Enter either the child's age in years, or the child's date of birth and the date of the "
        "conference, not both",
        BROWSER,
    ),
    (
        "attendance-age-and-date-of-birth-only",
        "attendance",
        changed("attendance", date_of_birth="2015-03-10"),
        "age",
        "Enter either the child's age in years, or the child's date of birth and the date of the "
        "conference, not both",
        BROWSER,
    ),
    (
        "attendance-nothing-given",
        "attendance",
        changed("attendance", drop=("age",)),
        "age",
        "Enter the child's age in years, or the child's date of birth and the date of the "
        "conference",
        BROWSER,
    ),
    (
        "attendance-date-of-birth-only",
        "attendance",
        changed("attendance", drop=("age",), date_of_birth="2015-03-10"),
        "conference_date",
        "Enter the date of the conference",
        BROWSER,
    ),
    (
        "attendance-conference-date-only",
        "attendance",
        changed("attendance", drop=("age",), conference_date="2027-03-10"),
        "date_of_birth",
        "Enter the child's date of birth",
        BROWSER,
    ),
    (
        "attendance-born-after-conference",
        "attendance",
        attendance_dates("2027-03-11", "2027-03-10"),
        "date_of_birth",
        "The child's date of birth must be the same as or before the date of the conference "
        "(Wednesday 10 March 2027)",
        BROWSER,
    ),
    # 18 on the day of the conference: born on or before Tuesday 10 March 2009.
    (
        "attendance-18-by-dates",
        "attendance",
        attendance_dates("2009-03-10", "2027-03-10"),
        "date_of_birth",
        f"The child's date of birth must be after Tuesday 10 March 2009: {_UNDER_18}",
        BROWSER,
    ),
    (
        "attendance-malformed-birth",
        "attendance",
        attendance_dates("10/03/2015", "2027-03-10"),
        "date_of_birth",
        f"The child's date of birth {ISO}",
        JSON_ONLY,
    ),
    (
        "attendance-malformed-conference",
        "attendance",
        attendance_dates("2015-03-10", "2027-3-10T10:00"),
        "conference_date",
        f"The date of the conference {ISO}",
        JSON_ONLY,
    ),
    (
        "attendance-impossible-birth",
        "attendance",
        attendance_dates("2015-02-29", "2027-03-10"),
        "date_of_birth",
        "The child's date of birth must be a real date",
        BROWSER,
    ),
    (
        "attendance-conference-month-13",
        "attendance",
        attendance_dates("2015-03-10", "2027-13-01"),
        "conference_date",
        "The date of the conference must be a real date",
        BROWSER,
    ),
    (
        "attendance-birth-number",
        "attendance",
        attendance_dates(20150310, "2027-03-10"),
        "date_of_birth",
        f"The child's date of birth {ISO}",
        JSON_ONLY,
    ),
    (
        "attendance-birth-year-0",
        "attendance",
        attendance_dates("0000-01-01", "2027-03-10"),
        "date_of_birth",
        "The child's date of birth must be a real date",
        BROWSER,
    ),
]


def _params(where: bool | None = None):
    return [
        pytest.param(*case[1:5], id=case[0]) for case in CASES if where is None or case[5] is where
    ]


def test_case_ids_are_unique():
    ids = [case[0] for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("calculator", "payload", "field", "message"), _params())
def test_bad_input_names_the_field_in_a_sentence(calculator, payload, field, message):
    result = run(calculator, payload)
    assert result == {"errors": [{"field": field, "message": message}]}


# ------------------------------------------------------------------ what the form's users read


class _FormLabels(HTMLParser):
    """Each form group (data-field) of a calculator's form, in order, with its label: the text
    of its legend, or else of its first label."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: dict[str, str] = {}
        self._field: str | None = None
        self._taking: str | None = None  # "legend" or "label" while inside one
        self._text = ""
        self._has_legend = False

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if "data-field" in found:
            self._field = found["data-field"]
            self.groups[self._field] = ""
            self._has_legend = False
        wanted = tag == "legend" or (
            tag == "label" and not (self._has_legend or self.groups.get(self._field or ""))
        )
        if self._field and wanted and self._taking is None:
            self._taking, self._text = tag, ""

    def handle_endtag(self, tag):
        if tag == self._taking and self._field:
            text = " ".join(self._text.split())
            if tag == "legend" or not self.groups[self._field]:
                self.groups[self._field] = text
            self._has_legend = self._has_legend or tag == "legend"
            self._taking = None

    def handle_data(self, data):
        if self._taking:
            self._text += data


def form_labels(calculator: str) -> dict[str, str]:
    parser = _FormLabels()
    parser.feed(form_html(calculator))
    return parser.groups


def form_field(calculator: str, field: str) -> str:
    """The form group a payload field is entered in ("closure_days[1]" -> "closure_days")."""
    plain = re.sub(r"\[\d+\]", "", field)
    return {"attendees": "attendee", "attendees.direct_contact": "direct_contact"}.get(plain, plain)


@pytest.mark.parametrize(("calculator", "payload", "field", "message"), _params(BROWSER))
def test_a_form_users_message_uses_the_forms_label(calculator, payload, field, message):
    label = form_labels(calculator)[form_field(calculator, field)]
    assert label
    assert label.lower() in run(calculator, payload)["errors"][0]["message"].lower()


INTERNAL = re.compile(
    r"[a-z]+_[a-z_]+"  # snake_case field names
    r"|\bicpc\b|\bedd\b|\bpayload\b|\bjson\b|yyyy|true or false|null"
    r"|[{}\[\]\"]"  # JSON's punctuation and quoted values
    r"|(^|\s)'",  # a value in single quotes (an apostrophe in a word is fine)
    re.IGNORECASE,
)


@pytest.mark.parametrize(("calculator", "payload", "field", "message"), _params(BROWSER))
def test_a_form_users_message_has_no_internal_names(calculator, payload, field, message):
    (error,) = run(calculator, payload)["errors"]
    text = error["message"]
    assert not INTERNAL.search(text), text
    assert text[0].isupper() and not text.endswith("."), text


def test_the_labels_the_form_shows_are_the_ones_messages_use():
    # The same words in both, from one place (calculators/data/fields.toml and events.toml).
    labels = form_labels("deadlines")
    assert labels["events.strategy_discussion"] == "Date of the strategy discussion"
    assert labels["closure_days"] == "Office closure days"
    assert labels["conference_type"] == "Type of conference"
    assert form_labels("attendance")["age"] == "Child's age in years"
    assert form_labels("quorum")["conference_date"] == "Date of the conference"


# ------------------------------------------------------------------ every problem, in form order


def test_unknown_calculator():
    assert run("bedtime", {"authority": "oxfordshire"}) == {
        "errors": [
            {
                "field": "calculator",
                "message": 'There is no calculator called "bedtime": use deadlines, quorum or '
                "attendance",
            }
        ]
    }


def test_date_with_single_digit_month_is_either_refused_or_read_as_written():
    # "2027-1-5" is not YYYY-MM-DD. If it is accepted, it must mean 5 January 2027.
    result = run("deadlines", events(strategy_discussion="2027-1-5"))
    if "errors" in result:
        assert [e["field"] for e in result["errors"]] == ["events.strategy_discussion"]
    else:
        icpc = next(d for d in result["deadlines"] if d["id"] == "icpc")
        assert icpc["from"]["date"] == "2027-01-05"


def test_deadline_counted_from_birth_past_the_range_names_the_birth():
    """Oxfordshire first review after a pre-birth conference: 3 months after the conference or
    1 month after the birth, whichever is sooner. Pre-birth conference 1 September 2035 (3 months:
    Saturday 1 December, so Friday 30 November 2035); birth 15 December 2035 (1 month: 15
    January 2036, past the table). The answer is either the right date (the sooner limit is
    known whatever January 2036 holds) or an error naming the birth - not the pre-birth
    conference, whose own deadline is inside the table."""
    result = run("deadlines", events(pre_birth_conference="2035-09-01", birth="2035-12-15"))
    if "errors" in result:
        assert [e["field"] for e in result["errors"]] == ["events.birth"], result["errors"]
    else:
        review = next(d for d in result["deadlines"] if d["id"] == "first-review")
        assert review["due"] == "2035-11-30"


def test_two_dates_past_the_range_give_two_errors():
    # Both deadlines run past 31 December 2035: the ICPC, 15 working days after 20 December
    # 2035, and the next review, 6 months after 31 December 2035.
    result = run("deadlines", events(strategy_discussion="2035-12-20", review="2035-12-31"))
    assert result == {
        "errors": [
            {
                "field": "events.strategy_discussion",
                "message": f"The date of the strategy discussion {_LATE}",
            },
            {
                "field": "events.review",
                "message": f"The date of the last review conference {_LATE}",
            },
        ]
    }


# The deadline form, top to bottom: authority; initial and transfer-in conferences (strategy
# discussion, ICPC, transfer-in notification, decision, EPO expiry and its tick box); pre-birth;
# reviews and core groups (last review, last core group); reports (conference, record received,
# type of conference); looked-after children; partnership; office closure days.
DEADLINE_ERRORS_IN_FORM_ORDER = [
    "authority",
    "events.strategy_discussion",
    "events.epo_expiry",
    "epo_expires_late_in_day",
    "events.review",
    "events.record_received",
    "conference_type",
    "closure_days[0]",
    "closure_days[1]",
    "today",
    "colour",  # not on the form: last
]


def test_every_problem_is_reported_at_once_in_the_forms_order_deadlines():
    payload = {  # written in the reverse of the form's order
        "colour": "blue",
        "today": "tomorrow",
        "closure_days": ["2027-02-30", "1999-01-01"],
        "events": {
            "record_received": "2027-01-19",
            "conference": "2027-01-20",
            "review": "2027-01-19",
            "icpc": "2027-01-20",
            "epo_expiry": "",
            "strategy_discussion": "2027-02-30",
        },
        "epo_expires_late_in_day": "yes",
        "authority": "narnia",
    }
    result = run("deadlines", payload)
    assert [e["field"] for e in result["errors"]] == DEADLINE_ERRORS_IN_FORM_ORDER
    # Two wrong dates, two messages.
    messages = dict((e["field"], e["message"]) for e in result["errors"])
    assert messages["events.strategy_discussion"] == (
        "The date of the strategy discussion must be a real date"
    )
    assert messages["events.epo_expiry"] == "Enter the date the emergency protection order expires"


def test_the_engines_order_is_the_forms_order():
    # The form's own order of its fields (its HTML), against the errors' order above.
    on_form = list(form_labels("deadlines"))
    positions = [
        on_form.index(form_field("deadlines", f)) for f in DEADLINE_ERRORS_IN_FORM_ORDER[:-2]
    ]
    assert positions == sorted(positions)


def test_every_problem_is_reported_at_once_in_the_forms_order_quorum():
    payload = {
        "colour": "blue",
        "circumstances": {
            "delay_detrimental": "no",
            "full_moon": True,
            "limited_agency_contact": 1,
        },
        "attendees": [
            {"agency": "fire-brigade"},
            "police",
            {"agency": "health", "direct_contact": "yes"},
        ],
        "conference_date": "2027-02-30",
        "conference_type": "core-group",
        "authority": "narnia",
    }
    result = run("quorum", payload)
    assert [e["field"] for e in result["errors"]] == [
        "authority",
        "conference_type",
        "conference_date",
        "attendees[0].agency",
        "attendees[1]",
        "attendees[2].direct_contact",  # the direct-contact question follows the agencies
        "circumstances.full_moon",  # not a question on the form: where the questions start
        "circumstances.limited_agency_contact",
        "circumstances.delay_detrimental",
        "colour",
    ]


def test_every_problem_is_reported_at_once_in_the_forms_order_attendance():
    payload = {"conference_date": "x", "date_of_birth": "2015-02-29", "authority": "narnia"}
    result = run("attendance", payload)
    assert [e["field"] for e in result["errors"]] == [
        "authority",
        "date_of_birth",
        "conference_date",
    ]
    payload = {"age": -3, "colour": "blue"}
    fields = [e["field"] for e in run("attendance", payload)["errors"]]
    assert fields == ["authority", "age", "colour"]


def test_conference_type_given_inside_events_is_checked_too():
    result = run("deadlines", events(conference="2027-01-20", conference_type="transfer-in"))
    assert result == {
        "errors": [
            {
                "field": "conference_type",
                "message": 'The type of conference must be initial or review, not "transfer-in" '
                "(a pre-birth or transfer-in conference is an initial conference)",
            }
        ]
    }


# ------------------------------------------------------------------ anything JSON can hold

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    st.sampled_from(
        [
            "oxfordshire",
            "barnsley",
            "north-yorkshire",
            "initial",
            "review",
            "police",
            "health",
            "childrens-social-care",
            "2027-01-13",
            "2035-12-31",
            "2010-01-01",
            "0000-01-01",
            "9999-12-31",
            "2027-01-1\u00b2",
        ]
    ),
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
_DATES = st.one_of(st.dates().map(str), _JSON)
_PAYLOADS = st.fixed_dictionaries(
    {},
    optional={
        "authority": st.one_of(
            st.sampled_from(list(authorities())),
            _JSON,
        ),
        "events": st.one_of(
            st.dictionaries(
                st.sampled_from(
                    [
                        "strategy_discussion",
                        "icpc",
                        "pre_birth_conference",
                        "edd",
                        "birth",
                        "review",
                        "conference",
                        "core_group",
                        "record_received",
                        "conference_type",
                    ]
                ),
                _DATES,
                max_size=4,
            ),
            _JSON,
        ),
        "conference_type": st.one_of(st.sampled_from(["initial", "review", "pre-birth"]), _JSON),
        "closure_days": st.one_of(st.lists(_DATES, max_size=2), _JSON),
        "attendees": st.one_of(
            st.lists(
                st.one_of(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "agency": st.one_of(
                                st.sampled_from(["police", "health", "childrens-social-care"]),
                                _JSON,
                            ),
                            "direct_contact": _JSON,
                        },
                    ),
                    _JSON,
                ),
                max_size=4,
            ),
            _JSON,
        ),
        "circumstances": st.one_of(
            st.dictionaries(
                st.sampled_from(["limited_agency_contact", "exploitation", "x"]), _JSON, max_size=2
            ),
            _JSON,
        ),
        "age": st.one_of(st.integers(-5, 30), _JSON),
        "date_of_birth": _DATES,
        "conference_date": _DATES,
    },
)


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.sampled_from(CALCULATORS), st.one_of(_PAYLOADS, _JSON))
def test_run_never_raises(calculator, payload):
    result = run(calculator, payload)
    assert isinstance(result, dict)
    if "errors" in result:
        assert result["errors"]
        for error in result["errors"]:
            # an unknown key with no name ("") is reported against what holds it ("payload")
            assert isinstance(error["field"], str) and error["field"]
            assert isinstance(error["message"], str) and error["message"]
