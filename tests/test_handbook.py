"""The handbook's generated tables and pages say exactly what the rules data says."""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path

import pytest

from calculators import handbook
from calculators.handbook import TOPICS, Links, MarkerError, render

DATA = Path(__file__).resolve().parent.parent / "calculators" / "data"
LINKS = Links(markdown="../sources.md", url="../../sources/")
UNITS = {
    "working day",
    "working days",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "hour",
    "hours",
}


def raw_rules() -> list[dict]:
    """The deadline rules read straight from the TOML, not through calculators.rules."""
    return tomllib.loads((DATA / "deadlines.toml").read_text("utf-8"))["rule"]


def table_cells(topic: str) -> dict[tuple[str, str], str]:
    """{(row title, column heading): cell text} of a rendered comparison table."""
    markup = handbook.table_html(topic, links=LINKS)
    columns = re.findall(r'<th scope="col">(.*?)</th>', markup)[1:]
    cells = {}
    for row in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", markup, re.S):
        title = re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip().removesuffix("Differs")
        title = html.unescape(title).strip()
        values = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        for column, value in zip(columns, values, strict=True):
            cells[(title, column)] = html.unescape(re.sub(r"<[^>]+>", " ", value))
    return cells


def period_words(period: str) -> str:
    amount, unit, days = re.match(r"(?:gestation )?(\d+) (\D+?)(?: (\d) days?)?$", period).groups()
    if amount == "1":
        unit = unit.removesuffix("s")
    return f"{amount} {unit}" + (f" and {days} days" if days else "")


def test_every_rule_is_in_a_comparison_table():
    placed = {(row_id, event) for _, rows in TOPICS.values() for row_id, event in rows}
    for rule in raw_rules():
        assert (rule["id"], None) in placed or (rule["id"], rule["from"]) in placed, rule["id"]


@pytest.mark.parametrize("topic", TOPICS)
def test_table_cells_match_the_data(topic):
    short = {
        key: value["short"]
        for key, value in tomllib.loads((DATA / "authorities.toml").read_text("utf-8")).items()
    }
    cells = table_cells(topic)
    rules = raw_rules()
    for row_id, event in TOPICS[topic][1]:
        matching = [r for r in rules if r["id"] == row_id and event in (None, r["from"])]
        title = next(r["title"] for r in rules if r["id"] == row_id and event in (None, r["from"]))
        for authority, column in short.items():
            cell = cells[(title, column)]
            own = [r for r in matching if r["authority"] == authority]
            national = [r for r in matching if r["authority"] == "england"]
            if own:
                for rule in own:
                    assert period_words(rule["period"]) in cell or rule["period"] == "0 days", (
                        row_id,
                        authority,
                        cell,
                    )
                    assert rule["section"] in cell
            elif national:
                assert cell.strip() == "Not stated: national guidance applies"
            else:
                assert cell.strip() == "Not stated"


def test_rows_where_authorities_disagree_are_flagged_and_others_are_not():
    markup = handbook.table_html("timescales", links=LINKS)
    rows = {
        re.sub(r"<[^>]+>", "", r.split("</th>")[0]).strip(): r
        for r in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", markup, re.S)
    }
    # Warrington's "15 days" differs from the others' 15 working days.
    assert "Differs" in rows["Initial child protection conference Differs"]
    # Everyone (or national guidance for Barnsley) reviews at most 6 months apart.
    assert "Next review conference" in rows


@pytest.mark.parametrize(
    "authority", ["oxfordshire", "north-yorkshire", "croydon", "barnsley", "warrington"]
)
def test_at_a_glance_lists_every_rule_of_the_authority(authority):
    page = handbook.glance_markdown(authority, links=LINKS)
    for rule in raw_rules():
        if rule["authority"] == authority:
            assert f"| {rule['title']} |" in page
            assert rule.get("quote", "") in page
    for rule in raw_rules():
        own = {r["id"] for r in raw_rules() if r["authority"] == authority}
        if rule["authority"] == "england" and rule["id"] not in own:
            assert "national guidance" in page.split(f"| {rule['title']} |")[1].split("\n")[0]


def test_rule_marker_renders_words_and_citation():
    text = render("held [[rule oxfordshire icpc]].", LINKS)
    assert text.startswith("held within 15 working days of the strategy discussion (")
    assert "](../sources.md#oxfordshire)" in text


def test_rule_marker_for_a_silent_authority_names_the_national_rule():
    text = render("[[rule croydon icpc]]", LINKS)
    assert text.startswith("not stated in Croydon's document, so national guidance applies")
    assert "(../sources.md#national)" in text


def test_marker_on_an_indented_line_keeps_its_indent():
    text = render('=== "Oxfordshire"\n\n    [[quorum oxfordshire]]\n', LINKS)
    lines = [line for line in text.split("\n")[2:] if line]
    assert len(lines) > 1 and all(line.startswith(("    - ", "        - ")) for line in lines)


@pytest.mark.parametrize(
    "marker",
    [
        "[[rule nowhere icpc]]",
        "[[rule oxfordshire no-such-rule]]",
        "[[fact oxfordshire nope]]",
        "[[table nothing]]",
        "[[glance]]",
        "[[quorum]]",
        # a readings marker for a rule that has no second wording
        "[[readings oxfordshire icpc]]",
    ],
)
def test_a_marker_that_names_nothing_stops_the_build(marker):
    with pytest.raises(MarkerError):
        render(marker, LINKS)


def test_quorum_table_matches_the_data():
    quorum = tomllib.loads((DATA / "quorum.toml").read_text("utf-8"))
    cells = table_cells("quorum")
    for authority, column in [
        ("oxfordshire", "Oxfordshire"),
        ("north-yorkshire", "North Yorkshire"),
        ("croydon", "Croydon"),
        ("barnsley", "Barnsley"),
        ("warrington", "Warrington"),
        ("england", "National"),
    ]:
        cell = cells[("Who must attend", column)]
        if authority not in quorum:
            assert cell.strip() == "Not stated"
            continue
        rule = quorum[authority]
        assert f"at least {rule['other_agencies']} other agencies" in cell
        assert ("direct contact" in cell) is rule["direct_contact"]
        assert rule["section"] in cell
    assert "lost" in cells[("If not quorate, it may go ahead when", "North Yorkshire")]
    assert "police" in cells[("Key agencies that must attend", "North Yorkshire")].lower()


def test_attendance_table_matches_the_data():
    attendance = tomllib.loads((DATA / "attendance.toml").read_text("utf-8"))
    cells = table_cells("attendance")
    age = attendance["oxfordshire"]["presumption_age"]
    assert f"Under {age}" in cells[("Age presumption", "Oxfordshire")]
    low, high = attendance["barnsley"]["advocate_ages"]
    assert f"ages {low} to {high}" in cells[("Independent advocate", "Barnsley")]
    assert "Lost" in cells[("Age presumption", "North Yorkshire")]
    for question in attendance["oxfordshire"]["questions"]:
        assert question in cells[("Questions before deciding", "Oxfordshire")]
    assert cells[("Age presumption", "Croydon")].strip() == "Not stated"


# ------------------------------------------------------------------ Barnsley's two pre-birth sentences
# "Pre-birth Conferences should be held no later than the 32nd week of pregnancy": the 32nd week
# ends at 31 weeks 6 days, 57 days before the EDD (40 weeks = 280 days; 31 weeks 6 days = 223).
# "planned to take place 8 weeks before the due date": 56 days before it. A day apart.


def test_pre_birth_table_has_the_latest_and_the_planned_date_on_their_own_rows():
    cells = table_cells("pre-birth")
    latest = cells[("Pre-birth conference (latest date)", "Barnsley")]
    planned = cells[("Pre-birth conference (planned date)", "Barnsley")]
    assert "No later than 31 weeks and 6 days of pregnancy" in latest
    assert "32nd week" in latest
    assert "two sentences are a day apart" in latest
    assert "8 weeks before the expected date of delivery" in planned
    assert "two sentences are a day apart" in planned
    # nobody else gives a planned date, and national guidance has none
    for column in ("National", "Oxfordshire", "North Yorkshire", "Croydon", "Warrington"):
        assert cells[("Pre-birth conference (planned date)", column)].strip() == "Not stated"
    assert "10 weeks" in cells[("Pre-birth conference (latest date)", "Oxfordshire")]


@pytest.mark.parametrize("page", ["handbook/timing.md", "handbook/types.md"])
def test_handbook_says_barnsleys_two_pre_birth_sentences_are_a_day_apart(page):
    markdown = (Path(__file__).resolve().parent.parent / "docs" / page).read_text("utf-8")
    text = render(markdown, LINKS)
    barnsley = text.split('=== "Barnsley"')[1].split("=== ")[0]
    assert "two sentences are a day apart" in barnsley
    assert "57 days before the expected date of delivery" in barnsley
    assert "56 days before it" in barnsley
    assert (
        "Pre-birth Conferences should be held no later than the 32nd week of pregnancy" in barnsley
    )
    assert "planned to take place 8 weeks before the due date" in barnsley
    assert "same point" not in text


def test_the_planned_pre_birth_date_has_a_handbook_page():
    assert handbook.handbook_pages()["pre-birth-conference-planned"] == "handbook/timing/"


@pytest.mark.parametrize("page", ["handbook/timing.md", "handbook/convening.md"])
@pytest.mark.parametrize("tab", ["Oxfordshire", "North Yorkshire"])
def test_handbook_gives_the_earliest_reading_of_before_the_epo_expires(page, tab):
    markdown = (Path(__file__).resolve().parent.parent / "docs" / page).read_text("utf-8")
    text = render(markdown, LINKS)
    section = text.split(f'=== "{tab}"')[1].split("=== ")[0]
    assert "be held before the EPO expires" in section
    assert "working day before the expiry date" in section
    assert "late in the day" in section
