"""Warrington: tests of its own rules, each expected value worked out by hand from its source
(the calendar and the England and Wales bank holidays for dates), never read from the calculator.

Grouped by topic. Generic tests, which hold for every pack, are in tests/test_*.py; the deadline
rules are in test_warrington_deadlines.py beside this file.
"""

from __future__ import annotations

import re

from calculators import handbook, run, training
from calculators.handbook.forms import quorum_form

from ..helpers import (
    GENERIC_LIMITED,
    LINKS,
    ONE_SHORT,
    THREE_CONDITIONS,
    assert_no_age_rule,
    checker,
    condition_labels,
    form_conditions,
    quorum,
    rows,
    section_text,
    surfaces,
)

AUTHORITY = "warrington"


# ------------------------------------------------------------------ quorum


def test_warrington_inquorate_proceeding_actions():
    """Warrington: 'an early Review Conference should be arranged' and the chair records the
    reasons. Warrington says nothing about a 24-hour confirmed decision."""
    result = quorum(AUTHORITY, ONE_SHORT, **dict.fromkeys(THREE_CONDITIONS, True))
    assert result["may_proceed"] is True
    actions = result["required_actions"]
    assert len(actions) == 2
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "arrange" in early[0]["text"].lower()
    assert "consider" not in early[0]["text"].lower()
    assert not any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)


def test_what_follows_an_inquorate_conference_is_conditional_until_it_is_settled():
    # One condition answered, the others not known yet: still not settled.
    result = quorum(AUTHORITY, ONE_SHORT, "review", exploitation=False, limited_agency_contact=True)
    assert result["may_proceed"] is None
    assert result["required_actions"]
    for action in result["required_actions"]:
        assert action["text"].startswith("If it goes ahead: "), action["text"]


# ------------------------------------------------------------------ citations


def test_the_section_finder_tells_sections_apart():
    # Warrington has two "Timing+" headings with different rules under them.
    assert "15 days" in section_text("warrington", "Child Protection Conferences: Timing")
    assert "15 days" not in section_text("warrington", "Core Groups: Timing")


# ------------------------------------------------------------------ attendance
# Its source sets no age rule.


def test_no_age_rule():
    assert_no_age_rule(AUTHORITY)


# ------------------------------------------------------------------ deadline meanings


def test_the_reports_to_parents_row_is_labelled_for_every_authority():
    table = rows("reports")
    [label] = [label for label, cells in table.items() if "Written report to parents" in str(cells)]
    cells = table[label]
    assert "Written report to parents" in cells["Warrington"]


def test_not_stated_titles_are_generic_not_another_authoritys():
    result = run(
        "deadlines",
        {
            "authority": "warrington",
            "events": {"conference": "2027-05-04"},
            "conference_type": "initial",
        },
    )
    titles = {item["id"]: item["title"] for item in result["not_stated"]}
    # Barnsley's rule is "by 10am"; Warrington says nothing of a manager's sign-off at all.
    assert titles["social-care-report-authorised"] == "Social care report authorised by a manager"


# ------------------------------------------------------------------ handbook


def test_rows_where_authorities_disagree_are_flagged_and_others_are_not():
    markup = handbook.table_html("timescales", links=LINKS)
    rows = {
        re.sub(r"<[^>]+>", "", r.split("</th>")[0]).strip(): r
        for r in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", markup, re.S)
    }
    # Warrington's "15 days" differs from the others' 15 working days.
    assert "Differs" in rows["Initial child protection conference Differs"]
    # Everyone (or national guidance for Barnsley) reviews at most 6 months apart.
    assert "Next review conference" in rows


# ------------------------------------------------------------------ quorum wording
# "Conference quoram": no breach sentence; its list's first item is "A child has not had relevant
# contact with 2 agencies (e.g. Pre-birth Conferences)".

LIMITED = "A child has not had relevant contact with 2 agencies (e.g. Pre-birth Conferences)"


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
    assert asked == {"limited_agency_contact", "sufficient_information", "delay_detrimental"}


# ------------------------------------------------------------------ training

# Training scenarios' answers, worked out by hand (see each scenario's facts in
# calculators/data/scenarios.toml); tests/test_training.py checks every scenario against them.
SCENARIO_ANSWERS = {
    # Warrington "15 days": 18 Dec + 15 calendar days = Sat 2 Jan 2027 -> Thu 31 Dec 2026
    # (Fri 1 Jan is a bank holiday), earlier than the 15-working-day reading.
    "warrington-fifteen-days": "2026-12-31",
    # Warrington: social care, police with contact, a teacher without: 1 other agency counts.
    "warrington-inquorate": False,
}
SCENARIOS = training.scenarios()


def test_scenario_9_explains_from_what_the_story_states():
    """Warrington, initial conference: social care, a police officer who interviewed the child
    and a teacher the child has not met. The story says nothing about the chair's three
    conditions, so the explanation must not call them "does not hold" or say the conference
    "should not go ahead": it says they are not answered, in Warrington's words."""
    scenario = next(s for s in SCENARIOS if s["id"] == "warrington-inquorate")
    assert training.story(scenario).startswith("In Warrington, the initial conference")
    result = training.result_of(scenario)
    points = training.explain("quorum", result, scenario["ask"])["points"]
    said = " | ".join(points)
    assert "Does not hold" not in said
    assert "exception does not apply" not in said
    assert "Not answered: \u201cA child has not had relevant contact with 2 agencies" in said
    assert "Not answered: \u201cA delay will be detrimental to the child\u201d" in said
    # The answer itself still follows from the facts given: 1 other agency counts, 2 needed.
    assert points[0].startswith("Not quorate")
    assert result["may_proceed"] is None
