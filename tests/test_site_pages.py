"""The built site: every page builds, markers are all rendered, internal links resolve, and the
glossary covers every abbreviation the pages use."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from calculators.data import authorities
from calculators.handbook import LOCAL, authority_prose

ABBREVIATIONS = Path(__file__).resolve().parent.parent / "docs" / "_snippets" / "abbreviations.md"
# Capitalised words the pages use that are not abbreviations to explain.
NOT_ABBREVIATIONS = {"PDF", "URL", "NB", "II", "III", "OR", "AND", "A3", "A4", "OK"}


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def text_of(markup: str) -> str:
    main = markup.split("<article", 1)[-1].split("</article>", 1)[0]
    main = re.sub(r"<(script|style|code|pre)[^>]*>.*?</\1>", " ", main, flags=re.S)
    main = re.sub(r'title="[^"]*"', "", main)
    return html.unescape(re.sub(r"<[^>]+>", " ", main))


def test_every_page_in_the_nav_was_built(built_site):
    for section in ("handbook", "compare", "authorities"):
        folder = Path(__file__).resolve().parent.parent / "docs" / section
        for source in folder.glob("*.md"):
            assert (built_site / section / source.stem / "index.html").exists(), source
    # The authorities' pages are generated from the data and their prose folders.
    for uris in authority_prose.nav_sections().values():
        for uri in uris:
            built = uri.removesuffix(".md").removesuffix("/index") + "/index.html"
            assert (built_site / built).exists(), uri
    assert not (built_site / "authorities" / LOCAL[0] / "timing").exists()  # a fragment


def test_no_marker_is_left_unrendered(built_site):
    left = [p for p in pages(built_site) if "[[" in text_of(p.read_text("utf-8"))]
    assert not left, left


def test_internal_links_and_anchors_resolve(built_site):
    broken = []
    ids: dict[Path, set[str]] = {}
    for page in pages(built_site):
        markup = page.read_text("utf-8")
        for href in re.findall(r'(?:href|src)="([^"]+)"', markup):
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("//", "mailto:", "tel:", "#")):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)} -> {href}")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(re.findall(r'id="([^"]+)"', target.read_text("utf-8")))
                if parts.fragment not in ids[target]:
                    broken.append(f"{page.relative_to(built_site)} -> {href} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_the_glossary_covers_every_abbreviation_used(built_site):
    known = set(re.findall(r"^\*\[(.+?)\]:", ABBREVIATIONS.read_text("utf-8"), re.M))
    missing: dict[str, str] = {}
    for page in pages(built_site):
        for word in re.findall(r"\b[A-Z][A-Z0-9]{1,}s?\b", text_of(page.read_text("utf-8"))):
            if word not in known and word not in NOT_ABBREVIATIONS:
                missing.setdefault(word, str(page.relative_to(built_site)))
    assert not missing, f"add to docs/_snippets/abbreviations.md: {missing}"


@pytest.mark.parametrize("authority", list(authorities()))
def test_the_sources_page_has_a_section_for_each_document(built_site, authority):
    assert f'id="{authority}"' in (built_site / "sources" / "index.html").read_text("utf-8")


@pytest.mark.parametrize("page", ["sources", "amendments"])
def test_the_sources_and_amendments_pages_name_the_rules_version_the_calculators_use(
    built_site, page
):
    import json

    runtime = json.loads((built_site / "assets/runtime/runtime.json").read_text("utf-8"))
    html = (built_site / page / "index.html").read_text("utf-8")
    assert f"rules version <strong>{runtime['rules_version']}</strong>" in html
    assert "how-rule-changes-reach-you" in html
