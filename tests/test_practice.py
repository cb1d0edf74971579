"""Practice mode (calculators/practice.py): reproducible case sets, one right answer each,
the working and the hints. Expected dates are worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt

import pytest

from calculators import run
from calculators.data import authorities, load
from calculators.dates import Date
from calculators.practice import cases, check, hint, levels, working
from calculators.quorum import agency_name
from calculators.training import answer_for
from calculators.workingdays import supported_range

from .packs import icpc_in_15_working_days

# A local pack whose own ICPC rule is 15 working days from the strategy discussion (the dates
# below are worked out for that rule) and whose quorum lists conditions to answer.
AUTHORITY = icpc_in_15_working_days(with_conditions=True)


def test_same_seed_same_cases_and_different_seeds_differ():
    first = cases("trainer-1", "christmas-easter", AUTHORITY)
    assert first == cases("trainer-1", "christmas-easter", AUTHORITY)
    other = cases("trainer-2", "christmas-easter", AUTHORITY)
    assert [c["payload"] for c in first] != [c["payload"] for c in other]


@pytest.mark.parametrize("authority", list(authorities()))
def test_every_case_over_many_seeds_has_one_answer_the_calculators_give(authority):
    first, last = supported_range()
    for n in range(150):
        for level in levels():
            for case in cases(f"sweep-{n}", level, authority):
                result = run(case["calculator"], case["payload"])
                assert "errors" not in result
                assert answer_for(result, case["ask"]) == case["answer"]
                if case["ask"]["type"] == "date":
                    due = [d for d in result["deadlines"] if d["id"] == case["ask"]["deadline"]]
                    assert len(due) == 1
                    assert first.isoformat() <= due[0]["due"] <= last.isoformat()
                    assert check(case, case["answer"]["value"])["right"]
                    assert hint(case, case["answer"]["value"]) is None
                else:
                    values = [c["value"] for c in case["choices"]]
                    if case["ask"]["type"] == "choice":
                        assert values.count(case["answer"]["value"]) == 1
                    assert [check(case, v)["right"] for v in values].count(True) == 1


def test_quiet_level_has_no_bank_holiday_in_the_counting():
    for n in range(100):
        for case in cases(f"quiet-{n}", "quiet", AUTHORITY):
            if case["working"]:
                assert all(d["counted"] or d["why"] == "weekend" for d in case["working"]["days"])


def test_unknown_level_or_authority_is_refused():
    with pytest.raises(ValueError):
        cases("x", "no-such-level", AUTHORITY)
    with pytest.raises(ValueError):
        cases("x", "quiet", "no-such-authority")


def _christmas_case() -> dict:
    payload = {"authority": AUTHORITY, "events": {"strategy_discussion": "2026-12-18"}}
    result = run("deadlines", payload)
    ask = {"type": "date", "deadline": "icpc"}
    return {"payload": payload, "result": result, "ask": ask, "answer": answer_for(result, ask)}


def test_christmas_working_counts_and_skips_by_hand():
    # Fri 18 Dec 2026 + 15 working days: 21, 22, 23, 24 Dec (4); skip Fri 25 (Christmas Day),
    # 26-27 weekend, Mon 28 (Boxing Day, observed); 29, 30, 31 Dec (7); skip Fri 1 Jan (New
    # Year's Day), 2-3 weekend; 4, 5, 6, 7, 8, 11, 12, 13 Jan (15): Wednesday 13 January 2027.
    case = _christmas_case()
    assert case["answer"]["value"] == "2027-01-13"
    work = working(case["result"], "icpc")
    assert work["counted"] == 15
    counted = [d["date"] for d in work["days"] if d["counted"]]
    assert counted[:4] == ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24"]
    assert counted[-1] == "2027-01-13"
    skipped = {d["date"]: d["why"] for d in work["days"] if not d["counted"]}
    assert skipped["2026-12-25"] == "Christmas Day"
    assert "Boxing Day" in skipped["2026-12-28"]
    assert skipped["2027-01-01"] == "New Year's Day"
    assert skipped["2026-12-26"] == "weekend"


def test_hints_name_the_usual_mistake():
    case = _christmas_case()
    # Counting 18 Dec as day one gives the 14th working day after it: Tue 12 Jan 2027.
    assert "day of the event" in hint(case, "2027-01-12")
    # Skipping weekends only: 15 weekdays after Fri 18 Dec is Fri 8 Jan 2027.
    assert "bank holiday" in hint(case, "2027-01-08")
    # 15 calendar days after 18 Dec is Sat 2 Jan 2027.
    assert "calendar days" in hint(case, "2027-01-02")
    assert hint(case, "2027-01-20") is None
    assert hint(case, "2027-01-13") is None
    assert check(case, "2027-01-13") == {
        "right": True,
        "answer": "Wednesday 13 January 2027",
        "hint": None,
    }
    assert not check(case, "2027-01-12")["right"]


def test_29_february_birthday():
    # Born 29 Feb 2016: in 2028 (a leap year) the 12th birthday is 29 Feb 2028, so on
    # Mon 28 Feb 2028 the child is still 11, and on 1 Mar 2028 is 12.
    before = run(
        "attendance",
        {
            "authority": AUTHORITY,
            "date_of_birth": "2016-02-29",
            "conference_date": "2028-02-28",
        },
    )
    after = run(
        "attendance",
        {
            "authority": AUTHORITY,
            "date_of_birth": "2016-02-29",
            "conference_date": "2028-03-01",
        },
    )
    assert (before["age"], after["age"]) == (11, 12)
    births = {
        c["payload"]["date_of_birth"][5:]
        for n in range(40)
        for c in cases(f"leap-{n}", "quiet", AUTHORITY)
        if c["calculator"] == "attendance"
    }
    assert "02-29" in births


def test_web_route_gives_cases_and_verdicts_and_names_bad_fields():
    import json

    from calculators.web import respond

    def ask(payload):
        return json.loads(respond(json.dumps({"name": "practice", "payload": payload})))["result"]

    given = {"seed": "abc123", "level": "christmas-easter", "authority": AUTHORITY}
    got = ask(given)
    assert len(got["cases"]) == 8 and "result" not in got["cases"][0]
    assert got["levels"]["quiet"] == "No bank holidays in the way"
    first = got["cases"][0]
    right = ask({**given, "case": first["id"], "answer": first["answer"]["value"]})
    assert right["verdict"]["right"] is True
    wrong = ask({**given, "case": first["id"], "answer": "1999-01-01"})
    assert wrong["verdict"]["right"] is False
    bad = ask({"seed": "no spaces?", "level": "hard", "authority": "atlantis"})
    assert {e["field"] for e in bad["errors"]} == {"seed", "level", "authority"}


def test_quorum_cases_list_attendees_and_conditions_and_are_answered_yes_or_no():
    # Only where the authority's document sets a quorum; the answer is the checker's.
    seen = {True: 0, False: 0}
    for n in range(40):
        for case in cases(f"quorum-{n}", "quiet", AUTHORITY):
            if case["template"] != "quorum":
                continue
            result = run("quorum", case["payload"])
            assert case["answer"]["value"] is result["quorate"]
            assert [c["value"] for c in case["choices"]] == ["yes", "no"]
            right = "yes" if result["quorate"] else "no"
            assert (
                check(case, right)["right"]
                and not check(case, "no" if right == "yes" else "yes")["right"]
            )
            for attendee in case["payload"]["attendees"]:
                assert agency_name(attendee["agency"]) in case["story"]
            assert "What is known:" in case["story"]  # its conditions, answered
            seen[result["quorate"]] += 1
    assert seen[True] and seen[False], seen


def test_no_quorum_case_where_the_document_sets_no_quorum():
    no_quorum = [a for a in authorities() if a not in load("quorum")]
    assert no_quorum
    for authority in no_quorum:
        for n in range(20):
            assert all(c["template"] != "quorum" for c in cases(f"q-{n}", "quiet", authority))


def test_month_end_level_starts_cases_in_a_month_s_last_days_leap_februaries_included():
    days = []
    for n in range(60):
        for case in cases(f"month-end-{n}", "month-ends", AUTHORITY):
            events = case["payload"].get("events")
            if events and case["template"] != "pre-birth":
                days += [Date.fromisoformat(d) for d in events.values()]
    assert days
    # Meetings move to the next working day, so an event may spill into the next month's
    # first days; most fall in a month's last days.
    last_days = [d for d in days if (d + dt.timedelta(days=5)).month != d.month]
    assert len(last_days) > len(days) / 2
    assert any(d.month == 2 and d.day == 29 for d in days) or any(
        d.month == 2 and d.year % 4 == 0 for d in days
    )
