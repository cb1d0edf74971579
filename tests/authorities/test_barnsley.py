"""Barnsley: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are in test_barnsley_deadlines.py beside this file.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from calculators import handbook, run
from calculators.handbook import render, training_pages
from calculators.handbook.forms import quorum_form

from ..helpers import (
    AGES,
    GENERIC_LIMITED,
    LINKS,
    ONE_SHORT,
    SOCIAL_CARE,
    THREE_CONDITIONS,
    attendance,
    attendee,
    by_dates,
    checker,
    checker_cited,
    cli,
    comparison_cell,
    condition_labels,
    form_conditions,
    page_markdown,
    quorum,
    rows,
    section_text,
    surfaces,
    table_cells,
    texts,
    unanswered,
)

AUTHORITY = "barnsley"


# ------------------------------------------------------------------ cli


def test_attendance_json_and_text():
    payload = {
        "authority": AUTHORITY,
        "date_of_birth": "2016-05-20",
        "conference_date": "2027-05-20",
    }
    code, out = cli(["attendance"], json.dumps(payload))
    assert code == 0
    result = json.loads(out)
    assert result["age"] == 11
    assert result["advocate_offered"] is True
    code, out = cli(["attendance", "--format", "text"], json.dumps(payload))
    assert code == 0
    assert "11" in out


# ------------------------------------------------------------------ quorum


def test_barnsley_counts_agencies_without_direct_contact():
    # Barnsley section 4: "at least two other professional groups or agencies" - no contact test.
    attendees = [SOCIAL_CARE, attendee("police", False), attendee("health", False)]
    result = quorum(AUTHORITY, attendees)
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert set(result["counted_agencies"]) == {"police", "health"}
    assert result["not_counted"] == []


def test_barnsley_one_other_without_contact_is_still_one_short():
    result = quorum(AUTHORITY, [SOCIAL_CARE, attendee("police", False)])
    assert result["quorate"] is False


def test_barnsley_limited_contact_and_relevant_agencies_present_proceeds():
    """'In cases where a child has not had contact with three agencies, the conference should
    proceed if the relevant agencies are present.'"""
    result = quorum(
        AUTHORITY, ONE_SHORT, limited_agency_contact=True, relevant_agencies_present=True
    )
    assert result["quorate"] is False
    assert result["may_proceed"] is True
    assert result["required_actions"] == []


# Barnsley section 4: "In cases where a child has not had contact with three agencies, the
# conference should proceed if the relevant agencies are present." and "When a conference is not
# quorate the decision to proceed or not rests with the Conference Chair." Both conditions
# holding: it should proceed; either not holding: the chair decides, whatever the other; an
# unknown one with none failing: the answer waits on it.
BARNSLEY_CASES = [
    ({}, ["limited_agency_contact", "relevant_agencies_present"]),
    ({"limited_agency_contact": True}, ["relevant_agencies_present"]),
    ({"relevant_agencies_present": True}, ["limited_agency_contact"]),
    ({"limited_agency_contact": False}, []),
    ({"relevant_agencies_present": False}, []),
    ({"limited_agency_contact": False, "relevant_agencies_present": False}, []),
    ({"limited_agency_contact": True, "relevant_agencies_present": False}, []),
    ({"limited_agency_contact": False, "relevant_agencies_present": True}, []),
    # Oxfordshire's other two conditions are not Barnsley's: they change nothing.
    (
        {**dict.fromkeys(THREE_CONDITIONS, True), "relevant_agencies_present": False},
        [],
    ),
]


@pytest.mark.parametrize(("circumstances", "waiting"), BARNSLEY_CASES)
def test_barnsley_the_chair_decides_unless_both_conditions_hold(circumstances, waiting):
    result = quorum(AUTHORITY, ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is None
    assert unanswered(result) == waiting
    said = texts(result["reasons"])
    assert "rests with the conference chair" in " | ".join(
        r["source"]["quote"].lower() for r in result["reasons"]
    )
    assert "chair" in said
    assert result["required_actions"] == []


# ------------------------------------------------------------------ citations


def test_the_section_finder_tells_sections_apart():
    # Barnsley's 24-hour booking is in section 1, not section 2.
    assert "within 24 hours of the decision" in section_text("barnsley", "1. Arrangements")
    assert "within 24 hours of the decision" not in section_text("barnsley", "2. Timing")


# ------------------------------------------------------------------ attendance
# Section 5: "Young people aged between 11 and 15 will routinely be offered the option of an
# independent Advocate" (11 to 15 inclusive).


@pytest.mark.parametrize("age", AGES)
def test_age_rules(age):
    # (presumption, advocate_offered, questions) from the source, by hand.
    result = attendance(AUTHORITY, age=age)
    assert result["presumption"] == "none"
    assert result["advocate_offered"] is (True if 11 <= age <= 15 else None)
    assert result["questions"] == []


@pytest.mark.parametrize("age", [10, 11, 12, 14, 15, 16])
def test_barnsley_advocate_boundaries(age):
    result = attendance("barnsley", age=age)
    assert result["advocate_offered"] is (True if age in (11, 12, 14, 15) else None)
    assert result["presumption"] == "none"
    assert "11" in result["source"]["quote"] and "15" in result["source"]["quote"]


@pytest.mark.parametrize(
    ("born", "conference", "advocate"),
    [
        ("2016-05-20", "2027-05-19", None),  # 10, the day before turning 11
        ("2016-05-20", "2027-05-20", True),  # 11 on the day
        ("2011-05-20", "2027-05-19", True),  # 15, the day before turning 16
        ("2011-05-20", "2027-05-20", None),  # 16 on the day
    ],
)
def test_barnsley_advocate_across_birthdays(born, conference, advocate):
    assert by_dates("barnsley", born, conference)["advocate_offered"] is advocate


# ------------------------------------------------------------------ deadline meanings


def test_the_reports_to_parents_row_is_labelled_for_every_authority():
    table = rows("reports")
    [label] = [label for label, cells in table.items() if "Written report to parents" in str(cells)]
    cells = table[label]
    # Barnsley, section 6: "Reports from all agencies must be provided to parents and young people"
    assert "all agencies" in cells["Barnsley"]


def test_results_keep_each_authoritys_own_title():
    result = run(
        "deadlines",
        {
            "authority": "barnsley",
            "events": {"conference": "2027-05-04"},
            "conference_type": "initial",
        },
    )
    titles = {item["id"]: item["title"] for item in result["deadlines"]}
    assert titles["social-care-report-authorised"] == (
        "Social care report authorised by a manager (by 10am)"
    )


def test_barnsleys_initial_conference_counts_from_the_last_strategy_discussion():
    # Barnsley, section 2: "within 15 working days of the last Strategy Discussion".
    cells = rows("timescales")["Initial child protection conference"]
    assert "the last strategy discussion" in cells["Barnsley"]
    assert "the last strategy discussion" not in cells["Oxfordshire"]
    result = run(
        "deadlines", {"authority": "barnsley", "events": {"strategy_discussion": "2027-03-18"}}
    )
    [item] = [d for d in result["deadlines"] if d["id"] == "icpc"]
    assert item["rule"] == "Within 15 working days of the last strategy discussion"


def test_barnsleys_transfer_in_counts_from_receiving_the_request():
    # Barnsley, section 2: "within 15 working days of the request being received".
    cells = rows("timescales")["Transfer-in conference"]
    assert "receipt of the transfer-in request" in cells["Barnsley"]
    assert "receipt of the transfer-in request" not in cells["Oxfordshire"]


def test_the_forms_help_for_the_strategy_discussion_does_not_contradict_barnsley():
    # The help said the date to give is the discussion "at which section 47 enquiries were
    # started", while Barnsley's note says to enter the last one.
    from calculators.handbook.forms import deadlines_form

    form = html.unescape(deadlines_form())
    hint = re.search(r'id="strategy_discussion-hint">(.*?)</p>', form).group(1)
    assert "Barnsley" in hint and "last" in hint


# ------------------------------------------------------------------ its two pre-birth sentences
# "Pre-birth Conferences should be held no later than the 32nd week of pregnancy": the 32nd week
# ends at 31 weeks 6 days, 57 days before the EDD (40 weeks = 280 days; 31 weeks 6 days = 223).
# "planned to take place 8 weeks before the due date": 56 days before it. A day apart.


def test_pre_birth_table_has_the_latest_and_the_planned_date_on_their_own_rows():
    cells = table_cells("pre-birth")
    latest = cells[("Pre-birth conference (latest date)", "Barnsley")]
    planned = cells[("Pre-birth conference (planned date)", "Barnsley")]
    assert "No later than 31 weeks and 6 days of pregnancy" in latest
    assert "32nd week" in latest
    assert "two sentences are a day apart" in latest
    assert "8 weeks before the expected date of delivery" in planned
    assert "two sentences are a day apart" in planned
    # nobody else gives a planned date, and national guidance has none
    for column in ("National", "Oxfordshire", "North Yorkshire", "Croydon", "Warrington"):
        assert cells[("Pre-birth conference (planned date)", column)].strip() == "Not stated"
    assert "10 weeks" in cells[("Pre-birth conference (latest date)", "Oxfordshire")]


@pytest.mark.parametrize("page", ["handbook/timing.md", "handbook/types.md"])
def test_handbook_says_barnsleys_two_pre_birth_sentences_are_a_day_apart(page):
    markdown = page_markdown(page)
    text = render(markdown, LINKS)
    barnsley = text.split('=== "Barnsley"')[1].split("=== ")[0]
    assert "two sentences are a day apart" in barnsley
    assert "57 days before the expected date of delivery" in barnsley
    assert "56 days before it" in barnsley
    assert (
        "Pre-birth Conferences should be held no later than the 32nd week of pregnancy" in barnsley
    )
    assert "planned to take place 8 weeks before the due date" in barnsley
    assert "same point" not in text


def test_barnsleys_at_a_glance_says_its_two_pre_birth_sentences_are_a_day_apart():
    page = handbook.glance_markdown("barnsley", links=LINKS)
    rows = [line for line in page.split("\n") if line.startswith("| Pre-birth conference (")]
    assert len(rows) == 2
    assert all("a day apart" in row for row in rows), rows


# ------------------------------------------------------------------ quorum wording
# Section 4: "In cases where a child has not had contact with three agencies, the conference
# should proceed if the relevant agencies are present." and "When a conference is not quorate the
# decision to proceed or not rests with the Conference Chair." Nothing about unborn children or
# "relevant" contact.

LIMITED = "a child has not had contact with three agencies"
BARNSLEY_SHOULD = (
    "In cases where a child has not had contact with three agencies, the conference should "
    "proceed if the relevant agencies are present"
)
BARNSLEY_CHAIR = "When a conference is not quorate the decision to proceed or not rests with the Conference Chair"


def test_no_breach_sentence_where_the_source_has_none():
    for surface, text in {**surfaces(AUTHORITY), "checker": checker(AUTHORITY)}.items():
        assert "may be breached" not in text, surface


def test_limited_contact_is_in_the_authority_s_own_words_everywhere():
    texts = {**surfaces(AUTHORITY), "checker": checker(AUTHORITY)}
    for surface, text in texts.items():
        assert LIMITED in text, surface
        for generic in GENERIC_LIMITED:
            assert generic not in text, (surface, generic)


def test_the_form_labels_each_condition_in_the_authority_s_words():
    labels = condition_labels(quorum_form(), "limited_agency_contact")
    assert LIMITED in labels[AUTHORITY]


def test_the_form_asks_the_conditions_it_sets():
    asked = {c for c, authorities in form_conditions().items() if AUTHORITY in authorities}
    assert asked == {"limited_agency_contact", "relevant_agencies_present"}


def test_barnsley_rule_is_in_its_own_words_and_does_not_contradict_itself():
    for surface, text in {**surfaces("barnsley"), "checker": checker_cited("barnsley")}.items():
        assert "rests with the Conference Chair" in text, surface
        assert "should proceed if the relevant agencies are present" in text, surface
        # "only when ... Otherwise the chair decides" contradicts "rests with the Chair".
        assert "only when" not in text.lower(), surface
        assert "otherwise" not in text.lower(), surface
        assert "relevant contact" not in text, surface
        assert "unborn" not in text, surface


def test_barnsley_comparison_cell_quotes_both_sentences():
    cell = comparison_cell("barnsley", "If not quorate")
    assert BARNSLEY_SHOULD in cell
    assert BARNSLEY_CHAIR in cell


def test_barnsley_should_proceed_when_both_hold_and_the_chair_still_decides():
    result = run(
        "quorum",
        {
            "authority": "barnsley",
            "conference_type": "pre-birth",
            "attendees": ONE_SHORT,
            "circumstances": {"limited_agency_contact": True, "relevant_agencies_present": True},
        },
    )
    assert result["may_proceed"] is True
    quotes = [r["source"].get("quote") for r in result["reasons"]]
    assert BARNSLEY_SHOULD in quotes
    assert BARNSLEY_CHAIR in quotes


# ------------------------------------------------------------------ training

# Training scenarios' answers, worked out by hand (see each scenario's facts in
# calculators/data/scenarios.toml); tests/test_training.py checks every scenario against them.
SCENARIO_ANSWERS = {
    # "no later than the 32nd week of pregnancy", read at its earliest: 31 weeks 6 days, 57 days
    # before Mon 14 Jun 2027 = Sun 18 Apr 2027; Sat 17 -> Fri 16 Apr 2027. (The planned point,
    # 8 weeks before, is Mon 19 Apr 2027.)
    "barnsley-pre-birth": "2027-04-16",
    # Barnsley asks for no direct contact: social care + housing + education is quorate.
    "barnsley-quorum-no-contact": True,
    "barnsley-advocacy": True,
}


def test_barnsley_sheet_says_its_two_pre_birth_sentences_are_a_day_apart():
    # "no later than the 32nd week of pregnancy" (31 weeks 6 days, 57 days before the EDD) and
    # "planned to take place 8 weeks before the due date" (56 days): a day apart.
    sheet = training_pages.sheet_markdown("barnsley", links=LINKS)
    rows = [line for line in sheet.split("\n") if line.startswith("| Pre-birth conference (")]
    latest = next(row for row in rows if row.startswith("| Pre-birth conference (latest date) |"))
    planned = next(row for row in rows if row.startswith("| Pre-birth conference (planned date) |"))
    assert "two sentences are a day apart" in latest
    assert "a day before the pre-birth conference (planned date)" in latest
    assert "a day after the pre-birth conference (latest date)" in planned
    assert "same point" not in sheet
