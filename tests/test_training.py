"""Training scenarios: each has exactly one answer, computed by the calculators, and an
explanation citing a real rule. Answers are also checked against dates worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calculators import training
from calculators.data import national
from calculators.handbook import training_pages
from calculators.web import respond

from .conftest import normalise
from .helpers import LINKS, hand_worked_answers
from .packs import local

DOCS = Path(__file__).resolve().parent.parent / "docs"
SCENARIOS = training.scenarios()

# Worked out by hand, in each authority's test file (tests/authorities/test_<id>.py).
HAND_CHECKED = hand_worked_answers()


def ids(scenario):
    return scenario["id"]


def test_there_are_enough_scenarios_covering_every_authority_and_calculator():
    assert len(SCENARIOS) >= 12
    assert {s["payload"]["authority"] for s in SCENARIOS} >= set(local())
    assert {s["calculator"] for s in SCENARIOS} == {"deadlines", "quorum", "attendance"}
    assert len({s["id"] for s in SCENARIOS}) == len(SCENARIOS)
    assert set(HAND_CHECKED) == {s["id"] for s in SCENARIOS}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=ids)
def test_each_scenario_has_exactly_one_answer_and_it_matches_the_hand_worked_one(scenario):
    answer = training.answer_for(training.result_of(scenario), scenario["ask"])
    assert answer["value"] == HAND_CHECKED[scenario["id"]]
    if scenario["ask"]["type"] == "choice":
        options = scenario["ask"]["options"]
        assert options.count(answer["value"]) == 1


@pytest.mark.parametrize("scenario", SCENARIOS, ids=ids)
def test_each_explanation_cites_a_real_rule_and_a_real_page(scenario, source_text):
    result = training.result_of(scenario)
    why = training.explain(scenario["calculator"], result, scenario["ask"])
    assert why["points"]
    source = why["source"]
    if source["authority"] == national():
        assert source["summary"]
    else:
        assert normalise(source["quote"]) in source_text(source["authority"])
    page = DOCS / (why["page"].rstrip("/") + ".md")
    assert page.exists(), page


@pytest.mark.parametrize("scenario", SCENARIOS, ids=ids)
def test_stories_are_filled_in(scenario):
    text = training.story(scenario)
    assert "{" not in text and "}" not in text
    assert scenario["set"] in training.sets()


def test_the_handout_gives_no_answers_and_the_answer_sheet_gives_them_all():
    handout = training_pages.handout_markdown(links=LINKS)
    answers = training_pages.answers_markdown(links=LINKS)
    for scenario in SCENARIOS:
        assert scenario["question"] in handout and scenario["question"] in answers
        answer = training.answer_for(training.result_of(scenario), scenario["ask"])
        assert f"**Answer: {answer['text']}**" in answers
        if scenario["ask"]["type"] == "date":
            assert answer["text"] not in handout


def test_a_wrong_question_is_refused():
    scenario = SCENARIOS[0]
    result = training.result_of(scenario)
    with pytest.raises(training.ScenarioError):
        training.answer_for(result, {"type": "date", "deadline": "first-review"})
    with pytest.raises(training.ScenarioError):
        training.answer_for({"quorate": None}, {"type": "yes-no", "field": "quorate"})


def test_the_browser_gets_answer_and_explanation_from_one_call():
    scenario = SCENARIOS[0]
    response = json.loads(
        respond(
            json.dumps(
                {
                    "name": scenario["calculator"],
                    "payload": scenario["payload"],
                    "ask": scenario["ask"],
                }
            )
        )
    )
    assert response["answer"]["value"] == HAND_CHECKED[scenario["id"]]
    assert response["explanation"]["page"] == "handbook/timing/"


@pytest.mark.parametrize("authority", local())
def test_each_timescales_sheet_lists_every_rule_the_authority_sets_or_inherits(authority):
    from calculators.rules import rules_for

    sheet = training_pages.sheet_markdown(authority, links=LINKS)
    own = rules_for(authority)
    for rule in own:
        assert f"| {rule.title} | {rule.words()}" in sheet
    for rule in rules_for(national()):
        if rule.id not in {r.id for r in own}:
            [row] = [line for line in sheet.split("\n") if line.startswith(f"| {rule.title} |")]
            assert row.startswith(f"| {rule.title} | {rule.words()}")
            assert "| National guidance" in row


def test_no_quorum_scenario_relies_on_an_unanswered_condition_for_its_answer():
    for scenario in SCENARIOS:
        if scenario["calculator"] != "quorum" or scenario["ask"]["field"] != "may_proceed":
            continue
        result = training.result_of(scenario)
        assert result["unanswered"] == [], scenario["id"]
