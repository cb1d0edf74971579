"""Bad input never raises: every calculator returns {"errors": [{"field", "message"}]}.

Each case names the one field the problem is about (asserted exactly) and words the message must
contain so that it says what is wrong. Nothing here is wrapped in try/except: if `run` raises,
the test fails. tests/test_cli.py runs the same cases through the command line.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators import run

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


OUT_OF_RANGE = ("outside", "working days")

# (id, calculator, payload, field, words the message must contain)
CASES: list[tuple[str, str, object, str, tuple[str, ...]]] = []

for _calc in CALCULATORS:
    CASES += [
        (f"{_calc}-payload-list", _calc, [], "payload", ("object",)),
        (f"{_calc}-payload-string", _calc, "oxfordshire", "payload", ("object",)),
        (f"{_calc}-payload-null", _calc, None, "payload", ("object",)),
        (f"{_calc}-payload-number", _calc, 12, "payload", ("object",)),
        (
            f"{_calc}-unknown-authority",
            _calc,
            changed(_calc, authority="narnia"),
            "authority",
            ("narnia", "not a known authority", "oxfordshire"),
        ),
        (
            f"{_calc}-authority-wrong-case",
            _calc,
            changed(_calc, authority="Oxfordshire"),
            "authority",
            ("not a known authority",),
        ),
        (
            f"{_calc}-authority-number",
            _calc,
            changed(_calc, authority=3),
            "authority",
            ("not a known authority",),
        ),
        (
            f"{_calc}-missing-authority",
            _calc,
            changed(_calc, drop=("authority",)),
            "authority",
            ("required",),
        ),
        (
            f"{_calc}-unknown-field",
            _calc,
            changed(_calc, colour="blue"),
            "colour",
            ("not a field",),
        ),
        # a key with no name is reported against the payload that holds it
        (
            f"{_calc}-unknown-field-without-a-name",
            _calc,
            changed(_calc, **{"": "blue"}),
            "payload",
            ("field named ''", "does not know"),
        ),
    ]

# ------------------------------------------------------------------ deadlines

CASES += [
    (
        "deadlines-unknown-event",
        "deadlines",
        events(party="2027-01-04"),
        "events.party",
        ("not an event",),
    ),
    (
        "deadlines-events-list",
        "deadlines",
        changed("deadlines", events=["2027-01-04"]),
        "events",
        ('{"',),
    ),
    (
        "deadlines-events-string",
        "deadlines",
        changed("deadlines", events="2027-01-04"),
        "events",
        ('{"',),
    ),
    (
        "deadlines-events-empty",
        "deadlines",
        changed("deadlines", events={}),
        "events",
        ("at least one",),
    ),
    (
        "deadlines-events-missing",
        "deadlines",
        changed("deadlines", drop=("events",)),
        "events",
        ("at least one",),
    ),
]

for _bad in (
    "13/01/2027",
    "2027/01/13",
    "13-01-2027",
    "2027-01",
    "2027-01-13-01",
    "",
    "   ",
    "2027-01-13T09:30",
    "next Tuesday",
    "27-01-13",
    "2027-Jan-13",
    "-2027-01-13",
):
    CASES.append(
        (
            f"deadlines-malformed-date-{_bad!r}",
            "deadlines",
            events(icpc=_bad),
            "events.icpc",
            ("yyyy-mm-dd",),
        )
    )

CASES += [
    (
        "deadlines-29-feb-non-leap",
        "deadlines",
        events(icpc="2027-02-29"),
        "events.icpc",
        ("real date", "28 days"),
    ),
    (
        "deadlines-31-april",
        "deadlines",
        events(icpc="2026-04-31"),
        "events.icpc",
        ("real date", "30 days"),
    ),
    (
        "deadlines-month-13",
        "deadlines",
        events(icpc="2027-13-01"),
        "events.icpc",
        ("real date", "month 13"),
    ),
    (
        "deadlines-month-0",
        "deadlines",
        events(icpc="2027-00-10"),
        "events.icpc",
        ("real date", "month 0"),
    ),
    ("deadlines-day-0", "deadlines", events(icpc="2027-01-00"), "events.icpc", ("real date",)),
    (
        "deadlines-day-32",
        "deadlines",
        events(icpc="2027-01-32"),
        "events.icpc",
        ("real date", "31 days"),
    ),
    # Not digits Python's int() reads, though str.isdigit() says they are digits.
    (
        "deadlines-superscript-digit",
        "deadlines",
        events(icpc="2027-01-1\u00b2"),
        "events.icpc",
        ("2027-01-1\u00b2",),
    ),
    # Year 0 does not exist in the calendar Python's dates use.
    ("deadlines-year-0", "deadlines", events(icpc="0000-01-01"), "events.icpc", ()),
    ("deadlines-date-number", "deadlines", events(icpc=20270113), "events.icpc", ("yyyy-mm-dd",)),
    ("deadlines-date-bool", "deadlines", events(icpc=True), "events.icpc", ("yyyy-mm-dd",)),
    ("deadlines-date-null", "deadlines", events(icpc=None), "events.icpc", ("yyyy-mm-dd",)),
    (
        "deadlines-date-list",
        "deadlines",
        events(icpc=["2027-01-13"]),
        "events.icpc",
        ("yyyy-mm-dd",),
    ),
    (
        "deadlines-date-object",
        "deadlines",
        events(icpc={"day": 13}),
        "events.icpc",
        ("yyyy-mm-dd",),
    ),
    # conference_type
    (
        "deadlines-conference-without-type",
        "deadlines",
        events(conference="2027-01-20"),
        "conference_type",
        ("required", "initial", "review"),
    ),
    (
        "deadlines-conference-type-pre-birth",
        "deadlines",
        changed("deadlines", events={"conference": "2027-01-20"}, conference_type="pre-birth"),
        "conference_type",
        ("initial", "review", "pre-birth"),
    ),
    (
        "deadlines-conference-type-number",
        "deadlines",
        changed("deadlines", events={"conference": "2027-01-20"}, conference_type=1),
        "conference_type",
        ("initial", "review"),
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
        ("differs",),
    ),
    # closure days
    (
        "deadlines-closure-days-string",
        "deadlines",
        changed("deadlines", closure_days="2027-01-05"),
        "closure_days",
        ("list",),
    ),
    (
        "deadlines-closure-days-object",
        "deadlines",
        changed("deadlines", closure_days={"2027-01-05": True}),
        "closure_days",
        ("list",),
    ),
    (
        "deadlines-closure-day-impossible",
        "deadlines",
        changed("deadlines", closure_days=["2027-01-05", "2027-02-30"]),
        "closure_days[1]",
        ("real date",),
    ),
    (
        "deadlines-closure-day-malformed",
        "deadlines",
        changed("deadlines", closure_days=["5/1/2027"]),
        "closure_days[0]",
        ("yyyy-mm-dd",),
    ),
    (
        "deadlines-closure-day-number",
        "deadlines",
        changed("deadlines", closure_days=[20270105]),
        "closure_days[0]",
        ("yyyy-mm-dd",),
    ),
    (
        "deadlines-closure-day-out-of-range",
        "deadlines",
        changed("deadlines", closure_days=["2040-01-02"]),
        "closure_days[0]",
        OUT_OF_RANGE,
    ),
    # the yes/no beside the EPO expiry date
    (
        "deadlines-epo-late-string",
        "deadlines",
        changed("deadlines", epo_expires_late_in_day="yes"),
        "epo_expires_late_in_day",
        ("true or false", "yes"),
    ),
    (
        "deadlines-epo-late-number",
        "deadlines",
        changed("deadlines", epo_expires_late_in_day=1),
        "epo_expires_late_in_day",
        ("true or false",),
    ),
    (
        "deadlines-epo-late-null",
        "deadlines",
        changed("deadlines", epo_expires_late_in_day=None),
        "epo_expires_late_in_day",
        ("true or false",),
    ),
    # events in an impossible order
    (
        "deadlines-icpc-before-strategy",
        "deadlines",
        events(strategy_discussion="2027-01-04", icpc="2027-01-03"),
        "events.icpc",
        ("after", "strategy discussion"),
    ),
    (
        "deadlines-review-before-icpc",
        "deadlines",
        events(icpc="2027-01-20", review="2027-01-19"),
        "events.review",
        ("after", "initial child protection conference"),
    ),
    (
        "deadlines-review-before-pre-birth",
        "deadlines",
        events(pre_birth_conference="2027-03-10", review="2027-03-09"),
        "events.review",
        ("after", "pre-birth conference"),
    ),
    (
        "deadlines-birth-before-pre-birth",
        "deadlines",
        events(pre_birth_conference="2027-03-10", birth="2027-03-01"),
        "events.birth",
        ("after", "pre-birth conference"),
    ),
    (
        "deadlines-core-group-before-icpc",
        "deadlines",
        events(icpc="2027-01-20", core_group="2027-01-19"),
        "events.core_group",
        ("after",),
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
        ("after",),
    ),
    (
        "deadlines-icpc-and-pre-birth",
        "deadlines",
        events(icpc="2027-01-20", pre_birth_conference="2027-01-20"),
        "events.pre_birth_conference",
        ("not both",),
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
            OUT_OF_RANGE,
        )
    )
CASES += [
    # 31 December 2035 + 6 months (next review) is 30 June 2036.
    (
        "deadlines-review-deadline-past-range",
        "deadlines",
        events(review="2035-12-31"),
        "events.review",
        OUT_OF_RANGE,
    ),
    # + 15 working days (ICPC) runs into January 2036.
    (
        "deadlines-strategy-deadline-past-range",
        "deadlines",
        events(strategy_discussion="2035-12-20"),
        "events.strategy_discussion",
        OUT_OF_RANGE,
    ),
    # Oxfordshire: pre-birth assessment starts at 12 weeks' gestation, 28 weeks before the EDD:
    # 15 January 2010 - 28 weeks = 3 July 2009.
    (
        "deadlines-edd-deadline-before-range",
        "deadlines",
        events(edd="2010-01-15"),
        "events.edd",
        OUT_OF_RANGE,
    ),
]

# ------------------------------------------------------------------ quorum

_CSC = {"agency": "childrens-social-care", "direct_contact": True}
CASES += [
    (
        "quorum-attendees-missing",
        "quorum",
        changed("quorum", drop=("attendees",)),
        "attendees",
        ("list",),
    ),
    (
        "quorum-attendees-object",
        "quorum",
        changed("quorum", attendees={"agency": "police"}),
        "attendees",
        ("list",),
    ),
    (
        "quorum-attendees-string",
        "quorum",
        changed("quorum", attendees="police"),
        "attendees",
        ("list",),
    ),
    ("quorum-attendee-string", "quorum", attendees(_CSC, "police"), "attendees[1]", ("object",)),
    ("quorum-attendee-list", "quorum", attendees(["police", True]), "attendees[0]", ("object",)),
    (
        "quorum-unknown-agency",
        "quorum",
        attendees(_CSC, {"agency": "fire-brigade"}),
        "attendees[1].agency",
        ("fire-brigade", "not a known agency", "police"),
    ),
    (
        "quorum-agency-missing",
        "quorum",
        attendees({"direct_contact": True}),
        "attendees[0].agency",
        ("not a known agency",),
    ),
    (
        "quorum-agency-number",
        "quorum",
        attendees({"agency": 7}),
        "attendees[0].agency",
        ("not a known agency",),
    ),
    # A list is not hashable: looking it up in the agency table must not raise.
    (
        "quorum-agency-list",
        "quorum",
        attendees({"agency": ["police"]}),
        "attendees[0].agency",
        ("not a known agency",),
    ),
    (
        "quorum-agency-object",
        "quorum",
        attendees({"agency": {"id": "police"}}),
        "attendees[0].agency",
        ("not a known agency",),
    ),
    (
        "quorum-direct-contact-yes",
        "quorum",
        attendees(_CSC, {"agency": "police", "direct_contact": "yes"}),
        "attendees[1].direct_contact",
        ("true or false", "yes"),
    ),
    (
        "quorum-direct-contact-1",
        "quorum",
        attendees({"agency": "police", "direct_contact": 1}),
        "attendees[0].direct_contact",
        ("true or false",),
    ),
    (
        "quorum-direct-contact-null",
        "quorum",
        attendees({"agency": "police", "direct_contact": None}),
        "attendees[0].direct_contact",
        ("true or false",),
    ),
    (
        "quorum-attendee-unknown-field",
        "quorum",
        attendees({"agency": "police", "direct_contact": True, "role": "DS"}),
        "attendees[0].role",
        ("not a field",),
    ),
    (
        "quorum-conference-type-missing",
        "quorum",
        changed("quorum", drop=("conference_type",)),
        "conference_type",
        ("initial", "review"),
    ),
    (
        "quorum-conference-type-unknown",
        "quorum",
        changed("quorum", conference_type="core-group"),
        "conference_type",
        ("initial", "pre-birth", "transfer-in", "review", "core-group"),
    ),
    (
        "quorum-conference-type-number",
        "quorum",
        changed("quorum", conference_type=1),
        "conference_type",
        ("initial",),
    ),
    (
        "quorum-circumstances-list",
        "quorum",
        changed("quorum", circumstances=["delay_detrimental"]),
        "circumstances",
        ("object",),
    ),
    (
        "quorum-circumstances-string",
        "quorum",
        changed("quorum", circumstances="yes"),
        "circumstances",
        ("object",),
    ),
    (
        "quorum-unknown-circumstance",
        "quorum",
        changed("quorum", circumstances={"full_moon": True}),
        "circumstances.full_moon",
        ("not a circumstance",),
    ),
    (
        "quorum-circumstance-yes",
        "quorum",
        changed("quorum", circumstances={"delay_detrimental": "yes"}),
        "circumstances.delay_detrimental",
        ("true or false", "yes"),
    ),
    (
        "quorum-circumstance-number",
        "quorum",
        changed("quorum", circumstances={"exploitation": 1}),
        "circumstances.exploitation",
        ("true or false",),
    ),
    (
        "quorum-circumstance-null",
        "quorum",
        changed("quorum", circumstances={"delay_detrimental": None}),
        "circumstances.delay_detrimental",
        ("true or false", "leave it out"),
    ),
    (
        "quorum-conference-date-slashes",
        "quorum",
        changed("quorum", conference_date="12/01/2027"),
        "conference_date",
        ("YYYY-MM-DD",),
    ),
    (
        "quorum-conference-date-not-real",
        "quorum",
        changed("quorum", conference_date="2027-02-30"),
        "conference_date",
        ("real date", "28 days"),
    ),
    (
        "quorum-conference-date-number",
        "quorum",
        changed("quorum", conference_date=20270112),
        "conference_date",
        ("YYYY-MM-DD",),
    ),
    (
        "quorum-conference-date-out-of-range",
        "quorum",
        changed("quorum", conference_date="1999-06-01"),
        "conference_date",
        OUT_OF_RANGE,
    ),
]

# ------------------------------------------------------------------ attendance

CASES += [
    (
        "attendance-age-string",
        "attendance",
        changed("attendance", age="12"),
        "age",
        ("whole number",),
    ),
    (
        "attendance-age-fraction",
        "attendance",
        changed("attendance", age=12.5),
        "age",
        ("whole number",),
    ),
    (
        "attendance-age-bool",
        "attendance",
        changed("attendance", age=True),
        "age",
        ("whole number",),
    ),
    (
        "attendance-age-null",
        "attendance",
        changed("attendance", age=None),
        "age",
        ("whole number",),
    ),
    (
        "attendance-age-list",
        "attendance",
        changed("attendance", age=[12]),
        "age",
        ("whole number",),
    ),
    ("attendance-age-negative", "attendance", changed("attendance", age=-1), "age", ("0 or more",)),
    ("attendance-age-18", "attendance", changed("attendance", age=18), "age", ("18", "under 18")),
    ("attendance-age-99", "attendance", changed("attendance", age=99), "age", ("under 18",)),
    (
        "attendance-age-and-dates",
        "attendance",
        changed("attendance", date_of_birth="2015-03-10", conference_date="2027-03-10"),
        "age",
        ("not both",),
    ),
    (
        "attendance-age-and-date-of-birth-only",
        "attendance",
        changed("attendance", date_of_birth="2015-03-10"),
        "age",
        ("not both",),
    ),
    (
        "attendance-nothing-given",
        "attendance",
        changed("attendance", drop=("age",)),
        "age",
        ("date of birth",),
    ),
    (
        "attendance-date-of-birth-only",
        "attendance",
        changed("attendance", drop=("age",), date_of_birth="2015-03-10"),
        "conference_date",
        ("yyyy-mm-dd",),
    ),
    (
        "attendance-conference-date-only",
        "attendance",
        changed("attendance", drop=("age",), conference_date="2027-03-10"),
        "date_of_birth",
        ("yyyy-mm-dd",),
    ),
    (
        "attendance-born-after-conference",
        "attendance",
        attendance_dates("2027-03-11", "2027-03-10"),
        "date_of_birth",
        ("before",),
    ),
    (
        "attendance-18-by-dates",
        "attendance",
        attendance_dates("2009-03-10", "2027-03-10"),
        "date_of_birth",
        ("18",),
    ),
    (
        "attendance-malformed-birth",
        "attendance",
        attendance_dates("10/03/2015", "2027-03-10"),
        "date_of_birth",
        ("yyyy-mm-dd",),
    ),
    (
        "attendance-malformed-conference",
        "attendance",
        attendance_dates("2015-03-10", "2027-3-10T10:00"),
        "conference_date",
        ("yyyy-mm-dd",),
    ),
    (
        "attendance-impossible-birth",
        "attendance",
        attendance_dates("2015-02-29", "2027-03-10"),
        "date_of_birth",
        ("real date", "28 days"),
    ),
    (
        "attendance-conference-month-13",
        "attendance",
        attendance_dates("2015-03-10", "2027-13-01"),
        "conference_date",
        ("month 13",),
    ),
    (
        "attendance-birth-number",
        "attendance",
        attendance_dates(20150310, "2027-03-10"),
        "date_of_birth",
        ("yyyy-mm-dd",),
    ),
    (
        "attendance-birth-year-0",
        "attendance",
        attendance_dates("0000-01-01", "2027-03-10"),
        "date_of_birth",
        (),
    ),
]


def _params():
    return [pytest.param(*case[1:], id=case[0]) for case in CASES]


def test_case_ids_are_unique():
    ids = [case[0] for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("calculator", "payload", "field", "words"), _params())
def test_bad_input_names_the_field(calculator, payload, field, words):
    result = run(calculator, payload)
    assert set(result) == {"errors"}, result
    errors = result["errors"]
    assert [e["field"] for e in errors] == [field], errors
    (error,) = errors
    assert set(error) == {"field", "message"}
    message = error["message"]
    assert isinstance(message, str) and message.strip()
    for word in words:
        assert word.lower() in message.lower(), (word, message)
    assert "traceback" not in message.lower()


def test_unknown_calculator():
    result = run("bedtime", {"authority": "oxfordshire"})
    assert [e["field"] for e in result["errors"]] == ["calculator"]
    message = result["errors"][0]["message"]
    assert "bedtime" in message
    for name in CALCULATORS:
        assert name in message


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


def test_several_problems_are_reported_together_deadlines():
    payload = {
        "authority": "narnia",
        "events": {
            "party": "2027-01-01",
            "icpc": "13/01/2027",
            "review": "2027-02-30",
            "conference": "2027-01-20",
        },
        "conference_type": "pre-birth",
        "closure_days": ["2040-01-02"],
        "colour": "blue",
    }
    result = run("deadlines", payload)
    fields = {e["field"] for e in result["errors"]}
    assert fields == {
        "authority",
        "events.party",
        "events.icpc",
        "events.review",
        "conference_type",
        "closure_days[0]",
        "colour",
    }


def test_several_problems_are_reported_together_quorum():
    payload = {
        "authority": "narnia",
        "conference_type": "core-group",
        "attendees": [
            {"agency": "fire-brigade"},
            "police",
            {"agency": "health", "direct_contact": "yes"},
        ],
        "circumstances": {"full_moon": True, "delay_detrimental": "no"},
        "colour": "blue",
    }
    result = run("quorum", payload)
    fields = {e["field"] for e in result["errors"]}
    assert fields == {
        "authority",
        "conference_type",
        "attendees[0].agency",
        "attendees[1]",
        "attendees[2].direct_contact",
        "circumstances.full_moon",
        "circumstances.delay_detrimental",
        "colour",
    }


def test_several_problems_are_reported_together_attendance():
    payload = {"authority": "narnia", "date_of_birth": "2015-02-29", "conference_date": "x"}
    result = run("attendance", payload)
    fields = {e["field"] for e in result["errors"]}
    assert fields == {"authority", "date_of_birth", "conference_date"}
    payload = {"colour": "blue", "age": -3}
    fields = {e["field"] for e in run("attendance", payload)["errors"]}
    assert fields == {"colour", "authority", "age"}


def test_conference_type_given_inside_events_is_checked_too():
    result = run("deadlines", events(conference="2027-01-20", conference_type="transfer-in"))
    (error,) = result["errors"]
    assert error["field"] in ("conference_type", "events.conference_type")
    assert "initial" in error["message"] and "review" in error["message"]


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
            st.sampled_from(
                ["england", "oxfordshire", "north-yorkshire", "croydon", "barnsley", "warrington"]
            ),
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
