"""A deadline id means one thing in every authority: its generic title, held once in the data,
labels the comparison row and the calculator's "not stated" list; each cell and each result keeps
its own authority's words. Expected words below are read from the sources by hand."""

from __future__ import annotations

import html
import re

import pytest

from calculators import handbook, run
from calculators.handbook import Links
from calculators.rules import deadline_rules

LINKS = Links(markdown="../sources.md", url="../../sources/")
TOPICS = ("timescales", "pre-birth", "reports", "distribution")


def rows(topic: str) -> dict[str, dict[str, str]]:
    """{row label: {column heading: cell text}} of a rendered comparison table."""
    markup = handbook.table_html(topic, links=LINKS)
    columns = re.findall(r'<th scope="col">(.*?)</th>', markup)[1:]
    table = {}
    for row in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", markup, re.S):
        label = re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip().removesuffix("Differs")
        values = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        table[html.unescape(label).strip()] = {
            column: " ".join(html.unescape(re.sub(r"<[^>]+>", " ", value)).split())
            for column, value in zip(columns, values, strict=True)
        }
    return table


def test_a_looked_after_childs_core_groups_have_their_own_row():
    table = rows("timescales")
    # Oxfordshire, section 2: "6 weekly core groups" for a looked-after child who still has a
    # plan. Warrington, Core Groups: Timing: core groups "usually not less than monthly", for
    # every child with a plan. They are different rules and may not share a row.
    oxfordshire = [label for label, cells in table.items() if "6 weeks" in cells["Oxfordshire"]]
    warrington = [label for label, cells in table.items() if "1 month" in cells["Warrington"]]
    assert len(oxfordshire) == 1 and len(warrington) == 1
    assert oxfordshire != warrington
    assert "looked-after" in oxfordshire[0].lower()
    assert "looked-after" not in warrington[0].lower()


def test_the_reports_to_parents_row_is_labelled_for_every_authority():
    table = rows("reports")
    [label] = [label for label, cells in table.items() if "Written report to parents" in str(cells)]
    # The label was Oxfordshire's wording ("parents (and older children)"): Warrington and
    # Barnsley say nothing of older children.
    assert "older children" not in label
    cells = table[label]
    assert "Written report to parents" in cells["Warrington"]
    # Barnsley, section 6: "Reports from all agencies must be provided to parents and young people"
    assert "all agencies" in cells["Barnsley"]
    # North Yorkshire's deadlines to parents are said of children's social care's report only.
    assert "social care report" in cells["North Yorkshire"].lower()


def test_not_stated_titles_are_generic_not_another_authoritys():
    result = run(
        "deadlines",
        {
            "authority": "warrington",
            "events": {"conference": "2027-05-04"},
            "conference_type": "initial",
        },
    )
    titles = {item["id"]: item["title"] for item in result["not_stated"]}
    # Barnsley's rule is "by 10am"; Warrington says nothing of a manager's sign-off at all.
    assert titles["social-care-report-authorised"] == "Social care report authorised by a manager"


def test_results_keep_each_authoritys_own_title():
    result = run(
        "deadlines",
        {
            "authority": "barnsley",
            "events": {"conference": "2027-05-04"},
            "conference_type": "initial",
        },
    )
    titles = {item["id"]: item["title"] for item in result["deadlines"]}
    assert titles["social-care-report-authorised"] == (
        "Social care report authorised by a manager (by 10am)"
    )


# -------------------------------------------------------- each rule names its own event
def test_barnsleys_initial_conference_counts_from_the_last_strategy_discussion():
    # Barnsley, section 2: "within 15 working days of the last Strategy Discussion".
    cells = rows("timescales")["Initial child protection conference"]
    assert "the last strategy discussion" in cells["Barnsley"]
    assert "the last strategy discussion" not in cells["Oxfordshire"]
    result = run(
        "deadlines", {"authority": "barnsley", "events": {"strategy_discussion": "2027-03-18"}}
    )
    [item] = [d for d in result["deadlines"] if d["id"] == "icpc"]
    assert item["rule"] == "Within 15 working days of the last strategy discussion"


def test_barnsleys_transfer_in_counts_from_receiving_the_request():
    # Barnsley, section 2: "within 15 working days of the request being received".
    cells = rows("timescales")["Transfer-in conference"]
    assert "receipt of the transfer-in request" in cells["Barnsley"]
    assert "receipt of the transfer-in request" not in cells["Oxfordshire"]


def test_the_forms_help_for_the_strategy_discussion_does_not_contradict_barnsley():
    # The help said the date to give is the discussion "at which section 47 enquiries were
    # started", while Barnsley's note says to enter the last one.
    from calculators.handbook.forms import deadlines_form

    form = html.unescape(deadlines_form())
    hint = re.search(r'id="strategy_discussion-hint">(.*?)</p>', form).group(1)
    assert "Barnsley" in hint and "last" in hint


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


@pytest.mark.parametrize(
    "authority", ["england", "oxfordshire", "north-yorkshire", "croydon", "barnsley", "warrington"]
)
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
            if r.id == item["id"] and r.authority in (authority, "england")
        ]
        assert item["title"] in {r.title for r in own}


def test_a_rule_marker_can_name_the_conference_type_a_page_speaks_of():
    from calculators.handbook import MarkerError, render

    social_worker = render("[[rule oxfordshire reports-to-chair initial]]", LINKS)
    agencies = render("[[rule oxfordshire reports-to-chair any]]", LINKS)
    assert "prior to the Initial Child Protection Conference" in social_worker
    assert "prior to the conference" not in social_worker
    assert "prior to the conference" in agencies
    assert "Initial Child Protection Conference" not in agencies
    with pytest.raises(MarkerError):
        render("[[rule oxfordshire reports-to-chair sometimes]]", LINKS)
    with pytest.raises(MarkerError):
        render("[[rule croydon reports-to-chair any]]", LINKS)
