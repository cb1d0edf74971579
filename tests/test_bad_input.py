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
from calculators.data import authorities
from calculators.handbook.forms import form_html

from .helpers import _LATE, BROWSER, CALCULATORS, CASES, DEADLINES, events


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
    assert run("bedtime", {"authority": DEADLINES["authority"]}) == {
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
            *list(authorities())[:3],
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
