"""A deadline id means one thing in every authority: its generic title, held once in the data,
labels the comparison row and the calculator's "not stated" list; each cell and each result keeps
its own authority's words. The tests of each authority's own words, read from its source by hand,
are in tests/authorities/test_<id>.py."""

from __future__ import annotations

import pytest

from calculators import run
from calculators.rules import deadline_rules

from .packs import authorities as pack_authorities
from .packs import national

TOPICS = ("timescales", "pre-birth", "reports", "distribution")


# ------------------------------------------------------------------- the class, from the data
EVERY_EVENT = {
    "strategy_discussion": "2027-03-01",
    "icpc": "2027-03-12",
    "edd": "2027-09-20",
    "review": "2027-06-07",
    "transfer_notification": "2027-03-01",
    "conference": "2027-03-12",
    "conference_decision": "2027-03-01",
    "record_received": "2027-03-26",
    "looked_after": "2027-03-01",
    "return_home_decision": "2027-03-01",
    "epo_expiry": "2027-03-05",
    "core_group": "2027-03-26",
    "child_in_need_plan": "2027-03-01",
    "supervision_order": "2027-03-01",
    "attendance_data_received": "2027-03-01",
}


@pytest.mark.parametrize("authority", pack_authorities())
@pytest.mark.parametrize("conference_type", ["initial", "review"])
def test_every_not_stated_title_is_the_generic_one(authority, conference_type):
    from calculators.rules import deadline_meanings

    result = run(
        "deadlines",
        {"authority": authority, "events": EVERY_EVENT, "conference_type": conference_type},
    )
    assert result["not_stated"]
    for item in result["not_stated"]:
        assert item["title"] == deadline_meanings()[item["id"]].title
    for item in result["deadlines"]:
        own = [
            r
            for r in deadline_rules()
            if r.id == item["id"] and r.authority in (authority, national())
        ]
        assert item["title"] in {r.title for r in own}
