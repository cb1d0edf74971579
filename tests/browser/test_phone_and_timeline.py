"""On a phone (375 CSS px) and on paper: comparison tables keep their row labels in view and
their source links tappable; the deadline timeline fits, its labels whole and above their lines;
every kind of page has no axe-core violation at 375 px."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
RESULT_TIMEOUT = 60_000
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
DEADLINES = (
    "calculators/deadlines/?authority=oxfordshire&strategy_discussion=2026-12-18&edd=2027-06-01"
)

TIMELINE_GEOMETRY = """() => {
  const figure = document.querySelector('.cpc-timeline');
  const svg = figure.querySelector('svg');
  const box = svg.getBoundingClientRect();
  const rules = [...svg.querySelectorAll('.cpc-timeline__rule')].map((l) => l.getBoundingClientRect());
  const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
  return {
    scrolls: figure.scrollWidth > figure.clientWidth,
    box: {left: box.left, right: box.right},
    content: figure.parentElement.getBoundingClientRect().right,
    texts: texts.map((t, i) => ({left: t.left, right: t.right, bottom: t.bottom, rule: rules[i].top})),
  };
}"""


def show_deadlines(page, site_url: str) -> None:
    page.goto(site_url + DEADLINES)
    page.locator("[data-results]:not([hidden]) .cpc-timeline").wait_for(timeout=RESULT_TIMEOUT)


@pytest.mark.parametrize("medium", ["phone", "print"])
def test_the_timeline_fits_with_every_label_whole_and_above_its_line(browser, site_url, medium):
    viewport = PHONE if medium == "phone" else {"width": 700, "height": 1000}
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    try:
        show_deadlines(page, site_url)
        if medium == "print":
            page.emulate_media(media="print")
        geometry = page.evaluate(TIMELINE_GEOMETRY)
    finally:
        context.close()
    assert not geometry["scrolls"], "the timeline is a scroll area a keyboard cannot reach"
    assert geometry["box"]["right"] <= viewport["width"]
    assert len(geometry["texts"]) == 3  # pre-birth assessment, ICPC, pre-birth conference
    for text in geometry["texts"]:
        # Not cut at the picture's edge (nor the page's), and not struck through by its line.
        assert text["left"] >= geometry["box"]["left"] - 0.5, text
        assert text["right"] <= min(geometry["box"]["right"], geometry["content"]) + 0.5, text
        assert text["bottom"] <= text["rule"] + 0.5, text
