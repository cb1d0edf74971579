"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import html
import importlib
import importlib.util
import io
import json
import re
from pathlib import Path

from calculators import run
from calculators.cli import main
from calculators.handbook import Links, authority_prose

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


bench_scale = _load_bench_scale()
# The repository copied to a folder: the one copy that scripts/bench_scale.py uses.
copy_repository = bench_scale.copy_repository


def build_copy(repo: Path, site: Path) -> None:
    """Build a copy of the repository strictly, as scripts/bench_scale.py does; a failed build
    fails the test with MkDocs' own messages."""
    import pytest

    built = bench_scale.build(repo, site)
    if built.returncode != 0:
        pytest.fail(f"the copy's strict build failed:\n{built.stdout}\n{built.stderr}")


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


# ------------------------------------------------------------------ deadlines
# Every expected date in the deadlines tests (tests/deadlines/ and the authorities' deadline
# tests in tests/authorities/) is worked out by hand from a calendar and the England and Wales
# bank holiday list, never taken from the calculator's output. These helpers only run the
# calculator and pick items out of its result.


def calculate(
    authority: str,
    events: dict[str, str],
    conference_type: str | None = None,
    closure_days: list[str] | None = None,
    **extra: object,
) -> dict:
    """The deadlines result for a payload that must be valid; `extra`: other payload fields."""
    payload: dict = {"authority": authority, "events": events, **extra}
    if conference_type is not None:
        payload["conference_type"] = conference_type
    if closure_days is not None:
        payload["closure_days"] = closure_days
    result = run("deadlines", payload)
    assert "errors" not in result, result.get("errors")
    return result


def deadline(result: dict, deadline_id: str) -> dict:
    """The one deadline with this id."""
    found = [item for item in result["deadlines"] if item["id"] == deadline_id]
    assert len(found) == 1, (
        f"expected one {deadline_id!r}, got {[d['id'] for d in result['deadlines']]}"
    )
    return found[0]


def due(result: dict, deadline_id: str) -> str:
    return deadline(result, deadline_id)["due"]


def limit(result: dict, deadline_id: str) -> str | None:
    """The calendar limit, or None when the calculator (rightly) leaves it out."""
    return deadline(result, deadline_id).get("limit")


def ids(result: dict) -> set[str]:
    return {item["id"] for item in result["deadlines"]}


def not_stated(result: dict) -> dict[str, str]:
    """not_stated entries as {id: note}."""
    return {item["id"]: item["note"] for item in result["not_stated"]}


def notes(result: dict, deadline_id: str) -> str:
    """All the notes of one deadline, joined, for substring checks."""
    return "\n".join(deadline(result, deadline_id)["notes"])


AMBIGUOUS_NOTE = "without saying working days"
"""A phrase of the note added when the two readings of an "N days" rule give different dates."""


# ------------------------------------------------------------------ attendance


AGES = (0, 11, 12, 15, 16, 17)  # either side of each age the packs' rules turn on


def attendance(authority: str, **payload) -> dict:
    result = run("attendance", {"authority": authority, **payload})
    assert "errors" not in result, result
    return result


def assert_no_age_rule(authority: str) -> None:
    """For an authority whose document sets no age rule: at every age a child may have at a
    conference, no presumption, no advocate offer and no questions."""
    for age in range(18):
        result = attendance(authority, age=age)
        assert result["presumption"] == "none", age
        assert result["advocate_offered"] is None, age
        assert result["questions"] == [], age


def by_dates(authority: str, born: str, conference: str) -> dict:
    return attendance(authority, date_of_birth=born, conference_date=conference)


# ------------------------------------------------------------------ the handbook's surfaces


LINKS = Links(markdown="../sources.md", url="../../sources/")


def plain(text: str) -> str:
    """Markdown or HTML as plain text: tags and link targets dropped, curly quotes folded."""
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return re.sub(r"\s+", " ", text)


def table_cells(topic: str) -> dict[tuple[str, str], str]:
    """{(row title, column heading): cell text} of a rendered comparison table."""
    from calculators import handbook

    markup = handbook.table_html(topic, links=LINKS)
    columns = re.findall(r'<th scope="col">(.*?)</th>', markup)[1:]
    cells = {}
    for row in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", markup, re.S):
        title = re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip().removesuffix("Differs")
        title = html.unescape(title).strip()
        values = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        for column, value in zip(columns, values, strict=True):
            cells[(title, column)] = html.unescape(re.sub(r"<[^>]+>", " ", value))
    return cells


def rows(topic: str) -> dict[str, dict[str, str]]:
    """{row label: {column heading: cell text}} of a rendered comparison table, spaces folded."""
    table: dict[str, dict[str, str]] = {}
    for (label, column), text in table_cells(topic).items():
        table.setdefault(label, {})[column] = " ".join(text.split())
    return table


def cell(topic: str, authority_column: str, row_label: str) -> str:
    """The cell of the first row whose heading contains `row_label`, unfolded."""
    from calculators import handbook

    markup = handbook.table_html(topic, links=LINKS)
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", markup, re.S):
        if row_label in tr.split("</th>")[0]:
            columns = re.findall(r'<th scope="col">(.*?)</th>', markup)[1:]
            values = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
            return html.unescape(dict(zip(columns, values, strict=True))[authority_column])
    raise AssertionError(f"no row {row_label!r}")


def row(markdown: str, title: str) -> str:
    """The Markdown table row whose first cell is `title`."""
    [line] = [line for line in markdown.split("\n") if line.startswith(f"| {title} |")]
    return line


def gapped_rules():
    """The deadline rules whose source leaves a gap the handbook fills."""
    from calculators.rules import deadline_rules

    return [rule for rule in deadline_rules() if rule.gap]


def other_thresholds(authority: str) -> list[str]:
    """The items of an authority's at-a-glance "Other thresholds" list."""
    from calculators import handbook

    page = handbook.glance_markdown(authority, links=LINKS)
    if "## Other thresholds" not in page:
        return []
    section = page.split("## Other thresholds", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.split("\n") if line.startswith("- ")]


def tab_text(page: str, tab: str) -> str:
    """A handbook page rendered, cut to one authority's tab (named by its short name)."""
    from calculators.handbook import render

    return render(page_markdown(page), LINKS).split(f'=== "{tab}"')[1].split("=== ")[0]


# ------------------------------------------------------------------ quorum wording


# This handbook's own wording for the limited-contact circumstance: never an authority's words.
GENERIC_LIMITED = ("enough agencies to make up the quorum", "unborn")
# This handbook's examples of health professionals: never shown as a source's "Health".
HEALTH_EXAMPLES = "GP, health visitor"


def checked(authority: str, attendees, conference_type, **answers) -> list[dict]:
    result = run(
        "quorum",
        {
            "authority": authority,
            "conference_type": conference_type,
            "attendees": attendees,
            "circumstances": answers,
        },
    )
    return result["reasons"] + result["required_actions"]


def checker(authority: str, attendees=ONE_SHORT, conference_type="initial", **answers) -> str:
    """The quorum checker's reasons and required actions, as the user reads them."""
    items = checked(authority, attendees, conference_type, **answers)
    return plain(" | ".join(i["text"] for i in items))


def checker_cited(authority: str, attendees=ONE_SHORT) -> str:
    """The same with each item's quoted source, which the result shows beneath it."""
    items = checked(authority, attendees, "initial")
    return plain(" | ".join(f"{i['text']} {i['source'].get('quote', '')}" for i in items))


def comparison_cell(authority: str, row_start: str) -> str:
    """An authority's cell (its short name is the column) in the quorum table's first row
    starting `row_start`, as plain text."""
    from calculators.handbook import table_html

    markup = table_html("quorum", links=LINKS)
    columns = re.findall(r'<th scope="col">(.*?)</th>', markup)[1:]
    column = pack_authorities()[authority]["short"]
    for tr in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", markup, re.S):
        if plain(tr.split("</th>")[0]).strip().startswith(row_start):
            cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
            return plain(cells[columns.index(column)])
    raise AssertionError(f"no row starting {row_start!r}")


def surfaces(authority: str) -> dict[str, str]:
    """Every reading surface that shows the authority's inquorate rule, as plain text."""
    from calculators.handbook import glance_markdown, quorum_text, training_pages

    return {
        "handbook": plain(quorum_text(authority, links=LINKS)),
        "comparison": comparison_cell(authority, "If not quorate"),
        "glance": plain(glance_markdown(authority, links=LINKS).split("## Quorum")[1]),
        "sheet": plain(training_pages.sheet_markdown(authority, links=LINKS)),
    }


def condition_labels(form: str, circumstance: str) -> dict[str, str]:
    """{authority: label text} for one condition of the quorum form."""
    group = re.search(
        rf'<div[^>]*data-condition="{circumstance}"[^>]*>(.*?)</fieldset>', form, re.S
    )
    assert group, f"no condition {circumstance} in the form"
    spans = re.findall(r'<span[^>]*data-words="([^"]*)"[^>]*>(.*?)</span>', group.group(1), re.S)
    return {who: plain(text).strip() for who, text in spans}


def form_conditions() -> dict[str, set[str]]:
    """{circumstance: the authorities the quorum form asks it for}, read from the form."""
    from calculators.handbook.forms import quorum_form

    return {
        circumstance: set(ids.split())
        for circumstance, ids in re.findall(
            r'data-condition="([^"]*)"[^>]*data-authorities="([^"]*)"', quorum_form()
        )
    }


# ------------------------------------------------------------------ training


def hand_worked_answers() -> dict:
    """{scenario id: its answer worked out by hand}, gathered from each authority's test file
    (tests/authorities/test_<id>.py, SCENARIO_ANSWERS)."""
    found: dict = {}
    for pack in pack_authorities():
        module = importlib.import_module(f"tests.authorities.test_{pack.replace('-', '_')}")
        found.update(getattr(module, "SCENARIO_ANSWERS", {}))
    return found


# ------------------------------------------------------------------ citations: cited sections
# A section is cited as its heading, optionally followed by a sub-heading in brackets ("7.
# Information for the Conference (Social Work Reports to Conference)"), or as "Topic: Heading".
# How a capture marks its headings is read from the pack (the sections it cites, authority.toml
# [document] sections) and the capture itself: see heading_style.


def _normalise(text: str) -> str:
    from .conftest import normalise

    return normalise(text)


def lines_of(authority: str) -> list[str]:
    from .conftest import SOURCE_FILES, SOURCES

    return (SOURCES / SOURCE_FILES[authority]).read_text("utf-8").split("\n")


def _main_heading(section: str) -> str:
    return m.group(1) if (m := re.fullmatch(r"(.*?) \((.*)\)", section)) else section


# Headings the handbook cites in correct spelling where a capture misspells them.
SPELLED = {"Conference quorum": "Conference quoram"}


def heading_style(authority: str) -> str | None:
    """How the authority's capture marks the sections its pack cites:

    - "numbered": every cited section starts with its number ("7. Information ...");
    - "markdown": the capture has Markdown headings (## or ###) naming the cited sections;
    - "plus": the capture's collapsible headings end in "+" ("Timing+"), under topic lines;
    - None: the capture kept no headings to find the cited sections by.
    """
    from .conftest import SOURCE_FILES

    if authority not in SOURCE_FILES:
        return None
    sections = pack_authorities()[authority]["document"]["sections"]
    if all(re.match(r"\d+\. ", section) for section in sections):
        return "numbered"
    lines = lines_of(authority)
    markdown = {_normalise(m.group(1)) for line in lines if (m := re.match(r"#+ (.*)", line))}
    if any(_normalise(_main_heading(section)) in markdown for section in sections):
        return "markdown"
    plus = {_normalise(line.strip()) for line in lines if line.strip().endswith("+")}
    for section in sections:
        heading = section.rpartition(": ")[2]
        if _normalise(SPELLED.get(heading, heading) + "+") in plus:
            return "plus"
    return None


def _is_subheading(line: str) -> bool:
    """A short line at the margin with no closing punctuation: how the captures set headings."""
    text = line.strip()
    return (
        bool(text)
        and line == line.lstrip()
        and len(text) < 160
        and not text.endswith((".", ":", ";", ","))
        and not text.startswith(("\u2022", "-", "Tel", "http", "["))
    )


def _numbered_span(lines: list[str], number: str) -> tuple[int, int]:
    """Lines of section NUMBER: from its heading at the margin to the next section's heading.
    The first "N. Title" at the margin is the heading (a contents list is indented; a section
    may number its own parts from 1 again, after section 1)."""
    starts: dict[int, int] = {}
    for i, line in enumerate(lines):
        if (m := re.match(r"(\d+)\. [A-Z]", line)) and line == line.lstrip():
            starts.setdefault(int(m.group(1)), i)
    begin = starts[int(number)]
    return begin, starts.get(int(number) + 1, len(lines))


def _markdown_span(lines: list[str], heading: str) -> tuple[int, int]:
    """A Markdown heading (## or ###) to the next heading of the same or a higher level."""
    for i, line in enumerate(lines):
        m = re.match(r"(#+) (.*)", line)
        if m and _normalise(m.group(2)) == _normalise(heading):
            level = len(m.group(1))
            end = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if (n := re.match(r"(#+) ", lines[j])) and len(n.group(1)) <= level
                ),
                len(lines),
            )
            return i, end
    raise KeyError(heading)


def _plus_span(lines: list[str], section: str) -> tuple[int, int]:
    """A "Heading+" line to the next one, under its topic when one is named."""
    topic, _, heading = section.rpartition(": ")
    heading = SPELLED.get(heading, heading)
    start = 0
    if topic:
        start = next(i for i, line in enumerate(lines) if line.strip() == topic)
    for i in range(start, len(lines)):
        if _normalise(lines[i].strip()) == _normalise(heading + "+"):
            end = next(
                (j for j in range(i + 1, len(lines)) if lines[j].strip().endswith("+")),
                len(lines),
            )
            return i, end
    raise KeyError(section)


def _sub_span(lines: list[str], span: tuple[int, int], sub: str) -> tuple[int, int]:
    """Within a section, the sub-heading that names `sub` to the next sub-heading."""
    begin, end = span
    for i in range(begin + 1, end):
        if _is_subheading(lines[i]) and _normalise(sub) in _normalise(lines[i]):
            stop = next((j for j in range(i + 1, end) if _is_subheading(lines[j])), end)
            return i, stop
    raise KeyError(sub)


def section_text(authority: str, section: str) -> str:
    """The normalised text of the cited section of an authority's capture."""
    style = heading_style(authority)
    assert style, f"{authority}'s capture has no headings to find {section!r} by"
    lines = lines_of(authority)
    assert re.fullmatch(r"[^()]+( \([^()]+\))?", section), f"not a heading: {section!r}"
    main, sub = section, None
    if m := re.fullmatch(r"(.*?) \((.*)\)", section):
        main, sub = m.groups()
    if style == "numbered":
        number = re.match(r"(\d+)\. ", main)
        assert number, f"{authority} sections are cited by number: {section!r}"
        span = _numbered_span(lines, number.group(1))
    elif style == "markdown":
        try:
            span = _markdown_span(lines, section)
            sub = None
        except KeyError:
            span = _markdown_span(lines, main)
    else:
        span = _plus_span(lines, section)
        sub = None
    if sub:
        span = _sub_span(lines, span, sub)
    return _normalise("\n".join(lines[span[0] : span[1]]))
