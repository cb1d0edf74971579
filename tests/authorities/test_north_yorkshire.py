"""North Yorkshire: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are in test_north_yorkshire_deadlines.py beside this file.
"""

from __future__ import annotations

import json

import pytest

from calculators import handbook, run, training
from calculators.handbook import quorum_text, training_pages
from calculators.handbook.forms import quorum_form

from ..helpers import (
    AGES,
    EDUCATION,
    HEALTH,
    HEALTH_EXAMPLES,
    HOUSING,
    KEY_AGENCIES,
    LINKS,
    ONE_SHORT,
    POLICE,
    QUORATE,
    SOCIAL_CARE,
    THREE_CONDITIONS,
    attendance,
    attendee,
    cell,
    checker,
    cli,
    comparison_cell,
    condition_labels,
    form_conditions,
    gapped_rules,
    plain,
    quorum,
    row,
    rows,
    surfaces,
    tab_text,
    table_cells,
    texts,
)

AUTHORITY = "north-yorkshire"


# ------------------------------------------------------------------ cli


def test_non_ascii_output_is_kept():
    # North Yorkshire's key-agency quote has a curly apostrophe (U+2019 in "Children's").
    payload = {"authority": AUTHORITY, "conference_type": "initial", "attendees": []}
    code, out = cli(["quorum"], json.dumps(payload))
    assert code == 0
    assert "Children\u2019s Social Care" in out


# ------------------------------------------------------------------ quorum


@pytest.mark.parametrize(
    "circumstances",
    [
        {},
        dict.fromkeys(THREE_CONDITIONS, True),
        dict.fromkeys(THREE_CONDITIONS, False),
        {"limited_agency_contact": True, "relevant_agencies_present": True},
    ],
)
def test_north_yorkshire_inquorate_conditions_lost_so_chair_decides(circumstances):
    """North Yorkshire: 'This would be relevant where:' is followed by nothing in the capture."""
    result = quorum(AUTHORITY, ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is None
    reasons = texts(result["reasons"])
    assert "lost" in reasons
    assert "chair" in reasons
    assert result["unanswered"] == []


def test_north_yorkshire_inquorate_actions():
    """'Where an inquorate conference is held, an early review conference should be arranged.
    The Chair must ensure that the reasons for proceeding ... are noted'."""
    # Review, no exploitation: no key-agency requirement, so only the inquorate actions.
    result = quorum(AUTHORITY, ONE_SHORT, "review", exploitation=False)
    actions = result["required_actions"]
    assert len(actions) == 2
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "arrange" in early[0]["text"].lower()
    assert "consider" not in early[0]["text"].lower()
    assert not any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)


@pytest.mark.parametrize("conference_type", ["initial", "pre-birth", "transfer-in"])
def test_north_yorkshire_key_agencies_at_initial_conferences_when_quorate(conference_type):
    """'Police, Health and Children's Social Care representatives must be invited to and attend
    Initial Child Protection Conferences' - whatever the quorum."""
    attendees = [SOCIAL_CARE, POLICE, EDUCATION, HOUSING]  # quorate, but no health
    result = quorum(AUTHORITY, attendees, conference_type)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == ["health"]
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    assert "health" in key_actions[0]["text"].lower()
    assert "police" not in key_actions[0]["text"].lower()


@pytest.mark.parametrize("conference_type", ["initial", "pre-birth", "transfer-in"])
def test_north_yorkshire_all_key_agencies_present(conference_type):
    result = quorum(AUTHORITY, QUORATE, conference_type)
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


def test_north_yorkshire_key_agencies_all_missing_and_inquorate():
    result = quorum(AUTHORITY, [EDUCATION, HOUSING, attendee("probation")], "initial")
    assert result["quorate"] is False
    assert set(result["missing_key_agencies"]) == KEY_AGENCIES
    assert len(result["missing_key_agencies"]) == 3
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    for word in ("police", "health", "social care"):
        assert word in key_actions[0]["text"].lower()
    # and the inquorate actions as well
    assert any("early review" in a["text"].lower() for a in result["required_actions"])


def test_north_yorkshire_key_agency_present_without_direct_contact_has_attended():
    # Attendance is what the key-agency rule asks; direct contact is a quorum matter.
    attendees = [SOCIAL_CARE, attendee("police", False), HEALTH, EDUCATION]
    result = quorum(AUTHORITY, attendees)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == []


def test_north_yorkshire_review_without_exploitation_has_no_key_agency_rule():
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(AUTHORITY, attendees, "review", exploitation=False)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


def test_north_yorkshire_review_with_exploitation_not_answered_says_what_would_follow():
    """Not knowing whether exploitation is present is not knowing it is absent: the key
    agencies rule may apply, so the result says so, in North Yorkshire's words."""
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(AUTHORITY, attendees, "review")
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert result["missing_key_agencies"] == []  # not known to be required
    (action,) = result["required_actions"]
    text = action["text"]
    assert text.startswith("Not answered")
    assert "risk of exploitation of the child is present or suspected" in text
    assert "Police" in text and "Health" in text
    assert "must be invited and attend" in text


def test_north_yorkshire_review_with_exploitation_needs_key_agencies():
    """'Where sexual, criminal, County Lines or other forms of exploitation ... is present or
    suspected, key agencies, including Police, must be invited to and attend Review Child
    Protection Conferences'."""
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(AUTHORITY, attendees, "review", exploitation=True)
    assert result["quorate"] is True
    assert set(result["missing_key_agencies"]) == {"police", "health"}
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    assert "police" in key_actions[0]["text"].lower()


def test_north_yorkshire_review_with_exploitation_and_key_agencies_present():
    result = quorum(AUTHORITY, QUORATE, "review", exploitation=True)
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


# ------------------------------------------------------------------ attendance
# "The following approach is recommended:" and "The primary questions to be addressed are:" are
# each followed by nothing in the capture, so no presumption is given.


@pytest.mark.parametrize("age", AGES)
def test_north_yorkshire_lost_presumption_and_questions(age):
    result = attendance("north-yorkshire", age=age)
    assert result["presumption"] == "none"
    assert result["questions"] == []
    assert result["advocate_offered"] is None
    notes = [n["text"].lower() for n in result["notes"]]
    lost = [n for n in notes if "lost" in n]
    # one note for the lost approach, one for the lost questions
    assert len(lost) == 2
    assert any("question" in n for n in lost)
    assert any("presumption" in n or "approach" in n for n in lost)


# ------------------------------------------------------------------ deadline meanings


def test_the_reports_to_parents_row_is_labelled_for_every_authority():
    table = rows("reports")
    [label] = [label for label, cells in table.items() if "Written report to parents" in str(cells)]
    cells = table[label]
    # North Yorkshire's deadlines to parents are said of children's social care's report only.
    assert "social care report" in cells["North Yorkshire"].lower()


# ------------------------------------------------------------------ filled gaps
# Where the handbook fills a gap in its source (the capture lost its lists; some sentences do not
# say what a period counts from), every surface that shows the rule says so.

NY = "north-yorkshire"


# North Yorkshire: "The initial child protection conference should take place within 15 working
# days of:" and the list of what they count from is missing from the capture.
ICPC_LOST = "lost"
# "A copy of the conference record should be given to and discussed with the parents by the
# social worker within 15 working days." says nothing of what the days count from.
RECORD_UNSAID = "does not say what"


def test_at_a_glance_says_the_icpc_start_was_lost_and_the_record_start_is_unsaid():
    page = handbook.glance_markdown(NY, links=LINKS)
    assert ICPC_LOST in row(page, "Initial child protection conference")
    assert RECORD_UNSAID in row(page, "Record given to and discussed with parents")


def test_the_rule_marker_says_so():
    assert ICPC_LOST in handbook.rule_text(NY, "icpc", links=LINKS)
    assert RECORD_UNSAID in handbook.rule_text(NY, "record-to-parents", links=LINKS)


def test_the_comparison_tables_say_so():
    assert ICPC_LOST in cell("timescales", "North Yorkshire", "Initial child protection conference")
    assert RECORD_UNSAID in cell(
        "distribution", "North Yorkshire", "Record given to and discussed with parents"
    )


def test_the_training_sheet_says_so():
    sheet = training_pages.sheet_markdown(NY, links=LINKS)
    assert ICPC_LOST in row(sheet, "Initial child protection conference")
    assert RECORD_UNSAID in row(sheet, "Record given to and discussed with parents")


def test_the_calculator_says_so():
    result = run(
        "deadlines",
        {
            "authority": NY,
            "events": {"strategy_discussion": "2027-01-13", "conference": "2027-02-03"},
            "conference_type": "initial",
        },
    )
    notes = {item["id"]: " ".join(item["notes"]) for item in result["deadlines"]}
    assert ICPC_LOST in notes["icpc"]
    assert RECORD_UNSAID in notes["record-to-parents"]


def test_an_inherited_rule_whose_local_list_was_lost_says_so_everywhere():
    # North Yorkshire: "If a decision is made that a child requires a protection plan ..., the
    # Chair should ensure that:" and the list (Oxfordshire's has the first core group) is lost.
    # Saying only that North Yorkshire is "silent" would hide that it may set its own timescale.
    assert ICPC_LOST in handbook.rule_text(NY, "first-core-group", links=LINKS)
    assert ICPC_LOST in row(
        training_pages.sheet_markdown(NY, links=LINKS), "First core group meeting"
    )
    assert ICPC_LOST in row(handbook.glance_markdown(NY, links=LINKS), "First core group meeting")


def test_the_gaps_named_above_are_in_the_data():
    assert {(r.authority, r.id) for r in gapped_rules()} >= {
        (NY, "icpc"),
        (NY, "record-to-parents"),
    }


# ------------------------------------------------------------------ handbook


def test_quorum_table_says_what_was_lost_and_names_the_key_agencies():
    cells = table_cells("quorum")
    assert "lost" in cells[("If not quorate", "North Yorkshire")]
    assert "police" in cells[("Key agencies that must attend", "North Yorkshire")].lower()


def test_attendance_table_says_the_presumption_was_lost():
    cells = table_cells("attendance")
    assert "Lost" in cells[("Age presumption", "North Yorkshire")]


@pytest.mark.parametrize("page", ["handbook/timing.md", "handbook/convening.md"])
def test_handbook_gives_the_earliest_reading_of_before_the_epo_expires(page):
    section = tab_text(page, "North Yorkshire")
    assert "be held before the EPO expires" in section
    assert "working day before the expiry date" in section
    assert "late in the day" in section


# ------------------------------------------------------------------ quorum wording
# The same breach sentence as Oxfordshire's with "three" and "two"; the chair's list that follows
# "This would be relevant where:" was lost from the capture.

NY_BREACH = (
    "In exceptional cases, where a child has not had relevant contact with three agencies (that "
    "is, local authority children's social care and two others), this minimum quorum may be "
    "breached"
)


def test_the_breach_sentence_is_on_every_surface():
    for surface, text in surfaces(AUTHORITY).items():
        assert NY_BREACH in text, surface


def test_the_checker_shows_the_breach_sentence_when_not_quorate():
    assert NY_BREACH in checker(AUTHORITY)


def test_the_form_asks_nothing_in_its_words_for_limited_contact():
    labels = condition_labels(quorum_form(), "limited_agency_contact")
    assert "north-yorkshire" not in labels  # its list was lost: nothing to ask in its words


def test_the_form_asks_the_conditions_it_sets():
    asked = {c for c, authorities in form_conditions().items() if AUTHORITY in authorities}
    assert asked == {"exploitation"}


def test_north_yorkshire_exploitation_question_is_in_its_own_words():
    labels = condition_labels(quorum_form(), "exploitation")
    assert "risk of exploitation of the child is present or suspected" in labels["north-yorkshire"]
    # and so does the handbook's key agencies text, not this handbook's paraphrase
    handbook = plain(quorum_text("north-yorkshire", links=LINKS))
    assert "sexual, criminal, County Lines or other forms of exploitation or risk of" in handbook


def test_north_yorkshire_key_agencies_name_health_without_this_handbook_s_list():
    handbook = plain(quorum_text("north-yorkshire", links=LINKS))
    key_lines = [line for line in handbook.split(" - ") if "Key agencies" in line]
    assert key_lines
    for line in key_lines:
        assert "Police, Health, Children's social care" in line
        assert HEALTH_EXAMPLES not in line
    assert HEALTH_EXAMPLES not in comparison_cell("north-yorkshire", "Key agencies")


def test_checker_messages_name_agencies_without_examples():
    # North Yorkshire initial conference with no health: "Health not present", no list.
    attendees = [
        {"agency": "childrens-social-care", "direct_contact": True},
        {"agency": "police", "direct_contact": True},
        {"agency": "education", "direct_contact": True},
        {"agency": "youth-justice", "direct_contact": True},
    ]
    text = checker("north-yorkshire", attendees)
    assert "Health not present" in text
    assert HEALTH_EXAMPLES not in text
    # The kin: Education and Youth justice are named, without this handbook's examples.
    assert "(Police, Education, Youth justice)" in text
    assert "school, college" not in text and "youth offending team" not in text


# ------------------------------------------------------------------ training

# Training scenarios' answers, worked out by hand (see each scenario's facts in
# calculators/data/scenarios.toml); tests/test_training.py checks every scenario against them.
SCENARIO_ANSWERS = {
    # Wed 24 Mar 2027 + 15 working days, skipping Good Friday 26 Mar and Easter Monday 29 Mar.
    "north-yorkshire-transfer-in": "2027-04-16",
    # 5 working days before Mon 4 Jan 2027: 31, 30, 29 Dec, (28 Dec substitute holiday), 24, 23.
    "north-yorkshire-review-reports": "2026-12-23",
}
SCENARIOS = training.scenarios()


def test_the_north_yorkshire_reports_scenario_asks_about_the_report_the_deadline_is_for():
    # North Yorkshire sets "at least 2 working days in advance of the initial conferences and a
    # minimum of 5 working days before review conferences" for children's social care's report
    # only. Other agencies' reports go to the chair and attendees and are "discussed with the
    # child, if appropriate and the family prior to the conference", with no deadline to parents.
    scenario = next(s for s in SCENARIOS if s["id"] == "north-yorkshire-review-reports")
    words = f"{training.story(scenario)} {scenario['question']}".lower()
    assert "school" not in words
    assert "social worker" in words or "social care" in words
    result = training.result_of(scenario)
    why = training.explain(scenario["calculator"], result, scenario["ask"])
    assert "social care report" in why["points"][0].lower()


def test_no_deadline_scenario_asks_about_another_agencys_report_to_parents():
    for scenario in training.scenarios():
        if scenario["ask"].get("deadline") == "reports-to-parents":
            text = f"{scenario['story']} {scenario['question']}".lower()
            if scenario["payload"]["authority"] == AUTHORITY:
                # Its deadlines to parents are said of the social worker's report.
                for agency in ("school", "health visitor", "police", "teacher", "gp"):
                    assert agency not in text, (scenario["id"], agency)
