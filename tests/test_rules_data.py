"""Every rule in calculators/data is well formed and cites its source word for word."""

from __future__ import annotations

import pytest

from calculators.data import authorities, events, load, national
from calculators.periods import Period
from calculators.rules import deadline_meanings, deadline_rules, silences

from .conftest import SOURCE_FILES, normalise

RULES = deadline_rules()


def rule_id(rule):
    return f"{rule.authority}:{rule.id}:{rule.event}:{rule.conference_type or 'any'}"


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_every_deadline_rule_is_complete(rule):
    assert rule.authority in authorities()
    assert rule.event in events(), f"unknown event {rule.event}"
    assert rule.direction in ("after", "before")
    assert rule.section.strip() and rule.title.strip()
    assert rule.conference_type in (None, "initial", "review")
    assert rule.wording in (None, "at")
    assert all(e in events() for e in rule.requires)
    if rule.sooner_of:
        assert rule.sooner_of[0] in events()


@pytest.mark.parametrize("rule", RULES, ids=rule_id)
def test_every_deadline_rule_cites_its_source(rule, source_text):
    if rule.authority == national():
        # The national document is not captured: its rules carry the brief's summary instead.
        assert rule.summary and not rule.quote
        return
    assert rule.quote, "a local rule needs the phrase that carries it"
    assert normalise(rule.quote) in source_text(rule.authority), "quote not found word for word"


def test_no_two_rules_answer_the_same_question():
    keys = [(r.authority, r.id, r.event, r.conference_type) for r in RULES]
    assert len(keys) == len(set(keys))


def test_every_authority_has_a_source_capture_except_the_national_baseline():
    assert set(authorities()) - {national()} == set(SOURCE_FILES)


@pytest.mark.parametrize(("key", "row"), silences().items(), ids=str)
def test_silences_quote_their_source(key, row, source_text):
    authority, deadline_id = key
    assert deadline_id in deadline_meanings()
    # A silence is what a source says where it sets no timescale of its own.
    assert not [r for r in RULES if (r.authority, r.id) == key]
    assert normalise(row["quote"]) in source_text(authority)
    assert set(row) <= {"authority", "id", "section", "quote", "gap"}


def quorum_quotes():
    for authority, rule in load("quorum").items():
        if authority in ("agencies", "circumstances"):
            continue
        for key in ("quote", "breach_quote", "proceed_quote", "chair_decides"):
            if key in rule:
                yield authority, rule[key]
        for group in ("exceptions", "actions", "key_agencies"):
            for item in rule.get(group, []):
                yield authority, item["quote"]
        for key in rule.get("key_agencies", []):
            if "when_quote" in key:
                yield authority, key["when_quote"]


def attendance_quotes():
    for authority, rule in load("attendance").items():
        for key in (
            "under_quote",
            "over_quote",
            "advocate_quote",
            "presumption_lost_quote",
            "questions_lost_quote",
        ):
            if key in rule:
                yield authority, rule[key]
        for question in rule.get("questions", []):
            yield authority, question
        for note in rule.get("notes", []):
            yield authority, note["quote"]


@pytest.mark.parametrize(("authority", "quote"), [*quorum_quotes(), *attendance_quotes()])
def test_quorum_and_attendance_rules_quote_their_source(authority, quote, source_text):
    assert normalise(quote) in source_text(authority)


def test_quorum_exceptions_and_key_agencies_use_known_vocabulary():
    table = load("quorum")
    for authority, rule in table.items():
        if authority in ("agencies", "circumstances"):
            continue
        assert authority in authorities()
        for item in rule.get("exceptions", []):
            assert item["circumstance"] in table["circumstances"]
        for key in rule.get("key_agencies", []):
            assert set(key["agencies"]) <= set(table["agencies"])
            assert key.get("when") in (None, *table["circumstances"])
        # A breach sentence is never shown without the reading this handbook takes of it.
        assert ("breach_quote" in rule) == ("breach_reading" in rule), authority
        assert rule["proceed"] in ("all-conditions", "should-proceed", "conditions-lost")
        assert ("chair_decides" in rule) == (rule["proceed"] == "should-proceed"), authority
    for agency in table["agencies"].values():
        assert set(agency) <= {"name", "examples"} and agency["name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 working days", Period(15, "working days")),
        ("1 working day", Period(1, "working days")),
        ("3 months", Period(3, "months")),
        ("1 week", Period(1, "weeks")),
        ("24 hours", Period(24, "hours")),
        ("15 days", Period(15, "days")),
        ("gestation 12 weeks", Period(12, "weeks", gestation=True)),
        ("gestation 31 weeks 6 days", Period(31, "weeks", gestation=True, days=6)),
        ("gestation 31 weeks 1 day", Period(31, "weeks", gestation=True, days=1)),
    ],
)
def test_periods_parse_as_written(text, expected):
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "15 workdays",
        "three months",
        "gestation 3 months",
        "",
        "-1 days",
        "gestation 31 weeks 7 days",
        "gestation 31 weeks 0 days",
        "8 weeks 1 day",
    ],
)
def test_unreadable_periods_are_refused(text):
    with pytest.raises(ValueError):
        Period.parse(text)


def test_facts_quote_their_source_word_for_word(source_text):
    from calculators.data import facts

    assert facts(), "no facts loaded: calculators/data/facts/*.toml missing from the package?"
    for (authority, fact_id), fact in facts().items():
        assert authority in SOURCE_FILES, (authority, fact_id)
        assert fact["text"].strip() and fact["section"].strip(), (authority, fact_id)
        assert fact["topic"].strip(), (authority, fact_id)
        assert fact.get("repeats") != fact_id
        if "repeats" in fact:
            assert (authority, fact["repeats"]) in facts(), (authority, fact_id)
        assert normalise(fact["quote"]) in source_text(authority), (authority, fact_id)


def test_quorum_action_periods_are_the_source_s_and_never_retyped():
    """An action with a period (such as "within 24 hours") carries its number once, as
    data: the period's words are in the quoted phrase, and the action's text has no digit of its
    own (it names the period through {period})."""
    dated = 0
    for authority, rule in load("quorum").items():
        if authority in ("agencies", "circumstances"):
            continue
        for action in rule.get("actions", []):
            assert not any(ch.isdigit() for ch in action["text"]), action["text"]
            if "period" in action:
                dated += 1
                assert Period.parse(action["period"]).words() in action["quote"]
                assert "{period}" in action["text"]
    assert dated == 1  # one pack's confirmed quorate decision, counted by hand


@pytest.mark.parametrize(
    ("text", "days_before_edd", "words"),
    [
        # 40 weeks = 280 days; 12 weeks = 84 days: 196 days (28 weeks) before the EDD
        ("gestation 12 weeks", 196, "12 weeks of pregnancy"),
        # the last day of the 32nd week: 31 weeks 6 days = 223 days: 57 days before the EDD
        ("gestation 31 weeks 6 days", 57, "31 weeks and 6 days of pregnancy"),
        ("gestation 39 weeks 1 day", 6, "39 weeks and 1 day of pregnancy"),
    ],
)
def test_points_in_pregnancy_count_back_from_the_edd(text, days_before_edd, words):
    period = Period.parse(text)
    assert period.days_before_term() == days_before_edd
    assert period.words() == words


@pytest.mark.parametrize("rule", [r for r in RULES if r.read_with], ids=rule_id)
def test_a_second_wording_names_one_rule_and_says_how_far_apart(rule):
    from calculators.rules import read_together

    assert read_together(rule)
    assert read_together(rule, brief=True)


def test_a_point_in_pregnancy_after_an_event_is_refused():
    from calculators.rules import DeadlineRule

    row = {
        "id": "x",
        "authority": national(),
        "title": "X",
        "from": "edd",
        "period": "gestation 12 weeks",
        "direction": "after",
        "section": "2. Timing",
    }
    with pytest.raises(ValueError):
        DeadlineRule.from_data(row)
