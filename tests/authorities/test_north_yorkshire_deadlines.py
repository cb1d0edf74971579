"""North Yorkshire: every rule in deadlines.toml, hand-checked.

North Yorkshire's captured document lost the list after "the Chair should ensure that:", so the
first core group timescale is inherited from national guidance. Report deadlines differ between
initial and review conferences. "15 days" for a return home is ambiguous.
Bank holidays used: 25 and 28 Dec 2026, 1 Jan 2027, 27 and 28 Dec 2027, 3 Jan 2028, 2-3 Jun 2022.
"""

from __future__ import annotations

from ..helpers import AMBIGUOUS_NOTE, calculate, deadline, due, limit, notes

AUTHORITY = "north-yorkshire"


def test_icpc_local_and_first_core_group_inherited():
    result = calculate(AUTHORITY, {"strategy_discussion": "2027-12-17", "icpc": "2028-01-12"})
    # Fri 17 Dec 2027 + 15 wd: 20-24 Dec (5); 27, 28 Dec BH; 29-31 Dec (8); 3 Jan 2028 BH;
    # 4-7 Jan (12); 10,11,12 Jan (15) -> Wed 12 Jan 2028
    icpc = deadline(result, "icpc")
    assert icpc["due"] == "2028-01-12"
    assert icpc["inherited"] is False
    # Wed 12 Jan 2028 + 10 wd: 13,14 (2); 17-21 (7); 24,25,26 (10) -> Wed 26 Jan 2028
    core = deadline(result, "first-core-group")
    assert core["due"] == "2028-01-26"
    assert core["inherited"] is True
    assert core["source"]["authority"] == "england"
    text = notes(result, "first-core-group")
    assert "national guidance" in text.lower()
    assert "lost in the capture" in text
    assert result["warnings"] == []


def test_transfer_in_conference():
    result = calculate(AUTHORITY, {"transfer_notification": "2026-12-21"})
    # Mon 21 Dec 2026 + 15 wd: 22,23,24 (3); 25, 28 BH; 29,30,31 (6); 1 Jan BH; 4-8 Jan (11);
    # 11,12,13,14 Jan (15) -> Thu 14 Jan 2027
    assert due(result, "transfer-in-conference") == "2027-01-14"


def test_conference_before_epo_expires():
    # Read at its earliest: the working day before the expiry date, unless the order expires late
    # in the day (then the expiry day, if a working day, else the last working day before it).
    result = calculate(AUTHORITY, {"epo_expiry": "2027-01-13"})
    # Wed 13 Jan 2027 -> Tue 12 Jan 2027
    assert due(result, "conference-before-epo-expires") == "2027-01-12"
    assert limit(result, "conference-before-epo-expires") == "2027-01-13"
    late = calculate(AUTHORITY, {"epo_expiry": "2027-01-13"}, epo_expires_late_in_day=True)
    assert due(late, "conference-before-epo-expires") == "2027-01-13"
    assert limit(late, "conference-before-epo-expires") is None
    result = calculate(AUTHORITY, {"epo_expiry": "2027-01-04"})
    # Mon 4 Jan 2027; Sun 3, Sat 2, Fri 1 Jan BH -> Thu 31 Dec 2026
    assert due(result, "conference-before-epo-expires") == "2026-12-31"
    late = calculate(AUTHORITY, {"epo_expiry": "2027-01-04"}, epo_expires_late_in_day=True)
    assert due(late, "conference-before-epo-expires") == "2027-01-04"
    for flag in (False, True):
        result = calculate(AUTHORITY, {"epo_expiry": "2027-01-03"}, epo_expires_late_in_day=flag)
        # Sun 3 Jan 2027; Sat 2, Fri 1 Jan BH -> Thu 31 Dec 2026 either way
        assert due(result, "conference-before-epo-expires") == "2026-12-31"
        assert limit(result, "conference-before-epo-expires") == "2027-01-03"


def test_late_in_day_flag_changes_only_the_epo_deadline():
    events = {"epo_expiry": "2027-01-13", "strategy_discussion": "2027-01-11"}
    early = calculate(AUTHORITY, events)
    late = calculate(AUTHORITY, events, epo_expires_late_in_day=True)
    # Mon 11 Jan 2027 + 15 wd -> Mon 1 Feb 2027, either way
    assert due(early, "icpc") == due(late, "icpc") == "2027-02-01"


def test_pre_birth_conference():
    result = calculate(AUTHORITY, {"edd": "2027-10-08"})
    # Fri 8 Oct 2027 - 10 weeks (70 days: 10 Sep, 13 Aug, 30 Jul) -> Fri 30 Jul 2027
    assert due(result, "pre-birth-conference") == "2027-07-30"
    result = calculate(AUTHORITY, {"edd": "2028-03-06"})
    # Mon 6 Mar 2028 - 10 weeks = Mon 27 Dec 2027 (BH) -> Fri 24 Dec 2027
    assert due(result, "pre-birth-conference") == "2027-12-24"
    assert limit(result, "pre-birth-conference") == "2027-12-27"


def test_first_review_from_icpc():
    result = calculate(AUTHORITY, {"icpc": "2026-12-29"})
    # Tue 29 Dec 2026 + 3 months = Mon 29 Mar 2027 (Easter Mon); Good Fri 26 -> Thu 25 Mar 2027
    assert due(result, "first-review") == "2027-03-25"
    assert limit(result, "first-review") == "2027-03-29"


def test_first_review_after_pre_birth_conference_birth_month_end():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-09-30", "birth": "2027-10-31"})
    # birth Sun 31 Oct 2027 + 1 month = "31 Nov" -> Tue 30 Nov 2027;
    # PBC Thu 30 Sep 2027 + 3 months = Thu 30 Dec 2027. Earlier: Tue 30 Nov 2027
    item = deadline(result, "first-review")
    assert item["due"] == "2027-11-30"
    assert "limit" not in item
    assert item["inherited"] is False


def test_first_review_after_pre_birth_conference_pbc_limit_on_holiday():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-09-28", "birth": "2027-12-13"})
    # PBC Tue 28 Sep 2027 + 3 months = Tue 28 Dec 2027 (BH); birth Mon 13 Dec + 1 month =
    # Thu 13 Jan 2028. Earlier limit 28 Dec -> Mon 27 BH, Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "first-review") == "2027-12-24"
    assert limit(result, "first-review") == "2027-12-28"


def test_pre_birth_conference_without_birth_inherits_core_group_from_it():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01"})
    # first review: Tue 1 Jun 2027 + 3 months = Wed 1 Sep 2027, with a note asking for the birth
    assert due(result, "first-review") == "2027-09-01"
    assert "date of birth" in notes(result, "first-review")
    # first core group (national, inherited) from the PBC: Tue 1 Jun 2027 + 10 wd: 2,3,4 (3);
    # 7-11 (8); 14,15 (10) -> Tue 15 Jun 2027
    core = deadline(result, "first-core-group")
    assert core["due"] == "2027-06-15"
    assert core["inherited"] is True
    assert core["from"] == {"event": "pre_birth_conference", "date": "2027-06-01"}
    text = notes(result, "first-core-group")
    assert "national guidance" in text.lower()
    assert "pre-birth conference" in text


def test_next_review():
    result = calculate(AUTHORITY, {"review": "2028-01-31"})
    # Mon 31 Jan 2028 + 6 months = Mon 31 Jul 2028, a working day
    assert due(result, "next-review") == "2028-07-31"


def test_initial_conference_report_deadlines():
    result = calculate(AUTHORITY, {"conference": "2027-01-04"}, conference_type="initial")
    # 2 wd before Mon 4 Jan 2027: Sun 3, Sat 2, Fri 1 BH, Thu 31 Dec (1), Wed 30 Dec (2)
    assert due(result, "reports-to-parents") == "2026-12-30"
    assert due(result, "reports-to-chair") == "2026-12-30"
    # 3 wd before: Thu 31 (1), Wed 30 (2), Tue 29 (3) -> Tue 29 Dec 2026
    assert due(result, "exclusion-representations") == "2026-12-29"
    assert "initial" in deadline(result, "reports-to-parents")["rule"]


def test_review_conference_report_deadlines():
    result = calculate(AUTHORITY, {"conference": "2027-01-04"}, conference_type="review")
    # 5 wd before Mon 4 Jan 2027: Thu 31 (1), Wed 30 (2), Tue 29 (3), Mon 28 BH, Fri 25 BH,
    # Thu 24 (4), Wed 23 (5) -> Wed 23 Dec 2026
    assert due(result, "reports-to-parents") == "2026-12-23"
    assert due(result, "reports-to-chair") == "2026-12-23"
    # exclusion requests: 3 wd for any conference -> Tue 29 Dec 2026
    assert due(result, "exclusion-representations") == "2026-12-29"
    assert "review" in deadline(result, "reports-to-chair")["rule"]


def test_after_conference_deadlines_at_christmas():
    result = calculate(AUTHORITY, {"conference": "2026-12-24"}, conference_type="initial")
    # 24 hours after Thu 24 Dec 2026 -> limit Fri 25 Dec (Christmas) -> due Thu 24 Dec 2026
    assert due(result, "decision-letter-to-parents") == "2026-12-24"
    assert limit(result, "decision-letter-to-parents") == "2026-12-25"
    # 1 wd after Thu 24 Dec: Fri 25 BH, Mon 28 BH -> Tue 29 Dec 2026
    assert due(result, "outline-plan-and-decision-letter") == "2026-12-29"
    # 15 wd after Thu 24 Dec: 29,30,31 (3); 1 Jan BH; 4-8 Jan (8); 11-15 (13); 18,19 (15)
    # -> Tue 19 Jan 2027
    assert due(result, "record") == "2027-01-19"
    assert due(result, "record-to-parents") == "2027-01-19"


def test_decision_letter_24_hours_on_a_working_day():
    result = calculate(AUTHORITY, {"conference": "2027-01-04"}, conference_type="review")
    # 24 hours after Mon 4 Jan 2027 -> Tue 5 Jan 2027, a working day: no separate limit
    assert due(result, "decision-letter-to-parents") == "2027-01-05"
    assert limit(result, "decision-letter-to-parents") is None
    # 15 wd after Mon 4 Jan: 5-8 (4); 11-15 (9); 18-22 (14); 25 (15) -> Mon 25 Jan 2027
    assert due(result, "record") == "2027-01-25"


def test_record_over_2022_jubilee():
    result = calculate(AUTHORITY, {"conference": "2022-05-31"}, conference_type="initial")
    # Tue 31 May 2022 + 15 wd: 1 Jun (1); 2 Jun BH (spring, moved), 3 Jun BH (jubilee);
    # 6-10 (6); 13-17 (11); 20,21,22,23 (15) -> Thu 23 Jun 2022
    assert due(result, "record") == "2022-06-23"
    # 1 wd after Tue 31 May 2022 -> Wed 1 Jun 2022
    assert due(result, "outline-plan-and-decision-letter") == "2022-06-01"


def test_record_amendments_one_week():
    result = calculate(AUTHORITY, {"record_received": "2027-12-20"})
    # Mon 20 Dec 2027 + 1 week = Mon 27 Dec 2027 (BH) -> Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "record-amendments") == "2027-12-24"
    assert limit(result, "record-amendments") == "2027-12-27"


def test_return_home_icpc_15_days_over_christmas():
    result = calculate(AUTHORITY, {"return_home_decision": "2026-12-18"})
    item = deadline(result, "return-home-icpc")
    # calendar reading: Fri 18 Dec 2026 + 15 days = Sat 2 Jan 2027; Fri 1 Jan BH -> Thu 31 Dec 2026
    # working-day reading: 15 wd -> Wed 13 Jan 2027 (as for the ICPC). Earlier: Thu 31 Dec 2026
    assert item["due"] == "2026-12-31"
    assert item["limit"] == "2027-01-02"
    text = notes(result, "return-home-icpc")
    assert AMBIGUOUS_NOTE in text
    assert "Thursday 31 December 2026" in text
    assert "Wednesday 13 January 2027" in text


def test_return_home_icpc_15_days_ordinary_month():
    result = calculate(AUTHORITY, {"return_home_decision": "2027-03-01"})
    # calendar: Mon 1 Mar 2027 + 15 days = Tue 16 Mar 2027 (working day)
    # working: 2-5 (4); 8-12 (9); 15-19 (14); 22 (15) -> Mon 22 Mar 2027. Earlier: Tue 16 Mar
    assert due(result, "return-home-icpc") == "2027-03-16"
    assert limit(result, "return-home-icpc") is None
    text = notes(result, "return-home-icpc")
    assert "Tuesday 16 March 2027" in text
    assert "Monday 22 March 2027" in text


def test_child_in_need_plan_review_31_august_non_leap():
    result = calculate(AUTHORITY, {"child_in_need_plan": "2028-08-31"})
    # Thu 31 Aug 2028 + 6 months = "31 Feb 2029" -> Wed 28 Feb 2029 (2029 not a leap year)
    assert due(result, "child-in-need-plan-review") == "2029-02-28"


def test_local_and_inherited_ids():
    result = calculate(
        AUTHORITY,
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13", "review": "2027-04-13"},
    )
    inherited = {item["id"] for item in result["deadlines"] if item["inherited"]}
    local = {item["id"] for item in result["deadlines"] if not item["inherited"]}
    assert inherited == {"first-core-group"}
    assert local == {"icpc", "first-review", "next-review"}


def test_next_review_limit_on_christmas_substitute():
    result = calculate(AUTHORITY, {"review": "2027-06-28"})
    # Mon 28 Jun 2027 + 6 months = Tue 28 Dec 2027 (BH); Mon 27 BH, Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "next-review") == "2027-12-24"
    assert limit(result, "next-review") == "2027-12-28"


def test_child_in_need_plan_review_limit_on_christmas_day():
    result = calculate(AUTHORITY, {"child_in_need_plan": "2027-06-25"})
    # Fri 25 Jun 2027 + 6 months = Sat 25 Dec 2027 -> Fri 24 Dec 2027
    assert due(result, "child-in-need-plan-review") == "2027-12-24"
    assert limit(result, "child-in-need-plan-review") == "2027-12-25"


# ------------------------------------------------------------------ counting: hours


def test_24_hours_after_a_friday():
    result = calculate("north-yorkshire", {"conference": "2026-12-18"}, conference_type="initial")
    # 24 hours after Fri 18 Dec 2026 -> Sat 19 Dec -> Fri 18 Dec 2026
    assert due(result, "decision-letter-to-parents") == "2026-12-18"
    assert limit(result, "decision-letter-to-parents") == "2026-12-19"


# ------------------------------------------------------------------ counting: a deadline never comes before its event
# Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar. Christmas 2026: Fri 25 Dec, Sat 26 Dec,
# Mon 28 Dec (Boxing Day substitute).


def test_24_hours_after_a_conference_on_christmas_day():
    result = calculate("north-yorkshire", {"conference": "2026-12-25"}, conference_type="initial")
    # Fri 25 Dec 2026 + 24 hours = Sat 26 Dec. The last working day on or before it is Thu 24 Dec,
    # before the conference; first working day on or after Fri 25 Dec: Sat 26, Sun 27, Mon 28 BH
    # -> Tue 29 Dec 2026
    assert due(result, "decision-letter-to-parents") == "2026-12-29"
    assert limit(result, "decision-letter-to-parents") == "2026-12-26"
    assert "Tuesday 29 December 2026" in notes(result, "decision-letter-to-parents")


# ------------------------------------------------------------------ counting: ordering


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
