"""Where the handbook fills a gap in a source (a capture lost a list; some sentences do not say
what a period counts from), every surface that shows the rule says so. The gaps of one
authority, named by hand, are tested in tests/authorities/test_<id>.py."""

from __future__ import annotations

import html

import pytest

from calculators import handbook, run
from calculators.handbook import training_pages

from .helpers import LINKS, gapped_rules, row

# --------------------------------------------------------------- the class, from the data


@pytest.mark.parametrize("rule", gapped_rules(), ids=lambda r: f"{r.authority}:{r.id}")
def test_every_filled_gap_is_shown_wherever_its_rule_is(rule):
    from calculators.rules import deadline_meanings

    flagged = handbook.gap_words(rule.gap)
    assert flagged in handbook.rule_text(rule.authority, rule.id, links=LINKS)
    assert flagged in row(handbook.glance_markdown(rule.authority, links=LINKS), rule.title)
    assert flagged in training_pages.sheet_markdown(rule.authority, links=LINKS)
    topic = deadline_meanings()[rule.id].row_topic(rule.event)
    assert html.escape(flagged) in handbook.table_html(topic, links=LINKS)


def gapped_silences():
    from calculators.rules import silences

    return [(key, row) for key, row in silences().items() if "gap" in row]


@pytest.mark.parametrize(("key", "silence"), gapped_silences(), ids=str)
def test_every_gap_where_a_source_is_silent_is_shown_wherever_the_silence_is(key, silence):
    authority, deadline_id = key
    flagged = handbook.gap_words(silence["gap"])
    assert flagged in handbook.rule_text(authority, deadline_id, links=LINKS)
    assert flagged in handbook.glance_markdown(authority, links=LINKS)
    assert html.escape(flagged) in " ".join(
        handbook.table_html(topic, links=LINKS) for topic in handbook.TABLES
    )
    # ... and in the calculator, as a note on the inherited deadline or in "not stated".
    from calculators.rules import deadline_rules

    event = next(r.event for r in deadline_rules() if r.id == deadline_id)
    result = run("deadlines", {"authority": authority, "events": {event: "2027-03-03"}})
    said = [d["notes"] for d in result["deadlines"] if d["id"] == deadline_id]
    said += [[n["note"]] for n in result["not_stated"] if n["id"] == deadline_id]
    assert said and silence["gap"] in " ".join(said[0])
