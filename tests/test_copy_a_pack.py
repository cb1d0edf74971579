"""Adding an authority is copying a folder: in a copy of this repository, one local authority's
pack and prose are copied to a new id with a new name (the `copied_authority` fixture), the site
is built strictly, and the new authority is everywhere the others are, with no code edited."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from .packs import authorities, local

ORIGINAL = local()[0]
SHORT = authorities()[ORIGINAL]["short"]


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def tab_labels(page: str) -> list[str]:
    return re.findall(r'<label for="__tabbed_[^"]*">([^<]+)</label>', page)


def test_the_new_authority_has_a_tab_wherever_its_original_has_one(copied_authority):
    repo, site = copied_authority
    pages = sorted((repo / "docs" / "handbook").glob("*.md"))
    with_tabs = 0
    for markdown in pages:
        labels = tab_labels(html(site, f"handbook/{markdown.stem}"))
        assert ("Newtown" in labels) == (SHORT in labels), markdown.stem
        with_tabs += SHORT in labels
    assert with_tabs >= 10  # most topic pages have a tab per authority


def test_every_comparison_has_a_column_for_it(copied_authority):
    repo, site = copied_authority
    for markdown in sorted((repo / "docs" / "compare").glob("*.md")):
        page = html(site, f"compare/{markdown.stem}")
        headings = re.findall(r'<th scope="col"[^>]*>(.*?)</th>', page)
        assert any("Newtown" in h for h in headings), markdown.stem


def test_the_calculators_offer_it(copied_authority):
    _, site = copied_authority
    for name in ("deadlines", "quorum", "attendance"):
        assert '<option value="newtown">Newtown</option>' in html(site, f"calculators/{name}")


def test_it_has_an_at_a_glance_page_a_sheet_and_a_sources_section(copied_authority):
    _, site = copied_authority
    assert (
        "<h1" in (glance := html(site, "authorities/newtown")) and "Newtown at a glance" in glance
    )
    assert "Newtown: conference timescales on one page" in html(site, "training/sheets/newtown")
    assert 'id="newtown"' in html(site, "sources")
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert any("Newtown" in doc["text"] or "Newtown" in doc["title"] for doc in index["docs"])


def test_the_calculators_work_it_out_with_its_own_name(copied_authority):
    repo, _ = copied_authority
    probe = (
        "import json; from calculators import run; print(json.dumps(["
        "run('deadlines', {'authority': 'newtown', 'events': {'strategy_discussion': '2026-12-18'}}),"
        "run('attendance', {'authority': 'newtown', 'age': 12})]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        check=True,
    )
    deadlines, attendance = json.loads(done.stdout)
    assert deadlines["authority_name"] == attendance["authority_name"] == "Newtown"
    assert deadlines["deadlines"], "no deadline worked out for the copy"
    assert {d["source"]["authority_name"] for d in deadlines["deadlines"]} <= {
        "Newtown",
        authorities()[next(iter(authorities()))]["name"],
    }
