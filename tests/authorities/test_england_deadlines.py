"""National baseline (authority "england"): the four national rules, hand-checked.

Bank holidays used (England and Wales): 25 Dec 2026 (Fri), 28 Dec 2026 (Mon, Boxing Day
substitute), 1 Jan 2027 (Fri), Good Friday 26 Mar 2027, Easter Monday 29 Mar 2027, 27 and 28 Dec
2027 (Mon, Tue: Christmas and Boxing Day fall on Sat/Sun), 3 Jan 2028 (Mon, New Year substitute).
"""

from __future__ import annotations

from ..helpers import calculate, deadline, due, ids, limit, not_stated, notes


def test_icpc_over_christmas_2026():
    result = calculate("england", {"strategy_discussion": "2026-12-18"})
    item = deadline(result, "icpc")
    # Fri 18 Dec 2026 + 15 wd: 21,22,23,24 Dec (4); 25 Dec BH, 28 Dec BH; 29,30,31 Dec (7);
    # 1 Jan BH; 4-8 Jan (12); 11,12,13 Jan (15) -> Wed 13 Jan 2027
    assert item["due"] == "2027-01-13"
    assert item["due_text"] == "Wednesday 13 January 2027"
    assert "limit" not in item
    assert item["from"] == {"event": "strategy_discussion", "date": "2026-12-18"}
    assert item["inherited"] is False
    # the skipped weekday bank holidays are listed
    text = notes(result, "icpc")
    assert "Friday 25 December 2026" in text
    assert "Monday 28 December 2026" in text
    assert "Friday 1 January 2027" in text


def test_icpc_over_christmas_2027_with_substitute_days():
    result = calculate("england", {"strategy_discussion": "2027-12-17"})
    # Fri 17 Dec 2027 + 15 wd: 20-24 Dec (5); 27 Dec BH (sub), 28 Dec BH (sub); 29,30,31 Dec (8);
    # Sat 1 Jan 2028, Mon 3 Jan BH (sub); 4-7 Jan (12); 10,11,12 Jan (15) -> Wed 12 Jan 2028
    assert due(result, "icpc") == "2028-01-12"


def test_icpc_over_easter_2027():
    result = calculate("england", {"strategy_discussion": "2027-03-18"})
    # Thu 18 Mar 2027 + 15 wd: 19 (1); 22-25 (5); 26 Mar Good Fri, 29 Mar Easter Mon;
    # 30,31 Mar, 1,2 Apr (9); 5-9 Apr (14); 12 Apr (15) -> Mon 12 Apr 2027
    assert due(result, "icpc") == "2027-04-12"


def test_first_core_group():
    result = calculate("england", {"icpc": "2027-01-13"})
    # Wed 13 Jan 2027 + 10 wd: 14,15 (2); 18-22 (7); 25,26,27 (10) -> Wed 27 Jan 2027
    assert due(result, "first-core-group") == "2027-01-27"
    assert deadline(result, "first-core-group")["from"] == {"event": "icpc", "date": "2027-01-13"}


def test_first_review_on_working_day():
    result = calculate("england", {"icpc": "2027-01-13"})
    # 13 Jan 2027 + 3 months = Tue 13 Apr 2027, a working day
    assert due(result, "first-review") == "2027-04-13"
    assert limit(result, "first-review") is None


def test_first_review_30_november_clamps_to_28_february():
    result = calculate("england", {"icpc": "2026-11-30"})
    # Mon 30 Nov 2026 + 3 months = "30 Feb 2027" -> 28 Feb 2027 (Sun) -> Fri 26 Feb 2027
    assert due(result, "first-review") == "2027-02-26"
    assert limit(result, "first-review") == "2027-02-28"


def test_first_review_30_november_clamps_to_29_february_in_leap_year():
    result = calculate("england", {"icpc": "2027-11-30"})
    # Tue 30 Nov 2027 + 3 months = "30 Feb 2028" -> 29 Feb 2028 (Tue, leap year) -> due that day
    assert due(result, "first-review") == "2028-02-29"
    assert limit(result, "first-review") is None


def test_first_review_limit_on_easter_monday():
    result = calculate("england", {"icpc": "2026-12-29"})
    # Tue 29 Dec 2026 + 3 months = Mon 29 Mar 2027 (Easter Mon); Sun 28, Sat 27, Fri 26 (Good Fri)
    # -> Thu 25 Mar 2027
    assert due(result, "first-review") == "2027-03-25"
    assert limit(result, "first-review") == "2027-03-29"


def test_next_review_31_august_leap_year():
    result = calculate("england", {"review": "2027-08-31"})
    # Tue 31 Aug 2027 + 6 months = "31 Feb 2028" -> Tue 29 Feb 2028 (leap year)
    assert due(result, "next-review") == "2028-02-29"
    assert limit(result, "next-review") is None


def test_next_review_31_august_non_leap_year():
    result = calculate("england", {"review": "2029-08-31"})
    # Fri 31 Aug 2029 + 6 months = "31 Feb 2030" -> Thu 28 Feb 2030 (working day)
    assert due(result, "next-review") == "2030-02-28"


def test_next_review_limit_on_christmas_substitute_day():
    result = calculate("england", {"review": "2027-06-28"})
    # Mon 28 Jun 2027 + 6 months = Tue 28 Dec 2027 (BH, Boxing Day substitute); Mon 27 BH,
    # Sun 26, Sat 25 -> Fri 24 Dec 2027
    assert due(result, "next-review") == "2027-12-24"
    assert limit(result, "next-review") == "2027-12-28"


def test_full_national_chain_is_not_inherited_and_is_ordered():
    result = calculate(
        "england",
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13", "review": "2027-04-13"},
    )
    got = [(item["id"], item["due"]) for item in result["deadlines"]]
    assert got == [
        ("icpc", "2027-01-13"),  # Fri 18 Dec 2026 + 15 wd (see above)
        ("first-core-group", "2027-01-27"),  # Wed 13 Jan 2027 + 10 wd
        ("first-review", "2027-04-13"),  # 13 Jan 2027 + 3 months, Tue
        # Tue 13 Apr 2027 + 6 months = Wed 13 Oct 2027
        ("next-review", "2027-10-13"),
    ]
    assert all(item["inherited"] is False for item in result["deadlines"])
    assert result["authority"] == "england"
    # ICPC held on its deadline day: no warning
    assert result["warnings"] == []


def test_icpc_held_after_deadline_warns():
    result = calculate("england", {"strategy_discussion": "2026-12-18", "icpc": "2027-01-14"})
    # deadline Wed 13 Jan 2027 (above); held Thu 14 Jan 2027 -> one day late
    assert len(result["warnings"]) == 1
    assert "Thursday 14 January 2027" in result["warnings"][0]
    assert "Wednesday 13 January 2027" in result["warnings"][0]


def test_pre_birth_conference_counts_as_initial_conference():
    result = calculate("england", {"pre_birth_conference": "2027-06-01"})
    # National guidance has no pre-birth rule, so the ICPC rules count from the pre-birth conference.
    # Tue 1 Jun 2027 + 10 wd: 2,3,4 (3); 7-11 (8); 14,15 (10) -> Tue 15 Jun 2027
    assert due(result, "first-core-group") == "2027-06-15"
    # Tue 1 Jun 2027 + 3 months = Wed 1 Sep 2027
    assert due(result, "first-review") == "2027-09-01"
    for deadline_id in ("first-core-group", "first-review"):
        item = deadline(result, deadline_id)
        assert item["from"] == {"event": "pre_birth_conference", "date": "2027-06-01"}
        assert item["inherited"] is False
        assert "pre-birth conference" in notes(result, deadline_id)


def test_national_guidance_silent_on_pre_birth_timings():
    result = calculate("england", {"edd": "2027-10-08"})
    assert result["deadlines"] == []
    silent = not_stated(result)
    # Oxfordshire, North Yorkshire and Barnsley rules count from the EDD; national guidance none.
    assert set(silent) == {
        "pre-birth-assessment-start",
        "pre-birth-conference",
        "pre-birth-conference-planned",
        "pre-birth-conference-request",
    }
    assert all("National guidance" in note for note in silent.values())


def test_national_ids_only():
    result = calculate(
        "england",
        {"strategy_discussion": "2027-01-04", "icpc": "2027-01-20", "review": "2027-04-20"},
    )
    assert ids(result) == {"icpc", "first-core-group", "first-review", "next-review"}
