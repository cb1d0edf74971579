"""Each authority's prose, put where it belongs: plain functions from the authorities' data and
their prose folders (docs/authorities/<id>/) to Markdown, with no MkDocs in them, so that any
site builder can call them (scripts/mkdocs_hooks.py is one).

An authority's prose folder holds:

    index.md       its at-a-glance page (a default one is generated when there is none)
    <page>.md      its tab on the topic page docs/handbook/<page>.md (a fragment, not a page);
                   written as if it were in that topic page, so its relative links resolve there
    sources.md     its section of the sources page (a fragment); without one the section is
                   generated from the authority's data. A fragment that starts with a "## "
                   heading keeps it (the national baseline's section is "National guidance").

Markers these functions fill:

    [[authority tabs]]             a topic page's tabs, one per authority with a fragment for it
    [[authority links glance]]     links to the at-a-glance pages, " · " between them
    [[authority links sheet]]      links to the training timescales sheets
    [[authority details KIND]]     a compare page's "each authority in detail" (quorum, attendance)
    [[authority sources]]          the sources page's sections, one per authority
    [[authority names]]            the local authorities' names in a sentence ("A, B and C"),
                                   anywhere in a line
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path

from ..data import authorities
from . import LOCAL, PICK_ABOVE

PROSE = "authorities"  # the prose folders' folder, inside docs/
MARKER = re.compile(r"^(?P<indent>[ \t]*)\[\[authority (?P<kind>[a-z]+)(?: (?P<arg>[\w-]+))?\]\]$")
DETAILS = ("quorum", "attendance")


def prose_dir(docs_dir: Path, authority: str) -> Path:
    return Path(docs_dir) / PROSE / authority


def fragment(docs_dir: Path, authority: str, page: str) -> str | None:
    """An authority's fragment for a page (e.g. "timing" or "sources"), or None."""
    path = prose_dir(docs_dir, authority) / f"{page}.md"
    return path.read_text("utf-8") if path.is_file() else None


def is_fragment(src_uri: str) -> bool:
    """Whether a file in docs/ is a fragment (read into another page), not a page of its own."""
    parts = src_uri.split("/")
    return len(parts) == 3 and parts[0] == PROSE and parts[2] != "index.md"


def glance_uri(authority: str) -> str:
    return f"{PROSE}/{authority}/index.md"


def sheet_uri(authority: str) -> str:
    return f"training/sheets/{authority}.md"


def _indent(text: str, pad: str) -> str:
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def authority_tabs(page: str, docs_dir: Path) -> str:
    """A topic page's tabs: each authority (in the data's order) that has a fragment for the
    page gets a tab labelled with its short name, so tabs link across pages by label."""
    tabs = []
    for authority, row in authorities().items():
        text = fragment(docs_dir, authority, page)
        if text is None:
            continue
        tabs.append(f'=== "{row["short"]}"\n\n{_indent(text.strip(chr(10)), "    ")}')
    if len(tabs) > PICK_ABOVE:
        # Too many to show at once: tell the picker (docs/javascripts/compare.js) which
        # authority each tab label is, so the reader's own authority can come first.
        labels = {row["short"]: a for a, row in authorities().items()}
        data = html.escape(json.dumps(labels), quote=True)
        tabs.insert(0, f'<div class="cpc-tab-authorities" hidden data-authorities="{data}"></div>')
    return "\n\n".join(tabs)


def authority_links(kind: str, src_uri: str) -> str:
    """Links from a page to each local authority's at-a-glance page or timescales sheet."""
    target = {"glance": glance_uri, "sheet": sheet_uri}[kind]
    folder = posixpath.dirname(src_uri) or "."
    links = [
        f"[{authorities()[a]['short']}]({posixpath.relpath(target(a), folder)})" for a in LOCAL
    ]
    return " ·\n".join(links)


def authority_details(kind: str) -> str:
    """A compare page's section per local authority: its quorum or attendance rules in full."""
    if kind not in DETAILS:
        raise KeyError(f"no details of {kind!r}: use one of {', '.join(DETAILS)}")
    return "\n\n".join(f"### {authorities()[a]['name']}\n\n[[{kind} {a}]]" for a in LOCAL)


def source_section(authority: str, docs_dir: Path) -> str:
    """One authority's section of the sources page."""
    row = authorities()[authority]
    text = fragment(docs_dir, authority, "sources")
    if text is not None and text.startswith("## "):
        return text.strip("\n")
    heading = f"## {row['name']} {{#{authority}}}"
    if text is None:
        text = "\n".join(
            f"- **{label}:** {value}"
            for label, value in (
                ("Title", f"*{row['document']}*"),
                ("Publisher", row.get("publisher")),
                ("Date", row.get("date")),
                ("What the capture holds", row.get("capture")),
            )
            if value
        )
    return f"{heading}\n\n{text.strip(chr(10))}"


def authority_sources(docs_dir: Path) -> str:
    return "\n\n".join(source_section(a, docs_dir) for a in authorities())


def glance_page(authority: str) -> str:
    """The at-a-glance page of an authority whose prose folder has no index.md."""
    name = authorities()[authority]["name"]
    return (
        f"# {name} at a glance\n\n"
        f"Every timescale and threshold {name}'s document sets, generated from the same rules "
        f"the calculators use. Where {name}'s document is silent and national guidance has a "
        f"rule, it is shown and marked.\n\n[[glance {authority}]]\n"
    )


def sheet_page(authority: str) -> str:
    """A training timescales sheet: one per local authority, none written by hand."""
    name = authorities()[authority]["name"]
    return (
        "---\nhide:\n  - navigation\n  - toc\n---\n\n"
        f"# {name}: conference timescales on one page\n\n[[sheet {authority}]]\n"
    )


def generated_pages(docs_dir: Path) -> dict[str, str]:
    """The pages the build adds to docs/, by path: sheets, and missing at-a-glance pages."""
    pages = {sheet_uri(a): sheet_page(a) for a in LOCAL}
    for authority in LOCAL:
        if not (Path(docs_dir) / glance_uri(authority)).is_file():
            pages[glance_uri(authority)] = glance_page(authority)
    return pages


def nav_sections() -> dict[str, list[str]]:
    """What the nav's authority sections hold, by section title (mkdocs.yml names none)."""
    return {
        "At a glance": [glance_uri(a) for a in LOCAL],
        "Timescales sheets": [sheet_uri(a) for a in LOCAL],
    }


def authority_names() -> str:
    names = [authorities()[a]["name"] for a in LOCAL]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def expand(markdown: str, src_uri: str, docs_dir: Path) -> str:
    """A page with its [[authority ...]] markers filled (before the other markers are)."""
    if "[[authority " not in markdown:
        return markdown
    markdown = markdown.replace("[[authority names]]", authority_names())
    page = posixpath.splitext(posixpath.basename(src_uri))[0]

    def one(match: re.Match) -> str:
        kind, arg = match["kind"], match["arg"]
        if kind == "tabs" and arg is None:
            text = authority_tabs(page, docs_dir)
        elif kind == "links" and arg:
            text = authority_links(arg, src_uri)
        elif kind == "details" and arg:
            text = authority_details(arg)
        elif kind == "sources" and arg is None:
            text = authority_sources(docs_dir)
        else:
            raise KeyError(f"unknown marker {match.group(0).strip()!r} in {src_uri}")
        return _indent(text, match["indent"])

    return "\n".join(MARKER.sub(one, line) for line in markdown.split("\n"))


def page_markdown(src_uri: str, docs_dir: Path) -> str:
    """A page of docs/ as the build sees it: read, with its [[authority ...]] markers filled."""
    return expand((Path(docs_dir) / src_uri).read_text("utf-8"), src_uri, docs_dir)
