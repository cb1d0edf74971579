"""The handbook's generated tables and pages say exactly what the rules data says."""

from __future__ import annotations

import html
import re

import pytest

from calculators import handbook
from calculators.handbook import TABLES, Links, MarkerError, render

from .helpers import page_markdown
from .packs import authorities as raw_authorities
from .packs import raw_meanings, raw_rules, raw_silences, raw_table

LINKS = Links(markdown="../sources.md", url="../../sources/")
TOPIC_NAMES = ("timescales", "pre-birth", "reports", "distribution")
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


def row_of(rule: dict) -> tuple[str, str]:
    """(table, row title) where a rule belongs, worked out from the raw data."""
    meaning = raw_meanings()[rule["id"]]
    own = meaning.get("from", {}).get(rule["from"])
    return (own["topic"], own["title"]) if own else (meaning["topic"], meaning["title"])


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
    for rule in raw_rules():
        topic, title = row_of(rule)
        assert topic in TABLES, rule["id"]
        assert any(row == title for row, _ in table_cells(topic)), (rule["id"], title)


def test_every_deadline_id_has_one_meaning_and_every_meaning_has_rules():
    ids = {rule["id"] for rule in raw_rules()}
    assert ids == set(raw_meanings())


@pytest.mark.parametrize("topic", TABLES)
def test_table_cells_match_the_data(topic):
    short = {key: value["short"] for key, value in raw_authorities().items()}
    silent = raw_silences()
    cells = table_cells(topic)
    rules = [r for r in raw_rules() if row_of(r)[0] == topic]
    for row_title in dict.fromkeys(row_of(r)[1] for r in rules):
        matching = [r for r in rules if row_of(r)[1] == row_title]
        row_id = matching[0]["id"]
        for authority, column in short.items():
            cell = " ".join(cells[(row_title, column)].split())
            own = [r for r in matching if r["authority"] == authority]
            national = [r for r in matching if r["authority"] == "england"]
            said = [s for s in silent if (s["authority"], s["id"]) == (authority, row_id)]
            if own:
                for rule in own:
                    assert period_words(rule["period"]) in cell or rule["period"] == "0 days", (
                        row_id,
                        authority,
                        cell,
                    )
                    assert rule["section"] in cell
                    if rule["title"] != row_title:
                        assert rule["title"] in cell
            elif national:
                assert cell.startswith("Not stated: national guidance applies")
            else:
                assert cell.startswith("Not stated")
            if not own:
                for silence in said:
                    assert silence["quote"] in cell, (row_id, authority)
                if not said:
                    assert cell in ("Not stated", "Not stated: national guidance applies")


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
    assert "(../sources.md#england)" in text


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
    quorum = raw_table("quorum")
    cells = table_cells("quorum")
    for authority, column in [(a, row["short"]) for a, row in raw_authorities().items()]:
        cell = cells[("Who must attend", column)]
        if authority not in quorum:
            assert cell.strip() == "Not stated"
            continue
        rule = quorum[authority]
        assert f"at least {rule['other_agencies']} other agencies" in cell
        assert ("direct contact" in cell) is rule["direct_contact"]
        assert rule["section"] in cell
    assert "lost" in cells[("If not quorate", "North Yorkshire")]
    assert "police" in cells[("Key agencies that must attend", "North Yorkshire")].lower()


def test_attendance_table_matches_the_data():
    attendance = raw_table("attendance")
    cells = table_cells("attendance")
    age = attendance["oxfordshire"]["presumption_age"]
    assert f"Under {age}" in cells[("Age presumption", "Oxfordshire")]
    low, high = attendance["barnsley"]["advocate_ages"]
    assert f"ages {low} to {high}" in cells[("Independent advocate", "Barnsley")]
    assert "Lost" in cells[("Age presumption", "North Yorkshire")]
    for question in attendance["oxfordshire"]["questions"]:
        assert question in cells[("Questions before deciding", "Oxfordshire")]
    assert cells[("Age presumption", "Croydon")].strip() == "Not stated"


def national_summaries() -> list[str]:
    return [r["summary"] for r in raw_rules() if r["authority"] == "england"]


def every_surface(authority: str) -> dict[str, str]:
    """Each handbook surface that can show a national rule, rendered for one authority."""
    from calculators.handbook import training_pages

    surfaces = {
        "glance": handbook.glance_markdown(authority, links=LINKS),
        "sheet": training_pages.sheet_markdown(authority, links=LINKS),
    }
    for rule in raw_rules():
        if rule["authority"] == "england":
            surfaces[f"rule {rule['id']}"] = handbook.rule_text(authority, rule["id"], links=LINKS)
    return surfaces


@pytest.mark.parametrize(
    "authority", ["england", "oxfordshire", "north-yorkshire", "croydon", "barnsley", "warrington"]
)
def test_national_summaries_are_never_shown_as_quotations(authority):
    # The national document is not captured: its rules carry a summary in our words, which must
    # never look like a quotation from Working Together.
    for name, text in every_surface(authority).items():
        for summary in national_summaries():
            for mark in ('"', "\u201c", "'"):
                assert f"{mark}{summary}" not in text, (name, summary)


def test_comparison_tables_and_answers_never_quote_a_national_summary():
    from calculators.handbook import training_pages

    texts = [handbook.table_html(topic, links=LINKS) for topic in TOPIC_NAMES]
    texts.append(training_pages.answers_markdown(links=LINKS))
    for text in texts:
        for summary in national_summaries():
            assert f'"{summary}' not in text and f"&quot;{summary}" not in text


@pytest.mark.parametrize("authority", ["north-yorkshire", "croydon", "barnsley"])
def test_at_a_glance_gives_an_inherited_rules_summary_as_a_summary(authority):
    page = handbook.glance_markdown(authority, links=LINKS)
    [line] = [line for line in page.split("\n") if line.startswith("| First core group meeting |")]
    assert "in summary: first core group within 10 working days" in line


def other_thresholds(authority: str) -> list[str]:
    page = handbook.glance_markdown(authority, links=LINKS)
    if "## Other thresholds" not in page:
        return []
    section = page.split("## Other thresholds", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.split("\n") if line.startswith("- ")]


@pytest.mark.parametrize(
    "authority", ["oxfordshire", "north-yorkshire", "croydon", "barnsley", "warrington"]
)
def test_other_thresholds_read_as_sentences_with_their_topic(authority):
    for item in other_thresholds(authority):
        # "- **Transfer-in conferences.** A child ... (citation)."
        m = re.match(r"- \*\*([^*]+)\.\*\* ([A-Z].*?)\.? \(\[", item)
        assert m, item
        assert not re.match(r"(to|a|an|the|no|at|for|social) ", m.group(2)), item


def test_croydon_lists_arriving_early_with_copies_once():
    # Croydon says it twice: "arrive at the conference 30 minutes in advance and take 10 copies"
    # (Completing a Report for Conference) and "Arrive 30 minutes in advance of the conference
    # and take 10 copies" (Checklist). At a glance it is one threshold.
    items = [i for i in other_thresholds("croydon") if "30 minutes" in i]
    assert len(items) == 1


@pytest.mark.parametrize(
    "authority", ["oxfordshire", "north-yorkshire", "croydon", "barnsley", "warrington"]
)
def test_no_threshold_is_listed_twice(authority):
    # The same topic, subject and numbers is the same threshold said twice.
    seen = set()
    for item in other_thresholds(authority):
        topic, sentence = item.split("**")[1], item.split("** ", 1)[1].split(" ([")[0]
        key = (topic, sentence.split()[0], tuple(re.findall(r"\d+", sentence)))
        assert key not in seen, item
        seen.add(key)


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
    markdown = page_markdown(page)
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
    markdown = page_markdown(page)
    text = render(markdown, LINKS)
    section = text.split(f'=== "{tab}"')[1].split("=== ")[0]
    assert "be held before the EPO expires" in section
    assert "working day before the expiry date" in section
    assert "late in the day" in section


def test_a_second_passage_is_cited_inside_the_same_brackets():
    # Oxfordshire's pre-birth rule cites section 1 and, also, section 2 (its own words): at a
    # glance the Source cell drops the outer brackets, so both must sit inside one pair.
    page = handbook.glance_markdown("oxfordshire", links=LINKS)
    [row] = [line for line in page.split("\n") if line.startswith("| Pre-birth conference")]
    source = row.rstrip(" |").rsplit(" | ", 1)[1]
    assert "; also [Oxfordshire, 2." in source
    assert source.count("(") == source.count(")"), source
    assert not source.startswith("(") and not source.endswith(")"), source


def test_barnsleys_at_a_glance_says_its_two_pre_birth_sentences_are_a_day_apart():
    page = handbook.glance_markdown("barnsley", links=LINKS)
    rows = [line for line in page.split("\n") if line.startswith("| Pre-birth conference (")]
    assert len(rows) == 2
    assert all("a day apart" in row for row in rows), rows
