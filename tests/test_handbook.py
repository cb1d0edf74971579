"""The handbook's generated tables and pages say exactly what the rules data says."""

from __future__ import annotations

import re

import pytest

from calculators import handbook
from calculators.handbook import TABLES, MarkerError, render

from .helpers import LINKS, other_thresholds, table_cells
from .packs import authorities as raw_authorities
from .packs import local, raw_meanings, raw_rules, raw_silences, raw_table
from .packs import national as baseline

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
            national = [r for r in matching if r["authority"] == baseline()]
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


@pytest.mark.parametrize("authority", local())
def test_at_a_glance_lists_every_rule_of_the_authority(authority):
    page = handbook.glance_markdown(authority, links=LINKS)
    for rule in raw_rules():
        if rule["authority"] == authority:
            assert f"| {rule['title']} |" in page
            assert rule.get("quote", "") in page
    for rule in raw_rules():
        own = {r["id"] for r in raw_rules() if r["authority"] == authority}
        if rule["authority"] == baseline() and rule["id"] not in own:
            assert "national guidance" in page.split(f"| {rule['title']} |")[1].split("\n")[0]


def test_marker_on_an_indented_line_keeps_its_indent():
    # Any pack with a quorum rule, in its tab.
    authority = next(a for a in raw_authorities() if a in raw_table("quorum"))
    tab = raw_authorities()[authority]["short"]
    text = render(f'=== "{tab}"\n\n    [[quorum {authority}]]\n', LINKS)
    lines = [line for line in text.split("\n")[2:] if line]
    assert len(lines) > 1 and all(line.startswith(("    - ", "        - ")) for line in lines)


@pytest.mark.parametrize(
    "marker",
    [
        "[[rule nowhere icpc]]",
        f"[[rule {local()[0]} no-such-rule]]",
        f"[[fact {local()[0]} nope]]",
        "[[table nothing]]",
        "[[glance]]",
        "[[quorum]]",
        # a readings marker for a rule that has no second wording
        next(
            f"[[readings {r['authority']} {r['id']}]]" for r in raw_rules() if "read_with" not in r
        ),
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


def test_attendance_table_matches_the_data():
    attendance = raw_table("attendance")
    cells = table_cells("attendance")
    for authority, column in [(a, row["short"]) for a, row in raw_authorities().items()]:
        rule = attendance.get(authority, {})
        if "presumption_age" in rule:
            assert f"Under {rule['presumption_age']}" in cells[("Age presumption", column)]
        if "advocate_ages" in rule:
            low, high = rule["advocate_ages"]
            assert f"ages {low} to {high}" in cells[("Independent advocate", column)]
        for question in rule.get("questions", []):
            assert question in cells[("Questions before deciding", column)]


def national_summaries() -> list[str]:
    return [r["summary"] for r in raw_rules() if r["authority"] == baseline()]


def every_surface(authority: str) -> dict[str, str]:
    """Each handbook surface that can show a national rule, rendered for one authority."""
    from calculators.handbook import training_pages

    surfaces = {
        "glance": handbook.glance_markdown(authority, links=LINKS),
        "sheet": training_pages.sheet_markdown(authority, links=LINKS),
    }
    for rule in raw_rules():
        if rule["authority"] == baseline():
            surfaces[f"rule {rule['id']}"] = handbook.rule_text(authority, rule["id"], links=LINKS)
    return surfaces


@pytest.mark.parametrize("authority", raw_authorities())
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


def inheriting(deadline_id: str) -> list[str]:
    """The local packs with no rule of their own for this deadline: they inherit the national one."""
    own = {r["authority"] for r in raw_rules() if r["id"] == deadline_id}
    return [a for a in local() if a not in own]


@pytest.mark.parametrize("authority", inheriting("first-core-group"))
def test_at_a_glance_gives_an_inherited_rules_summary_as_a_summary(authority):
    [national_rule] = [
        r for r in raw_rules() if r["authority"] == baseline() and r["id"] == "first-core-group"
    ]
    page = handbook.glance_markdown(authority, links=LINKS)
    [line] = [line for line in page.split("\n") if line.startswith("| First core group meeting |")]
    assert f"in summary: {national_rule['summary']}" in line


@pytest.mark.parametrize("authority", local())
def test_other_thresholds_read_as_sentences_with_their_topic(authority):
    for item in other_thresholds(authority):
        # "- **Transfer-in conferences.** A child ... (citation)."
        m = re.match(r"- \*\*([^*]+)\.\*\* ([A-Z].*?)\.? \(\[", item)
        assert m, item
        assert not re.match(r"(to|a|an|the|no|at|for|social) ", m.group(2)), item


@pytest.mark.parametrize("authority", local())
def test_no_threshold_is_listed_twice(authority):
    # The same topic, subject and numbers is the same threshold said twice.
    seen = set()
    for item in other_thresholds(authority):
        topic, sentence = item.split("**")[1], item.split("** ", 1)[1].split(" ([")[0]
        key = (topic, sentence.split()[0], tuple(re.findall(r"\d+", sentence)))
        assert key not in seen, item
        seen.add(key)


def test_the_planned_pre_birth_date_has_a_handbook_page():
    assert handbook.handbook_pages()["pre-birth-conference-planned"] == "handbook/timing/"
