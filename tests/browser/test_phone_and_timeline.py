"""On a phone (375 CSS px) and on paper: comparison tables keep their row labels in view and
their source links tappable; the deadline timeline fits, its labels whole and above their lines;
every kind of page has no axe-core violation at 375 px."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

# Contexts bypass the CSP only for what the tests inject themselves (axe-core, marker styles);
# tests/browser/test_csp.py checks the site under its CSP.
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
    context = browser.new_context(viewport=viewport, bypass_csp=True)
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


STICKY_LABELS = """async () => {
  const wrap = document.querySelector('.cpc-compare .md-typeset__scrollwrap')
    || document.querySelector('.cpc-compare');
  wrap.scrollIntoView();
  const scrolls = wrap.scrollWidth > wrap.clientWidth;
  wrap.scrollLeft = 400;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = wrap.getBoundingClientRect();
  const label = document.querySelector('.cpc-compare tbody th[scope=row]');
  const rect = label.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + Math.min(rect.height / 2, 10);
  const shown = document.elementFromPoint(x, y);
  const links = [...document.querySelectorAll('.cpc-compare small a')].map((a) => {
    const r = a.getBoundingClientRect();
    return {text: a.textContent, height: r.height, width: r.width};
  });
  return {
    scrolls, scrolled: wrap.scrollLeft,
    labelLeft: rect.left, boxLeft: box.left,
    onTop: label.contains(shown),
    background: getComputedStyle(label).backgroundColor,
    links,
  };
}"""


@pytest.mark.parametrize(
    "topic", ["timescales", "pre-birth", "reports", "distribution", "quorum", "attendance"]
)
def test_on_a_phone_comparison_rows_keep_their_labels_and_links_are_tappable(
    browser, site_url, topic
):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(site_url + f"compare/{topic}/", wait_until="networkidle")
        state = page.evaluate(STICKY_LABELS)
    finally:
        context.close()
    assert state["scrolls"] and state["scrolled"] > 0, "the table does not scroll sideways"
    # Scrolled sideways, the first row's label is still at the left edge, on top of the cells,
    # on an opaque background.
    assert abs(state["labelLeft"] - state["boxLeft"]) <= 1, state
    assert state["onTop"], "the row label is covered by the cells scrolled under it"
    assert state["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
    # Source links: at least 24 by 24 CSS px (WCAG 2.2, 2.5.8).
    assert state["links"], "no source links found"
    small = [link for link in state["links"] if link["height"] < 24 or link["width"] < 24]
    assert not small, small[:5]


READING_PAGES = [
    "",
    "handbook/timing/",
    "compare/timescales/",
    "compare/quorum/",
    "authorities/north-yorkshire/",
    "training/deadlines/",
    "training/sheets/oxfordshire/",
    "sources/",
    "accessibility/",
]
CALCULATORS = {
    "deadlines-results": (DEADLINES, "results"),
    "quorum-results": (
        "calculators/quorum/?authority=warrington&conference_type=review"
        "&attendee=childrens-social-care",
        "results",
    ),
    "attendance-results": ("calculators/attendance/?authority=oxfordshire&age=14", "results"),
    "deadlines-errors": ("calculators/deadlines/", "errors"),
    "quorum-errors": ("calculators/quorum/", "errors"),
    "attendance-errors": ("calculators/attendance/", "errors"),
}


def axe_violations(page, axe_script: Path) -> list[str]:
    page.add_script_tag(path=str(axe_script))
    return page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
            .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)""",
        AXE_TAGS,
    )


@pytest.mark.parametrize("path", READING_PAGES, ids=lambda p: p or "home")
def test_reading_pages_have_no_axe_violations_at_375px(browser, site_url, axe_script, path):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(site_url + path, wait_until="networkidle")
        violations = axe_violations(page, axe_script)
    finally:
        context.close()
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("case", list(CALCULATORS))
def test_calculators_with_results_or_errors_have_no_axe_violations_at_375px(
    browser, site_url, axe_script, case
):
    path, showing = CALCULATORS[case]
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(site_url + path)
        if showing == "results":
            page.locator("[data-results]:not([hidden])").wait_for(timeout=RESULT_TIMEOUT)
        else:
            page.wait_for_selector("form[data-ready='true']", timeout=RESULT_TIMEOUT)
            page.click("button[data-submit]")
            page.locator("[data-error-summary]").wait_for(timeout=RESULT_TIMEOUT)
        violations = axe_violations(page, axe_script)
    finally:
        context.close()
    assert not violations, "\n".join(violations)
