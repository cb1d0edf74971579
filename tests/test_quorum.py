"""The quorum calculator, with expectations worked out from the captured sources.

Oxfordshire (000, section 3 "Conference quorum"), North Yorkshire (001, "As a minimum quorum")
and Warrington (004, "Conference quoram"): children's social care and at least 2 other
professional groups or agencies "which have had direct contact with each child".
Barnsley (003, section 4): children's social care and at least two other professional groups or
agencies, with no direct-contact condition. Croydon (002) and the national baseline set no
quorum. Agencies, not people, are counted: several professionals of one agency count once.
"""

from __future__ import annotations

import itertools

import pytest

from calculators import run
from calculators.data import authorities

from .conftest import normalise
from .conftest import read_source as source_text

AUTHORITIES = tuple(authorities())  # every pack found
DIRECT_CONTACT_REQUIRED = ("oxfordshire", "north-yorkshire", "warrington")
WITH_QUORUM = (*DIRECT_CONTACT_REQUIRED, "barnsley")
NO_QUORUM = ("england", "croydon")
THREE_CONDITIONS = ("limited_agency_contact", "sufficient_information", "delay_detrimental")
KEY_AGENCIES = {"police", "health", "childrens-social-care"}


def attendee(agency: str, direct_contact: bool = True) -> dict:
    return {"agency": agency, "direct_contact": direct_contact}


def quorum(authority, attendees, conference_type="initial", **circumstances) -> dict:
    payload = {
        "authority": authority,
        "conference_type": conference_type,
        "attendees": attendees,
        "circumstances": circumstances,
    }
    result = run("quorum", payload)
    assert "errors" not in result, result
    return result


SOCIAL_CARE = attendee("childrens-social-care")
POLICE = attendee("police")
HEALTH = attendee("health")
EDUCATION = attendee("education")
HOUSING = attendee("housing")
QUORATE = [SOCIAL_CARE, POLICE, HEALTH]  # social care + exactly 2 others with direct contact
ONE_SHORT = [SOCIAL_CARE, POLICE]  # social care + 1 other


def texts(items: list[dict]) -> str:
    return " | ".join(item["text"] for item in items).lower()


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
def test_no_quorum_rule_croydon_and_england(authority, attendees):
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


def test_barnsley_counts_agencies_without_direct_contact():
    # Barnsley section 4: "at least two other professional groups or agencies" - no contact test.
    attendees = [SOCIAL_CARE, attendee("police", False), attendee("health", False)]
    result = quorum("barnsley", attendees)
    assert result["quorate"] is True
    assert result["may_proceed"] is True
    assert set(result["counted_agencies"]) == {"police", "health"}
    assert result["not_counted"] == []


def test_barnsley_one_other_without_contact_is_still_one_short():
    result = quorum("barnsley", [SOCIAL_CARE, attendee("police", False)])
    assert result["quorate"] is False


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


# ------------------------------------------------------------------ Oxfordshire and Warrington


@pytest.mark.parametrize("authority", ["oxfordshire", "warrington"])
@pytest.mark.parametrize("flags", list(itertools.product([False, True], repeat=3)))
def test_three_conditions_all_needed_to_proceed(authority, flags):
    """'This would be relevant where: [limited contact]; [sufficient information]; and [delay
    detrimental]' - all three together, so any one missing means no."""
    circumstances = dict(zip(THREE_CONDITIONS, flags, strict=True))
    result = quorum(authority, ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is all(flags)


# Not answered is not "does not hold": a circumstance absent from the payload is unknown, false
# does not hold, true holds. Oxfordshire and Warrington (section 3 / "Conference quorum") let the
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


def unanswered(result: dict) -> list[str]:
    return [item["circumstance"] for item in result["unanswered"]]


@pytest.mark.parametrize("authority", ["oxfordshire", "warrington"])
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


@pytest.mark.parametrize("authority", ["oxfordshire", "warrington"])
def test_a_condition_left_unanswered_is_reported_as_not_answered(authority):
    result = quorum(authority, ONE_SHORT, limited_agency_contact=True, sufficient_information=True)
    lines = [r["text"] for r in result["reasons"]]
    assert any(line.startswith("Not answered:") and "delay" in line.lower() for line in lines)
    assert not any(line.startswith("Does not hold") for line in lines)


@pytest.mark.parametrize("authority", ["oxfordshire", "warrington"])
def test_one_condition_not_holding_decides_whatever_the_unanswered_ones(authority):
    result = quorum(authority, ONE_SHORT, delay_detrimental=False)
    assert result["may_proceed"] is False
    assert result["unanswered"] == []
    assert "whatever" in texts(result["reasons"])


@pytest.mark.parametrize("authority", ["oxfordshire", "warrington"])
def test_barnsley_style_flags_do_not_open_the_exception_elsewhere(authority):
    # Barnsley's "relevant agencies are present" is not one of these authorities' conditions:
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


def test_oxfordshire_inquorate_proceeding_actions():
    """Oxfordshire section 3: 'consideration should be given to arranging an early review
    conference'; 'inquorate conferences require a confirmed quorate decision within 24 hours';
    'The Chair must ensure that the reasons for proceeding ... are noted'."""
    result = quorum("oxfordshire", ONE_SHORT, **dict.fromkeys(THREE_CONDITIONS, True))
    assert result["may_proceed"] is True
    actions = result["required_actions"]
    assert len(actions) == 3
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "consider" in early[0]["text"].lower()  # considered, not required
    assert any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)
    assert result["missing_key_agencies"] == []


def test_warrington_inquorate_proceeding_actions():
    """Warrington: 'an early Review Conference should be arranged' and the chair records the
    reasons. Warrington says nothing about a 24-hour confirmed decision."""
    result = quorum("warrington", ONE_SHORT, **dict.fromkeys(THREE_CONDITIONS, True))
    assert result["may_proceed"] is True
    actions = result["required_actions"]
    assert len(actions) == 2
    early = [a for a in actions if "early review" in a["text"].lower()]
    assert len(early) == 1
    assert "arrange" in early[0]["text"].lower()
    assert "consider" not in early[0]["text"].lower()
    assert not any("24 hours" in a["text"] for a in actions)
    assert any("chair" in a["text"].lower() and "record" in a["text"].lower() for a in actions)


@pytest.mark.parametrize("authority", ["oxfordshire", "warrington"])
def test_inquorate_and_may_not_proceed_has_no_held_conference_actions(authority):
    # The actions apply "where an inquorate conference is held"; this one should not be held.
    result = quorum(authority, ONE_SHORT, limited_agency_contact=True, delay_detrimental=False)
    assert result["may_proceed"] is False
    assert result["required_actions"] == []
    assert "not" in texts(result["reasons"])


# ------------------------------------------------------------------ Barnsley


def test_barnsley_limited_contact_and_relevant_agencies_present_proceeds():
    """'In cases where a child has not had contact with three agencies, the conference should
    proceed if the relevant agencies are present.'"""
    result = quorum(
        "barnsley", ONE_SHORT, limited_agency_contact=True, relevant_agencies_present=True
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
    result = quorum("barnsley", ONE_SHORT, **circumstances)
    assert result["quorate"] is False
    assert result["may_proceed"] is None
    assert unanswered(result) == waiting
    said = texts(result["reasons"])
    assert "rests with the conference chair" in " | ".join(
        r["source"]["quote"].lower() for r in result["reasons"]
    )
    assert "chair" in said
    assert result["required_actions"] == []


# ------------------------------------------------------------------ North Yorkshire


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
    result = quorum("north-yorkshire", ONE_SHORT, **circumstances)
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
    result = quorum("north-yorkshire", ONE_SHORT, "review", exploitation=False)
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
    result = quorum("north-yorkshire", attendees, conference_type)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == ["health"]
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    assert "health" in key_actions[0]["text"].lower()
    assert "police" not in key_actions[0]["text"].lower()


@pytest.mark.parametrize("conference_type", ["initial", "pre-birth", "transfer-in"])
def test_north_yorkshire_all_key_agencies_present(conference_type):
    result = quorum("north-yorkshire", QUORATE, conference_type)
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


def test_north_yorkshire_key_agencies_all_missing_and_inquorate():
    result = quorum("north-yorkshire", [EDUCATION, HOUSING, attendee("probation")], "initial")
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
    result = quorum("north-yorkshire", attendees)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == []


def test_north_yorkshire_review_without_exploitation_has_no_key_agency_rule():
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum("north-yorkshire", attendees, "review", exploitation=False)
    assert result["quorate"] is True
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


def test_north_yorkshire_review_with_exploitation_not_answered_says_what_would_follow():
    """Not knowing whether exploitation is present is not knowing it is absent: the key
    agencies rule may apply, so the result says so, in North Yorkshire's words."""
    attendees = [SOCIAL_CARE, EDUCATION, HOUSING]
    result = quorum("north-yorkshire", attendees, "review")
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
    result = quorum("north-yorkshire", attendees, "review", exploitation=True)
    assert result["quorate"] is True
    assert set(result["missing_key_agencies"]) == {"police", "health"}
    key_actions = [a for a in result["required_actions"] if "key agencies" in a["text"].lower()]
    assert len(key_actions) == 1
    assert "police" in key_actions[0]["text"].lower()


def test_north_yorkshire_review_with_exploitation_and_key_agencies_present():
    result = quorum("north-yorkshire", QUORATE, "review", exploitation=True)
    assert result["missing_key_agencies"] == []
    assert result["required_actions"] == []


@pytest.mark.parametrize("authority", ["oxfordshire", "barnsley", "warrington", "croydon"])
@pytest.mark.parametrize("conference_type", ["initial", "review"])
def test_key_agency_rule_is_north_yorkshire_only(authority, conference_type):
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
    "inquorate-barnsley-exception": (
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
            continue  # no document captured (england) / no quorum rule to quote (croydon)
        quote = source.get("quote")
        assert quote, f"no quote for {item['text']!r}"
        if normalise(quote) not in source_text(authority):
            not_found.append(quote)
    assert not_found == [], f"{authority}: quotes not found word for word in the source"


# ------------------------------------------------------------------ Oxfordshire's 24 hours

# Oxfordshire section 3: "inquorate conferences require a confirmed quorate decision within 24
# hours". A conference on Tuesday 12 January 2027: 24 hours later is Wednesday 13 January 2027,
# a working day (no bank holiday that week).
ALL_THREE = dict.fromkeys(THREE_CONDITIONS, True)


def quorum_on(authority, day, attendees=ONE_SHORT, **circumstances) -> dict:
    payload = {
        "authority": authority,
        "conference_type": "initial",
        "attendees": attendees,
        "circumstances": circumstances,
        "conference_date": day,
    }
    result = run("quorum", payload)
    assert "errors" not in result, result
    return result


def dated(result: dict) -> list[dict]:
    return [a for a in result["required_actions"] if "due" in a]


def test_oxfordshire_confirmed_quorate_decision_is_dated_from_the_conference():
    result = quorum_on("oxfordshire", "2027-01-12", **ALL_THREE)
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
    result = quorum_on("oxfordshire", "2027-01-12", limited_agency_contact=True)
    assert result["may_proceed"] is None
    assert [a["due"] for a in dated(result)] == ["2027-01-13"]


def test_without_a_conference_date_the_actions_carry_no_date():
    result = quorum("oxfordshire", ONE_SHORT, **ALL_THREE)
    assert len(result["required_actions"]) == 3
    assert dated(result) == []


@pytest.mark.parametrize("authority", ["north-yorkshire", "warrington", "barnsley", "croydon"])
def test_a_conference_date_dates_nothing_where_no_action_has_a_period(authority):
    result = quorum_on(authority, "2027-01-12", **ALL_THREE)
    assert dated(result) == []


def test_a_quorate_conference_has_nothing_to_date():
    result = quorum_on("oxfordshire", "2027-01-12", QUORATE)
    assert result["required_actions"] == []
    assert result["conference_date"] == "2027-01-12"


def test_text_output_gives_the_date_of_the_dated_action():
    from calculators.text import render

    text = render("quorum", quorum_on("oxfordshire", "2027-01-12", **ALL_THREE))
    assert "Wednesday 13 January 2027" in text


@pytest.mark.parametrize(
    ("authority", "answers"),
    [
        ("oxfordshire", {}),  # not known yet
        ("warrington", {"limited_agency_contact": True}),  # not known yet
        ("north-yorkshire", {}),  # the chair decides
    ],
)
def test_what_follows_an_inquorate_conference_is_conditional_until_it_is_settled(
    authority, answers
):
    result = quorum(authority, ONE_SHORT, "review", exploitation=False, **answers)
    assert result["may_proceed"] is None
    assert result["required_actions"]
    for action in result["required_actions"]:
        assert action["text"].startswith("If it goes ahead: "), action["text"]


def test_what_follows_is_plain_once_the_conference_may_go_ahead():
    result = quorum("oxfordshire", ONE_SHORT, **ALL_THREE)
    assert not any(a["text"].startswith("If") for a in result["required_actions"])
