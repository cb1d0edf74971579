"""Every citation points at the passage it quotes: the quote is found inside the cited section
of the capture, not merely somewhere in the document.

Four captures keep their headings: Oxfordshire and Barnsley number their sections ("7.
Information for the Conference"), Croydon marks headings with #, and Warrington's collapsible
headings end in "+" under three topic headings. A section is cited as its heading, optionally
followed by a sub-heading in brackets ("7. Information for the Conference (Social Work Reports
to Conference)") or, for Warrington, as "Topic: Heading". North Yorkshire's capture lost its
headings, so its citations name topics that cannot be checked this way.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from calculators.data import facts, load

from .conftest import SOURCE_FILES, SOURCES, normalise
from .helpers import page_markdown

DATA = Path(__file__).resolve().parent.parent / "calculators" / "data"
WITH_HEADINGS = ("oxfordshire", "barnsley", "croydon", "warrington")


def lines_of(authority: str) -> list[str]:
    return (SOURCES / SOURCE_FILES[authority]).read_text("utf-8").split("\n")


def _is_subheading(line: str) -> bool:
    """A short line at the margin with no closing punctuation: how the captures set headings."""
    text = line.strip()
    return (
        bool(text)
        and line == line.lstrip()
        and len(text) < 160
        and not text.endswith((".", ":", ";", ","))
        and not text.startswith(("•", "-", "Tel", "http", "["))
    )


def _numbered_span(lines: list[str], number: str) -> tuple[int, int]:
    """Lines of section NUMBER: from its heading at the margin to the next section's heading.
    The first "N. Title" at the margin is the heading (the contents list is indented; Oxfordshire's
    section 12 numbers its own parts from 1 again, after section 1)."""
    starts: dict[int, int] = {}
    for i, line in enumerate(lines):
        if (m := re.match(r"(\d+)\. [A-Z]", line)) and line == line.lstrip():
            starts.setdefault(int(m.group(1)), i)
    begin = starts[int(number)]
    return begin, starts.get(int(number) + 1, len(lines))


def _markdown_span(lines: list[str], heading: str) -> tuple[int, int]:
    """Croydon: a Markdown heading (## or ###) to the next heading of the same or a higher level."""
    for i, line in enumerate(lines):
        m = re.match(r"(#+) (.*)", line)
        if m and normalise(m.group(2)) == normalise(heading):
            level = len(m.group(1))
            end = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if (n := re.match(r"(#+) ", lines[j])) and len(n.group(1)) <= level
                ),
                len(lines),
            )
            return i, end
    raise KeyError(heading)


# Headings the handbook cites in correct spelling where the capture misspells them.
SPELLED = {"Conference quorum": "Conference quoram"}


def _warrington_span(lines: list[str], section: str) -> tuple[int, int]:
    """Warrington: a "Heading+" line to the next one, under its topic when one is named."""
    topic, _, heading = section.rpartition(": ")
    heading = SPELLED.get(heading, heading)
    start = 0
    if topic:
        start = next(i for i, line in enumerate(lines) if line.strip() == topic)
    for i in range(start, len(lines)):
        if normalise(lines[i].strip()) == normalise(heading + "+"):
            end = next(
                (j for j in range(i + 1, len(lines)) if lines[j].strip().endswith("+")),
                len(lines),
            )
            return i, end
    raise KeyError(section)


def _sub_span(lines: list[str], span: tuple[int, int], sub: str) -> tuple[int, int]:
    """Within a section, the sub-heading that names `sub` to the next sub-heading."""
    begin, end = span
    for i in range(begin + 1, end):
        if _is_subheading(lines[i]) and normalise(sub) in normalise(lines[i]):
            stop = next((j for j in range(i + 1, end) if _is_subheading(lines[j])), end)
            return i, stop
    raise KeyError(sub)


def section_text(authority: str, section: str) -> str:
    """The normalised text of the cited section of an authority's capture."""
    lines = lines_of(authority)
    assert re.fullmatch(r"[^()]+( \([^()]+\))?", section), f"not a heading: {section!r}"
    main, sub = section, None
    if m := re.fullmatch(r"(.*?) \((.*)\)", section):
        main, sub = m.groups()
    if authority in ("oxfordshire", "barnsley"):
        number = re.match(r"(\d+)\. ", main)
        assert number, f"{authority} sections are cited by number: {section!r}"
        span = _numbered_span(lines, number.group(1))
    elif authority == "croydon":
        try:
            span = _markdown_span(lines, section)
            sub = None
        except KeyError:
            span = _markdown_span(lines, main)
    else:
        span = _warrington_span(lines, section)
        sub = None
    if sub:
        span = _sub_span(lines, span, sub)
    return normalise("\n".join(lines[span[0] : span[1]]))


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


def test_the_section_finder_tells_sections_apart():
    # Hand-picked: Oxfordshire's social worker's report is due to the chair "at least 1 working
    # day prior to the Initial Child Protection Conference" (section 7, Social Work Reports to
    # Conference); other agencies' reports "at least 1 working day prior to the conference"
    # (section 7, Safeguarding Partner Reports to Conference).
    social_work = section_text(
        "oxfordshire", "7. Information for the Conference (Social Work Reports to Conference)"
    )
    partners = section_text(
        "oxfordshire",
        "7. Information for the Conference (Safeguarding Partner Reports to Conference)",
    )
    assert "prior to the initial child protection conference" in social_work
    assert "at least 1 working day prior to the conference" not in social_work
    assert "at least 1 working day prior to the conference" in partners
    # Barnsley's 24-hour booking is in section 1, not section 2.
    assert "within 24 hours of the decision" in section_text("barnsley", "1. Arrangements")
    assert "within 24 hours of the decision" not in section_text("barnsley", "2. Timing")
    # Warrington has two "Timing+" headings with different rules under them.
    assert "15 days" in section_text("warrington", "Child Protection Conferences: Timing")
    assert "15 days" not in section_text("warrington", "Core Groups: Timing")


def test_oxfordshires_section_2_pre_birth_sentence_is_cited_from_section_2():
    # Section 2, in its guiding principles, says "pre-birth ICPCs should take place at least 10
    # weeks prior to the expected due date (EDD)"; the rule quoted section 1's words for it.
    from calculators.handbook import Links, render

    text = render(
        page_markdown("handbook/looked-after-children.md"), Links("../sources.md", "../../sources/")
    )
    [line] = [line for line in text.split("\n") if "Pre-birth initial conferences" in line]
    assert "prior to the expected due date (EDD)" in line


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
def test_the_capture_descriptions_say_what_the_captures_hold():
    authorities = load("authorities")
    oxfordshire = authorities["oxfordshire"]
    # The capture's only date is its amendment note: "The linked document, Management of
    # Transfer in Child Protection Conferences was updated in June 2021." That dates the linked
    # document, not the chapter.
    assert oxfordshire["date"] == "Not stated in the capture"
    # Section 10: "... without the need to convene a Child Protection Review Conference only
    # when:" is followed by nothing: one list is empty.
    assert "intact" not in oxfordshire["capture"]
    assert "section 10" in oxfordshire["capture"]


@pytest.mark.parametrize("authority", SOURCE_FILES)
def test_a_stated_date_is_in_the_capture(authority):
    date = load("authorities")[authority]["date"]
    if date != "Not stated in the capture":
        assert normalise(date) in normalise((SOURCES / SOURCE_FILES[authority]).read_text("utf-8"))


@pytest.mark.parametrize("authority", ["england", *SOURCE_FILES])
def test_the_sources_page_gives_the_same_date_as_the_data(authority):
    date = load("authorities")[authority]["date"]
    page = page_markdown("sources.md")
    anchor = authority
    section = page.split(f"{{#{anchor}}}", 1)[1].split("\n## ", 1)[0]
    [line] = [line for line in section.split("\n") if line.startswith("- **Date:**")]
    assert line.removeprefix("- **Date:** ").lower().startswith(date.lower())


# ------------------------------------------------------------- what a source says instead
def test_croydon_says_when_core_groups_are_set():
    # Croydon inherits the national first core group timescale, but its guidance does say when
    # the date is set: "the date of the next core group is agreed at the CPC or the CGM" (The
    # Review Child Protection Conference (RCPC)). The handbook and the calculator show it.
    from calculators import run
    from calculators.handbook import Links, glance_markdown, rule_text

    said = "the date of the next core group is agreed at the CPC or the CGM"
    links = Links("../sources.md", "../../sources/")
    assert said in rule_text("croydon", "first-core-group", links=links)
    [row] = [
        line
        for line in glance_markdown("croydon", links=links).split("\n")
        if line.startswith("| First core group meeting |")
    ]
    assert said in row
    result = run("deadlines", {"authority": "croydon", "events": {"icpc": "2027-01-13"}})
    [item] = [d for d in result["deadlines"] if d["id"] == "first-core-group"]
    assert said in " ".join(item["notes"])
