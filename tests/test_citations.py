"""Every citation points at the passage it quotes: the quote is found inside the cited section
of the capture, not merely somewhere in the document.

How each capture marks its headings is worked out from its pack and the capture itself
(tests/helpers.py, heading_style): a pack whose cited sections all start with a number ("7.
Information for the Conference") is cited by section number; other captures mark headings with
# or end collapsible headings in "+" under topic headings. A section is cited as its heading,
optionally followed by a sub-heading in brackets ("7. Information for the Conference (Social Work
Reports to Conference)"), or as "Topic: Heading". A capture that lost its headings cannot be
checked this way.
"""

from __future__ import annotations

import pytest

from calculators.data import facts, load

from .conftest import SOURCE_FILES, SOURCES, normalise
from .helpers import heading_style, page_markdown, section_text
from .packs import authorities as pack_authorities

WITH_HEADINGS = tuple(a for a in pack_authorities() if heading_style(a))


def citations():
    """(where, authority, section, quote) for every quoted citation in the data."""
    deadlines = load("deadlines")
    for rule in deadlines["rule"]:
        if "quote" in rule:
            yield f"rule {rule['id']}", rule["authority"], rule["section"], rule["quote"]
        for also in rule.get("also", []):
            yield f"rule {rule['id']} (also)", rule["authority"], also["section"], also["quote"]
    for row in deadlines["silence"]:
        yield f"silence {row['id']}", row["authority"], row["section"], row["quote"]
    for fact in facts().values():
        yield f"fact {fact['id']}", fact["authority"], fact["section"], fact["quote"]
    quorum = load("quorum")
    for authority, rule in quorum.items():
        if authority in ("agencies", "circumstances"):
            continue
        quotes = [
            rule[k]
            for k in ("quote", "breach_quote", "proceed_quote", "chair_decides")
            if k in rule
        ]
        quotes += [
            item["quote"]
            for group in ("exceptions", "actions", "key_agencies")
            for item in rule.get(group, [])
        ]
        for quote in quotes:
            yield "quorum", authority, rule["section"], quote
    attendance = load("attendance")
    for authority, rule in attendance.items():
        for key in ("under_quote", "over_quote", "advocate_quote", "presumption_lost_quote"):
            if key in rule:
                yield f"attendance {key}", authority, rule["section"], rule[key]


CHECKED = [c for c in citations() if c[1] in WITH_HEADINGS]


@pytest.mark.parametrize(("where", "authority", "section", "quote"), CHECKED, ids=str)
def test_each_quote_is_in_the_section_it_cites(where, authority, section, quote):
    assert normalise(quote) in section_text(authority, section), (where, section)


def test_the_social_workers_report_to_the_chair_cites_the_social_workers_passage():
    from calculators.handbook import Links, render

    text = render(page_markdown("handbook/reports.md"), Links("../sources.md", "../../sources/"))
    [line] = [
        line for line in text.split("\n") if "Send it to the CP Chair before an initial" in line
    ]
    following = text.split(line, 1)[1].split("\n")[1]
    assert "at least 1 working day prior to the Initial Child Protection Conference" in (
        line + following
    )


# ------------------------------------------------------------------ what each capture holds
@pytest.mark.parametrize("authority", SOURCE_FILES)
def test_a_stated_date_is_in_the_capture(authority):
    date = load("authorities")[authority]["date"]
    if date != "Not stated in the capture":
        assert normalise(date) in normalise((SOURCES / SOURCE_FILES[authority]).read_text("utf-8"))


@pytest.mark.parametrize("authority", pack_authorities())
def test_the_sources_page_gives_the_same_date_as_the_data(authority):
    date = load("authorities")[authority]["date"]
    page = page_markdown("sources.md")
    anchor = authority
    section = page.split(f"{{#{anchor}}}", 1)[1].split("\n## ", 1)[0]
    [line] = [line for line in section.split("\n") if line.startswith("- **Date:**")]
    assert line.removeprefix("- **Date:** ").lower().startswith(date.lower())
