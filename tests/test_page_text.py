"""Page text reads as written: no sentence turned into a list by Markdown, and no internal field
names in what a user reads on a form."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from calculators.handbook import Links, forms, render

from .helpers import page_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"
NUMBERED = re.compile(r"^(\s*)(\d+)\. ")


def stray_numbered_lines(markdown: str) -> list[str]:
    """Lines Markdown would read as an ordered list item although they do not continue a list:
    a list starts at 1, and each item follows the one before it at the same indent."""
    stray = []
    last: dict[str, int] = {}  # indent -> number of the last item seen at that indent
    for line in markdown.split("\n"):
        m = NUMBERED.match(line)
        if not m:
            continue
        indent, number = m.group(1), int(m.group(2))
        if number != 1 and last.get(indent) != number - 1:
            stray.append(line.strip())
        last[indent] = number
    return stray


def test_the_checker_finds_a_wrapped_year():
    text = "- It breaches the Data Protection Act\n  2018. Such recordings hold data.\n"
    assert stray_numbered_lines(text) == ["2018. Such recordings hold data."]
    assert stray_numbered_lines("1. one\n2. two\n    1. inner\n3. three\n") == []


@pytest.mark.parametrize("page", sorted(DOCS.rglob("*.md")), ids=lambda p: str(p.relative_to(DOCS)))
def test_no_line_becomes_a_numbered_list_by_accident(page):
    markdown = page.read_text("utf-8")
    assert stray_numbered_lines(markdown) == []
    # ... nor once the markers are filled in from the data.
    assert stray_numbered_lines(render(markdown, Links("sources.md", "sources/"))) == []


def test_the_data_protection_act_keeps_its_year():
    text = page_markdown("handbook/recording-meetings.md")
    assert "Data Protection Act\n      2018." not in text
    assert " ".join(text.split()).count("Data Protection Act 2018") == 2


def visible_text(markup: str) -> str:
    """What a user reads: element text, not attributes."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


@pytest.mark.parametrize("name", ["deadlines", "quorum", "attendance"])
def test_forms_show_plain_words_not_field_names(name):
    text = visible_text(forms.form_html(name))
    assert re.findall(r"\b[a-z]+_[a-z_]+\b", text) == []
