"""MkDocs hook: fills the handbook's markers ([[rule ...]], [[table ...]], ...) from the rules
data in calculators/, so no timescale is ever typed into a page. See calculators/handbook/."""

from __future__ import annotations

import datetime as dt
import html
import importlib
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from calculators import handbook
from calculators.handbook import authority_prose, pack_schema
from calculators.version import for_build


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


def _fill_nav(nav: list, sections: dict[str, list[str]]) -> None:
    """Put each authority section's pages into the nav entry of that title, at any depth."""
    for entry in nav:
        if not isinstance(entry, dict):
            continue
        for title, value in entry.items():
            if title in sections:
                entry[title] = list(sections[title])
            elif isinstance(value, list):
                _fill_nav(value, sections)


def fresh_calculators() -> None:
    """Forget every rule read so far and import calculators/ afresh.

    `mkdocs serve` rebuilds in the same process: without this, a rebuild after a pack changes
    would still use the rules (and the modules) read at the first build. Old modules' caches
    are cleared too, for the hooks that imported a function from them.
    """
    global handbook, authority_prose, pack_schema, for_build
    for name, module in list(sys.modules.items()):
        if name == "calculators" or name.startswith("calculators."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
            del sys.modules[name]
    handbook = importlib.import_module("calculators.handbook")
    authority_prose = importlib.import_module("calculators.handbook.authority_prose")
    pack_schema = importlib.import_module("calculators.handbook.pack_schema")
    for_build = importlib.import_module("calculators.version").for_build


def on_config(config):  # the signature MkDocs calls
    fresh_calculators()
    # mkdocs.yml names no authority: the nav's authority sections come from the data.
    _fill_nav(config["nav"] or [], authority_prose.nav_sections())
    return config


def on_files(files, config):  # the signature MkDocs calls
    docs_dir = config["docs_dir"]
    for file in list(files):
        # An authority's fragments are read into the topic pages, not built as pages.
        if authority_prose.is_fragment(file.src_uri):
            files.remove(file)
    for src_uri, content in authority_prose.generated_pages(docs_dir).items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files):  # the signature MkDocs calls
    try:
        return _page_markdown(markdown, page, config)
    except (KeyError, ValueError) as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


def _page_markdown(markdown, page, config):
    markdown = authority_prose.expand(markdown, page.file.src_uri, config["docs_dir"])
    markdown = calculator_tip(markdown, page.file.src_uri)
    extra = config.get("extra")
    markdown = markdown.replace("[[accessibility-contact]]", accessibility_contact(extra))
    markdown = markdown.replace("[[accessibility-publisher]]", accessibility_publisher(extra))
    markdown = markdown.replace("[[build-date]]", build_date_text())
    if "[[rules-version]]" in markdown:
        markdown = markdown.replace("[[rules-version]]", rules_version_text())
    markdown = markdown.replace("[[glossary]]", glossary_table())
    markdown = handbook.render(markdown, links_for(page.file.src_uri, page.url))
    # Last: the schema names files' [[tables]], which are not markers to fill.
    return pack_schema.expand(markdown)
