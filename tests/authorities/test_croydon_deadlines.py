"""Croydon: its five rules, hand-checked, and the national rules it inherits.

Croydon gives no ICPC or first core group timescale (national guidance applies); report
deadlines differ for an ICPC (2 working days) and an RCPC (5 working days).
Bank holidays used: 25 and 28 Dec 2026, 1 Jan 2027.
"""

from __future__ import annotations

from ..helpers import AMBIGUOUS_NOTE, calculate, deadline, due, ids, limit, not_stated, notes

AUTHORITY = "croydon"


def test_icpc_and_first_core_group_inherited():
    result = calculate(AUTHORITY, {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13"})
    # national: Fri 18 Dec 2026 + 15 wd -> Wed 13 Jan 2027 (25, 28 Dec and 1 Jan skipped)
    icpc = deadline(result, "icpc")
    assert icpc["due"] == "2027-01-13"
    assert icpc["inherited"] is True
    assert icpc["source"]["authority"] == "england"
    icpc_notes = notes(result, "icpc")
    assert "national guidance" in icpc_notes.lower()
    # what Croydon says instead is quoted
    assert "convene a CPC" in icpc_notes
    # national: Wed 13 Jan 2027 + 10 wd: 14,15 (2); 18-22 (7); 25,26,27 (10) -> Wed 27 Jan 2027
    core = deadline(result, "first-core-group")
    assert core["due"] == "2027-01-27"
    assert core["inherited"] is True
    assert "national guidance" in notes(result, "first-core-group").lower()


def test_first_review_local():
    result = calculate(AUTHORITY, {"icpc": "2026-11-30"})
    # Mon 30 Nov 2026 + 3 months -> Sun 28 Feb 2027 (clamped) -> Fri 26 Feb 2027
    item = deadline(result, "first-review")
    assert item["due"] == "2027-02-26"
    assert item["limit"] == "2027-02-28"
    assert item["inherited"] is False
    assert item["source"]["authority"] == AUTHORITY


def test_next_review_local():
    result = calculate(AUTHORITY, {"review": "2027-08-31"})
    # Tue 31 Aug 2027 + 6 months -> Tue 29 Feb 2028 (leap year)
    item = deadline(result, "next-review")
    assert item["due"] == "2028-02-29"
    assert item["inherited"] is False


def test_reports_initial_conference():
    result = calculate(AUTHORITY, {"conference": "2027-01-05"}, conference_type="initial")
    # 2 wd before Tue 5 Jan 2027: Mon 4 (1), Sun, Sat, Fri 1 Jan BH, Thu 31 Dec (2)
    assert due(result, "reports-to-chair") == "2026-12-31"
    # "before the day of the conference" (1 day): Mon 4 Jan 2027 on either reading
    assert due(result, "reports-to-parents") == "2027-01-04"
    assert AMBIGUOUS_NOTE not in notes(result, "reports-to-parents")
    assert limit(result, "reports-to-parents") is None


def test_reports_review_conference():
    result = calculate(AUTHORITY, {"conference": "2027-01-05"}, conference_type="review")
    # 5 wd before Tue 5 Jan 2027: Mon 4 (1), Thu 31 (2), Wed 30 (3), Tue 29 (4), Mon 28 BH,
    # Fri 25 BH, Thu 24 Dec (5) -> Thu 24 Dec 2026
    assert due(result, "reports-to-chair") == "2026-12-24"
    assert due(result, "reports-to-parents") == "2027-01-04"


def test_reports_to_parents_day_before_is_a_holiday():
    result = calculate(AUTHORITY, {"conference": "2026-12-29"}, conference_type="initial")
    # 1 day before Tue 29 Dec 2026: Mon 28 BH, Sun 27, Sat 26, Fri 25 BH -> Thu 24 Dec 2026;
    # the working-day reading (1st wd before) is the same day, so no note
    assert due(result, "reports-to-parents") == "2026-12-24"
    assert AMBIGUOUS_NOTE not in notes(result, "reports-to-parents")
    # 2 wd before Tue 29 Dec: Thu 24 (1), Wed 23 (2) -> Wed 23 Dec 2026
    assert due(result, "reports-to-chair") == "2026-12-23"


def test_not_stated_for_edd():
    result = calculate(AUTHORITY, {"edd": "2027-10-08"})
    assert result["deadlines"] == []
    silent = not_stated(result)
    assert set(silent) == {
        "pre-birth-assessment-start",
        "pre-birth-conference",
        "pre-birth-conference-planned",
        "pre-birth-conference-request",
    }
    for note in silent.values():
        assert "Croydon" in note
        assert "national guidance" in note


def test_not_stated_for_conference_rules_other_authorities_have():
    result = calculate(AUTHORITY, {"conference": "2027-01-05"}, conference_type="initial")
    assert ids(result) == {"reports-to-chair", "reports-to-parents"}
    silent = not_stated(result)
    # e.g. Oxfordshire's decision document, North Yorkshire's and Barnsley's record
    assert {"decision-document", "record", "exclusion-representations"} <= set(silent)


def test_pre_birth_conference_counts_as_icpc_without_birth_rule():
    result = calculate(AUTHORITY, {"pre_birth_conference": "2027-06-01", "birth": "2027-07-15"})
    # Croydon has no pre-birth review rule: its first review counts 3 months from the PBC
    # Tue 1 Jun 2027 + 3 months = Wed 1 Sep 2027 (the birth date does not change it)
    review = deadline(result, "first-review")
    assert review["due"] == "2027-09-01"
    assert review["from"] == {"event": "pre_birth_conference", "date": "2027-06-01"}
    assert review["inherited"] is False
    # first core group inherited, from the PBC: Tue 1 Jun + 10 wd -> Tue 15 Jun 2027
    core = deadline(result, "first-core-group")
    assert core["due"] == "2027-06-15"
    assert core["inherited"] is True


def test_local_and_inherited_ids():
    result = calculate(
        AUTHORITY,
        {"strategy_discussion": "2026-12-18", "icpc": "2027-01-13", "review": "2027-04-13"},
    )
    inherited = {item["id"] for item in result["deadlines"] if item["inherited"]}
    local = {item["id"] for item in result["deadlines"] if not item["inherited"]}
    assert inherited == {"icpc", "first-core-group"}
    assert local == {"first-review", "next-review"}


def test_next_review_limit_on_christmas_substitute():
    result = calculate(AUTHORITY, {"review": "2027-06-28"})
    # Mon 28 Jun 2027 + 6 months = Tue 28 Dec 2027 (BH); Mon 27 BH, Sun, Sat -> Fri 24 Dec 2027
    assert due(result, "next-review") == "2027-12-24"
    assert limit(result, "next-review") == "2027-12-28"
