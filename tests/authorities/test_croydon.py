"""Croydon: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are in test_croydon_deadlines.py beside this file.
"""

from __future__ import annotations

from calculators.handbook import render, training_pages

from ..helpers import (
    LINKS,
    assert_no_age_rule,
    other_thresholds,
    table_cells,
    text_of,
)

AUTHORITY = "croydon"


# ------------------------------------------------------------------ cli


def test_an_inherited_national_summary_is_not_shown_as_a_quote():
    # National guidance is cited by its summary, not in quotation marks. Croydon inherits the
    # national ICPC timescale: the same, in Croydon's result.
    _, text = text_of(
        "deadlines", {"authority": AUTHORITY, "events": {"strategy_discussion": "2027-01-13"}}
    )
    flat = " ".join(text.split())
    assert "in summary: within 15 working days of the strategy discussion" in flat
    assert '"within 15 working days' not in flat


# ------------------------------------------------------------------ what its source says instead


def test_croydon_says_when_core_groups_are_set():
    # Croydon inherits the national first core group timescale, but its guidance does say when
    # the date is set: "the date of the next core group is agreed at the CPC or the CGM" (The
    # Review Child Protection Conference (RCPC)). The handbook and the calculator show it.
    from calculators import run
    from calculators.handbook import Links, glance_markdown, rule_text

    said = "the date of the next core group is agreed at the CPC or the CGM"
    links = Links("../sources.md", "../../sources/")
    assert said in rule_text("croydon", "first-core-group", links=links)
    [row] = [
        line
        for line in glance_markdown("croydon", links=links).split("\n")
        if line.startswith("| First core group meeting |")
    ]
    assert said in row
    result = run("deadlines", {"authority": "croydon", "events": {"icpc": "2027-01-13"}})
    [item] = [d for d in result["deadlines"] if d["id"] == "first-core-group"]
    assert said in " ".join(item["notes"])


# ------------------------------------------------------------------ attendance
# Its source sets no age rule.


def test_no_age_rule():
    assert_no_age_rule(AUTHORITY)


# ------------------------------------------------------------------ handbook


def test_rule_marker_for_a_silent_authority_names_the_national_rule():
    text = render("[[rule croydon icpc]]", LINKS)
    assert text.startswith("not stated in Croydon's document, so national guidance applies")
    assert "(../sources.md#england)" in text


def test_attendance_table_says_no_age_presumption_is_stated():
    cells = table_cells("attendance")
    assert cells[("Age presumption", "Croydon")].strip() == "Not stated"


def test_croydon_lists_arriving_early_with_copies_once():
    # Croydon says it twice: "arrive at the conference 30 minutes in advance and take 10 copies"
    # (Completing a Report for Conference) and "Arrive 30 minutes in advance of the conference
    # and take 10 copies" (Checklist). At a glance it is one threshold.
    items = [i for i in other_thresholds("croydon") if "30 minutes" in i]
    assert len(items) == 1


# ------------------------------------------------------------------ training

# Training scenarios' answers, worked out by hand (see each scenario's facts in
# calculators/data/scenarios.toml); tests/test_training.py checks every scenario against them.
SCENARIO_ANSWERS = {
    # Wed 3 Mar 2027 + 6 months = Fri 3 Sep 2027.
    "croydon-review-brought-forward": "2027-09-03",
}


def test_an_inherited_row_on_a_sheet_gives_what_the_authority_says_instead():
    # Croydon sets no first core group timescale but says "the date of the next core group is
    # agreed at the CPC or the CGM" (Core Groups); its sheet says so beside the national rule.
    sheet = training_pages.sheet_markdown("croydon", links=LINKS)
    [row] = [line for line in sheet.split("\n") if line.startswith("| First core group meeting |")]
    assert "the date of the next core group is agreed at the CPC or the CGM" in row
    assert "National guidance" in row
