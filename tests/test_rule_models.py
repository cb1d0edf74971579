"""Quorum and attendance rules as typed objects, loaded once from the packs, and the keys of a
pack that only make sense together.

Before the models, a pack could pass its schema and still break or mislead the calculators:
an age presumption without its quotes was a traceback when a child's age was checked; a
"should-proceed" rule without its conditions said every inquorate conference should go ahead;
an action naming {period} without a period printed "{period}" to the user; key agencies without
conference types, a quorum that does not say how an inquorate conference may go ahead, and an
attendance note without a quote were tracebacks. Each now either stops at load time naming the
file and key, or reads as the document does.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from calculators import schema
from calculators.attendance_rules import attendance_rules
from calculators.data import load, national, packs
from calculators.errors import PackError
from calculators.quorum_rules import ALL_CONDITIONS, SHOULD_PROCEED, quorum_rules

from .helpers import run_with

REPO = Path(__file__).resolve().parent.parent
PACKS = REPO / "calculators" / "data" / "authorities"

WITH_QUORUM = [a for a in packs() if "quorum" in packs()[a]]
WITH_ATTENDANCE = [a for a in packs() if "attendance" in packs()[a]]
WITH_PRESUMPTION = [a for a in WITH_ATTENDANCE if "presumption_age" in packs()[a]["attendance"]]
WITH_ADVOCATE = [a for a in WITH_ATTENDANCE if "advocate_ages" in packs()[a]["attendance"]]
WITH_CONDITIONS = [
    a
    for a in WITH_QUORUM
    if packs()[a]["quorum"].get("proceed") in (ALL_CONDITIONS, SHOULD_PROCEED)
]


def problem(file: str, table: dict) -> str:
    with pytest.raises(PackError) as raised:
        schema.validate(f"x/{file}", file, table)
    return str(raised.value)


# ------------------------------------------------------------------ keys that come together
@pytest.mark.parametrize("authority", WITH_PRESUMPTION)
@pytest.mark.parametrize("missing", ["over_quote", "under_quote"])
def test_an_age_presumption_needs_both_its_quotes(authority, missing):
    table = copy.deepcopy(packs()[authority]["attendance"])
    del table[missing]
    assert problem("attendance.toml", table) == (
        f"x/attendance.toml: {missing} is missing: presumption_age needs it"
    )


@pytest.mark.parametrize("authority", WITH_ADVOCATE)
def test_advocate_ages_need_their_quote(authority):
    table = copy.deepcopy(packs()[authority]["attendance"])
    del table["advocate_quote"]
    assert problem("attendance.toml", table) == (
        "x/attendance.toml: advocate_quote is missing: advocate_ages needs it"
    )


@pytest.mark.parametrize("authority", WITH_CONDITIONS)
def test_a_rule_letting_an_inquorate_conference_go_ahead_needs_its_conditions(authority):
    table = copy.deepcopy(packs()[authority]["quorum"])
    del table["exceptions"]
    assert problem("quorum.toml", table) == (
        "x/quorum.toml: exceptions is missing: proceed needs it"
    )
    table["exceptions"] = []  # an empty list is no conditions either
    assert "exceptions is missing" in problem("quorum.toml", table)


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_should_proceed_needs_the_sentence_leaving_it_to_the_chair(authority):
    table = copy.deepcopy(packs()[authority]["quorum"])
    table.pop("chair_decides", None)
    table["proceed"] = SHOULD_PROCEED
    table.setdefault("proceed_quote", "the conference should proceed")
    table.setdefault("exceptions", [{"circumstance": "delay_detrimental", "quote": "a delay"}])
    assert problem("quorum.toml", table) == (
        "x/quorum.toml: chair_decides is missing: proceed needs it"
    )


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_an_action_period_is_written_once_and_named_in_the_text(authority):
    table = copy.deepcopy(packs()[authority]["quorum"])
    table["actions"] = [{"text": "Decide within {period}.", "quote": "within 24 hours"}]
    assert problem("quorum.toml", table) == (
        "x/quorum.toml: actions[1].period is missing: the text names {period}"
    )
    table["actions"] = [{"text": "Decide soon.", "period": "24 hours", "quote": "24 hours"}]
    assert problem("quorum.toml", table) == (
        "x/quorum.toml: actions[1].text must name the period as {period}"
    )


def test_the_schema_page_says_which_keys_come_together():
    text = schema.describe()
    assert "`presumption_age` (a whole number, optional): " in text
    assert "; with `over_quote`, `under_quote`" in text
    assert "when should-proceed, with `exceptions`, `chair_decides`" in text


# ------------------------------------------------------------------ the models match the data
@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_each_quorum_rule_holds_its_pack_word_for_word(authority):
    raw = load("quorum")[authority]
    rule = quorum_rules()[authority]
    assert (rule.section, rule.quote) == (raw["section"], raw["quote"])
    assert (rule.other_agencies, rule.direct_contact) == (
        raw["other_agencies"],
        raw["direct_contact"],
    )
    assert rule.proceed == raw.get("proceed")
    assert [(c.circumstance, c.quote) for c in rule.conditions] == [
        (e["circumstance"], e["quote"]) for e in raw.get("exceptions", [])
    ]
    assert [a.quote for a in rule.actions] == [a["quote"] for a in raw.get("actions", [])]
    for action, row in zip(rule.actions, raw.get("actions", []), strict=True):
        assert "{" not in action.text
        if "period" not in row:
            assert action.text == row["text"]


def test_the_national_baseline_and_authorities_without_a_table_have_no_quorum_rule():
    assert national() not in quorum_rules()
    assert set(quorum_rules()) == set(WITH_QUORUM) - {national()}


@pytest.mark.parametrize("authority", WITH_ATTENDANCE)
def test_each_attendance_rule_holds_its_pack_word_for_word(authority):
    raw = load("attendance")[authority]
    rule = attendance_rules()[authority]
    assert rule.section == raw["section"]
    if "presumption_age" in raw:
        assert rule.presumption is not None
        assert (rule.presumption.age, rule.presumption.over_quote) == (
            raw["presumption_age"],
            raw["over_quote"],
        )
    else:
        assert rule.presumption is None
    assert list(rule.questions) == raw.get("questions", [])
    assert [(n.text, n.quote) for n in rule.notes] == [
        (n["text"], n.get("quote")) for n in raw.get("notes", [])
    ]


# ------------------------------------------------------------------ what the calculators say
@pytest.fixture
def packs_copy(tmp_path: Path) -> Path:
    root = tmp_path / "authorities"
    shutil.copytree(PACKS, root)
    return root


INQUORATE = {"conference_type": "review", "attendees": [{"agency": "police"}]}


def test_a_quorum_that_does_not_say_how_an_inquorate_conference_may_go_ahead(packs_copy):
    authority = WITH_QUORUM[0]
    path = packs_copy / authority / "quorum.toml"
    lines = path.read_text("utf-8").split("\n")
    # The pack with its rule on going ahead taken out: proceed, its quote and its conditions.
    kept, skipping = [], False
    for line in lines:
        if line.startswith("[["):
            skipping = line == "[[exceptions]]"
        if skipping or line.startswith(("proceed", "chair_decides")):
            continue
        kept.append(line)
    path.write_text("\n".join(kept), "utf-8")
    [result] = run_with(packs_copy, [("quorum", {"authority": authority, **INQUORATE})])
    assert result["quorate"] is False
    assert result["may_proceed"] is None
    name = load("authorities")[authority]["name"]
    assert (
        f"{name}'s document does not say whether a conference that is not quorate may go "
        "ahead. Check your local procedure."
    ) in [r["text"] for r in result["reasons"]]


def test_key_agencies_without_conference_types_apply_to_every_conference(packs_copy):
    authority = WITH_QUORUM[0]
    with (packs_copy / authority / "quorum.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[key_agencies]]\nagencies = ["health"]\nquote = "Health must attend"\n')
    requests = [
        ("quorum", {"authority": authority, **INQUORATE, "conference_type": kind})
        for kind in ("initial", "pre-birth", "transfer-in", "review")
    ]
    for result in run_with(packs_copy, requests):
        assert "health" in result["missing_key_agencies"], result["conference_type"]


def test_an_attendance_note_without_a_quote_is_cited_to_its_section(packs_copy):
    authority = WITH_ATTENDANCE[0]
    with (packs_copy / authority / "attendance.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[notes]]\ntext = "A note in our words."\n')
    [result] = run_with(packs_copy, [("attendance", {"authority": authority, "age": 10})])
    [note] = [n for n in result["notes"] if n["text"] == "A note in our words."]
    assert note["source"]["section"] == load("attendance")[authority]["section"]
    assert "quote" not in note["source"]


def test_the_handbook_says_when_a_document_is_silent_on_going_ahead():
    from calculators.handbook import _going_ahead_cell, _going_ahead_lines
    from calculators.quorum_rules import QuorumRule

    rule = QuorumRule(
        authority=WITH_QUORUM[0],
        section="Quorum",
        quote="two other agencies",
        other_agencies=2,
        direct_contact=False,
        proceed=None,
    )
    assert _going_ahead_lines(rule, lambda quote: "(cited)") == [
        "- The document does not say whether a conference that is not quorate may go ahead."
    ]
    assert _going_ahead_cell(rule) == []  # the comparison cell then reads "Not stated"


@pytest.mark.parametrize("authority", WITH_PRESUMPTION)
def test_an_age_presumption_is_an_age_a_child_at_a_conference_can_have(authority):
    table = copy.deepcopy(packs()[authority]["attendance"])
    table["presumption_age"] = 18  # an adult: conferences are for children under 18
    assert problem("attendance.toml", table) == (
        "x/attendance.toml: presumption_age must be an age from 0 to 17 (it is 18)"
    )
