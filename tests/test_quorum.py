"""The quorum calculator, for every pack with or without a quorum table: the packs are chosen
by what their quorum tables hold (read from the files by tests/packs.py), and the expected
answers follow from the input. Agencies, not people, are counted: several professionals of one
agency count once. Each authority's own wording and actions, worked out by hand from its
source, are tested in tests/authorities/.
"""

from __future__ import annotations

import itertools

import pytest

from calculators.data import authorities

from .conftest import normalise
from .conftest import read_source as source_text
from .helpers import (
    ALL_THREE,
    EDUCATION,
    HEALTH,
    HOUSING,
    ONE_SHORT,
    POLICE,
    QUORATE,
    SOCIAL_CARE,
    THREE_CONDITIONS,
    attendee,
    dated,
    quorum,
    quorum_on,
    texts,
    unanswered,
)
from .packs import raw_table

AUTHORITIES = tuple(authorities())  # every pack found
TABLES = raw_table("quorum")
# Packs whose quorum counts only agencies "which have had direct contact with each child".
DIRECT_CONTACT_REQUIRED = tuple(a for a, table in TABLES.items() if table.get("direct_contact"))
WITH_QUORUM = tuple(TABLES)
NO_QUORUM = tuple(a for a in AUTHORITIES if a not in TABLES)
# Packs whose chair may proceed only when every condition in the list holds ("...; and ...").
ALL_CONDITIONS = tuple(a for a, t in TABLES.items() if t.get("proceed") == "all-conditions")


# ------------------------------------------------------------------ every authority


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_social_care_and_exactly_two_others_is_quorate(authority):
    result = quorum(authority, QUORATE)
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert set(result["counted_agencies"]) == {"police", "health"}
    assert result["required_actions"] == []
    assert result["missing_key_agencies"] == []
    assert result["authority"] == authority
    assert result["conference_type"] == "initial"


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_more_than_two_others_is_quorate(authority):
    result = quorum(authority, [*QUORATE, EDUCATION, HOUSING])
    assert result["quorate"] is True
    assert set(result["counted_agencies"]) == {"police", "health", "education", "housing"}


@pytest.mark.parametrize("authority", NO_QUORUM)
@pytest.mark.parametrize(
    "attendees", [[], ONE_SHORT, QUORATE, [POLICE, HEALTH, EDUCATION]], ids=["0", "1", "3", "noCSC"]
)
def test_no_quorum_rule_where_the_pack_sets_none(authority, attendees):
    result = quorum(authority, attendees, delay_detrimental=True)
    assert result["quorate"] is None
    assert result["may_proceed"] is None
    assert result["required_actions"] == []
    assert result["missing_key_agencies"] == []
    (reason,) = result["reasons"]
    assert "no quorum" in reason["text"].lower()
    assert reason["source"]["authority"] == authority


@pytest.mark.parametrize("conference_type", ["initial", "pre-birth", "transfer-in", "review"])
@pytest.mark.parametrize("authority", AUTHORITIES)
def test_every_conference_type_is_accepted(authority, conference_type):
    result = quorum(authority, QUORATE, conference_type)
    assert result["conference_type"] == conference_type
    assert result["quorate"] is (None if authority in NO_QUORUM else True)


# ------------------------------------------------------------------ quorate/inquorate boundaries


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_social_care_and_one_other_is_not_quorate(authority):
    result = quorum(authority, ONE_SHORT)
    assert result["quorate"] is False
    assert result["counted_agencies"] == ["police"]
    assert "not quorate" in texts(result["reasons"])


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_social_care_alone_is_not_quorate(authority):
    result = quorum(authority, [SOCIAL_CARE])
    assert result["quorate"] is False
    assert result["counted_agencies"] == []


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_nobody_attending_is_not_quorate(authority):
    result = quorum(authority, [])
    assert result["quorate"] is False


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_several_professionals_of_one_agency_count_once(authority):
    # Three police officers and children's social care: one other agency, not three.
    result = quorum(authority, [SOCIAL_CARE, POLICE, POLICE, POLICE])
    assert result["quorate"] is False
    assert result["counted_agencies"] == ["police"]


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_two_social_care_staff_do_not_make_an_other_agency(authority):
    result = quorum(authority, [SOCIAL_CARE, SOCIAL_CARE, POLICE])
    assert result["quorate"] is False
    assert "childrens-social-care" not in result["counted_agencies"]


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_social_care_missing_is_not_quorate_whatever_else_attends(authority):
    result = quorum(authority, [POLICE, HEALTH, EDUCATION, HOUSING])
    assert result["quorate"] is False
    assert "social care" in texts(result["reasons"])


@pytest.mark.parametrize("authority", DIRECT_CONTACT_REQUIRED)
def test_agency_without_direct_contact_is_not_counted_where_required(authority):
    result = quorum(authority, [SOCIAL_CARE, POLICE, attendee("health", False)])
    assert result["quorate"] is False
    assert result["counted_agencies"] == ["police"]
    assert [item["agency"] for item in result["not_counted"]] == ["health"]


@pytest.mark.parametrize("authority", DIRECT_CONTACT_REQUIRED)
def test_no_agency_with_direct_contact(authority):
    result = quorum(
        authority,
        [SOCIAL_CARE, attendee("police", False), attendee("health", False)],
    )
    assert result["quorate"] is False
    assert result["counted_agencies"] == []
    assert {item["agency"] for item in result["not_counted"]} == {"police", "health"}


@pytest.mark.parametrize("authority", DIRECT_CONTACT_REQUIRED)
def test_agency_counts_if_any_of_its_attendees_had_direct_contact(authority):
    attendees = [SOCIAL_CARE, POLICE, attendee("health", False), attendee("health", True)]
    result = quorum(authority, attendees)
    assert result["quorate"] is True
    assert set(result["counted_agencies"]) == {"police", "health"}
    assert result["not_counted"] == []


@pytest.mark.parametrize("authority", DIRECT_CONTACT_REQUIRED)
def test_direct_contact_defaults_to_true(authority):
    attendees = [{"agency": "childrens-social-care"}, {"agency": "police"}, {"agency": "health"}]
    assert quorum(authority, attendees)["quorate"] is True


@pytest.mark.parametrize("authority", WITH_QUORUM)
def test_quorate_conference_proceeds_whatever_the_circumstances(authority):
    flags = dict.fromkeys([*THREE_CONDITIONS, "relevant_agencies_present", "exploitation"], False)
    result = quorum(authority, QUORATE, **flags)
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert result["required_actions"] == []


# ------------------------------------------------------------------ every listed condition needed


@pytest.mark.parametrize("authority", ALL_CONDITIONS)
@pytest.mark.parametrize("flags", list(itertools.product([False, True], repeat=3)))
def test_three_conditions_all_needed_to_proceed(authority, flags):
    """'This would be relevant where: [limited contact]; [sufficient information]; and [delay
    detrimental]' - all three together, so any one missing means no."""
    circumstances = dict(zip(THREE_CONDITIONS, flags, strict=True))
    result = quorum(authority, ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is all(flags)


# Not answered is not "does not hold": a circumstance absent from the payload is unknown, false
# does not hold, true holds. Packs whose "proceed" is "all-conditions" let the
# chair proceed only where all three listed conditions hold ("...; and ..."), so one condition
# that does not hold settles it; while none fails and one is unknown, the answer waits on it.
ALL_CONDITIONS_CASES = [
    # (answers given, may_proceed, conditions that still need an answer)
    ({}, None, list(THREE_CONDITIONS)),
    (dict.fromkeys(THREE_CONDITIONS, True), True, []),
    ({"limited_agency_contact": True, "sufficient_information": True}, None, ["delay_detrimental"]),
    ({"sufficient_information": True}, None, ["limited_agency_contact", "delay_detrimental"]),
    ({"limited_agency_contact": False}, False, []),
    ({"delay_detrimental": False, "sufficient_information": True}, False, []),
    ({"limited_agency_contact": True, "sufficient_information": False}, False, []),
    ({**dict.fromkeys(THREE_CONDITIONS, True), "delay_detrimental": False}, False, []),
    (dict.fromkeys(THREE_CONDITIONS, False), False, []),
]


@pytest.mark.parametrize("authority", ALL_CONDITIONS)
@pytest.mark.parametrize(("answers", "may_proceed", "waiting"), ALL_CONDITIONS_CASES)
def test_unanswered_conditions_are_not_treated_as_not_holding(
    authority, answers, may_proceed, waiting
):
    result = quorum(authority, ONE_SHORT, **answers)
    assert result["quorate"] is False
    assert result["may_proceed"] is may_proceed
    assert unanswered(result) == waiting
    said = texts(result["reasons"])
    if waiting:
        # Undecided: never "should not go ahead", and the unknown conditions are named.
        assert "exception does not apply" not in said
        assert "answer" in said
        for item in result["unanswered"]:
            assert item["text"].lower() in said
    if may_proceed is False:
        assert "exception does not apply" in said


@pytest.mark.parametrize("authority", ALL_CONDITIONS)
def test_a_condition_left_unanswered_is_reported_as_not_answered(authority):
    result = quorum(authority, ONE_SHORT, limited_agency_contact=True, sufficient_information=True)
    lines = [r["text"] for r in result["reasons"]]
    assert any(line.startswith("Not answered:") and "delay" in line.lower() for line in lines)
    assert not any(line.startswith("Does not hold") for line in lines)


@pytest.mark.parametrize("authority", ALL_CONDITIONS)
def test_one_condition_not_holding_decides_whatever_the_unanswered_ones(authority):
    result = quorum(authority, ONE_SHORT, delay_detrimental=False)
    assert result["may_proceed"] is False
    assert result["unanswered"] == []
    assert "whatever" in texts(result["reasons"])


@pytest.mark.parametrize("authority", ALL_CONDITIONS)
def test_another_packs_condition_does_not_open_the_exception(authority):
    # "Relevant agencies are present" (another pack's condition) is not one of these conditions:
    # answering it does not stand in for "sufficient information" or "delay".
    result = quorum(
        authority, ONE_SHORT, limited_agency_contact=True, relevant_agencies_present=True
    )
    assert result["may_proceed"] is None
    assert unanswered(result) == ["sufficient_information", "delay_detrimental"]


@pytest.mark.parametrize("authority", [*WITH_QUORUM, *NO_QUORUM])
def test_a_quorate_or_ruleless_answer_needs_no_conditions(authority):
    result = quorum(authority, QUORATE if authority in WITH_QUORUM else ONE_SHORT)
    assert result["unanswered"] == []


@pytest.mark.parametrize("authority", ALL_CONDITIONS)
def test_inquorate_and_may_not_proceed_has_no_held_conference_actions(authority):
    # The actions apply "where an inquorate conference is held"; this one should not be held.
    result = quorum(authority, ONE_SHORT, limited_agency_contact=True, delay_detrimental=False)
    assert result["may_proceed"] is False
    assert result["required_actions"] == []
    assert "not" in texts(result["reasons"])


@pytest.mark.parametrize(
    "authority", [a for a in AUTHORITIES if "key_agencies" not in TABLES.get(a, {})]
)
@pytest.mark.parametrize("conference_type", ["initial", "review"])
def test_no_key_agency_rule_where_the_pack_sets_none(authority, conference_type):
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum(authority, attendees, conference_type, exploitation=True)
    assert result["missing_key_agencies"] == []
    assert not any("key agencies" in a["text"].lower() for a in result["required_actions"])


# ------------------------------------------------------------------ sources, word for word

# Enough scenarios to reach every reason and action each authority can give.
SCENARIOS = {
    "quorate": (QUORATE, "initial", {}),
    "inquorate-no-circumstances": (ONE_SHORT, "initial", {}),
    "inquorate-all-three": (ONE_SHORT, "initial", dict.fromkeys(THREE_CONDITIONS, True)),
    "inquorate-two-of-three": (
        ONE_SHORT,
        "initial",
        {"limited_agency_contact": True, "sufficient_information": True},
    ),
    "inquorate-agencies-present-exception": (
        ONE_SHORT,
        "initial",
        {"limited_agency_contact": True, "relevant_agencies_present": True},
    ),
    "no-social-care": ([POLICE, HEALTH, EDUCATION], "initial", {}),
    "no-contact": (
        [SOCIAL_CARE, attendee("police", False), attendee("health", False)],
        "initial",
        {},
    ),
    "key-agencies-initial": ([EDUCATION, HOUSING], "initial", {}),
    "key-agencies-review-exploitation": ([EDUCATION, HOUSING], "review", {"exploitation": True}),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("authority", AUTHORITIES)
def test_every_reason_and_action_cites_its_source_word_for_word(authority, scenario):
    attendees, conference_type, circumstances = SCENARIOS[scenario]
    result = quorum(authority, attendees, conference_type, **circumstances)
    items = result["reasons"] + result["required_actions"]
    assert result["reasons"], "every answer gives at least one reason"
    not_found = []
    for item in items:
        source = item["source"]
        assert source, f"no source for {item['text']!r}"
        assert source["authority"] == authority
        assert source["document"]
        assert source["section"]
        if authority in NO_QUORUM:
            continue  # no quorum rule to quote (and the national baseline has no capture)
        quote = source.get("quote")
        assert quote, f"no quote for {item['text']!r}"
        if normalise(quote) not in source_text(authority):
            not_found.append(quote)
    assert not_found == [], f"{authority}: quotes not found word for word in the source"


# ------------------------------------------------------------------ dated actions


@pytest.mark.parametrize(
    "authority",
    [
        a
        for a in AUTHORITIES
        if not any("period" in action for action in TABLES.get(a, {}).get("actions", []))
    ],
)
def test_a_conference_date_dates_nothing_where_no_action_has_a_period(authority):
    result = quorum_on(authority, "2027-01-12", **ALL_THREE)
    assert dated(result) == []


@pytest.mark.parametrize("authority", [a for a, table in TABLES.items() if table.get("actions")])
def test_what_follows_an_inquorate_conference_is_conditional_until_it_is_settled(authority):
    # No condition answered: not known yet, or (where the list was lost) the chair decides.
    result = quorum(authority, ONE_SHORT, "review", exploitation=False)
    assert result["may_proceed"] is None
    assert result["required_actions"]
    for action in result["required_actions"]:
        assert action["text"].startswith("If it goes ahead: "), action["text"]
