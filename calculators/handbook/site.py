"""Everything a site builder does to a page's Markdown, as plain functions from the data and
the page's text to Markdown: callable and tested without MkDocs. scripts/mkdocs_hooks.py only
calls `page_markdown` for each page and `fill_nav` for the navigation; another builder could
call the same."""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from pathlib import Path

from ..version import for_build
from . import Links, render
from .authority_prose import expand, nav_sections
from .pack_schema import expand as expand_schema


def page_markdown(
    markdown: str, src_uri: str, url: str, docs_dir: str | Path, extra: dict | None = None
) -> str:
    """A page's Markdown with every marker filled: its authorities' prose, the calculators'
    tip, the accessibility statement's details (from the configuration's `extra`), the build
    date and rules version, the glossary, the rules, and last the packs' schema (which names
    files' [[tables]], not markers to fill)."""
    markdown = expand(markdown, src_uri, str(docs_dir))
    markdown = calculator_tip(markdown, src_uri)
    markdown = markdown.replace("[[accessibility-contact]]", accessibility_contact(extra))
    markdown = markdown.replace("[[accessibility-publisher]]", accessibility_publisher(extra))
    markdown = markdown.replace("[[build-date]]", build_date_text())
    if "[[rules-version]]" in markdown:
        markdown = markdown.replace("[[rules-version]]", rules_version_text())
    if "[[glossary]]" in markdown:
        markdown = markdown.replace("[[glossary]]", glossary_table(docs_dir))
    markdown = render(markdown, links_for(src_uri, url))
    return expand_schema(markdown)


def links_for(src_uri: str, url: str) -> Links:
    """Links to the sources page as seen from a page (Markdown path and built URL)."""
    folder = posixpath.dirname(src_uri) or "."
    here = url.rstrip("/") or "."
    return Links(
        markdown=posixpath.relpath("sources.md", folder),
        url=posixpath.relpath("sources", here) + "/",
    )


ABBREVIATIONS = Path("_snippets") / "abbreviations.md"  # in the docs folder


def glossary_table(docs_dir: str | Path) -> str:
    """The glossary page's table, from the same file that gives every page its tooltips."""
    text = (Path(docs_dir) / ABBREVIATIONS).read_text("utf-8")
    rows = re.findall(r"^\*\[(.+?)\]: (.+)$", text, re.MULTILINE)
    lines = ["| Abbreviation | Meaning |", "| --- | --- |"]
    lines += [f"| {short} | {meaning} |" for short, meaning in rows]
    return "\n".join(lines)


# A handbook page that explains a rule points to the calculator that applies it.
CALCULATOR_LINKS = (
    ("[[rule ", "deadlines", "Work out these dates for a case with the deadline calculator"),
    ("[[quorum ", "quorum", "Check a conference's quorum with the quorum checker"),
    (
        "[[attendance ",
        "attendance",
        "Check what applies to a child's age with the attendance checker",
    ),
)


def calculator_tip(markdown: str, src_uri: str) -> str:
    folder = posixpath.dirname(src_uri) or "."
    links = [
        f"[{text}]({posixpath.relpath(f'calculators/{name}.md', folder)})."
        for marker, name, text in CALCULATOR_LINKS
        if marker in markdown
    ]
    if not links or not src_uri.startswith("handbook/"):
        return markdown
    tip = '!!! tip "Calculators"\n' + "".join(f"    {link}\n\n" for link in links)
    head, _, body = markdown.partition("\n\n")
    return f"{head}\n\n{tip}{body}"


def rules_version_text() -> str:
    """The sentence that names this build's rules version (as every result carries it)."""
    version = for_build()
    built = dt.date.fromisoformat(version["date"])
    return (
        f"This copy of the handbook uses rules version **{version['id']}**, built "
        f"{built.day} {built:%B %Y}."
    )


# The accessibility statement's contact details are the deploying organisation's to give, in
# mkdocs.yml (extra: accessibility:). Until it gives them the page says so: none is invented.
CONTACT_FIELDS = ("organisation", "email", "phone", "response_days")


def _contact(extra: dict | None) -> dict[str, str]:
    given = (extra or {}).get("accessibility") or {}
    return {name: html.escape(str(given.get(name) or "").strip()) for name in CONTACT_FIELDS}


def accessibility_contact(extra: dict | None) -> str:
    """The statement's "how to contact us" block (Markdown), from mkdocs.yml's extra."""
    contact = _contact(extra)
    if not contact["organisation"] or not (contact["email"] or contact["phone"]):
        return (
            '!!! warning "Contact details not yet configured"\n'
            "    The organisation publishing this copy of the handbook has not yet given its "
            "contact details, so this statement cannot yet tell you whom to contact. "
            "(For the organisation deploying the handbook: set `organisation` and an `email` or "
            "`phone` under `extra: accessibility:` in `mkdocs.yml`.)\n"
        )
    lines = [f"Contact {contact['organisation']}:", ""]
    if contact["email"]:
        lines.append(f"- email: [{contact['email']}](mailto:{contact['email']})")
    if contact["phone"]:
        lines.append(f"- phone: {contact['phone']}")
    if contact["response_days"]:
        lines += [
            "",
            f"We'll consider your request and get back to you within "
            f"{contact['response_days']} working days.",
        ]
    return "\n".join(lines) + "\n"


def accessibility_publisher(extra: dict | None) -> str:
    """Who runs this copy of the site, as the statement's opening names it."""
    organisation = _contact(extra)["organisation"]
    if not organisation:
        return "The organisation that runs this copy of the website has not yet been configured."
    return f"This website is run by {organisation}."


def build_date_text() -> str:
    built = dt.date.fromisoformat(for_build()["date"])
    return f"{built.day} {built:%B %Y}"


def fill_nav(nav: list, sections: dict[str, list[str]] | None = None) -> None:
    """Put each authority section's pages into the nav entry of that title, at any depth (the
    site's configuration names no authority: these sections come from the packs)."""
    if sections is None:
        sections = nav_sections()
    for entry in nav:
        if not isinstance(entry, dict):
            continue
        for title, value in entry.items():
            if title in sections:
                entry[title] = list(sections[title])
            elif isinstance(value, list):
                fill_nav(value, sections)
