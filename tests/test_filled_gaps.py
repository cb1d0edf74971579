"""Where the handbook fills a gap in a source (North Yorkshire's capture lost its lists; some
sentences do not say what a period counts from), every surface that shows the rule says so."""

from __future__ import annotations

import html
import re

import pytest

from calculators import handbook, run
from calculators.handbook import Links, training_pages

LINKS = Links(markdown="../sources.md", url="../../sources/")
NY = "north-yorkshire"


def row(markdown: str, title: str) -> str:
    """The Markdown table row whose first cell is `title`."""
    [line] = [line for line in markdown.split("\n") if line.startswith(f"| {title} |")]
    return line


def cell(topic: str, authority_column: str, row_label: str) -> str:
    markup = handbook.table_html(topic, links=LINKS)
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", markup, re.S):
        if row_label in tr.split("</th>")[0]:
            columns = re.findall(r'<th scope="col">(.*?)</th>', markup)[1:]
            values = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
            return html.unescape(dict(zip(columns, values, strict=True))[authority_column])
    raise AssertionError(f"no row {row_label!r}")


# North Yorkshire: "The initial child protection conference should take place within 15 working
# days of:" and the list of what they count from is missing from the capture.
ICPC_LOST = "lost"
# "A copy of the conference record should be given to and discussed with the parents by the
# social worker within 15 working days." says nothing of what the days count from.
RECORD_UNSAID = "does not say what"


def test_at_a_glance_says_the_icpc_start_was_lost_and_the_record_start_is_unsaid():
    page = handbook.glance_markdown(NY, links=LINKS)
    assert ICPC_LOST in row(page, "Initial child protection conference")
    assert RECORD_UNSAID in row(page, "Record given to and discussed with parents")


def test_the_rule_marker_says_so():
    assert ICPC_LOST in handbook.rule_text(NY, "icpc", links=LINKS)
    assert RECORD_UNSAID in handbook.rule_text(NY, "record-to-parents", links=LINKS)


def test_the_comparison_tables_say_so():
    assert ICPC_LOST in cell("timescales", "North Yorkshire", "Initial child protection conference")
    assert RECORD_UNSAID in cell(
        "distribution", "North Yorkshire", "Record given to and discussed with parents"
    )


def test_the_training_sheet_says_so():
    sheet = training_pages.sheet_markdown(NY, links=LINKS)
    assert ICPC_LOST in row(sheet, "Initial child protection conference")
    assert RECORD_UNSAID in row(sheet, "Record given to and discussed with parents")


def test_the_calculator_says_so():
    result = run(
        "deadlines",
        {
            "authority": NY,
            "events": {"strategy_discussion": "2027-01-13", "conference": "2027-02-03"},
            "conference_type": "initial",
        },
    )
    notes = {item["id"]: " ".join(item["notes"]) for item in result["deadlines"]}
    assert ICPC_LOST in notes["icpc"]
    assert RECORD_UNSAID in notes["record-to-parents"]


def test_an_inherited_rule_whose_local_list_was_lost_says_so_everywhere():
    # North Yorkshire: "If a decision is made that a child requires a protection plan ..., the
    # Chair should ensure that:" and the list (Oxfordshire's has the first core group) is lost.
    # Saying only that North Yorkshire is "silent" would hide that it may set its own timescale.
    assert ICPC_LOST in handbook.rule_text(NY, "first-core-group", links=LINKS)
    assert ICPC_LOST in row(
        training_pages.sheet_markdown(NY, links=LINKS), "First core group meeting"
    )
    assert ICPC_LOST in row(handbook.glance_markdown(NY, links=LINKS), "First core group meeting")


# --------------------------------------------------------------- the class, from the data
def gapped_rules():
    from calculators.rules import deadline_rules

    return [rule for rule in deadline_rules() if rule.gap]


def test_the_gaps_named_above_are_in_the_data():
    assert {(r.authority, r.id) for r in gapped_rules()} >= {
        (NY, "icpc"),
        (NY, "record-to-parents"),
    }


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
