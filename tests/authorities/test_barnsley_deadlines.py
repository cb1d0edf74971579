"""Barnsley: every rule in deadlines.toml, hand-checked, and the national rules it inherits.

Barnsley's "at least two days before the conference" does not say working days: before an event
the working-day reading is the earlier one, and a note is added only when the readings differ.
Barnsley sets review dates at each conference and says core groups follow "the required
timescales", so the first core group and both review timescales are inherited.
Bank holidays used: 25 and 28 Dec 2026, 1 Jan 2027, Good Friday 26 Mar 2027, Easter Monday
29 Mar 2027, 27 and 28 Dec 2027, 2-3 Jun 2022, 19 Sep 2022.
"""

from __future__ import annotations

import pytest

from ..helpers import AMBIGUOUS_NOTE, calculate, deadline, due, limit, notes

AUTHORITY = "barnsley"


def test_conference_booking_24_hours_after_friday_decision():
    result = calculate(AUTHORITY, {"conference_decision": "2026-12-18"})
    # 24 hours after Fri 18 Dec 2026 -> limit Sat 19 Dec -> last working day on or before: Fri 18 Dec
    assert due(result, "conference-booking") == "2026-12-18"
    assert limit(result, "conference-booking") == "2026-12-19"


def test_conference_booking_24_hours_midweek():
    result = calculate(AUTHORITY, {"conference_decision": "2026-12-16"})
    # 24 hours after Wed 16 Dec 2026 -> Thu 17 Dec 2026, a working day
    assert due(result, "conference-booking") == "2026-12-17"
    assert limit(result, "conference-booking") is None


def test_icpc_over_easter():
    result = calculate(AUTHORITY, {"strategy_discussion": "2027-03-18"})
    # Thu 18 Mar 2027 + 15 wd: 19 (1); 22-25 (5); 26 Good Fri, 29 Easter Mon; 30,31 Mar,
    # 1,2 Apr (9); 5-9 Apr (14); 12 Apr (15) -> Mon 12 Apr 2027
    item = deadline(result, "icpc")
    assert item["due"] == "2027-04-12"
    assert item["inherited"] is False
    assert "last" in notes(result, "icpc")


# The pre-birth conference. Barnsley says both "Pre-birth Conferences should be held no later than
# the 32nd week of pregnancy" and "planned to take place 8 weeks before the due date". The 32nd
# week runs from 31 weeks 0 days to 31 weeks 6 days; read at its earliest, the latest date is
# 31 weeks 6 days: 40 weeks - (31 weeks 6 days) = 8 weeks 1 day = 57 days before the EDD, the day
# before the planned point (8 weeks = 56 days before the EDD).


def test_pre_birth_request_latest_and_planned():
    result = calculate(AUTHORITY, {"edd": "2027-10-08"})
    # 12 weeks before Fri 8 Oct 2027: 10 Sep (-4), 13 Aug (-8), 16 Jul (-12) -> Fri 16 Jul 2027
    assert due(result, "pre-birth-conference-request") == "2027-07-16"
    # 8 weeks before: 10 Sep (-4), 13 Aug (-8) -> Fri 13 Aug 2027 (planned)
    assert due(result, "pre-birth-conference-planned") == "2027-08-13"
    # 57 days before: the day before Fri 13 Aug -> Thu 12 Aug 2027 (latest)
    assert due(result, "pre-birth-conference") == "2027-08-12"
    assert limit(result, "pre-birth-conference") is None


def test_pre_birth_latest_date_in_july_edd():
    result = calculate(AUTHORITY, {"edd": "2027-07-16"})
    # Fri 16 Jul 2027 - 56 days (8 weeks: 18 Jun, 21 May) = Fri 21 May 2027 (planned);
    # 57 days = Thu 20 May 2027 (latest), a working day (the spring bank holiday is 31 May).
    latest = deadline(result, "pre-birth-conference")
    assert latest["due"] == "2027-05-20"
    assert latest["due_text"] == "Thursday 20 May 2027"
    assert latest["title"] == "Pre-birth conference (latest date)"
    assert "32nd week" in latest["rule"]
    assert latest["source"]["quote"] == (
        "Pre-birth Conferences should be held no later than the 32nd week of pregnancy"
    )
    planned = deadline(result, "pre-birth-conference-planned")
    assert planned["due"] == "2027-05-21"
    assert planned["title"] == "Pre-birth conference (planned date)"
    assert planned["source"]["quote"] == "planned to take place 8 weeks before the due date"
    assert planned["rule"] == "8 weeks before the expected date of delivery"
    for item in (latest, planned):
        text = "\n".join(item["notes"])
        assert "two sentences are a day apart" in text
        assert "57 days" in text
        assert "56 days" in text


def test_pre_birth_latest_date_on_easter_monday():
    result = calculate(AUTHORITY, {"edd": "2027-05-25"})
    # Tue 25 May 2027 - 57 days = Mon 29 Mar 2027 (Easter Monday); Sun 28, Sat 27, Good Friday 26
    # -> Thu 25 Mar 2027. The planned point, 56 days before, is Tue 30 Mar 2027, a working day.
    assert due(result, "pre-birth-conference") == "2027-03-25"
    assert limit(result, "pre-birth-conference") == "2027-03-29"
    assert due(result, "pre-birth-conference-planned") == "2027-03-30"
    assert limit(result, "pre-birth-conference-planned") is None


def test_pre_birth_conference_after_the_latest_date_warns():
    # EDD Fri 16 Jul 2027: latest Thu 20 May 2027. A conference on the planned date, Fri 21 May,
    # is a day late on the earlier reading.
    on_time = calculate(AUTHORITY, {"edd": "2027-07-16", "pre_birth_conference": "2027-05-20"})
    assert on_time["warnings"] == []
    late = calculate(AUTHORITY, {"edd": "2027-07-16", "pre_birth_conference": "2027-05-21"})
    assert len(late["warnings"]) == 1
    assert "Thursday 20 May 2027" in late["warnings"][0]


def test_pre_birth_request_limit_on_christmas_substitute():
    result = calculate(AUTHORITY, {"edd": "2028-03-20"})
    # Mon 20 Mar 2028 - 12 weeks: 21 Feb (-4; Feb 2028 has 29 days), 24 Jan (-8), 27 Dec 2027 (-12)
    # Mon 27 Dec 2027 BH, Sun 26, Sat 25 -> Fri 24 Dec 2027
    assert due(result, "pre-birth-conference-request") == "2027-12-24"
    assert limit(result, "pre-birth-conference-request") == "2027-12-27"
    # 8 weeks before: Mon 24 Jan 2028, a working day (planned)
    assert due(result, "pre-birth-conference-planned") == "2028-01-24"
    assert limit(result, "pre-birth-conference-planned") is None
    # 57 days before: Sun 23 Jan 2028; Sat 22 -> Fri 21 Jan 2028 (latest)
    assert due(result, "pre-birth-conference") == "2028-01-21"
    assert limit(result, "pre-birth-conference") == "2028-01-23"


def test_transfer_in_conference_over_2022_jubilee():
    result = calculate(AUTHORITY, {"transfer_notification": "2022-05-31"})
    # Tue 31 May 2022 + 15 wd: 1 Jun (1); 2 Jun, 3 Jun BH; 6-10 (6); 13-17 (11); 20-23 (15)
    # -> Thu 23 Jun 2022
    assert due(result, "transfer-in-conference") == "2022-06-23"


def test_before_conference_deadlines_readings_differ():
    result = calculate(AUTHORITY, {"conference": "2027-01-04"}, conference_type="initial")
    # 1 week before Mon 4 Jan 2027 = Mon 28 Dec 2026 (BH); Sun 27, Sat 26, Fri 25 BH
    # -> Thu 24 Dec 2026
    assert due(result, "social-worker-liaises-with-chair") == "2026-12-24"
    assert limit(result, "social-worker-liaises-with-chair") == "2026-12-28"
    # "two days" before Mon 4 Jan 2027:
    #   calendar: Sat 2 Jan; Fri 1 Jan BH -> Thu 31 Dec 2026
    #   working:  Thu 31 Dec (1), Wed 30 Dec (2) -> Wed 30 Dec 2026. Earlier: Wed 30 Dec 2026
    for deadline_id in ("reports-to-parents", "reports-to-safeguarding-unit"):
        assert due(result, deadline_id) == "2026-12-30"
        assert limit(result, deadline_id) is None
        text = notes(result, deadline_id)
        assert AMBIGUOUS_NOTE in text
        assert "Thursday 31 December 2026" in text
        assert "Wednesday 30 December 2026" in text
    # 2 working days before Mon 4 Jan 2027 -> Wed 30 Dec 2026
    assert due(result, "social-care-report-authorised") == "2026-12-30"


def test_two_days_before_monday_outside_holidays():
    result = calculate(AUTHORITY, {"conference": "2027-01-11"}, conference_type="review")
    # calendar: Mon 11 Jan 2027 - 2 days = Sat 9 Jan -> Fri 8 Jan;
    # working: Fri 8 (1), Thu 7 (2) -> Thu 7 Jan 2027. Earlier: Thu 7 Jan 2027
    assert due(result, "reports-to-parents") == "2027-01-07"
    assert AMBIGUOUS_NOTE in notes(result, "reports-to-parents")


def test_two_days_before_thursday_readings_agree_no_note():
    result = calculate(AUTHORITY, {"conference": "2027-01-14"}, conference_type="initial")
    # calendar: Thu 14 Jan 2027 - 2 days = Tue 12 Jan (working day);
    # working: Wed 13 (1), Tue 12 (2). Both Tue 12 Jan 2027 -> no note
    for deadline_id in ("reports-to-parents", "reports-to-safeguarding-unit"):
        assert due(result, deadline_id) == "2027-01-12"
        assert AMBIGUOUS_NOTE not in notes(result, deadline_id)
    # 2 wd before Thu 14 Jan -> Tue 12 Jan 2027
    assert due(result, "social-care-report-authorised") == "2027-01-12"
    # 1 week before Thu 14 Jan 2027 = Thu 7 Jan 2027, a working day
    assert due(result, "social-worker-liaises-with-chair") == "2027-01-07"


def test_after_conference_deadlines_at_christmas():
    result = calculate(AUTHORITY, {"conference": "2026-12-24"}, conference_type="initial")
    # 24 hours after Thu 24 Dec 2026 -> Fri 25 Dec (Christmas) -> Thu 24 Dec 2026
    assert due(result, "decisions-and-recommendations") == "2026-12-24"
    assert limit(result, "decisions-and-recommendations") == "2026-12-25"
    # 15 wd after Thu 24 Dec: 29,30,31 (3); 1 Jan BH; 4-8 (8); 11-15 (13); 18,19 (15)
    # -> Tue 19 Jan 2027
    assert due(result, "record") == "2027-01-19"


def test_minutes_over_queens_funeral():
    result = calculate(AUTHORITY, {"conference": "2022-09-09"}, conference_type="review")
    # Fri 9 Sep 2022 + 15 wd: 12-16 (5); Mon 19 Sep BH (state funeral); 20-23 (9); 26-30 (14);
    # Mon 3 Oct (15) -> Mon 3 Oct 2022
    assert due(result, "record") == "2022-10-03"
    # 24 hours after Fri 9 Sep 2022 -> Sat 10 Sep -> Fri 9 Sep 2022
    assert due(result, "decisions-and-recommendations") == "2022-09-09"
    assert limit(result, "decisions-and-recommendations") == "2022-09-10"


def test_inherited_core_group_and_reviews():
    result = calculate(
        AUTHORITY,
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13", "review": "2027-08-31"},
    )
    # local: Fri 18 Dec 2026 + 15 wd -> Wed 13 Jan 2027
    icpc = deadline(result, "icpc")
    assert icpc["due"] == "2027-01-13"
    assert icpc["inherited"] is False
    # national: Wed 13 Jan 2027 + 10 wd -> Wed 27 Jan 2027
    core = deadline(result, "first-core-group")
    assert core["due"] == "2027-01-27"
    assert core["inherited"] is True
    assert "Core Groups will be held within the required timescales" in notes(
        result, "first-core-group"
    )
    # national: 13 Jan 2027 + 3 months -> Tue 13 Apr 2027
    first = deadline(result, "first-review")
    assert first["due"] == "2027-04-13"
    assert first["inherited"] is True
    assert "will be set at the initial or subsequent review" in notes(result, "first-review")
    # national: Tue 31 Aug 2027 + 6 months -> Tue 29 Feb 2028 (leap year)
    nxt = deadline(result, "next-review")
    assert nxt["due"] == "2028-02-29"
    assert nxt["inherited"] is True
    for deadline_id in ("first-core-group", "first-review", "next-review"):
        assert "national guidance" in notes(result, deadline_id).lower()
        assert deadline(result, deadline_id)["source"]["authority"] == "england"


# ------------------------------------------------------------------ counting: office closure days


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


# ------------------------------------------------------------------ counting: a deadline never comes before its event
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


# ------------------------------------------------------------------ counting: ambiguous "N days"


def test_ambiguous_days_before_takes_working_reading():
    before = calculate("barnsley", {"conference": "2027-01-18"}, conference_type="initial")
    # calendar: Mon 18 Jan 2027 - 2 days = Sat 16 -> Fri 15 Jan; working: Fri 15 (1), Thu 14 (2)
    # -> Thu 14 Jan 2027
    assert due(before, "reports-to-parents") == "2027-01-14"
    assert AMBIGUOUS_NOTE in notes(before, "reports-to-parents")
