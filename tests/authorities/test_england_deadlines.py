"""National baseline (authority "england"): the four national rules, hand-checked.

Bank holidays used (England and Wales): 25 Dec 2026 (Fri), 28 Dec 2026 (Mon, Boxing Day
substitute), 1 Jan 2027 (Fri), Good Friday 26 Mar 2027, Easter Monday 29 Mar 2027, 27 and 28 Dec
2027 (Mon, Tue: Christmas and Boxing Day fall on Sat/Sun), 3 Jan 2028 (Mon, New Year substitute).
"""

from __future__ import annotations

import pytest

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


# ------------------------------------------------------------------ counting: one-off and moved bank holidays
# One-off and moved bank holidays (England and Wales): Fri 8 May 2020 (VE Day; the early May bank
# holiday moved from Mon 4 May), Thu 2 Jun 2022 (spring bank holiday, moved from Mon 30 May) and
# Fri 3 Jun 2022 (Platinum Jubilee), Mon 19 Sep 2022 (Queen's state funeral), Mon 8 May 2023
# (coronation). Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr.


def test_ve_day_2020_skipped_and_4_may_2020_counted():
    result = calculate("england", {"strategy_discussion": "2020-04-30"})
    # Thu 30 Apr 2020 + 15 wd: Fri 1 May (1); Mon 4 May is a working day in 2020 (2); 5,6,7 (5);
    # Fri 8 May BH (VE Day); 11-15 (10); 18-21 (14); Fri 22 May (15) -> Fri 22 May 2020
    assert due(result, "icpc") == "2020-05-22"
    assert "Friday 8 May 2020" in notes(result, "icpc")


def test_platinum_jubilee_2022_and_30_may_2022_counted():
    result = calculate("england", {"icpc": "2022-05-27"})
    # Fri 27 May 2022 + 10 wd: Mon 30 May is a working day in 2022 (1); 31 May (2); 1 Jun (3);
    # Thu 2 Jun BH, Fri 3 Jun BH; 6-10 (8); 13,14 (10) -> Tue 14 Jun 2022
    assert due(result, "first-core-group") == "2022-06-14"


def test_queens_funeral_2022():
    result = calculate("england", {"icpc": "2022-09-13"})
    # Tue 13 Sep 2022 + 10 wd: 14,15,16 (3); Mon 19 Sep BH; 20-23 (7); 26,27,28 (10)
    # -> Wed 28 Sep 2022
    assert due(result, "first-core-group") == "2022-09-28"


def test_coronation_2023():
    result = calculate("england", {"strategy_discussion": "2023-04-28"})
    # Fri 28 Apr 2023 + 15 wd: Mon 1 May BH; 2-5 (4); Mon 8 May BH (coronation); 9-12 (8);
    # 15-19 (13); 22, 23 (15) -> Tue 23 May 2023
    assert due(result, "icpc") == "2023-05-23"


def test_easter_2026_working_days():
    result = calculate("england", {"icpc": "2026-04-01"})
    # Wed 1 Apr 2026 + 10 wd: Thu 2 (1); Fri 3 Good Fri, Mon 6 Easter Mon; 7-10 (5); 13-17 (10)
    # -> Fri 17 Apr 2026
    assert due(result, "first-core-group") == "2026-04-17"


def test_easter_2026_calendar_limit_on_easter_monday():
    result = calculate("england", {"icpc": "2026-01-06"})
    # Tue 6 Jan 2026 + 3 months = Mon 6 Apr 2026 (Easter Mon); Sun 5, Sat 4, Fri 3 (Good Fri)
    # -> Thu 2 Apr 2026
    assert due(result, "first-review") == "2026-04-02"
    assert limit(result, "first-review") == "2026-04-06"


# ------------------------------------------------------------------ counting: the event day and weekends


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        # Sat 9 Jan 2027: Mon 11 is day 1; 11-15 (5); 18-22 (10); 25-29 (15) -> Fri 29 Jan 2027
        ("2027-01-09", "2027-01-29"),
        # Sun 10 Jan 2027: same count -> Fri 29 Jan 2027
        ("2027-01-10", "2027-01-29"),
        # Mon 11 Jan 2027 itself not counted: 12-15 (4); 18-22 (9); 25-29 (14); Mon 1 Feb (15)
        ("2027-01-11", "2027-02-01"),
        # Fri 25 Dec 2026 (a bank holiday): 29,30,31 (3); 1 Jan BH; 4-8 (8); 11-15 (13);
        # 18, 19 (15) -> Tue 19 Jan 2027
        ("2026-12-25", "2027-01-19"),
    ],
)
def test_event_day_not_counted_and_may_be_a_day_off(strategy, expected):
    result = calculate("england", {"strategy_discussion": strategy})
    assert due(result, "icpc") == expected


# ------------------------------------------------------------------ counting: month ends and leap years


@pytest.mark.parametrize(
    ("authority", "event", "date", "deadline_id", "expected_due", "expected_limit"),
    [
        # 30 Nov + 3 months: Mon 30 Nov 2026 -> Sun 28 Feb 2027 -> Fri 26 Feb 2027
        ("england", "icpc", "2026-11-30", "first-review", "2027-02-26", "2027-02-28"),
        # Tue 30 Nov 2027 -> Tue 29 Feb 2028 (leap year)
        ("england", "icpc", "2027-11-30", "first-review", "2028-02-29", None),
        # Tue 29 Feb 2028 + 3 months = Mon 29 May 2028 (spring BH) -> Fri 26 May 2028
        ("england", "icpc", "2028-02-29", "first-review", "2028-05-26", "2028-05-29"),
        # 31 Aug + 6 months: Tue 31 Aug 2027 -> Tue 29 Feb 2028 (leap year)
        ("england", "review", "2027-08-31", "next-review", "2028-02-29", None),
        # Thu 31 Aug 2028 -> Wed 28 Feb 2029 (not a leap year)
        ("england", "review", "2028-08-31", "next-review", "2029-02-28", None),
        # Mon 31 Aug 2026 (a bank holiday) -> Sun 28 Feb 2027 -> Fri 26 Feb 2027
        ("england", "review", "2026-08-31", "next-review", "2027-02-26", "2027-02-28"),
    ],
)
def test_month_ends(authority, event, date, deadline_id, expected_due, expected_limit):
    result = calculate(authority, {event: date})
    assert due(result, deadline_id) == expected_due
    assert limit(result, deadline_id) == expected_limit


# ------------------------------------------------------------------ counting: office closure days


def test_closure_days_between_christmas_and_new_year():
    result = calculate(
        "england",
        {"strategy_discussion": "2026-12-18"},
        closure_days=["2026-12-24", "2026-12-29", "2026-12-30", "2026-12-31"],
    )
    # Fri 18 Dec 2026 + 15 wd: 21,22,23 (3); 24 closed; 25, 28 BH; 29,30,31 closed; 1 Jan BH;
    # 4-8 (8); 11-15 (13); 18, 19 (15) -> Tue 19 Jan 2027 (Wed 13 Jan without the closures)
    assert due(result, "icpc") == "2027-01-19"
    text = notes(result, "icpc")
    assert "Thursday 24 December 2026" in text
    assert "closure" in text


def test_closure_on_working_day_deadline_moves_it_later():
    result = calculate(
        "england", {"strategy_discussion": "2026-12-18"}, closure_days=["2027-01-13"]
    )
    # as usual up to Tue 12 Jan (14); Wed 13 Jan closed; Thu 14 Jan (15) -> Thu 14 Jan 2027
    assert due(result, "icpc") == "2027-01-14"


def test_closure_on_a_weekend_changes_nothing():
    result = calculate(
        "england", {"strategy_discussion": "2026-12-18"}, closure_days=["2026-12-26", "2027-01-09"]
    )
    # Sat 26 Dec 2026 and Sat 9 Jan 2027 are not working days anyway -> Wed 13 Jan 2027
    assert due(result, "icpc") == "2027-01-13"


def test_closure_on_due_date_of_calendar_period():
    result = calculate("england", {"icpc": "2027-01-13"}, closure_days=["2027-04-13"])
    # 13 Jan 2027 + 3 months = Tue 13 Apr 2027, closed -> Mon 12 Apr 2027
    assert due(result, "first-review") == "2027-04-12"
    assert limit(result, "first-review") == "2027-04-13"


def test_closure_before_weekend_limit():
    result = calculate("england", {"icpc": "2026-11-30"}, closure_days=["2027-02-26"])
    # limit Sun 28 Feb 2027; Sat 27; Fri 26 closed -> Thu 25 Feb 2027
    assert due(result, "first-review") == "2027-02-25"
    assert limit(result, "first-review") == "2027-02-28"


# ------------------------------------------------------------------ counting: warnings


def test_icpc_late_only_because_of_closure_day_warns():
    result = calculate(
        "england",
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13"},
        closure_days=["2027-01-04"],
    )
    # Mon 4 Jan 2027 closed: 21-24 Dec (4); 29-31 Dec (7); 5-8 Jan (11); 11,12,13,14 (15)
    # -> Thu 14 Jan 2027, so an ICPC on Wed 13 Jan is on time
    assert due(result, "icpc") == "2027-01-14"
    assert result["warnings"] == []
    # ... but Fri 15 Jan is late
    late = calculate(
        "england",
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-15"},
        closure_days=["2027-01-04"],
    )
    assert len(late["warnings"]) == 1
