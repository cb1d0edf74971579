"""However malformed the payload, calculators.run never raises: it returns JSON-serialisable
output, either {"errors": [...]} or the calculator's normal result. The same holds through the
browser's entry point (calculators.web.respond) and the command line (exit 2, JSON errors).

Payloads are random JSON-shaped values, and payloads built from each calculator's real field names
with random values, including ISO-looking date strings across years 0001 to 9999 (the edges of
Python's calendar: 0001-01-01, 9999-12-31).
"""

from __future__ import annotations

import io
import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators import run
from calculators.cli import main
from calculators.data import authorities, events, load
from calculators.deadlines import late_in_day_options
from calculators.web import respond

from .packs import local

PROPERTY = settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])

# What a successful result of each calculator always has.
NORMAL_KEYS = {
    "deadlines": {"authority", "authority_name", "deadlines", "not_stated", "warnings"},
    "quorum": {"authority", "quorate", "may_proceed", "reasons", "required_actions"},
    "attendance": {"authority", "age", "presumption", "advocate_offered", "notes"},
}

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities too: Python's json reads and writes them
    | st.text(max_size=20)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


# Real dates over Python's whole calendar, and ISO-shaped strings that may not be dates.
DATE_LIKE = (
    st.dates().map(lambda d: d.isoformat())
    | st.builds(
        _iso,
        st.integers(0, 9999),
        st.integers(0, 13),
        st.integers(0, 32),
    )
    | st.sampled_from(["0001-01-01", "9999-12-31", "9999-12-01", "0001-01-31", "2035-12-31"])
)
VALUE = DATE_LIKE | JSON


def known_or(options) -> st.SearchStrategy:
    """One of the real values, or anything else."""
    return st.sampled_from(list(options)) | VALUE


def optional(fields: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    """A dict with any subset of the fields, each with a value from its strategy."""
    return st.fixed_dictionaries({}, optional=fields)


DEADLINES = optional(
    {
        "authority": known_or(authorities()),
        "events": st.dictionaries(
            known_or(events()).filter(lambda k: isinstance(k, str)), VALUE, max_size=4
        )
        | VALUE,
        "conference_type": known_or(["initial", "review"]),
        "closure_days": st.lists(DATE_LIKE | VALUE, max_size=3) | VALUE,
        "today": DATE_LIKE | VALUE,
        **{field: st.booleans() | VALUE for field in late_in_day_options()},
    }
)
QUORUM = optional(
    {
        "authority": known_or(authorities()),
        "conference_type": known_or(["initial", "pre-birth", "transfer-in", "review"]),
        "attendees": st.lists(
            optional(
                {
                    "agency": known_or(load("quorum")["agencies"]),
                    "direct_contact": st.booleans() | VALUE,
                }
            )
            | VALUE,
            max_size=4,
        )
        | VALUE,
        "circumstances": st.dictionaries(
            st.sampled_from(list(load("quorum")["circumstances"])) | st.text(max_size=8),
            st.booleans() | VALUE,
            max_size=3,
        )
        | VALUE,
    }
)
ATTENDANCE = optional(
    {
        "authority": known_or(authorities()),
        "age": st.integers(-5, 30) | VALUE,
        "date_of_birth": DATE_LIKE | VALUE,
        "conference_date": DATE_LIKE | VALUE,
    }
)
BUILT = {"deadlines": DEADLINES, "quorum": QUORUM, "attendance": ATTENDANCE}


def check(name: str, result: object) -> None:
    assert isinstance(result, dict)
    json.dumps(result)  # serialisable
    if "errors" in result:
        assert set(result) == {"errors"}
        assert result["errors"], "an empty error list"
        for error in result["errors"]:
            assert isinstance(error["field"], str) and error["field"]
            assert isinstance(error["message"], str) and error["message"]
    else:
        assert NORMAL_KEYS[name] <= set(result)


@pytest.mark.parametrize("name", list(BUILT))
@PROPERTY
@given(payload=JSON)
def test_any_json_value_as_payload(name, payload):
    check(name, run(name, payload))


@pytest.mark.parametrize("name", list(BUILT))
@PROPERTY
@given(data=st.data())
def test_payloads_built_from_the_real_field_names(name, data):
    payload = data.draw(BUILT[name])
    check(name, run(name, payload))


@pytest.mark.parametrize("name", list(BUILT))
@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_browser_entry_point_always_answers_in_json(name, data):
    payload = data.draw(BUILT[name] | JSON)
    request = {
        "name": name,
        "payload": payload,
        "want": ["text", "ics"],
        "stamp": "2027-01-01T09:00:00+00:00",
        **({"today": data.draw(DATE_LIKE)} if data.draw(st.booleans()) else {}),
    }
    response = json.loads(respond(json.dumps(request)))
    check(name, response["result"])
    if "errors" not in response["result"]:
        assert isinstance(response["text"], str)


# ------------------------------------------------------------------ the edges of the calendar, by hand

# Any pack will do: these are about dates and values, not an authority's rules.
AN_AUTHORITY = local()[0]
EDGE_DATES = ["9999-12-31", "9999-12-01", "9999-01-01", "0001-01-01", "0001-12-31"]
EDGE_PAYLOADS = [
    *[
        ("deadlines", {"authority": AN_AUTHORITY, "events": {"icpc": d}}, "events.icpc")
        for d in EDGE_DATES
    ],
    *[
        (
            "deadlines",
            {"authority": AN_AUTHORITY, "events": {"icpc": "2027-01-13"}, "closure_days": [d]},
            "closure_days[0]",
        )
        for d in EDGE_DATES
    ],
    *[
        (
            "attendance",
            {"authority": AN_AUTHORITY, "date_of_birth": d, "conference_date": "2027-01-13"},
            "date_of_birth",
        )
        for d in EDGE_DATES
    ],
    # A conference date at the edge of the calendar makes the child thousands of years old, or
    # born after the conference: the error is about the date of birth and says which.
    *[
        (
            "attendance",
            {"authority": AN_AUTHORITY, "date_of_birth": "2015-01-13", "conference_date": d},
            "date_of_birth",
        )
        for d in EDGE_DATES
    ],
]


def _edge_id(case) -> str:
    name, payload, field = case
    return f"{name}-{field}-{json.dumps(payload, sort_keys=True)}"


@pytest.mark.parametrize(
    ("name", "payload", "field"), EDGE_PAYLOADS, ids=[_edge_id(c) for c in EDGE_PAYLOADS]
)
def test_edge_dates_are_errors_naming_the_field(name, payload, field):
    result = run(name, payload)
    assert [e["field"] for e in result.get("errors", [])] == [field], result


@pytest.mark.parametrize(
    ("name", "payload", "field"), EDGE_PAYLOADS, ids=[_edge_id(c) for c in EDGE_PAYLOADS]
)
@pytest.mark.parametrize("output", ["json", "text"])
def test_edge_dates_on_the_command_line_exit_2_with_json_errors(name, payload, field, output):
    out = io.StringIO()
    code = main([name, "--format", output], stdin=io.StringIO(json.dumps(payload)), stdout=out)
    assert code == 2
    result = json.loads(out.getvalue())
    assert [e["field"] for e in result["errors"]] == [field]


@pytest.mark.parametrize(
    ("name", "payload", "field"), EDGE_PAYLOADS[:3], ids=[_edge_id(c) for c in EDGE_PAYLOADS[:3]]
)
def test_edge_dates_through_the_browser_entry_point(name, payload, field):
    response = json.loads(
        respond(json.dumps({"name": name, "payload": payload, "want": ["text", "ics"]}))
    )
    assert set(response) == {"result"}
    assert [e["field"] for e in response["result"]["errors"]] == [field]


def test_a_date_at_the_end_of_december_9999_is_a_real_date_out_of_range():
    # 31 December 9999 exists in the calendar; it is refused because no bank holidays are known.
    result = run("deadlines", {"authority": AN_AUTHORITY, "events": {"review": "9999-12-31"}})
    (error,) = result["errors"]
    assert error["message"] == (
        "The date of the last review conference must be between Friday 1 January 2010 and "
        "Monday 31 December 2035"
    )
    # 32 December 9999 does not exist.
    result = run("deadlines", {"authority": AN_AUTHORITY, "events": {"review": "9999-12-32"}})
    (error,) = result["errors"]
    assert error["message"] == "The date of the last review conference must be a real date"


# ------------------------------------------------------------------ deeply nested input

DEEP = 100_000


def deep_list(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("name", "field", "payload"),
    [
        (
            "deadlines",
            "authority",
            {"authority": deep_list(DEEP), "events": {"icpc": "2027-01-13"}},
        ),
        (
            "deadlines",
            "conference_type",
            {
                "authority": AN_AUTHORITY,
                "events": {"icpc": "2027-01-13"},
                "conference_type": deep_list(DEEP),
            },
        ),
        (
            "quorum",
            "attendees[0].agency",
            {
                "authority": AN_AUTHORITY,
                "conference_type": "initial",
                "attendees": [{"agency": deep_list(DEEP)}],
            },
        ),
        (
            "quorum",
            "circumstances.delay_detrimental",
            {
                "authority": AN_AUTHORITY,
                "conference_type": "initial",
                "attendees": [],
                "circumstances": {"delay_detrimental": deep_list(DEEP)},
            },
        ),
        ("attendance", "age", {"authority": AN_AUTHORITY, "age": deep_list(DEEP)}),
    ],
)
def test_a_deeply_nested_value_is_named_not_printed(name, field, payload):
    result = run(name, payload)
    fields = [e["field"] for e in result["errors"]]
    assert field in fields
    message = next(e["message"] for e in result["errors"] if e["field"] == field)
    assert "a list" in message
    assert len(message) < 300


@pytest.mark.parametrize("text", ["[" * DEEP + "]" * DEEP, '{"a":' * DEEP + "1" + "}" * DEEP])
def test_deeply_nested_json_on_the_command_line_exits_2(text):
    out = io.StringIO()
    code = main(["deadlines"], stdin=io.StringIO(text), stdout=out)
    assert code == 2
    (error,) = json.loads(out.getvalue())["errors"]
    assert error["field"] == "payload"
    assert "nested" in error["message"]


@pytest.mark.parametrize(
    "request_text",
    [
        "not json",
        "[]",
        json.dumps({"payload": {}}),
        json.dumps({"name": ["deadlines"], "payload": {}}),
        json.dumps({"name": "deadlines", "payload": {}, "want": "text"}),
        json.dumps(
            {
                "name": "deadlines",
                "payload": {"authority": AN_AUTHORITY, "events": {"icpc": "2027-01-13"}},
                "want": ["ics"],
                "stamp": "yesterday",
            }
        ),
        "[" * DEEP + "]" * DEEP,
    ],
)
def test_a_malformed_browser_request_is_answered_with_errors(request_text):
    response = json.loads(respond(request_text))
    assert response["result"]["errors"]
    assert all(e["field"] and e["message"] for e in response["result"]["errors"])


def test_field_names_strategy_draws_printable_names():
    # Guard for the strategies above: the events strategy must offer the real event names.
    assert all(set(name) <= set(string.ascii_lowercase + "_") for name in events())


@pytest.mark.parametrize("digits", [4300, 5000])
def test_an_age_too_long_to_write_out_is_an_error(digits):
    # Python will not turn an integer of more than 4300 digits into text.
    result = run("attendance", {"authority": AN_AUTHORITY, "age": 10**digits})
    (error,) = result["errors"]
    assert error["field"] == "age"
    assert "under 18" in error["message"]


def test_an_integer_too_long_to_read_on_the_command_line_exits_2():
    out = io.StringIO()
    text = '{"authority": AN_AUTHORITY, "age": 1' + "0" * 5000 + "}"
    code = main(["attendance"], stdin=io.StringIO(text), stdout=out)
    assert code == 2
    (error,) = json.loads(out.getvalue())["errors"]
    assert error["field"] == "payload"
