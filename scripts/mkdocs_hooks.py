"""MkDocs hook: fills the handbook's markers ([[rule ...]], [[table ...]], ...) from the rules
data in calculators/, so no timescale is ever typed into a page. See calculators/handbook.py."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from calculators import handbook


def links_for(src_uri: str, url: str) -> handbook.Links:
    """Links to the sources page as seen from a page (Markdown path and built URL)."""
    folder = posixpath.dirname(src_uri) or "."
    here = url.rstrip("/") or "."
    return handbook.Links(
        markdown=posixpath.relpath("sources.md", folder),
        url=posixpath.relpath("sources", here) + "/",
    )


ABBREVIATIONS = Path(__file__).resolve().parent.parent / "docs" / "_snippets" / "abbreviations.md"


def glossary_table() -> str:
    """The glossary page's table, from the same file that gives every page its tooltips."""
    rows = re.findall(r"^\*\[(.+?)\]: (.+)$", ABBREVIATIONS.read_text("utf-8"), re.MULTILINE)
    lines = ["| Abbreviation | Meaning |", "| --- | --- |"]
    lines += [f"| {short} | {meaning} |" for short, meaning in rows]
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):  # the signature MkDocs calls
    markdown = markdown.replace("[[glossary]]", glossary_table())
    return handbook.render(markdown, links_for(page.file.src_uri, page.url))
