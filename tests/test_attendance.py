"""The attendance calculator, with expectations worked out from the captured sources.

Oxfordshire (000, section 4): "A (rebuttable) presumption that a child of less than 12 years of
age is unlikely to be able to be a direct and/or full participant" and "from the age of 12 and
over, a child should be offered such an opportunity", with four primary questions.
North Yorkshire (001): "The following approach is recommended:" and "The primary questions to
be addressed are:" are each followed by nothing in the capture, so no presumption is given.
Barnsley (003, section 5): "Young people aged between 11 and 15 will routinely be offered the
option of an independent Advocate" (11 to 15 inclusive). Croydon (002), Warrington (004) and the
national baseline set no age rule.
"""

from __future__ import annotations

import pytest

from calculators import run
from calculators.data import authorities, national

from .conftest import normalise
from .conftest import read_source as source_text

AUTHORITIES = tuple(authorities())  # every pack found
AGES = (0, 11, 12, 15, 16, 17)

# Oxfordshire section 4, "Criteria for presence of child at conference", word for word.
OXFORDSHIRE_QUESTIONS = [
    "Does the child have sufficient understanding of the process?",
    "Have they expressed an explicit or implicit wish to be involved?",
    "What are the parents' views about the child's proposed presence?",
    "Is inclusion assessed to be of benefit to the child?",
]


def attendance(authority: str, **payload) -> dict:
    result = run("attendance", {"authority": authority, **payload})
    assert "errors" not in result, result
    return result


def by_dates(authority: str, born: str, conference: str) -> dict:
    return attendance(authority, date_of_birth=born, conference_date=conference)


def expected(authority: str, age: int) -> tuple[str, bool | None, list[str]]:
    """(presumption, advocate_offered, questions) from the sources, by hand."""
    if authority == "oxfordshire":
        return ("offer" if age >= 12 else "not-expected"), None, OXFORDSHIRE_QUESTIONS
    if authority == "barnsley":
        return "none", (True if 11 <= age <= 15 else None), []
    return "none", None, []


# ------------------------------------------------------------------ every authority, every age


@pytest.mark.parametrize("age", AGES)
@pytest.mark.parametrize("authority", AUTHORITIES)
def test_age_rules_per_authority(authority, age):
    result = attendance(authority, age=age)
    presumption, advocate, questions = expected(authority, age)
    assert result["age"] == age
    assert result["authority"] == authority
    assert result["presumption"] == presumption
    assert result["advocate_offered"] is advocate
    assert result["questions"] == questions
    assert result["notes"], "every answer explains itself"


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


@pytest.mark.parametrize("age", [10, 11, 12, 14, 15, 16])
def test_barnsley_advocate_boundaries(age):
    result = attendance("barnsley", age=age)
    assert result["advocate_offered"] is (True if age in (11, 12, 14, 15) else None)
    assert result["presumption"] == "none"
    assert "11" in result["source"]["quote"] and "15" in result["source"]["quote"]


@pytest.mark.parametrize("authority", ["croydon", "warrington", "england"])
@pytest.mark.parametrize("age", range(18))
def test_no_age_rule(authority, age):
    result = attendance(authority, age=age)
    assert result["presumption"] == "none"
    assert result["advocate_offered"] is None
    assert result["questions"] == []


@pytest.mark.parametrize("age", AGES)
@pytest.mark.parametrize("authority", [a for a in AUTHORITIES if a != national()])
def test_every_quote_is_in_the_source_word_for_word(authority, age):
    result = attendance(authority, age=age)
    sources = [note["source"] for note in result["notes"] if note["source"]]
    if result["source"]:
        sources.append(result["source"])
    assert sources
    not_found = []
    for source in sources:
        assert source["authority"] == authority
        assert source["document"] and source["section"]
        quote = source.get("quote")
        if quote and normalise(quote) not in source_text(authority):
            not_found.append(quote)
    assert not_found == []


def test_england_note_has_no_local_source():
    result = attendance("england", age=12)
    assert result["source"] is None
    assert len(result["notes"]) == 1


# ------------------------------------------------------------------ ages from dates


@pytest.mark.parametrize(
    ("born", "conference", "age"),
    [
        ("2027-01-13", "2027-01-13", 0),  # conference on the day of birth
        ("2026-01-14", "2027-01-13", 0),  # the day before the first birthday
        ("2026-01-13", "2027-01-13", 1),  # the first birthday
        ("2015-03-10", "2027-03-09", 11),  # the day before the 12th birthday
        ("2015-03-10", "2027-03-10", 12),  # the 12th birthday
        ("2015-03-10", "2027-03-11", 12),  # the day after
        ("2015-03-10", "2027-12-31", 12),  # late in the year, birthday passed
        ("2015-12-31", "2027-01-01", 11),  # early in the year, birthday to come
        ("2015-01-31", "2027-01-30", 11),
        ("2015-01-31", "2027-01-31", 12),
        ("2015-01-31", "2027-02-28", 12),
        ("2011-06-15", "2027-06-14", 15),
        ("2011-06-15", "2027-06-15", 16),
        ("2010-06-15", "2028-06-14", 17),  # the last day before 18
        # Born before the bank-holiday table starts (2010): ages need no working days.
        ("2009-06-15", "2027-06-14", 17),
        ("2008-03-01", "2025-06-01", 17),
    ],
)
def test_age_from_dates(born, conference, age):
    assert by_dates("oxfordshire", born, conference)["age"] == age


@pytest.mark.parametrize(
    ("conference", "age"),
    [
        # Born 29 February 2012. 2027 is not a leap year: the birthday falls on 1 March.
        ("2027-02-28", 14),
        ("2027-03-01", 15),
        # 2028 is a leap year: the birthday is 29 February.
        ("2028-02-28", 15),
        ("2028-02-29", 16),
        ("2028-03-01", 16),
        # and the first birthday, in 2013 (not a leap year)
        ("2013-02-28", 0),
        ("2013-03-01", 1),
        # same day of a leap year
        ("2012-02-29", 0),
        ("2016-02-28", 3),
        ("2016-02-29", 4),
    ],
)
def test_29_february_birthday(conference, age):
    assert by_dates("oxfordshire", "2012-02-29", conference)["age"] == age


def test_a_28_february_birth_is_not_moved():
    # Only a 29 February birthday moves; 28 February is a birthday in every year.
    assert by_dates("oxfordshire", "2012-02-28", "2027-02-28")["age"] == 15
    assert by_dates("oxfordshire", "2012-02-28", "2027-02-27")["age"] == 14
    assert by_dates("oxfordshire", "2011-02-28", "2028-02-28")["age"] == 17


def test_1_march_birth_in_a_leap_year():
    assert by_dates("oxfordshire", "2016-03-01", "2028-02-29")["age"] == 11
    assert by_dates("oxfordshire", "2016-03-01", "2028-03-01")["age"] == 12


def test_oxfordshire_presumption_changes_on_the_12th_birthday():
    assert by_dates("oxfordshire", "2015-03-10", "2027-03-09")["presumption"] == "not-expected"
    assert by_dates("oxfordshire", "2015-03-10", "2027-03-10")["presumption"] == "offer"


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


@pytest.mark.parametrize("authority", AUTHORITIES)
def test_dates_and_age_give_the_same_answer(authority):
    from_dates = by_dates(authority, "2015-03-10", "2027-03-10")
    from_age = attendance(authority, age=12)
    # The same answer; only the inputs each lists differ (the dates given, or the age).
    assert from_dates.pop("inputs") != from_age.pop("inputs")
    assert from_dates == from_age
