"""Warrington: every rule in deadlines.toml, hand-checked.

Warrington's ICPC is "within a maximum of 15 days" of the strategy discussion, without saying
working days: after an event the calendar reading is the earlier one. Warrington states all four
national timescales itself, so nothing is inherited.
Bank holidays used: 25 and 28 Dec 2026, 1 Jan 2027, Good Friday 26 Mar 2027, Easter Monday
29 Mar 2027, 27 and 28 Dec 2027.
"""

from __future__ import annotations

import pytest

from ..helpers import AMBIGUOUS_NOTE, calculate, deadline, due, limit, notes

AUTHORITY = "warrington"


def test_icpc_15_days_over_christmas():
    result = calculate(AUTHORITY, {"strategy_discussion": "2026-12-18"})
    item = deadline(result, "icpc")
    # calendar: Fri 18 Dec 2026 + 15 days = Sat 2 Jan 2027; Fri 1 Jan BH -> Thu 31 Dec 2026
    # working: 21-24 (4); 25, 28 BH; 29-31 (7); 1 Jan BH; 4-8 (12); 11-13 (15) -> Wed 13 Jan 2027
    assert item["due"] == "2026-12-31"
    assert item["limit"] == "2027-01-02"
    assert item["inherited"] is False
    text = notes(result, "icpc")
    assert AMBIGUOUS_NOTE in text
    assert "Thursday 31 December 2026" in text
    assert "Wednesday 13 January 2027" in text


def test_icpc_15_days_calendar_limit_on_working_day():
    result = calculate(AUTHORITY, {"strategy_discussion": "2027-03-01"})
    # calendar: Mon 1 Mar 2027 + 15 days = Tue 16 Mar 2027 (working day)
    # working: 2-5 (4); 8-12 (9); 15-19 (14); 22 (15) -> Mon 22 Mar 2027. Earlier: Tue 16 Mar
    item = deadline(result, "icpc")
    assert item["due"] == "2027-03-16"
    assert "limit" not in item
    text = notes(result, "icpc")
    assert "Tuesday 16 March 2027" in text
    assert "Monday 22 March 2027" in text


def test_icpc_late_on_the_earlier_reading_warns():
    result = calculate(AUTHORITY, {"strategy_discussion": "2026-12-18", "icpc": "2027-01-04"})
    # deadline Thu 31 Dec 2026 (calendar reading, above); held Mon 4 Jan 2027 -> late
    assert len(result["warnings"]) == 1
    assert "Monday 4 January 2027" in result["warnings"][0]
    assert "Thursday 31 December 2026" in result["warnings"][0]


def test_icpc_on_time_no_warning():
    result = calculate(AUTHORITY, {"strategy_discussion": "2027-03-01", "icpc": "2027-03-16"})
    # deadline Tue 16 Mar 2027 (above); held that day -> no warning
    assert result["warnings"] == []


def test_reports_and_email_before_conference_after_easter():
    result = calculate(AUTHORITY, {"conference": "2027-03-30"}, conference_type="initial")
    # 2 wd before Tue 30 Mar 2027: Mon 29 Easter Mon, Fri 26 Good Fri, Thu 25 (1), Wed 24 (2)
    assert due(result, "reports-to-parents") == "2027-03-24"
    assert due(result, "reports-to-safeguarding-unit") == "2027-03-24"
    # 24 hours before Tue 30 Mar = Mon 29 Mar (Easter Mon); Sun, Sat, Good Fri -> Thu 25 Mar 2027
    assert due(result, "report-emailed-to-safeguarding-service") == "2027-03-25"
    assert limit(result, "report-emailed-to-safeguarding-service") == "2027-03-29"


def test_email_24_hours_before_monday_after_new_year():
    result = calculate(AUTHORITY, {"conference": "2027-01-04"}, conference_type="review")
    # 24 hours before Mon 4 Jan 2027 = Sun 3 Jan; Sat 2, Fri 1 Jan BH -> Thu 31 Dec 2026
    assert due(result, "report-emailed-to-safeguarding-service") == "2026-12-31"
    assert limit(result, "report-emailed-to-safeguarding-service") == "2027-01-03"
    # 2 wd before Mon 4 Jan 2027: Thu 31 Dec (1), Wed 30 Dec (2)
    assert due(result, "reports-to-parents") == "2026-12-30"


def test_first_core_group_and_first_review():
    result = calculate(AUTHORITY, {"icpc": "2027-03-18"})
    # Thu 18 Mar 2027 + 10 wd: 19 (1); 22-25 (5); Good Fri, Easter Mon; 30,31 Mar, 1,2 Apr (9);
    # 5 Apr (10) -> Mon 5 Apr 2027
    assert due(result, "first-core-group") == "2027-04-05"
    # Thu 18 Mar 2027 + 3 months = Fri 18 Jun 2027
    assert due(result, "first-review") == "2027-06-18"
    assert all(item["inherited"] is False for item in result["deadlines"])


def test_next_core_group_31_january_non_leap():
    result = calculate(AUTHORITY, {"core_group": "2027-01-31"})
    # Sun 31 Jan 2027 + 1 month = "31 Feb" -> Sun 28 Feb 2027 -> Fri 26 Feb 2027
    assert due(result, "next-core-group") == "2027-02-26"
    assert limit(result, "next-core-group") == "2027-02-28"


def test_next_core_group_31_january_leap():
    result = calculate(AUTHORITY, {"core_group": "2028-01-31"})
    # Mon 31 Jan 2028 + 1 month = "31 Feb" -> Tue 29 Feb 2028 (leap year)
    assert due(result, "next-core-group") == "2028-02-29"
    assert limit(result, "next-core-group") is None


def test_first_review_after_pre_birth_conference_birth_sooner_leap():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2028-01-10", "birth": "2028-01-31"})
    # birth Mon 31 Jan 2028 + 1 month -> Tue 29 Feb 2028; PBC Mon 10 Jan 2028 + 3 months =
    # Mon 10 Apr 2028. Earlier: Tue 29 Feb 2028
    item = deadline(result, "first-review")
    assert item["due"] == "2028-02-29"
    assert "pre-birth" in item["title"]


def test_first_review_after_pre_birth_conference_birth_sooner_non_leap():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-01-11", "birth": "2027-01-31"})
    # birth Sun 31 Jan 2027 + 1 month -> Sun 28 Feb 2027; PBC Mon 11 Jan 2027 + 3 months =
    # Sun 11 Apr 2027. Earlier limit Sun 28 Feb -> Fri 26 Feb 2027
    assert due(result, "first-review") == "2027-02-26"
    assert limit(result, "first-review") == "2027-02-28"


def test_first_review_after_pre_birth_conference_pbc_sooner():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01", "birth": "2027-08-23"})
    # PBC Tue 1 Jun 2027 + 3 months = Wed 1 Sep 2027; birth + 1 month = Thu 23 Sep 2027
    assert due(result, "first-review") == "2027-09-01"


def test_first_review_after_pre_birth_conference_without_birth():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01"})
    # Tue 1 Jun 2027 + 3 months = Wed 1 Sep 2027, and a note asking for the date of birth
    assert due(result, "first-review") == "2027-09-01"
    assert "date of birth" in notes(result, "first-review")
    # Warrington's own first core group rule, counted from the PBC: Tue 1 Jun + 10 wd -> Tue 15 Jun
    core = deadline(result, "first-core-group")
    assert core["due"] == "2027-06-15"
    assert core["inherited"] is False


def test_next_review():
    result = calculate(AUTHORITY, {"review": "2027-06-28"})
    # Mon 28 Jun 2027 + 6 months = Tue 28 Dec 2027 (BH); Mon 27 BH, Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "next-review") == "2027-12-24"
    assert limit(result, "next-review") == "2027-12-28"


def test_nothing_inherited():
    result = calculate(
        AUTHORITY,
        {"strategy_discussion": "2026-12-18", "icpc": "2026-12-31", "review": "2027-03-31"},
    )
    assert {item["id"] for item in result["deadlines"]} == {
        "icpc",
        "first-core-group",
        "first-review",
        "next-review",
    }
    assert all(item["inherited"] is False for item in result["deadlines"])
    assert all(item["source"]["authority"] == AUTHORITY for item in result["deadlines"])


def test_first_review_limit_on_easter_monday():
    result = calculate(AUTHORITY, {"icpc": "2026-12-29"})
    # Tue 29 Dec 2026 + 3 months = Mon 29 Mar 2027 (Easter Mon); Sun, Sat, Good Fri 26
    # -> Thu 25 Mar 2027
    assert due(result, "first-review") == "2027-03-25"
    assert limit(result, "first-review") == "2027-03-29"


# ------------------------------------------------------------------ counting: month ends and leap years


@pytest.mark.parametrize(
    ("authority", "event", "date", "deadline_id", "expected_due", "expected_limit"),
    [
        # 31 Jan + 1 month: Sun 31 Jan 2027 -> 28 Feb 2027 (Sun) -> Fri 26 Feb 2027
        ("warrington", "core_group", "2027-01-31", "next-core-group", "2027-02-26", "2027-02-28"),
        # Wed 31 Jan 2029 + 1 month -> Wed 28 Feb 2029, a working day
        ("warrington", "core_group", "2029-01-31", "next-core-group", "2029-02-28", None),
        # Mon 31 Jan 2028 + 1 month -> Tue 29 Feb 2028 (leap year)
        ("warrington", "core_group", "2028-01-31", "next-core-group", "2028-02-29", None),
        # Tue 29 Feb 2028 + 1 month -> Wed 29 Mar 2028
        ("warrington", "core_group", "2028-02-29", "next-core-group", "2028-03-29", None),
    ],
)
def test_month_ends(authority, event, date, deadline_id, expected_due, expected_limit):
    result = calculate(authority, {event: date})
    assert due(result, deadline_id) == expected_due
    assert limit(result, deadline_id) == expected_limit


# ------------------------------------------------------------------ counting: office closure days


def test_closure_with_ambiguous_days():
    result = calculate(
        "warrington", {"strategy_discussion": "2027-03-01"}, closure_days=["2027-03-16"]
    )
    # calendar: Mon 1 Mar 2027 + 15 days = Tue 16 Mar, closed -> Mon 15 Mar 2027
    # working: 2-5 (4); 8-12 (9); 15 (10); 16 closed; 17,18,19 (13); 22, 23 (15) -> Tue 23 Mar
    assert due(result, "icpc") == "2027-03-15"
    assert limit(result, "icpc") == "2027-03-16"
    text = notes(result, "icpc")
    assert "Monday 15 March 2027" in text
    assert "Tuesday 23 March 2027" in text


# ------------------------------------------------------------------ counting: hours


def test_24_hours_before_a_tuesday():
    result = calculate("warrington", {"conference": "2027-01-12"}, conference_type="initial")
    # 24 hours before Tue 12 Jan 2027 -> Mon 11 Jan 2027, a working day
    assert due(result, "report-emailed-to-safeguarding-service") == "2027-01-11"
    assert limit(result, "report-emailed-to-safeguarding-service") is None


# ------------------------------------------------------------------ counting: ambiguous "N days"


def test_ambiguous_days_after_takes_calendar_reading():
    after = calculate("warrington", {"strategy_discussion": "2027-01-11"})
    # calendar: Mon 11 Jan 2027 + 15 days = Tue 26 Jan 2027; working: Mon 1 Feb 2027 -> Tue 26 Jan
    assert due(after, "icpc") == "2027-01-26"
    assert AMBIGUOUS_NOTE in notes(after, "icpc")
