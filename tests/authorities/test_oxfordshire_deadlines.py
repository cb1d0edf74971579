"""Oxfordshire: every rule in deadlines.toml, hand-checked against the calendar.

Oxfordshire states all four national timescales itself, so nothing is inherited.
Bank holidays used: 25 and 28 Dec 2026, 1 Jan 2027, Good Friday 26 Mar 2027, Easter Monday
29 Mar 2027, 30 Aug 2027, 27 and 28 Dec 2027, 3 Jan 2028.
"""

from __future__ import annotations

from ..helpers import AMBIGUOUS_NOTE, calculate, deadline, due, ids, limit, not_stated, notes

AUTHORITY = "oxfordshire"


def test_icpc():
    result = calculate(AUTHORITY, {"strategy_discussion": "2026-12-18"})
    # Fri 18 Dec 2026 + 15 wd: 21-24 Dec (4); 25, 28 Dec BH; 29-31 Dec (7); 1 Jan BH;
    # 4-8 Jan (12); 11,12,13 Jan (15) -> Wed 13 Jan 2027
    assert due(result, "icpc") == "2027-01-13"
    assert deadline(result, "icpc")["inherited"] is False


def test_transfer_in_conference_over_christmas_2027():
    result = calculate(AUTHORITY, {"transfer_notification": "2027-12-20"})
    # Mon 20 Dec 2027 + 15 wd: 21-24 Dec (4); 27, 28 Dec BH; 29,30,31 Dec (7); 3 Jan 2028 BH;
    # 4-7 Jan (11); 10,11,12,13 Jan (15) -> Thu 13 Jan 2028
    assert due(result, "transfer-in-conference") == "2028-01-13"


# "be held before the EPO expires": the order expires at a time of day the calculator is not
# told. Read at its earliest, the conference is due the working day before the expiry date; only
# when the user says the order expires late in the day does the expiry day itself count.


def test_conference_before_epo_expires_is_the_working_day_before_by_default():
    result = calculate(AUTHORITY, {"epo_expiry": "2026-12-29"})
    # Tue 29 Dec 2026; the working day before: Mon 28 Dec BH (Boxing Day substitute), Sun 27,
    # Sat 26, Fri 25 BH -> Thu 24 Dec 2026
    item = deadline(result, "conference-before-epo-expires")
    assert item["due"] == "2026-12-24"
    assert item["limit"] == "2026-12-29"
    text = notes(result, "conference-before-epo-expires")
    assert "Read at its earliest" in text
    assert "Tuesday 29 December 2026" in text
    assert "The order expires late in the day" in text
    assert "epo_expires_late_in_day" not in text  # plain words, no field names
    assert AMBIGUOUS_NOTE not in text


def test_conference_before_epo_expires_late_in_the_day():
    result = calculate(AUTHORITY, {"epo_expiry": "2026-12-29"}, epo_expires_late_in_day=True)
    # Tue 29 Dec 2026 is a working day, and the order expires late that day -> Tue 29 Dec 2026
    item = deadline(result, "conference-before-epo-expires")
    assert item["due"] == "2026-12-29"
    assert "limit" not in item
    assert "late in the day" in notes(result, "conference-before-epo-expires")
    # false is the default reading
    default = calculate(AUTHORITY, {"epo_expiry": "2026-12-29"}, epo_expires_late_in_day=False)
    assert due(default, "conference-before-epo-expires") == "2026-12-24"


def test_conference_before_epo_expires_on_bank_holiday():
    # Mon 28 Dec 2026 (Boxing Day substitute); Sun 27, Sat 26, Fri 25 BH -> Thu 24 Dec 2026,
    # whether or not the order expires late in the day
    for late in (False, True):
        result = calculate(AUTHORITY, {"epo_expiry": "2026-12-28"}, epo_expires_late_in_day=late)
        assert due(result, "conference-before-epo-expires") == "2026-12-24"
        assert limit(result, "conference-before-epo-expires") == "2026-12-28"


def test_pre_birth_timings_from_edd():
    result = calculate(AUTHORITY, {"edd": "2027-10-08"})
    # 12 weeks' gestation = EDD - 28 weeks: Fri 8 Oct 2027 - 28 wk (7 x 4 wk: 10 Sep, 13 Aug, 16 Jul,
    # 18 Jun, 21 May, 23 Apr, 26 Mar) = Fri 26 Mar 2027, Good Friday -> Thu 25 Mar 2027
    assert due(result, "pre-birth-assessment-start") == "2027-03-25"
    assert limit(result, "pre-birth-assessment-start") == "2027-03-26"
    assert "28 weeks" in notes(result, "pre-birth-assessment-start")
    # 10 weeks before Fri 8 Oct 2027: 10 Sep, 13 Aug (-8 wk), 30 Jul (-10 wk) -> Fri 30 Jul 2027
    assert due(result, "pre-birth-conference") == "2027-07-30"
    assert limit(result, "pre-birth-conference") is None
    # Barnsley's request and planned dates also count from the EDD; Oxfordshire and national
    # guidance are silent on both.
    assert set(not_stated(result)) == {
        "pre-birth-conference-request",
        "pre-birth-conference-planned",
    }


def test_pre_birth_conference_limit_on_christmas_substitute():
    result = calculate(AUTHORITY, {"edd": "2028-03-06"})
    # Mon 6 Mar 2028 - 10 wk: 21 Feb (-2 wk; Feb 2028 has 29 days), 24 Jan (-6), 27 Dec 2027 (-10)
    # Mon 27 Dec 2027 BH; Sun 26, Sat 25 -> Fri 24 Dec 2027
    assert due(result, "pre-birth-conference") == "2027-12-24"
    assert limit(result, "pre-birth-conference") == "2027-12-27"
    # 28 wk before = 27 Dec 2027 - 18 wk: 29 Nov, 1 Nov, 4 Oct, 6 Sep (-16), 23 Aug (-18) -> Mon
    assert due(result, "pre-birth-assessment-start") == "2027-08-23"


def test_pre_birth_conference_held_late_warns():
    result = calculate(AUTHORITY, {"edd": "2027-10-08", "pre_birth_conference": "2027-08-02"})
    # latest date Fri 30 Jul 2027 (above); held Mon 2 Aug 2027
    assert any("Monday 2 August 2027" in w for w in result["warnings"])


def test_first_core_group_over_easter():
    result = calculate(AUTHORITY, {"icpc": "2027-03-18"})
    # Thu 18 Mar 2027 + 10 wd: 19 (1); 22-25 (5); 26 Good Fri, 29 Easter Mon; 30,31 Mar,
    # 1,2 Apr (9); 5 Apr (10) -> Mon 5 Apr 2027
    assert due(result, "first-core-group") == "2027-04-05"
    assert deadline(result, "first-core-group")["inherited"] is False


def test_first_review_from_icpc():
    result = calculate(AUTHORITY, {"icpc": "2027-11-30"})
    # Tue 30 Nov 2027 + 3 months -> 29 Feb 2028 (leap year, Tue)
    item = deadline(result, "first-review")
    assert item["due"] == "2028-02-29"
    assert item["from"]["event"] == "icpc"
    assert item["inherited"] is False


def test_first_review_after_pre_birth_conference_birth_sooner():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01", "birth": "2027-07-15"})
    # PBC Tue 1 Jun 2027 + 3 months = Wed 1 Sep 2027; birth Thu 15 Jul 2027 + 1 month =
    # Sun 15 Aug 2027. Earlier limit 15 Aug (Sun) -> Fri 13 Aug 2027
    item = deadline(result, "first-review")
    assert item["due"] == "2027-08-13"
    assert item["limit"] == "2027-08-15"
    assert "pre-birth" in item["title"]
    assert item["inherited"] is False


def test_first_review_after_pre_birth_conference_pbc_sooner():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01", "birth": "2027-08-23"})
    # PBC + 3 months = Wed 1 Sep 2027; birth Mon 23 Aug 2027 + 1 month = Thu 23 Sep 2027
    # Earlier limit Wed 1 Sep 2027, a working day
    assert due(result, "first-review") == "2027-09-01"
    assert limit(result, "first-review") is None


def test_first_review_after_pre_birth_conference_without_birth():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-11-30"})
    # Tue 30 Nov 2027 + 3 months -> Tue 29 Feb 2028
    assert due(result, "first-review") == "2028-02-29"
    assert "date of birth" in notes(result, "first-review")


def test_first_core_group_counts_from_pre_birth_conference():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01"})
    # Tue 1 Jun 2027 + 10 wd: 2,3,4 (3); 7-11 (8); 14,15 (10) -> Tue 15 Jun 2027
    item = deadline(result, "first-core-group")
    assert item["due"] == "2027-06-15"
    assert item["from"] == {"event": "pre_birth_conference", "date": "2027-06-01"}
    assert item["inherited"] is False


def test_next_review():
    result = calculate(AUTHORITY, {"review": "2027-06-28"})
    # Mon 28 Jun 2027 + 6 months = Tue 28 Dec 2027 BH; Mon 27 BH, Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "next-review") == "2027-12-24"
    assert limit(result, "next-review") == "2027-12-28"


def test_conference_rules_around_easter_before_and_after():
    result = calculate(AUTHORITY, {"conference": "2027-03-25"}, conference_type="initial")
    got = [(item["id"], item["due"]) for item in result["deadlines"]]
    assert got == [
        # 3 wd before Thu 25 Mar 2027: Wed 24, Tue 23, Mon 22 -> Mon 22 Mar
        ("exclusion-representations", "2027-03-22"),
        ("reports-to-parents", "2027-03-22"),
        # 1 wd before Thu 25 Mar -> Wed 24 Mar
        ("reports-to-chair", "2027-03-24"),
        # 1 wd after Thu 25 Mar: Fri 26 Good Fri, Mon 29 Easter Mon -> Tue 30 Mar
        ("decision-document", "2027-03-30"),
        # 2 wd after: Tue 30 (1), Wed 31 (2) -> Wed 31 Mar
        ("decision-summary-and-plan", "2027-03-31"),
    ]


def test_reports_before_conference_straight_after_easter():
    result = calculate(AUTHORITY, {"conference": "2027-03-30"}, conference_type="review")
    # before Tue 30 Mar 2027: Mon 29 Easter Mon, Fri 26 Good Fri, Thu 25 (1), Wed 24 (2), Tue 23 (3)
    assert due(result, "reports-to-parents") == "2027-03-23"
    assert due(result, "exclusion-representations") == "2027-03-23"
    assert due(result, "reports-to-chair") == "2027-03-25"


def test_looked_after_review_20_working_days():
    result = calculate(AUTHORITY, {"looked_after": "2027-12-13"})
    # Mon 13 Dec 2027 + 20 wd: 14-17 Dec (4); 20-24 Dec (9); 27, 28 Dec BH; 29-31 Dec (12);
    # 3 Jan 2028 BH; 4-7 Jan (16); 10,11,12,13 Jan (20) -> Thu 13 Jan 2028
    assert due(result, "looked-after-review") == "2028-01-13"


def test_next_core_group_for_looked_after_child():
    result = calculate(AUTHORITY, {"looked_after": "2026-10-01", "core_group": "2026-11-13"})
    # Fri 13 Nov 2026 + 6 weeks = Fri 25 Dec 2026 (Christmas) -> Thu 24 Dec 2026
    assert due(result, "next-core-group-looked-after") == "2026-12-24"
    assert limit(result, "next-core-group-looked-after") == "2026-12-25"
    # The 6 weeks are for a looked-after child with a plan, not every child's next core group.
    assert "next-core-group" not in ids(result)


def test_next_core_group_needs_looked_after_date():
    result = calculate(AUTHORITY, {"core_group": "2026-11-13"})
    assert "next-core-group-looked-after" not in ids(result)
    note = not_stated(result)["next-core-group-looked-after"]
    assert "looked after" in note
    # For other children the chair sets the timescales (section 8), and the note says so.
    assert "timescales set for subsequent meetings" in not_stated(result)["next-core-group"]


def test_child_in_need_plan_review():
    result = calculate(AUTHORITY, {"child_in_need_plan": "2027-06-25"})
    # Fri 25 Jun 2027 + 6 months = Sat 25 Dec 2027 -> Fri 24 Dec 2027
    assert due(result, "child-in-need-plan-review") == "2027-12-24"
    assert limit(result, "child-in-need-plan-review") == "2027-12-25"


def test_supervision_order_reviews():
    result = calculate(AUTHORITY, {"supervision_order": "2026-11-30"})
    # Mon 30 Nov 2026 + 3 months -> Sun 28 Feb 2027 (clamped) -> Fri 26 Feb 2027
    assert due(result, "supervision-order-3-month-review") == "2027-02-26"
    assert limit(result, "supervision-order-3-month-review") == "2027-02-28"
    # + 9 months -> Mon 30 Aug 2027, Late Summer BH; Sun 29, Sat 28 -> Fri 27 Aug 2027
    assert due(result, "supervision-order-9-month-review") == "2027-08-27"
    assert limit(result, "supervision-order-9-month-review") == "2027-08-30"


def test_supervision_order_reviews_leap_year():
    result = calculate(AUTHORITY, {"supervision_order": "2027-11-30"})
    # Tue 30 Nov 2027 + 3 months -> Tue 29 Feb 2028; + 9 months -> Wed 30 Aug 2028
    assert due(result, "supervision-order-3-month-review") == "2028-02-29"
    assert due(result, "supervision-order-9-month-review") == "2028-08-30"


def test_attendance_improvements_agreed():
    result = calculate(AUTHORITY, {"attendance_data_received": "2027-12-14"})
    # Tue 14 Dec 2027 + 2 weeks = Tue 28 Dec 2027 BH; Mon 27 BH, Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "attendance-improvements-agreed") == "2027-12-24"
    assert limit(result, "attendance-improvements-agreed") == "2027-12-28"


def test_nothing_inherited():
    result = calculate(
        AUTHORITY,
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13", "review": "2027-04-13"},
    )
    assert ids(result) == {"icpc", "first-core-group", "first-review", "next-review"}
    assert all(item["inherited"] is False for item in result["deadlines"])
    assert all(item["source"]["authority"] == AUTHORITY for item in result["deadlines"])
    # 13 Jan 2027 + 10 wd -> Wed 27 Jan; + 3 months -> Tue 13 Apr; 13 Apr + 6 months -> Wed 13 Oct
    assert due(result, "first-core-group") == "2027-01-27"
    assert due(result, "first-review") == "2027-04-13"
    assert due(result, "next-review") == "2027-10-13"


# ------------------------------------------------------------------ counting: the event day and weekends


def test_working_days_before_a_sunday_event():
    result = calculate("oxfordshire", {"conference": "2027-01-03"}, conference_type="initial")
    # 1 wd before Sun 3 Jan 2027: Sat 2, Fri 1 Jan BH -> Thu 31 Dec 2026
    assert due(result, "reports-to-chair") == "2026-12-31"
    # 1 wd after Sun 3 Jan 2027 -> Mon 4 Jan 2027
    assert due(result, "decision-document") == "2027-01-04"


# ------------------------------------------------------------------ counting: office closure days


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


# ------------------------------------------------------------------ counting: warnings


def test_icpc_on_deadline_day_no_warning_one_day_later_warning():
    on_time = calculate("oxfordshire", {"strategy_discussion": "2023-04-28", "icpc": "2023-05-23"})
    # deadline Tue 23 May 2023 (coronation and early May holidays skipped, see above)
    assert on_time["warnings"] == []
    late = calculate("oxfordshire", {"strategy_discussion": "2023-04-28", "icpc": "2023-05-24"})
    assert len(late["warnings"]) == 1
    assert "Wednesday 24 May 2023" in late["warnings"][0]
    assert "Tuesday 23 May 2023" in late["warnings"][0]


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
