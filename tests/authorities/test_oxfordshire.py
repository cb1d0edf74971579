"""Oxfordshire: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are in test_oxfordshire_deadlines.py beside this file.
"""

from __future__ import annotations

import pytest

from calculators import handbook, run, training
from calculators.data import load
from calculators.handbook import MarkerError, training_pages
from calculators.handbook.forms import quorum_form
from calculators.text import render

from ..conftest import normalise
from ..conftest import read_source as source_text
from ..helpers import (
    AGES,
    ALL_THREE,
    GENERIC_LIMITED,
    LINKS,
    ONE_SHORT,
    QUORATE,
    THREE_CONDITIONS,
    attendance,
    by_dates,
    checker,
    condition_labels,
    dated,
    form_conditions,
    page_markdown,
    plain,
    quorum,
    quorum_on,
    rows,
    section_text,
    surfaces,
    tab_text,
    text_of,
)

AUTHORITY = "oxfordshire"


# ------------------------------------------------------------------ bad input


def test_deadline_counted_from_birth_past_the_range_names_the_birth():
    """Oxfordshire first review after a pre-birth conference: 3 months after the conference or
    1 month after the birth, whichever is sooner. Pre-birth conference 1 September 2035 (3 months:
    Saturday 1 December, so Friday 30 November 2035); birth 15 December 2035 (1 month: 15
    January 2036, past the table). The answer is either the right date (the sooner limit is
    known whatever January 2036 holds) or an error naming the birth - not the pre-birth
    conference, whose own deadline is inside the table."""
    events = {"pre_birth_conference": "2035-09-01", "birth": "2035-12-15"}
    result = run("deadlines", {"authority": AUTHORITY, "events": events})
    if "errors" in result:
        assert [e["field"] for e in result["errors"]] == ["events.birth"], result["errors"]
    else:
        review = next(d for d in result["deadlines"] if d["id"] == "first-review")
        assert review["due"] == "2035-11-30"


# ------------------------------------------------------------------ cli


def test_its_own_rule_is_quoted_in_the_text_output():
    # Beside national summaries (tests/authorities/test_england.py), a local rule's own words
    # are still quoted.
    payload = {"authority": AUTHORITY, "events": {"strategy_discussion": "2026-12-18"}}
    _, text = text_of("deadlines", payload)
    flat = " ".join(text.split())
    assert (
        '"The initial child protection conference should take place within 15 working days of"'
        in flat
    )


# ------------------------------------------------------------------ inputs


def test_quorum_lists_its_inputs_with_each_answer_under_the_authoritys_question():
    payload = {
        "authority": AUTHORITY,
        "conference_type": "pre-birth",
        "conference_date": "2027-01-12",
        "attendees": [
            {"agency": "childrens-social-care", "direct_contact": True},
            {"agency": "health", "direct_contact": False},
        ],
        "circumstances": {"delay_detrimental": False, "limited_agency_contact": True},
    }
    inputs = run("quorum", payload)["inputs"]
    assert [(i["label"], i["text"]) for i in inputs] == [
        ("Authority", "Oxfordshire"),
        ("Type of conference", "Pre-birth"),
        ("Date of the conference", "Tuesday 12 January 2027"),
        ("Which agencies are attending?", "Children's social care, Health"),
        (
            "Which of those attending have had direct contact with the child?",
            "Children's social care",
        ),
        # Oxfordshire's own words, as its form shows them
        (
            "\u201cA child has not had relevant contact with 3 agencies (e.g. pre-birth "
            "conferences)\u201d",
            "Yes",
        ),
        ("\u201cA delay will be detrimental to the child\u201d", "No"),
    ]
    assert inputs[3]["value"] == ["childrens-social-care", "health"]
    assert inputs[-1] == {
        "field": "circumstances.delay_detrimental",
        "label": "\u201cA delay will be detrimental to the child\u201d",
        "value": False,
        "text": "No",
    }


# ------------------------------------------------------------------ quorum


def test_oxfordshire_inquorate_proceeding_actions():
    """Oxfordshire section 3: 'consideration should be given to arranging an early review
    conference'; 'inquorate conferences require a confirmed quorate decision within 24 hours';
    'The Chair must ensure that the reasons for proceeding ... are noted'."""
    result = quorum(AUTHORITY, ONE_SHORT, **dict.fromkeys(THREE_CONDITIONS, True))
    assert result["may_proceed"] is True
    actions = result["required_actions"]
    assert len(actions) == 3
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "consider" in early[0]["text"].lower()  # considered, not required
    assert any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)
    assert result["missing_key_agencies"] == []


# Oxfordshire section 3: "inquorate conferences require a confirmed quorate decision within 24
# hours". A conference on Tuesday 12 January 2027: 24 hours later is Wednesday 13 January 2027,
# a working day (no bank holiday that week).
def test_oxfordshire_confirmed_quorate_decision_is_dated_from_the_conference():
    result = quorum_on(AUTHORITY, "2027-01-12", **ALL_THREE)
    (action,) = dated(result)
    assert "confirmed quorate decision" in action["text"]
    assert "24 hours" in action["text"]
    assert action["due"] == "2027-01-13"
    assert action["due_text"] == "Wednesday 13 January 2027"
    assert action["source"]["quote"] == (
        "inquorate conferences require a confirmed quorate decision within 24 hours"
    )
    assert any("clock time" in note for note in action["notes"])


def test_oxfordshire_decision_is_dated_while_the_chair_may_still_go_ahead():
    # Not every condition answered: the actions still apply if it goes ahead, dated.
    result = quorum_on(AUTHORITY, "2027-01-12", limited_agency_contact=True)
    assert result["may_proceed"] is None
    assert [a["due"] for a in dated(result)] == ["2027-01-13"]


def test_without_a_conference_date_the_actions_carry_no_date():
    result = quorum(AUTHORITY, ONE_SHORT, **ALL_THREE)
    assert len(result["required_actions"]) == 3
    assert dated(result) == []


def test_a_quorate_conference_has_nothing_to_date():
    result = quorum_on(AUTHORITY, "2027-01-12", QUORATE)
    assert result["required_actions"] == []
    assert result["conference_date"] == "2027-01-12"


def test_text_output_gives_the_date_of_the_dated_action():

    text = render("quorum", quorum_on(AUTHORITY, "2027-01-12", **ALL_THREE))
    assert "Wednesday 13 January 2027" in text


def test_what_follows_is_plain_once_the_conference_may_go_ahead():
    result = quorum(AUTHORITY, ONE_SHORT, **ALL_THREE)
    assert not any(a["text"].startswith("If") for a in result["required_actions"])


# ------------------------------------------------------------------ citations


def test_the_section_finder_tells_sections_apart():
    # Hand-picked: Oxfordshire's social worker's report is due to the chair "at least 1 working
    # day prior to the Initial Child Protection Conference" (section 7, Social Work Reports to
    # Conference); other agencies' reports "at least 1 working day prior to the conference"
    # (section 7, Safeguarding Partner Reports to Conference).
    social_work = section_text(
        "oxfordshire", "7. Information for the Conference (Social Work Reports to Conference)"
    )
    partners = section_text(
        "oxfordshire",
        "7. Information for the Conference (Safeguarding Partner Reports to Conference)",
    )
    assert "prior to the initial child protection conference" in social_work
    assert "at least 1 working day prior to the conference" not in social_work
    assert "at least 1 working day prior to the conference" in partners


def test_oxfordshires_section_2_pre_birth_sentence_is_cited_from_section_2():
    # Section 2, in its guiding principles, says "pre-birth ICPCs should take place at least 10
    # weeks prior to the expected due date (EDD)"; the rule quoted section 1's words for it.
    from calculators.handbook import Links, render

    text = render(
        page_markdown("handbook/looked-after-children.md"), Links("../sources.md", "../../sources/")
    )
    [line] = [line for line in text.split("\n") if "Pre-birth initial conferences" in line]
    assert "prior to the expected due date (EDD)" in line


def test_the_capture_descriptions_say_what_the_captures_hold():
    authorities = load("authorities")
    oxfordshire = authorities["oxfordshire"]
    # The capture's only date is its amendment note: "The linked document, Management of
    # Transfer in Child Protection Conferences was updated in June 2021." That dates the linked
    # document, not the chapter.
    assert oxfordshire["date"] == "Not stated in the capture"
    # Section 10: "... without the need to convene a Child Protection Review Conference only
    # when:" is followed by nothing: one list is empty.
    assert "intact" not in oxfordshire["capture"]
    assert "section 10" in oxfordshire["capture"]


# ------------------------------------------------------------------ attendance
# Section 4: "A (rebuttable) presumption that a child of less than 12 years of age is unlikely to
# be able to be a direct and/or full participant" and "from the age of 12 and over, a child
# should be offered such an opportunity", with four primary questions.

# Oxfordshire section 4, "Criteria for presence of child at conference", word for word.
OXFORDSHIRE_QUESTIONS = [
    "Does the child have sufficient understanding of the process?",
    "Have they expressed an explicit or implicit wish to be involved?",
    "What are the parents' views about the child's proposed presence?",
    "Is inclusion assessed to be of benefit to the child?",
]


@pytest.mark.parametrize("age", AGES)
def test_age_rules(age):
    # (presumption, advocate_offered, questions) from the source, by hand.
    result = attendance(AUTHORITY, age=age)
    assert result["presumption"] == ("offer" if age >= 12 else "not-expected")
    assert result["advocate_offered"] is None
    assert result["questions"] == OXFORDSHIRE_QUESTIONS


@pytest.mark.parametrize("age", range(18))
def test_oxfordshire_presumption_turns_at_12(age):
    result = attendance("oxfordshire", age=age)
    assert result["presumption"] == ("offer" if age >= 12 else "not-expected")
    quote = result["source"]["quote"]
    if age >= 12:
        assert "from the age of 12 and over" in quote
    else:
        assert "less than 12 years of age" in quote


def test_oxfordshire_questions_are_the_sources_words():
    text = source_text("oxfordshire")
    for question in OXFORDSHIRE_QUESTIONS:
        assert normalise(question) in text
    # the four follow "The primary questions to be addressed are:" in this order
    start = text.index(normalise("The primary questions to be addressed are:"))
    positions = [text.index(normalise(q), start) for q in OXFORDSHIRE_QUESTIONS]
    assert positions == sorted(positions)


def test_oxfordshire_presumption_changes_on_the_12th_birthday():
    assert by_dates("oxfordshire", "2015-03-10", "2027-03-09")["presumption"] == "not-expected"
    assert by_dates("oxfordshire", "2015-03-10", "2027-03-10")["presumption"] == "offer"


# ------------------------------------------------------------------ deadline meanings


def test_a_looked_after_childs_core_groups_have_their_own_row():
    table = rows("timescales")
    # Oxfordshire, section 2: "6 weekly core groups" for a looked-after child who still has a
    # plan. Warrington, Core Groups: Timing: core groups "usually not less than monthly", for
    # every child with a plan. They are different rules and may not share a row.
    oxfordshire = [label for label, cells in table.items() if "6 weeks" in cells["Oxfordshire"]]
    warrington = [label for label, cells in table.items() if "1 month" in cells["Warrington"]]
    assert len(oxfordshire) == 1 and len(warrington) == 1
    assert oxfordshire != warrington
    assert "looked-after" in oxfordshire[0].lower()
    assert "looked-after" not in warrington[0].lower()


def test_the_reports_to_parents_row_is_labelled_for_every_authority():
    table = rows("reports")
    [label] = [label for label, cells in table.items() if "Written report to parents" in str(cells)]
    # The label was Oxfordshire's wording ("parents (and older children)"): Warrington and
    # Barnsley say nothing of older children.
    assert "older children" not in label


def test_a_rule_marker_can_name_the_conference_type_a_page_speaks_of():
    from calculators.handbook import MarkerError, render

    social_worker = render("[[rule oxfordshire reports-to-chair initial]]", LINKS)
    agencies = render("[[rule oxfordshire reports-to-chair any]]", LINKS)
    assert "prior to the Initial Child Protection Conference" in social_worker
    assert "prior to the conference" not in social_worker
    assert "prior to the conference" in agencies
    assert "Initial Child Protection Conference" not in agencies
    with pytest.raises(MarkerError):
        render("[[rule oxfordshire reports-to-chair sometimes]]", LINKS)
    with pytest.raises(MarkerError):
        render("[[rule croydon reports-to-chair any]]", LINKS)


# ------------------------------------------------------------------ handbook


def test_rule_marker_renders_words_and_citation():
    from calculators.handbook import render

    text = render("held [[rule oxfordshire icpc]].", LINKS)
    assert text.startswith("held within 15 working days of the strategy discussion (")
    assert "](../sources.md#oxfordshire)" in text


def test_a_readings_marker_for_a_rule_with_no_second_wording_stops_the_build():
    from calculators.handbook import render

    with pytest.raises(MarkerError):
        render("[[readings oxfordshire icpc]]", LINKS)


@pytest.mark.parametrize("page", ["handbook/timing.md", "handbook/convening.md"])
def test_handbook_gives_the_earliest_reading_of_before_the_epo_expires(page):
    section = tab_text(page, "Oxfordshire")
    assert "be held before the EPO expires" in section
    assert "working day before the expiry date" in section
    assert "late in the day" in section


def test_a_second_passage_is_cited_inside_the_same_brackets():
    # Oxfordshire's pre-birth rule cites section 1 and, also, section 2 (its own words): at a
    # glance the Source cell drops the outer brackets, so both must sit inside one pair.
    page = handbook.glance_markdown("oxfordshire", links=LINKS)
    [row] = [line for line in page.split("\n") if line.startswith("| Pre-birth conference")]
    source = row.rstrip(" |").rsplit(" | ", 1)[1]
    assert "; also [Oxfordshire, 2." in source
    assert source.count("(") == source.count(")"), source
    assert not source.startswith("(") and not source.endswith(")"), source


# ------------------------------------------------------------------ quorum wording
# Section 3: "In exceptional cases, where a child has not had relevant contact with 3 agencies
# (that is, local authority children's social care and 2 others), this minimum quorum may be
# breached." Then the chair's list: "A child has not had relevant contact with 3 agencies (e.g.
# pre-birth conferences)", "Sufficient information is available from the relevant agencies" and
# "A delay will be detrimental to the child".

OX_BREACH = (
    "In exceptional cases, where a child has not had relevant contact with 3 agencies (that is, "
    "local authority children's social care and 2 others), this minimum quorum may be breached"
)
LIMITED = "A child has not had relevant contact with 3 agencies (e.g. pre-birth conferences)"


def test_the_breach_sentence_is_on_every_surface():
    for surface, text in surfaces(AUTHORITY).items():
        assert OX_BREACH in text, surface


def test_the_checker_shows_the_breach_sentence_when_not_quorate():
    assert OX_BREACH in checker(AUTHORITY)


def test_oxfordshire_breach_sentence_is_shown_beside_the_reading_the_checker_takes():
    """Read on its own the sentence would let one condition breach the quorum; the checker reads
    it with the chair's list, which needs all three. Every surface says which reading it takes."""
    for surface, text in {**surfaces("oxfordshire"), "checker": checker("oxfordshire")}.items():
        after = text.split(OX_BREACH)[1]
        assert "on its own" in after, surface
        assert "only when every condition in that list holds" in after, surface


def test_a_quorate_conference_does_not_mention_breaching_the_quorum():
    quorate = [*ONE_SHORT, {"agency": "health", "direct_contact": True}]
    assert "breached" not in checker("oxfordshire", quorate)


def test_limited_contact_is_in_the_authority_s_own_words_everywhere():
    texts = {**surfaces(AUTHORITY), "checker": checker(AUTHORITY)}
    for surface, text in texts.items():
        assert LIMITED in text, surface
        for generic in GENERIC_LIMITED:
            assert generic not in text, (surface, generic)


def test_warrington_s_two_agencies_are_not_oxfordshire_s_three():
    assert "with 3 agencies" not in checker("warrington")
    assert "with 2 agencies" not in checker("oxfordshire")
    assert "with 3 agencies" not in plain(training_pages.sheet_markdown("warrington", links=LINKS))


def test_the_form_labels_each_condition_in_the_authority_s_words():
    labels = condition_labels(quorum_form(), "limited_agency_contact")
    assert LIMITED in labels[AUTHORITY]


def test_the_form_asks_the_conditions_it_sets():
    asked = {c for c, authorities in form_conditions().items() if AUTHORITY in authorities}
    assert asked == {"limited_agency_contact", "sufficient_information", "delay_detrimental"}


# ------------------------------------------------------------------ training

# Training scenarios' answers, worked out by hand (see each scenario's facts in
# calculators/data/scenarios.toml); tests/test_training.py checks every scenario against them.
SCENARIO_ANSWERS = {
    # Fri 18 Dec 2026 + 15 working days, skipping 25 Dec, 28 Dec (substitute), 1 Jan.
    "christmas-icpc": "2027-01-13",
    # 3 working days before Tue 4 May 2027: Mon 3 May is the early May bank holiday, so
    # Fri 30 Apr (1), Thu 29 (2), Wed 28 Apr (3).
    "oxfordshire-exclusion-request": "2027-04-28",
    # Sooner of 10 Feb 2027 + 3 months (Mon 10 May) and 20 Mar + 1 month (Tue 20 Apr).
    "oxfordshire-first-review-after-birth": "2027-04-20",
    # Oxfordshire: all three exceptions hold, so the chair may proceed.
    "oxfordshire-pre-birth-proceed": True,
    "oxfordshire-age-11": "not-expected",
    # Born 30 Jun 2014, conference 30 Jun 2026: twelve that day.
    "oxfordshire-age-12": "offer",
}


def test_no_deadline_scenario_asks_about_another_agencys_report_to_parents():
    for scenario in training.scenarios():
        if scenario["ask"].get("deadline") == "reports-to-parents":
            text = f"{scenario['story']} {scenario['question']}".lower()
            if scenario["payload"]["authority"] == AUTHORITY:
                # Its deadlines to parents are said of the social worker's report.
                for agency in ("school", "health visitor", "police", "teacher", "gp"):
                    assert agency not in text, (scenario["id"], agency)
