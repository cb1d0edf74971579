"""Counting cases that cut across authorities: one-off bank holidays, weekends, month ends, leap
years, office closure days, hours, ordering and warnings. Every date is worked out by hand.

One-off and moved bank holidays (England and Wales): Fri 8 May 2020 (VE Day; the early May bank
holiday moved from Mon 4 May), Thu 2 Jun 2022 (spring bank holiday, moved from Mon 30 May) and
Fri 3 Jun 2022 (Platinum Jubilee), Mon 19 Sep 2022 (Queen's state funeral), Mon 8 May 2023
(coronation). Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr.
"""

from __future__ import annotations

import pytest

from ..helpers import AMBIGUOUS_NOTE, calculate, deadline, due, limit, notes

# ------------------------------------------------------------------ one-off and moved bank holidays


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


# ------------------------------------------------------------------ the event day and weekends


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


def test_working_days_before_a_sunday_event():
    result = calculate("oxfordshire", {"conference": "2027-01-03"}, conference_type="initial")
    # 1 wd before Sun 3 Jan 2027: Sat 2, Fri 1 Jan BH -> Thu 31 Dec 2026
    assert due(result, "reports-to-chair") == "2026-12-31"
    # 1 wd after Sun 3 Jan 2027 -> Mon 4 Jan 2027
    assert due(result, "decision-document") == "2027-01-04"


# ------------------------------------------------------------------ month ends and leap years


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


# ------------------------------------------------------------------ office closure days


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


def test_closure_moves_working_days_before():
    result = calculate(
        "oxfordshire",
        {"conference": "2027-01-13"},
        conference_type="initial",
        closure_days=["2027-01-12"],
    )
    # 1 wd before Wed 13 Jan 2027: Tue 12 closed -> Mon 11 Jan 2027
    assert due(result, "reports-to-chair") == "2027-01-11"
    # 3 wd before: Tue 12 closed, Mon 11 (1), Fri 8 (2), Thu 7 (3) -> Thu 7 Jan 2027
    assert due(result, "reports-to-parents") == "2027-01-07"


def test_closure_on_hours_limit():
    result = calculate(
        "barnsley",
        {"conference": "2027-01-13"},
        conference_type="initial",
        closure_days=["2027-01-14"],
    )
    # 24 hours after Wed 13 Jan 2027 -> Thu 14 Jan, closed -> Wed 13 Jan 2027
    assert due(result, "decisions-and-recommendations") == "2027-01-13"
    assert limit(result, "decisions-and-recommendations") == "2027-01-14"


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


# ------------------------------------------------------------------ hours


def test_24_hours_after_a_friday():
    result = calculate("north-yorkshire", {"conference": "2026-12-18"}, conference_type="initial")
    # 24 hours after Fri 18 Dec 2026 -> Sat 19 Dec -> Fri 18 Dec 2026
    assert due(result, "decision-letter-to-parents") == "2026-12-18"
    assert limit(result, "decision-letter-to-parents") == "2026-12-19"


def test_24_hours_before_a_tuesday():
    result = calculate("warrington", {"conference": "2027-01-12"}, conference_type="initial")
    # 24 hours before Tue 12 Jan 2027 -> Mon 11 Jan 2027, a working day
    assert due(result, "report-emailed-to-safeguarding-service") == "2027-01-11"
    assert limit(result, "report-emailed-to-safeguarding-service") is None


# ------------------------------------------------------------------ a deadline never comes before its event
# Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar. Christmas 2026: Fri 25 Dec, Sat 26 Dec,
# Mon 28 Dec (Boxing Day substitute).


@pytest.mark.parametrize(
    ("decision", "expected_limit"),
    [
        # Good Friday 26 Mar 2027 + 24 hours = Sat 27 Mar. The last working day on or before it is
        # Thu 25 Mar, before the decision; the first working day on or after the decision is
        # Tue 30 Mar (Sat 27, Sun 28, Easter Monday 29 are not working days).
        ("2027-03-26", "2027-03-27"),
        # Sat 27 Mar 2027 + 24 hours = Sun 28 Mar; Thu 25 Mar is before the decision -> Tue 30 Mar
        ("2027-03-27", "2027-03-28"),
    ],
)
def test_24_hours_after_a_decision_over_easter_is_never_before_the_decision(
    decision, expected_limit
):
    result = calculate("barnsley", {"conference_decision": decision})
    item = deadline(result, "conference-booking")
    assert item["due"] == "2027-03-30"
    assert item["due_text"] == "Tuesday 30 March 2027"
    assert item["limit"] == expected_limit
    text = notes(result, "conference-booking")
    limit_text = {"2027-03-27": "Saturday 27 March 2027", "2027-03-28": "Sunday 28 March 2027"}
    assert f"end at the same time on {limit_text[expected_limit]}" in text
    assert "which is not a working day" in text
    assert "Tuesday 30 March 2027" in text
    assert "out of hours" in text
    # the note for an ordinary weekend limit ("the last working day before it") would be wrong here
    assert "last working day before it" not in text


def test_24_hours_after_a_conference_on_christmas_day():
    result = calculate("north-yorkshire", {"conference": "2026-12-25"}, conference_type="initial")
    # Fri 25 Dec 2026 + 24 hours = Sat 26 Dec. The last working day on or before it is Thu 24 Dec,
    # before the conference; first working day on or after Fri 25 Dec: Sat 26, Sun 27, Mon 28 BH
    # -> Tue 29 Dec 2026
    assert due(result, "decision-letter-to-parents") == "2026-12-29"
    assert limit(result, "decision-letter-to-parents") == "2026-12-26"
    assert "Tuesday 29 December 2026" in notes(result, "decision-letter-to-parents")


def test_24_hours_after_a_saturday_conference_at_christmas():
    result = calculate("barnsley", {"conference": "2026-12-26"}, conference_type="review")
    # Sat 26 Dec 2026 + 24 hours = Sun 27 Dec; Thu 24 Dec is before the conference; first working
    # day on or after Sat 26 Dec: Sun 27, Mon 28 BH -> Tue 29 Dec 2026
    assert due(result, "decisions-and-recommendations") == "2026-12-29"
    assert limit(result, "decisions-and-recommendations") == "2026-12-27"


def test_24_hours_after_a_friday_working_day_is_still_the_friday():
    # The event is a working day, so the last working day on or before the limit is the event
    # day itself: nothing moves. Fri 18 Dec 2026 + 24 hours = Sat 19 Dec -> Fri 18 Dec 2026.
    result = calculate("barnsley", {"conference_decision": "2026-12-18"})
    assert due(result, "conference-booking") == "2026-12-18"
    assert "out of hours" not in notes(result, "conference-booking")


@pytest.mark.parametrize(
    ("period", "start", "expected_due", "expected_limit"),
    [
        # "1 day" (no "working") after Sat 27 Mar 2027: calendar reading Sun 28 Mar, whose last
        # working day on or before is Thu 25 Mar, before the event -> first working day on or
        # after the event, Tue 30 Mar; working reading: 1 working day after Sat 27 -> Tue 30 Mar.
        ("1 day", "2027-03-27", "2027-03-30", "2027-03-28"),
        # "0 days" after Good Friday 26 Mar 2027 -> Tue 30 Mar 2027
        ("0 days", "2027-03-26", "2027-03-30", "2027-03-26"),
        # "48 hours" after Sat 26 Dec 2026 = Mon 28 Dec (BH); Thu 24 Dec is before -> Tue 29 Dec
        ("48 hours", "2026-12-26", "2026-12-29", "2026-12-28"),
    ],
)
def test_the_mechanism_never_puts_an_after_deadline_before_its_event(
    period, start, expected_due, expected_limit
):
    from datetime import date

    from calculators.periods import Period, apply
    from calculators.workingdays import WorkingCalendar

    outcome = apply(Period.parse(period), date.fromisoformat(start), "after", WorkingCalendar())
    assert outcome.due.isoformat() == expected_due
    assert outcome.limit.isoformat() == expected_limit


# ------------------------------------------------------------------ ambiguous "N days"


def test_ambiguous_days_after_takes_calendar_reading_before_takes_working_reading():
    after = calculate("warrington", {"strategy_discussion": "2027-01-11"})
    # calendar: Mon 11 Jan 2027 + 15 days = Tue 26 Jan 2027; working: Mon 1 Feb 2027 -> Tue 26 Jan
    assert due(after, "icpc") == "2027-01-26"
    assert AMBIGUOUS_NOTE in notes(after, "icpc")
    before = calculate("barnsley", {"conference": "2027-01-18"}, conference_type="initial")
    # calendar: Mon 18 Jan 2027 - 2 days = Sat 16 -> Fri 15 Jan; working: Fri 15 (1), Thu 14 (2)
    # -> Thu 14 Jan 2027
    assert due(before, "reports-to-parents") == "2027-01-14"
    assert AMBIGUOUS_NOTE in notes(before, "reports-to-parents")


# ------------------------------------------------------------------ ordering


def test_deadlines_sorted_by_due_date_then_id():
    result = calculate(
        "north-yorkshire",
        {"strategy_discussion": "2026-12-18", "conference": "2027-01-04"},
        conference_type="initial",
    )
    got = [(item["id"], item["due"]) for item in result["deadlines"]]
    assert got == [
        # 3 wd before Mon 4 Jan 2027: Thu 31 Dec, Wed 30, Tue 29 -> Tue 29 Dec 2026
        ("exclusion-representations", "2026-12-29"),
        # 2 wd before Mon 4 Jan 2027: Thu 31 Dec, Wed 30 Dec -> Wed 30 Dec 2026 (both)
        ("reports-to-chair", "2026-12-30"),
        ("reports-to-parents", "2026-12-30"),
        # 24 hours after Mon 4 Jan -> Tue 5 Jan; 1 wd after -> Tue 5 Jan 2027
        ("decision-letter-to-parents", "2027-01-05"),
        ("outline-plan-and-decision-letter", "2027-01-05"),
        # Fri 18 Dec 2026 + 15 wd -> Wed 13 Jan 2027
        ("icpc", "2027-01-13"),
        # Mon 4 Jan 2027 + 15 wd: 5-8 (4); 11-15 (9); 18-22 (14); 25 (15) -> Mon 25 Jan 2027
        ("record", "2027-01-25"),
        ("record-to-parents", "2027-01-25"),
    ]


# ------------------------------------------------------------------ warnings


def test_icpc_on_deadline_day_no_warning_one_day_later_warning():
    on_time = calculate("oxfordshire", {"strategy_discussion": "2023-04-28", "icpc": "2023-05-23"})
    # deadline Tue 23 May 2023 (coronation and early May holidays skipped, see above)
    assert on_time["warnings"] == []
    late = calculate("oxfordshire", {"strategy_discussion": "2023-04-28", "icpc": "2023-05-24"})
    assert len(late["warnings"]) == 1
    assert "Wednesday 24 May 2023" in late["warnings"][0]
    assert "Tuesday 23 May 2023" in late["warnings"][0]


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


def test_birth_without_pre_birth_conference_warns():
    result = calculate("oxfordshire", {"birth": "2027-07-15"})
    assert result["deadlines"] == []
    assert any("pre-birth conference" in w for w in result["warnings"])


def test_first_deadline_item_shape():
    result = calculate("oxfordshire", {"strategy_discussion": "2026-12-18"})
    item = deadline(result, "icpc")
    assert result["authority_name"] == "Oxfordshire"
    assert set(item) >= {
        "id",
        "title",
        "due",
        "due_text",
        "rule",
        "from",
        "source",
        "inherited",
        "notes",
    }
    assert item["rule"] == "Within 15 working days of the strategy discussion"
