"""On a phone (375 CSS px) and on paper: comparison tables keep their row labels in view and
their source links tappable; the deadline timeline fits, its labels whole and above their lines;
every kind of page has no axe-core violation at 375 px."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser_helpers import RESULT_TIMEOUT

pytestmark = pytest.mark.browser

# Contexts bypass the CSP only for what the tests inject themselves (axe-core, marker styles);
# tests/browser/test_csp.py checks the site under its CSP.
PHONE = {"width": 375, "height": 740}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
# For an authority chosen from the packs (conftest.py): with an expected delivery date, the
# timeline shows today, the start of the pre-birth assessment, the ICPC and the pre-birth
# conference.
DEADLINES = "calculators/deadlines/#authority={}&strategy_discussion=2026-12-18&edd=2027-06-01"

TIMELINE_GEOMETRY = """() => {
  const figure = document.querySelector('.cpc-timeline');
  const box = figure.getBoundingClientRect();
  const lineHeight = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return Math.min(...[...range.getClientRects()].map((r) => r.height));
  };
  const rows = [...figure.querySelectorAll('.cpc-timeline__row')].map((row) => {
    const label = row.querySelector('.cpc-timeline__label').getBoundingClientRect();
    const track = row.querySelector('.cpc-timeline__track').getBoundingClientRect();
    const dot = row.querySelector('[class$="dot"]').getBoundingClientRect();
    return {
      text: row.querySelector('.cpc-timeline__label').textContent,
      textHeight: lineHeight(row.querySelector('.cpc-timeline__label')),
      left: label.left, right: label.right, bottom: label.bottom,
      track: track.top, dotLeft: dot.left, dotRight: dot.right,
    };
  });
  return {
    scrolls: figure.scrollWidth > figure.clientWidth,
    page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    box: {left: box.left, right: box.right},
    rows,
  };
}"""


def show_deadlines(page, site_url: str, authority: str) -> None:
    page.goto(site_url + DEADLINES.format(authority))
    page.locator("[data-results]:not([hidden]) .cpc-timeline").wait_for(timeout=RESULT_TIMEOUT)


@pytest.mark.parametrize("medium", ["phone", "print"])
def test_the_timeline_is_legible_with_every_label_whole_and_above_its_line(
    browser, site_url, medium, pre_birth_timeline_authority
):
    viewport = PHONE if medium == "phone" else {"width": 700, "height": 1000}
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    # Before every deadline, so today is the first row.
    page.clock.set_fixed_time("2026-11-02T10:00:00")
    try:
        show_deadlines(page, site_url, pre_birth_timeline_authority)
        if medium == "print":
            page.emulate_media(media="print")
        geometry = page.evaluate(TIMELINE_GEOMETRY)
    finally:
        context.close()
    assert not geometry["scrolls"], "the timeline is a scroll area a keyboard cannot reach"
    assert not geometry["page"], "the timeline makes the page scroll sideways"
    assert geometry["box"]["right"] <= viewport["width"]
    texts = [row["text"] for row in geometry["rows"]]
    # Today, then the pre-birth assessment, the ICPC and the pre-birth conference.
    assert len(texts) == 4 and texts[0] == "2 Nov 2026: today", texts
    assert texts[2].startswith("13 Jan 2027: Initial child protection conference"), texts
    for row in geometry["rows"]:
        # Ordinary reading size (a picture scaled down to a phone's width gave about 6 px),
        # not cut at the figure's edge, not struck through by its line, its dot inside the box.
        assert row["textHeight"] >= 14, row
        assert row["left"] >= geometry["box"]["left"] - 0.5, row
        assert row["right"] <= geometry["box"]["right"] + 0.5, row
        assert row["bottom"] <= row["track"] + 0.5, row
        assert geometry["box"]["left"] - 0.5 <= row["dotLeft"], row
        assert row["dotRight"] <= geometry["box"]["right"] + 0.5, row


# An authority whose ICPC is 15 working days after the strategy discussion (conftest.py).
# Strategy discussion Friday 18 December 2026: the ICPC is due 15 working days later, on
# Wednesday 13 January 2027 (25 and 28 December and 1 January are bank holidays; 28 December is
# Boxing Day's substitute). Worked out by hand for each device date:
STANDING = [
    # Thursday 24 December: 29, 30, 31 December, then 4-8 and 11-13 January are left.
    ("2026-12-24T09:00:00", "in 11 working days", "upcoming"),
    ("2027-01-13T16:30:00", "due today", "due-today"),
    # Friday 15 January: 14 and 15 January have passed since it was due.
    ("2027-01-15T09:00:00", "2 working days overdue", "overdue"),
]


@pytest.mark.parametrize(("now", "words", "status"), STANDING)
def test_each_deadline_says_where_it_stands_on_the_device_s_date(
    browser, site_url, now, words, status, icpc_15_working_days_authority
):
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.clock.set_fixed_time(now)
    try:
        page.goto(
            site_url + f"calculators/deadlines/#authority={icpc_15_working_days_authority}"
            "&strategy_discussion=2026-12-18"
        )
        icpc = page.locator('[data-results]:not([hidden]) [data-deadline="icpc"]')
        icpc.wait_for(timeout=RESULT_TIMEOUT)
        due = icpc.locator(".cpc-deadline__due")
        assert "Wednesday 13 January 2027" in due.inner_text()
        assert due.locator(f".cpc-tag--{status}").inner_text() == words
        # The timeline marks today in date order among the deadlines.
        labels = page.locator(".cpc-timeline__label").all_inner_texts()
        today = next(i for i, text in enumerate(labels) if text.endswith(": today"))
        icpc_row = next(i for i, t in enumerate(labels) if "Initial child protection" in t)
        assert (today < icpc_row) == (status != "overdue"), labels
        # The device's date never goes into the link.
        assert "today" not in page.url
    finally:
        context.close()


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
    "authorities/{local}/",
    "training/deadlines/",
    "training/sheets/{local}/",
    "sources/",
    "accessibility/",
]
CALCULATORS = {
    "deadlines-results": (DEADLINES.format("{timeline}"), "results"),
    "quorum-results": (
        "calculators/quorum/?authority={quorum}&conference_type=review"
        "&attendee=childrens-social-care",
        "results",
    ),
    "attendance-results": ("calculators/attendance/?authority={attendance}&age=14", "results"),
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
def test_reading_pages_have_no_axe_violations_at_375px(
    browser, site_url, axe_script, path, local_authority
):
    path = path.format(local=local_authority)
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
    browser,
    site_url,
    axe_script,
    case,
    pre_birth_timeline_authority,
    quorum_authority,
    attendance_authority,
):
    path, showing = CALCULATORS[case]
    path = path.format(
        timeline=pre_birth_timeline_authority,
        quorum=quorum_authority,
        attendance=attendance_authority,
    )
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
