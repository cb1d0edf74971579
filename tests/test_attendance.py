"""The attendance calculator, with expectations worked out from each pack's attendance table,
read independently of the calculator (tests/packs.py).

Each authority's age rule, worked out by hand from its source, is tested in
tests/authorities/test_<id>.py.
"""

from __future__ import annotations

import pytest

from calculators.data import authorities, national

from .conftest import normalise
from .conftest import read_source as source_text
from .helpers import AGES, attendance, by_dates
from .packs import raw_table

AUTHORITIES = tuple(authorities())  # every pack found
# Ages from dates do not depend on the authority: any pack will do.
EXAMPLE = AUTHORITIES[0]


def expected(authority: str, age: int) -> tuple[str, bool | None, list[str]]:
    """(presumption, advocate_offered, questions) from the pack's attendance table."""
    rule = raw_table("attendance").get(authority, {})
    presumption = "none"
    if "presumption_age" in rule:
        presumption = "offer" if age >= rule["presumption_age"] else "not-expected"
    advocate = None
    if "advocate_ages" in rule:
        low, high = rule["advocate_ages"]
        advocate = True if low <= age <= high else None
    return presumption, advocate, rule.get("questions", [])


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
    assert by_dates(EXAMPLE, born, conference)["age"] == age


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
    assert by_dates(EXAMPLE, "2012-02-29", conference)["age"] == age


def test_a_28_february_birth_is_not_moved():
    # Only a 29 February birthday moves; 28 February is a birthday in every year.
    assert by_dates(EXAMPLE, "2012-02-28", "2027-02-28")["age"] == 15
    assert by_dates(EXAMPLE, "2012-02-28", "2027-02-27")["age"] == 14
    assert by_dates(EXAMPLE, "2011-02-28", "2028-02-28")["age"] == 17


def test_1_march_birth_in_a_leap_year():
    assert by_dates(EXAMPLE, "2016-03-01", "2028-02-29")["age"] == 11
    assert by_dates(EXAMPLE, "2016-03-01", "2028-03-01")["age"] == 12


@pytest.mark.parametrize("authority", AUTHORITIES)
def test_dates_and_age_give_the_same_answer(authority):
    from_dates = by_dates(authority, "2015-03-10", "2027-03-10")
    from_age = attendance(authority, age=12)
    # The same answer; only the inputs each lists differ (the dates given, or the age).
    assert from_dates.pop("inputs") != from_age.pop("inputs")
    assert from_dates == from_age
