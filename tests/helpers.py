"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

from calculators import run
from calculators.cli import main
from calculators.handbook import authority_prose

from .packs import authorities as pack_authorities
from .packs import local, raw_rules, raw_table
from .packs import national as pack_national

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _load_bench_scale():
    """scripts/bench_scale.py, loaded by path (scripts/ is not a package), as
    tests/browser/conftest.py loads it."""
    path = DOCS.parent / "scripts" / "bench_scale.py"
    spec = importlib.util.spec_from_file_location("bench_scale", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The files git tracks, copied to a folder, with node_modules linked rather than copied: the
# one copy that scripts/bench_scale.py uses.
copy_repository = _load_bench_scale().copy_repository


_RUN = """
import json, sys
from calculators import run
print(json.dumps([run(name, payload) for name, payload in json.loads(sys.argv[1])]))
"""


def run_with(packs_dir: Path, requests: list[tuple[str, dict]]) -> list[dict]:
    """calculators.run for each (calculator, payload), in a fresh interpreter reading the packs
    in `packs_dir` (CALCULATORS_AUTHORITIES), as the command line or the browser would."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(requests)],
        cwd=DOCS.parent,
        env={**os.environ, "CALCULATORS_AUTHORITIES": str(packs_dir)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def page_markdown(src_uri: str) -> str:
    """A page of docs/ as the build reads it: each authority's fragments in their places."""
    return authority_prose.page_markdown(src_uri, DOCS)


def copy_authority(repo: Path, old: str, new: str, name: str, short: str) -> None:
    """What a procedures officer does to add an authority: copy a pack folder and a prose
    folder under the new id, and write the new name where the old one was."""
    import re
    import shutil
    import tomllib

    packs = repo / "calculators" / "data" / "authorities"
    card = tomllib.loads((packs / old / "authority.toml").read_text("utf-8"))
    shutil.copytree(packs / old, packs / new)
    text = (packs / new / "authority.toml").read_text("utf-8")
    text = text.replace(f'name = "{card["name"]}"', f'name = "{name}"', 1)
    text = text.replace(f'short = "{card["short"]}"', f'short = "{short}"', 1)
    (packs / new / "authority.toml").write_text(text, "utf-8")
    prose = repo / "docs" / "authorities"
    shutil.copytree(prose / old, prose / new)
    for page in (prose / new).glob("*.md"):
        text = page.read_text("utf-8")
        text = re.sub(rf"(\[\[[a-z-]+ ){re.escape(old)}\b", rf"\g<1>{new}", text)
        text = re.sub(rf"#{re.escape(old)}\b", f"#{new}", text)
        text = text.replace(card["name"], name)
        page.write_text(text, "utf-8")


# ------------------------------------------------------------------ bad input: the cases
# tests/test_bad_input.py runs these through calculators.run, tests/test_cli.py through the
# command line. Each case names the one field the problem is about and the whole message,
# typed here by hand.


# The authorities the cases use, chosen by what their rules hold (any such pack will do):
# - deadlines: one with a rule counted back from the expected date of delivery, by more than
#   two weeks, so a date counted from an EDD of 15 January 2010 falls before the table starts;
# - quorum: one whose chair may proceed when every listed condition holds, and whose inquorate
#   actions include one due within a period of the conference (so it can run past the table).
_BAD_INPUT_DEADLINES = next(
    rule["authority"]
    for rule in raw_rules()
    if rule["from"] == "edd" and rule["direction"] == "before"
)
_BAD_INPUT_QUORUM = next(
    pack
    for pack, table in raw_table("quorum").items()
    if table.get("proceed") == "all-conditions"
    and any("period" in action for action in table.get("actions", []))
)

# Valid payloads that each case changes in one place.
DEADLINES = {"authority": _BAD_INPUT_DEADLINES, "events": {"strategy_discussion": "2027-01-04"}}
QUORUM = {
    "authority": _BAD_INPUT_QUORUM,
    "conference_type": "initial",
    "attendees": [
        {"agency": "childrens-social-care", "direct_contact": True},
        {"agency": "police", "direct_contact": True},
        {"agency": "health", "direct_contact": True},
    ],
    "circumstances": {},
}
ATTENDANCE = {"authority": local()[0], "age": 12}
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


# Lists the JSON-only messages give: the packs' ids in their order, then typed out.
_IDS = list(pack_authorities())
AUTHORITIES = f"{', '.join(_IDS[:-1])} or {_IDS[-1]}"
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
    # The example names the national baseline's pack, found by its `baseline` key.
    _object = f'The payload must be a JSON object, for example {{"authority": "{pack_national()}"}}'
    _authority = f"The authority must be one of {AUTHORITIES}, not "
    CASES += [
        (f"{_calc}-payload-list", _calc, [], "payload", _object, JSON_ONLY),
        (f"{_calc}-payload-string", _calc, BASE[_calc]["authority"], "payload", _object, JSON_ONLY),
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
            changed(_calc, authority=BASE[_calc]["authority"].title()),
            "authority",
            _authority + f'"{BASE[_calc]["authority"].title()}"',
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
    # The deadlines pack counts a rule back from the EDD by more than two weeks (for one pack,
    # pre-birth assessment starts at 12 weeks' gestation, 28 weeks before the EDD: 15 January
    # 2010 - 28 weeks = 3 July 2009).
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
    # The quorum pack, not quorate (social care and police only) but every condition holds, so it
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


# ------------------------------------------------------------------ the command line


def cli(argv: list[str], text: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=io.StringIO(text), stdout=out)
    return code, out.getvalue()


def text_of(calculator: str, payload: dict) -> tuple[dict, str]:
    """The JSON result and the --format text output for one payload."""
    code, out = cli([calculator], json.dumps(payload))
    assert code == 0
    code, text = cli([calculator, "--format", "text"], json.dumps(payload))
    assert code == 0
    return json.loads(out), text


# ------------------------------------------------------------------ files


def write(root: Path, uri: str, text: str) -> None:
    path = root / uri
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


# Any local pack will do as the one copied: the first found.
ORIGINAL = local()[0]


# ------------------------------------------------------------------ quorum


THREE_CONDITIONS = ("limited_agency_contact", "sufficient_information", "delay_detrimental")


KEY_AGENCIES = {"police", "health", "childrens-social-care"}


def attendee(agency: str, direct_contact: bool = True) -> dict:
    return {"agency": agency, "direct_contact": direct_contact}


def quorum(authority, attendees, conference_type="initial", **circumstances) -> dict:
    payload = {
        "authority": authority,
        "conference_type": conference_type,
        "attendees": attendees,
        "circumstances": circumstances,
    }
    result = run("quorum", payload)
    assert "errors" not in result, result
    return result


SOCIAL_CARE = attendee("childrens-social-care")


POLICE = attendee("police")


HEALTH = attendee("health")


EDUCATION = attendee("education")


HOUSING = attendee("housing")


QUORATE = [SOCIAL_CARE, POLICE, HEALTH]  # social care + exactly 2 others with direct contact


ONE_SHORT = [SOCIAL_CARE, POLICE]  # social care + 1 other


def texts(items: list[dict]) -> str:
    return " | ".join(item["text"] for item in items).lower()


def unanswered(result: dict) -> list[str]:
    return [item["circumstance"] for item in result["unanswered"]]


# The three listed conditions, each answered: holds.
ALL_THREE = dict.fromkeys(THREE_CONDITIONS, True)


def quorum_on(authority, day, attendees=ONE_SHORT, **circumstances) -> dict:
    payload = {
        "authority": authority,
        "conference_type": "initial",
        "attendees": attendees,
        "circumstances": circumstances,
        "conference_date": day,
    }
    result = run("quorum", payload)
    assert "errors" not in result, result
    return result


def dated(result: dict) -> list[dict]:
    return [a for a in result["required_actions"] if "due" in a]
