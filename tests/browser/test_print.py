"""Printing: comparison tables keep every authority's column on A4, portrait or landscape, with
no text cut off; handbook pages print without navigation, with their address and print date."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from calculators.data import authorities

pytestmark = pytest.mark.browser

COMPARE = ["timescales", "pre-birth", "reports", "distribution", "quorum", "attendance"]
# The column headings, in the order the tables give them (calculators/data authorities).
HEADINGS = [row["short"] for row in authorities().values()]  # every pack, in order
HEADER_LINE = re.compile(r"\s+".join(re.escape(h).replace(r"\ ", r"\s+") for h in HEADINGS))
WORD = re.compile(r"[A-Za-z]{3,}")


def pdf_pages(pdf: Path, *, layout: bool) -> list[str]:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext not found: install Debian's poppler-utils (scripts/_setup.sh does).")
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def squash(text: str) -> str:
    """Whitespace folded, hyphens dropped: pdftotext joins "looked-" + "after" at a line end
    as "lookedafter", so both sides are compared without them."""
    return re.sub(r"\s+", " ", re.sub(r"-\s*", "", text)).strip()


@pytest.mark.parametrize("css_size", [False, True], ids=["a4-portrait", "a4-page-css"])
@pytest.mark.parametrize("topic", COMPARE)
def test_comparison_tables_print_every_authority_column_on_a4(
    print_context, site_url, tmp_path, topic, css_size
):
    page = print_context.new_page()
    try:
        page.goto(site_url + f"compare/{topic}/")
        table = page.locator(".cpc-compare table").first
        rows = table.locator("tbody tr").count()
        # A mark in every row label, too small to see or to change the layout, that pdftotext
        # still reads: it tells which printed pages show rows of the table.
        page.add_style_tag(
            content=".cpc-compare tbody th::after { content: 'ROWMARK'; font-size: 1px; "
            "color: #fefefe; }"
        )
        table_words = set(WORD.findall(squash(table.inner_text())))
        pdf = tmp_path / f"{topic}.pdf"
        # format="A4" alone prints portrait; prefer_css_page_size follows the page's own @page,
        # as Chromium's print dialog does.
        page.pdf(path=str(pdf), format="A4", prefer_css_page_size=css_size)
    finally:
        page.close()

    layout = pdf_pages(pdf, layout=True)
    raw = [squash(p) for p in pdf_pages(pdf, layout=False)]
    # Every page that shows a row of the table shows every authority as a column heading.
    table_pages = [i for i, text in enumerate(raw) if "ROWMARK" in text]
    assert sum(text.count("ROWMARK") for text in raw) >= rows, "rows lost from the print"
    for i in table_pages:
        assert HEADER_LINE.search(layout[i]), f"page {i + 1}: headings cut:\n{layout[i][:1500]}"
    # Nothing cut off: every word of the table is in the PDF, every row label too.
    printed_words = set(WORD.findall(" ".join(raw).replace("ROWMARK", " ")))
    assert not table_words - printed_words, sorted(table_words - printed_words)[:20]


def test_a_handbook_page_prints_without_navigation_with_its_address_and_the_date(
    print_context, site_url, tmp_path
):
    page = print_context.new_page()
    try:
        page.goto(site_url + "handbook/timing/")
        today = dt.date.today()
        page.pdf(path=str(tmp_path / "timing.pdf"), format="A4")
    finally:
        page.close()
    text = re.sub(r"\s+", " ", "\f".join(pdf_pages(tmp_path / "timing.pdf", layout=False)))
    assert f"Printed on {today.day} {today:%B %Y} from {site_url}handbook/timing/." in text
    assert "check the online version" in text
    # Navigation: the site tabs and sidebar sections, the search box, the exit button, the
    # footer's previous/next links.
    for nav in (
        "Compare authorities",
        "At a glance",
        "Search",
        "Exit this page",
        "Next",
        "Previous",
    ):
        assert nav not in text, nav


# What each calculator's printout must say it was worked out from, for an authority chosen from
# the packs (conftest.py): (link, [text the printout must hold]).
def printed_result(name, deadline_authority, quorum_authority, attendance_authority):
    named = authorities()
    return {
        "deadlines": (
            f"calculators/deadlines/#authority={deadline_authority}&strategy_discussion=2026-12-18"
            "&closure_days=2026-12-24",
            [
                f"Authority {named[deadline_authority]['name']}",
                "Date of the strategy discussion Friday 18 December 2026",
                "Office closure days Thursday 24 December 2026",
                # The ICPC, 15 working days after 18 December: 24 December is closed, and 25 and
                # 28 December and 1 January are bank holidays.
                "Thursday 14 January 2027",
            ],
        ),
        "quorum": (
            f"calculators/quorum/#authority={quorum_authority}&conference_type=initial"
            "&attendee=childrens-social-care&attendee=police",
            [f"Authority {named[quorum_authority]['name']}", "Type of conference Initial"],
        ),
        "attendance": (
            f"calculators/attendance/#authority={attendance_authority}&age=13",
            [f"Authority {named[attendance_authority]['name']}", "Child's age in years 13"],
        ),
    }[name]


@pytest.mark.parametrize("name", ["deadlines", "quorum", "attendance"])
def test_printed_results_say_what_they_were_worked_out_from(
    print_context,
    site_url,
    tmp_path,
    name,
    icpc_15_working_days_authority,
    quorum_authority,
    another_local_authority,
):
    link, expected = printed_result(
        name, icpc_15_working_days_authority, quorum_authority, another_local_authority
    )
    page = print_context.new_page()
    page.clock.set_fixed_time("2026-12-21T09:30:00")
    try:
        page.goto(site_url + link)
        page.locator("[data-results]:not([hidden]) .cpc-rules-version").wait_for(timeout=60_000)
        version = page.get_attribute(".cpc-rules-version", "data-rules-version")
        page.pdf(path=str(tmp_path / f"{name}.pdf"), format="A4")
    finally:
        page.close()
    text = squash(" ".join(pdf_pages(tmp_path / f"{name}.pdf", layout=False)))
    for words in expected:
        assert squash(words) in text, words
    assert f"Worked out on Monday 21 December 2026 with rules version {version}" in text
